"""German possessive report cues, the whole class (de34): a possessive before a report or opinion noun with "nach"
before or after it, "zufolge" or "laut" names the source by the possessive, for every noun of the class in its
dative form (seiner/ihrer + feminine singular, seinen/ihren + plural, seinem/ihrem + masculine or neuter singular).
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

POSSESSIVE_CLASS = [
    # plural: "Nach seinen Informationen" was read as "nach" with the source "seinen Informationen"
    ("Nach seinen Informationen sind die Schüler wieder gesund.",
     [("seinen", "Nach seinen Informationen", "sind die Schüler wieder gesund")]),
    ("Nach ihren Recherchen fehlten in der Kasse zwei Millionen.",
     [("ihren", "Nach ihren Recherchen", "fehlten in der Kasse zwei Millionen")]),
    ("Ihren Beobachtungen zufolge brannte das Lager schon am Abend.",
     [("Ihren", "Ihren Beobachtungen zufolge", "brannte das Lager schon am Abend")]),
    # masculine and neuter: "seinem"/"ihrem" had no cue at all
    ("Nach seinem Kenntnisstand gibt es bisher keinen Käufer.",
     [("seinem", "Nach seinem Kenntnisstand", "gibt es bisher keinen Käufer")]),
    ("Ihrem Eindruck nach war der Fahrer sehr müde.",
     [("Ihrem", "Ihrem Eindruck nach", "war der Fahrer sehr müde")]),
    # feminine singular after "laut" and before "zufolge"
    ("Laut seiner Aussage war die Tür nicht verschlossen.",
     [("seiner", "Laut seiner Aussage", "war die Tür nicht verschlossen")]),
    ("Ihrer Zählung zufolge kamen rund 800 Menschen.",
     [("Ihrer", "Ihrer Zählung zufolge", "kamen rund 800 Menschen")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_CLASS)
def test_german_possessive_report_class(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
