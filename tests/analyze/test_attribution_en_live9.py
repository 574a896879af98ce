"""English constructions found on unseen real pages (issues 10 and 11, live9dev), end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content
Typed = tuple[str | None, str | None, str | None]  # source, source_name, source_type


def article(text: str) -> Article:
    return Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")


def run(text: str) -> list[Row]:
    return [(a.source, a.cue, a.content) for a in attribute(article(text))]


def typed(text: str) -> list[Typed]:
    return [(a.source, a.source_name, a.source_type) for a in attribute(article(text))]


NAMES_IN_PP: list[tuple[str, list[Typed]]] = [
    # an "and" between names inside a noun's prepositional phrase stays in the subject
    ("Ann Lee of the Office of Health and Safety said the plant was closed.",
     [("Ann Lee of the Office of Health and Safety", "Ann Lee", "person")]),
    ("The indictment against Mr Berg and Mr Holm accuses them of hiding the money.",
     [("The indictment against Mr Berg and Mr Holm", None, "document")]),
    # names coordinated on their own are both the source
    ("Ann Lee and Tom Vale said the plant was closed.", [("Ann Lee and Tom Vale", None, "person")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_IN_PP)
def test_names_in_pp(text: str, expected: list[Typed]) -> None:
    assert typed(text) == expected


LONE_ADVERB: list[tuple[str, list[Row]]] = [
    # a participle after its adverb between commas has no subject: no record
    ("The suit accuses them of moving funds, wrongfully claimed from the towns, into a trust.",
     [("The suit", "accuses", "them of moving funds, wrongfully claimed from the towns, into a trust")]),
    ("The fund held cash, unlawfully claimed from two tribes, and gold.", []),
    # a noun in -ly after its article is the subject
    ("The family said the roads were closed.", [("The family", "said", "the roads were closed")]),
]


@pytest.mark.parametrize(("text", "expected"), LONE_ADVERB)
def test_lone_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
