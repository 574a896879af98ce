"""Tests of `enligt.analyze.quantities` (no): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


# Issue 11, round conf25: spans of time in Nynorsk ("i seks veker", "i ti dagar", "i to månader") are durations, no
# count (lang/no/not_countable.txt). Every sentence here was written for this file.
def _values(text: str, lang: str) -> list[float]:
    article = Article(title=None, body=(text,), language=lang)
    return [q.value for q in count(article, attribute(article))]


NYNORSK_SPANS = [
    ("no", "Fabrikken permitterer 60 ansatte i seks veker, opplyser selskapet.", [60]),
    ("no", "Fabrikken permitterer 60 ansatte i ti dagar, opplyser selskapet.", [60]),
    ("no", "Fabrikken permitterer 60 ansatte i to månader, opplyser selskapet.", [60]),
]


@pytest.mark.parametrize(("lang", "text", "values"), NYNORSK_SPANS)
def test_nynorsk_spans_of_time_are_no_count(lang: str, text: str, values: list[float]) -> None:
    assert _values(text, lang) == values
