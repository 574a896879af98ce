"""Tests of source relay (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute

from .conftest import article_of

# en45: a medium named in a modifier after the source noun ("officials quoted by Reuters said C", "a nurse who spoke
# to the BBC said C") relayed the words: the source is the noun phrase before it, the medium a via
# (englishshapes.source_relay). A relative clause naming no medium stays in the source phrase. Every sentence is
# written for its test.
CASES: list[tuple[str, list[tuple[str | None, tuple[str, ...], str]]]] = [
    ("Two engineers quoted by Reuters said the dam had cracked.",
     [("Two engineers", ("Reuters",), "the dam had cracked")]),
    ("Hospital staff quoted by the BBC said the wards were full.",
     [("Hospital staff", ("BBC",), "the wards were full")]),
    ("A farmer who spoke to CNN said his crops were lost.",
     [("A farmer", ("CNN",), "his crops were lost")]),
    ("One teacher who talked to the BBC said the school had no heating.",
     [("One teacher", ("BBC",), "the school had no heating")]),
    # no medium in the clause: the phrase stays whole, no via
    ("A driver who spoke to police said the road was icy.",
     [("A driver who spoke to police", (), "the road was icy")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_source_relay(text: str, expected: list[tuple[str | None, tuple[str, ...], str]]) -> None:
    found = attribute(article_of(text, "en"))
    assert [(a.source, a.via, a.content) for a in found] == expected
