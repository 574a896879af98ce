"""Tests of `enligt.analyze.quantities` (sv): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


# Issue 11, round sv10 (live8dev): "alla fem" with no noun of its own after the same figure with the same
# measure says it again. Every sentence here was written for this file.
def _read(text: str, lang: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=(text,), language=lang)
    return [(q.measure, q.value) for q in count(article, attribute(article))]


ALL_AGAIN = [
    # the same figure and event again after "alla": no new record
    ("sv", "Fem fördes till sjukhus efter branden. – Det är allvarligt då alla fem fått föras till sjukhus, säger Per Ek.",
     [("other", 5)]),
    # "alla tre" with a new event is a new figure
    ("sv", "Tre personer skadades i olyckan. Alla tre dog senare på sjukhuset.", [("wounded", 3), ("killed", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ALL_AGAIN)
def test_all_with_the_same_figure_says_it_again(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected
