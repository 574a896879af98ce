"""The record verifier: a small learned check that drops attribution records judged false.

The rules propose records; this stage scores each one with a logistic model over sparse feature
weights (analyze/verifyfeats.py: kind, cue word, source form, position, quotation marks, ...) and
drops those whose probability of being right falls below the model's threshold. The weights are
package data (`lang/verifier.json`), learned by `scripts/train_verifier.py` from the annotated
pages and PolNeAR train (docs/verifier.md). Inference is a sum of weights and one `exp`: no numpy.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from enligt.analyze.verifyfeats import page_features
from enligt.errors import VerifierError
from enligt.models import Article, Attribution

WEIGHTS_FILE = "verifier.json"


@dataclass(frozen=True)
class VerifierModel:
    """Feature weights, the bias, the probability below which a record is dropped and the languages it
    checks (empty: all; a page in another language keeps every record)."""

    weights: dict[str, float]
    threshold: float
    languages: frozenset[str] = frozenset()

    def probability(self, features: list[str]) -> float:
        """The model's probability that a record with these features is right."""
        z = 0.0
        for name in features:
            z += self.weights.get(name, 0.0)
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


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
    features = page_features(article, records)
    kept = tuple(r for r, f in zip(records, features) if model.probability(f) >= model.threshold)
    return records if len(kept) == len(records) else kept
