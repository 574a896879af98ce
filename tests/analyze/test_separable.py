"""Split cues, a reporting verb and its separable particle (analyze/separable.py): the content after the
particle, the tag after its content with the speaker between verb and particle, a negation inside the cue,
an object as the claim, and a verb of agreeing that reports nothing. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

SPLIT = [
    ("de", "Die Stadtverwaltung teilte am Montag mit, dass die Brücke bis Juni gesperrt bleibt.",
     ("Die Stadtverwaltung", "teilte mit", "die Brücke bis Juni gesperrt bleibt")),
    ("de", "Die Brücke bleibt bis Juni gesperrt, teilte die Stadtverwaltung am Montag mit.",
     ("die Stadtverwaltung", "teilte mit", "Die Brücke bleibt bis Juni gesperrt")),
    ("de", "„Wir bauen die Brücke neu“, kündigte der Bürgermeister an.",
     ("der Bürgermeister", "kündigte an", "Wir bauen die Brücke neu")),
    ("de", "Der Bürgermeister schließt einen Rücktritt nicht aus.",
     ("Der Bürgermeister", "schließt nicht aus", "einen Rücktritt")),
    ("de", "Der Konzern räumte Fehler bei der Planung ein.",
     ("Der Konzern", "räumte ein", "Fehler bei der Planung")),
    ("da", "Kommunen meldte i går ud, at broen lukker i juni.",
     ("Kommunen", "meldte ud", "broen lukker i juni")),
]

NO_RECORD = [
    ("de", "Der Gemeinderat stimmte dem neuen Haushalt zu."),  # agreeing: the object is no report
]


@pytest.mark.parametrize(("lang", "text", "row"), SPLIT)
def test_a_split_cue_reports_its_content(lang: str, text: str, row: Row) -> None:
    assert rows(text, lang) == [row]


@pytest.mark.parametrize(("lang", "text"), NO_RECORD)
def test_a_split_verb_of_agreeing_reports_nothing(lang: str, text: str) -> None:
    assert rows(text, lang) == []
