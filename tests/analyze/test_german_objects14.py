"""German split cues whose object is coordinated or whose clause is followed by a second verb (issue 10, de14):
"X wirft Y mangelnde Ideen und fehlende Konzepte vor" (the whole coordinated object, not its last noun),
"X warf Y Z vor und verlangte …" (the particle before "und" and a second verb closes the first clause).
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

COORDINATED = [
    ("Die Gewerkschaft wirft dem Vorstand mangelnde Ideen und fehlende Konzepte vor.",
     [("Die Gewerkschaft", "wirft vor", "mangelnde Ideen und fehlende Konzepte")]),
    ("Der Konzern räumte Fehler und Versäumnisse ein.", [("Der Konzern", "räumte ein", "Fehler und Versäumnisse")]),
    # one object stays one object
    ("Die Opposition wirft der Regierung Versagen vor.", [("Die Opposition", "wirft vor", "der Regierung Versagen")]),
]

SECOND_VERB = [
    ("Der Verband warf der Stadtverwaltung eine schlechte Planung vor und verlangte einen neuen Bericht.",
     [("Der Verband", "warf vor", "eine schlechte Planung")]),
    ("Die Firma räumte Fehler ein und entließ den Abteilungsleiter.", [("Die Firma", "räumte ein", "Fehler")]),
    # "vor und nach": a preposition after "und", no second verb
    ("Die Partei warf dem Kanzler vor und nach der Wahl Wortbruch vor.",
     [("Die Partei", "warf vor", "Wortbruch")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED + SECOND_VERB)
def test_split_objects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
