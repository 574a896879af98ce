"""English constructions found on real pages pooled over all annotated sets (issue 10, en13), end to end, one
table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.cue, a.content) for a in attribute(art)]


BUT_THAT: list[tuple[str, list[Row]]] = [
    # ", but that C2" after "said that C1": a second clause of the same report, even when negated
    ("A worker said that there had been rumours for months, but that the managers never fixed the roof.",
     [("A worker", "said", "there had been rumours for months, but that the managers never fixed the roof")]),
    ("The nurse told the paper that beds were short, but that no patient had been turned away.",
     [("The nurse", "told", "beds were short, but that no patient had been turned away")]),
    # a negated remark of the writer's after ", but" still ends the report
    ("The police said the man had been arrested, but did not give his name.",
     [("The police", "said", "the man had been arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), BUT_THAT)
def test_but_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AND_EVEN: list[tuple[str, list[Row]]] = [
    # "X and even Y": a focusing adverb after "and" keeps both sources
    ("Local officials and even some residents said the road was unsafe.",
     [("Local officials and even some residents", "said", "the road was unsafe")]),
    ("Teachers and even the headmaster believe the school should close.",
     [("Teachers and even the headmaster", "believe", "the school should close")]),
    # a clause of its own before "and even": the second subject alone
    ("The road flooded and even the police said it was unsafe.", [("the police", "said", "it was unsafe")]),
]


@pytest.mark.parametrize(("text", "expected"), AND_EVEN)
def test_and_even(text: str, expected: list[Row]) -> None:
    assert run(text) == expected

