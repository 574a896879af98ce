"""Tests of `enligt.analyze.phrasal` (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# da42: Danish look-alikes of a reporting verb (phrasal.is_phrasal): an apology ("siger undskyld") and a comparative
# clause with its own subject ("bedre, end analytikerne havde ventet"), where neither the subject nor the verb is a
# report; a passive after a figure ("Flere end 40 er meldt dræbt") stays one. Every sentence is written for its test.
CASES: list[tuple[str, list[Row]]] = [
    # an apology is an act, not a claim
    ("Regionen siger nu undskyld til patienterne på afdelingen.", []),
    ("Borgmesteren sagde undskyld til forældrene på mødet i går.", []),
    ("Borgmesteren sagde, at kommunen havde begået en fejl.",
     [("Borgmesteren", "sagde", "kommunen havde begået en fejl")]),
    # a comparative clause with its own subject: no source, no cue
    ("Overskuddet blev større, end økonomerne havde ventet, og kursen steg.", []),
    ("Høsten blev bedre end de fleste landmænd ventede i foråret.", []),
    ("Eksporten faldt mere end ventet, oplyser Danmarks Statistik.",
     [("Danmarks Statistik", "oplyser", "Eksporten faldt mere end ventet")]),
    # a figure after "end" and a passive report: still hearsay
    ("Flere end 30 passagerer er meldt dræbt efter ulykken.",
     [(None, "er meldt", "Flere end 30 passagerer er meldt dræbt efter ulykken")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_phrasal_da42(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected
