"""Danish: a clause with no "at" after a cue and its comma, whose subject is a first- or second-person or generic
pronoun ("mener, vi er …", "siger, man skal …") or a lower-case noun with a definite ending ("mener, vejen skal …"),
then a listed finite verb, is the claim (aftercue._comma_clause; dan46). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    article = Article(title=None, body=(text,), language="da")
    return [(a.source, a.cue, a.content) for a in attribute(article)]


COMMA_CLAUSES = [
    ("Forældrene mener, legepladsen skal fornyes i år.", [("Forældrene", "mener", "legepladsen skal fornyes i år")]),
    ("Rektor siger, man skal blive hjemme med feber.", [("Rektor", "siger", "man skal blive hjemme med feber")]),
    ("Fiskerne mener, vi har glemt kysten.", [("Fiskerne", "mener", "vi har glemt kysten")]),
    ("Kommunen oplyser, broen er lukket for trafik.", [("Kommunen", "oplyser", "broen er lukket for trafik")]),
    ("Hun spørger, hvad planen koster.", []),
]


@pytest.mark.parametrize("text,expected", COMMA_CLAUSES)
def test_clause_after_cue_and_comma(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
