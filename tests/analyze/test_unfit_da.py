"""Danish: a source that opens a clause ("at X mener, A" read as a tag after the words before it) or is one
preposition alone ("unge, der ryger, råber for meget", a tag verb of a relative clause) is no speaker
(unfit._clause_source with `clause_source_opener`; dan46), nor is the generic pronoun "man" alone (`generic_no_source`),
unless a fronted place names the body it stands for. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None]  # source, cue


def run(text: str) -> list[Row]:
    article = Article(title=None, body=(text,), language="da")
    return [(a.source, a.cue) for a in attribute(article)]


CLAUSES = [
    ("- Vi hjælper gæster, der sover på bænken, råber for højt eller mister tasken, siger vagten Bo Lind.",
     [("vagten Bo Lind", "siger")]),
    ("- Nu hører vi, at borgmesteren mener, vi er naive, siger Lone Dam.", [("Lone Dam", "siger"), ("borgmesteren", "mener")]),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_clause_or_preposition_is_no_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


GENERIC = [
    ("Til sommer regner man med at åbne stranden igen.", []),
    ("Det blev klart i går, at man frygtede oversvømmelser.", []),
    ("Hos forbundet mener man, at lønnen er for lav.", [("forbundet", "mener")]),
]


@pytest.mark.parametrize("text,expected", GENERIC)
def test_generic_pronoun_alone_is_no_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
