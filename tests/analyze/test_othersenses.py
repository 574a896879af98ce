"""Cue verbs read in another sense than saying (othersenses.py, `other_senses.tsv`): a toll ("claimed more
lives") or care ("admitted to hospital") is no attribution; the same verbs still report. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.othersenses import follows
from enligt.models import Article


def _records(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(a.source, a.content) for a in attribute(Article(title=None, body=(text,), language=lang))]


OTHER_SENSES = [
    ("The storm claimed more victims on Sunday when the dam gave way above the valley town.", "en"),
    ("The heat claimed the lives of six walkers when the trail ran out of shade and water.", "en"),
    ("The fever claimed dozens of lives in the hill villages during the long dry season.", "en"),
    ("Thirty pupils fell ill after lunch, with nine admitted to hospital overnight.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), OTHER_SENSES)
def test_other_sense_is_no_attribution(text: str, lang: str) -> None:
    assert _records(text, lang) == []


KEPT = [
    ("The coach claimed the referee had missed two fouls in the second half.", "en",
     "the referee had missed two fouls in the second half"),
    ("The driver admitted that he had not seen the cyclist at the crossing.", "en",
     "he had not seen the cyclist at the crossing"),
    ("The union claimed lives were put at risk by the cuts to night shifts.", "en", None),
]


@pytest.mark.parametrize(("text", "lang", "content"), KEPT)
def test_saying_sense_is_kept(text: str, lang: str, content: str | None) -> None:
    records = _records(text, lang)
    assert records
    if content is not None:
        assert content in [c for _, c in records]


FOLLOWS = [
    (("…", "lives"), ["the", "lives", "of"], True),
    (("…", "lives"), ["dozens", "of", "lives"], True),
    (("…", "lives"), ["a", "lot", "of", "lives"], False),
    (("to", "…", "hospital"), ["to", "hospital"], True),
    (("to", "…", "hospital"), ["that", "the", "hospital"], False),
    (("…", "lives"), ["lives", "were", "lost"], False),
]


@pytest.mark.parametrize(("phrase", "after", "expected"), FOLLOWS)
def test_follows(phrase: tuple[str, ...], after: list[str], expected: bool) -> None:
    assert follows(phrase, after, frozenset({"were"})) is expected
