"""German certainty and conviction of a clause (lang/de/cues_speech.tsv class `clause`: "ist sich sicher",
"war überzeugt"): the clause after the comma is the claim; with no clause nothing is reported. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

CONVINCED: list[tuple[str, list[Row]]] = [
    ("Die Verteidigerin ist sich sicher, dass die Zeugin gelogen hat.",
     [("Die Verteidigerin", "ist sich sicher", "die Zeugin gelogen hat")]),
    ("Die Förster waren überzeugt, dass der Wald sich erholen werde.",
     [("Die Förster", "waren überzeugt", "der Wald sich erholen werde")]),
    ("Der Wirt ist sich seiner Sache sicher.", []),
    ("Die Brücke ist sicher.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONVINCED)
def test_certainty_of_a_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
