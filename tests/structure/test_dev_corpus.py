"""Issue 2 targets: the plain-text structurer scored on the dev corpus's .txt pages.

Uses the shared scorer's own functions (../shared/score.py) when present, so the figures are
the ones `score.py --ext txt` prints. Skips where the corpus is absent.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from enligt.models import Analysis, Page
from enligt.settings import Options
from enligt.structure.text import structure_text

TARGETS = {
    "title": 0.95, "authors_f1": 0.95, "published": 0.95, "updated": 0.90, "outlet": 0.90, "language": 1.0,
    "body_f1": 0.97, "captions_f1": 0.90, "caption_credit": 0.90, "headings_f1": 0.85, "related_f1": 0.85,
}


def _scorer(dev: Path) -> ModuleType:
    path = dev.parent.parent / "score.py"
    if not path.is_file():
        pytest.skip("shared/score.py not present")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cases(dev: Path) -> list[tuple[dict, dict]]:
    options = Options(attribution=False)
    cases = []
    for gold_path in sorted(dev.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold["input"].endswith(".txt"):
            continue
        src = dev / gold["input"]
        page = Page(input=str(src), content=src.read_text(encoding="utf-8"), kind="text")
        pred = Analysis(page=page, article=structure_text(page, options=options)).to_dict()
        cases.append((gold, pred))
    return cases


_FIGURES: dict[Path, dict] = {}


@pytest.fixture
def figures(dev_corpus: Path) -> dict:
    """score.py's figures over the .txt cases, computed once per session."""
    if dev_corpus not in _FIGURES:
        cases = _cases(dev_corpus)
        assert cases, "no .txt cases in the dev corpus"
        _FIGURES[dev_corpus] = _scorer(dev_corpus).score(cases)
    return _FIGURES[dev_corpus]


@pytest.mark.parametrize(("field", "target"), sorted(TARGETS.items()))
def test_dev_txt_figure(figures: dict, field: str, target: float) -> None:
    assert figures["failed"] == 0
    assert figures[field] >= target, f"{field} = {figures[field]:.3f} < {target}"


def test_lead_is_first_body_paragraph(dev_corpus: Path) -> None:
    for _gold, pred in _cases(dev_corpus):
        art = pred["article"]
        assert art["lead"] == art["body"][0]
