"""The record verifier: a small learned check that drops attribution records judged false.

The rules propose records; this stage scores each one with a logistic model over sparse feature
weights (analyze/verifyfeats.py: kind, cue word, source form, position, quotation marks, ...) and
drops those whose probability of being right falls below the model's threshold. The weights are
package data (`lang/verifier.json`), learned by `scripts/train_verifier.py` from the annotated
pages and PolNeAR train (docs/verifier.md). Inference is a sum of weights and one `exp`: no numpy.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from enligt.analyze.verifyscore import PageContext, ScoreTables, build_tables, keeps, probability_of
from enligt.errors import VerifierError
from enligt.models import Article, Attribution

WEIGHTS_FILE = "verifier.json"


@dataclass
class VerifierModel:
    """Feature weights, the bias, the probability below which a record is dropped and the languages it
    checks (empty: all; a page in another language keeps every record). `tables` holds the weights
    interned for scoring (analyze/verifyscore.py), built once with the model."""

    weights: dict[str, float]
    threshold: float
    languages: frozenset[str] = frozenset()
    tables: ScoreTables = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.tables = build_tables(self.weights, self.threshold)

    def probability(self, features: list[str]) -> float:
        """The model's probability that a record with these features (`verifyfeats`' names) is right."""
        z = 0.0
        for name in features:
            z += self.weights.get(name, 0.0)
        return probability_of(z)


def model_from_dict(data: dict[str, object]) -> VerifierModel:
    """A model from the JSON object the training script writes; raises `VerifierError` if malformed."""
    weights = data.get("weights")
    threshold = data.get("threshold")
    languages = data.get("languages", [])
    if not isinstance(weights, dict) or not isinstance(threshold, (int, float)) or not isinstance(languages, list):
        raise VerifierError("verifier weights: needs an object 'weights', a number 'threshold' and a list 'languages'")
    return VerifierModel({str(k): float(v) for k, v in weights.items()}, float(threshold),
                         frozenset(str(x) for x in languages))


@cache
def load_model() -> VerifierModel:
    """The shipped model (`lang/verifier.json`), read once."""
    try:
        raw = (resources.files("enligt.lang") / WEIGHTS_FILE).read_text(encoding="utf-8")
        return model_from_dict(json.loads(raw))
    except (OSError, ValueError) as exc:
        raise VerifierError(f"verifier weights unreadable: {exc}", where=WEIGHTS_FILE) from exc


def verify(article: Article, records: tuple[Attribution, ...],
           model: VerifierModel | None = None) -> tuple[Attribution, ...]:
    """The records the model keeps, in order (all of them when it keeps every one)."""
    if not records:
        return records
    model = model or load_model()
    if model.languages and (article.language or "en") not in model.languages:
        return records
    page = PageContext(article, records)
    tables, threshold = model.tables, model.threshold
    kept = tuple(r for i, r in enumerate(records) if keeps(tables, threshold, page, i))
    return records if len(kept) == len(records) else kept
