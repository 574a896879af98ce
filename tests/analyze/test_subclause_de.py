"""Tests of `enligt.analyze.subclause` (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German reports whose finite verb closes a subordinate clause, with the cue's own preposition before it (round
# de22): "Während X von 200 Toten spricht, …" gives X's record, and a V2 cue after such a clause takes its subject
# after the verb, also after a headline's colon and for a split cue ("gibt die Polizei die Zahl mit 1.000 an").
# Every sentence is written for its test.
run = rows_in("de")

SUBCLAUSE = [
    ("Während die Stadt von 200 Verletzten spricht, berichten Helfer von bis zu 500 Opfern.",
     [("die Stadt", "spricht von", "200 Verletzten"), ("Helfer", "berichten von", "bis zu 500 Opfern")]),
    ("Neue Zahlen sorgen für Streit: Während Moskau von 40 Toten spricht, berichten Aktivisten von 400 Opfern.",
     [("Moskau", "spricht von", "40 Toten"), ("Aktivisten", "berichten von", "400 Opfern")]),
    ("Die Lage blieb ruhig, obwohl der Landrat vor neuen Sturmböen warnte.",
     [("der Landrat", "warnte vor", "neuen Sturmböen")]),
    ("Als sie von einem Neuanfang sprach, applaudierten die Delegierten.",
     [("sie", "sprach von", "einem Neuanfang")]),
    # commas of an apposition inside the clause; a split cue in second place after it
    ("Während der Organisator, Peter Brandt, von 8.000 Gästen spricht, gibt die Polizei die Zahl mit 3.000 an.",
     [("der Organisator", "spricht von", "8.000 Gästen"), ("die Polizei", "gibt an", "die Zahl mit 3.000")]),
]

NONE = [
    # "man" names nobody; "von" of a place is no report
    ("Während man von einem Wunder spricht, wird weiter gesucht.", []),
    ("Während der Zug von Köln nach Bonn fährt, schläft der Schaffner.", []),
    # "mehr als" is a comparison, no clause opener
    ("Der Verein hat mehr als von seinen Fans verlangt.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBCLAUSE + NONE)
def test_german_verb_final_subclause_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
