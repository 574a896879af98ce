"""Tests of `enligt.analyze.evidence` (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German evidence verbs with a noun object (round de22): every finite form of "zeigen" and "belegen" is read
# ("Bilder zeigten X", "Die Zahlen belegten X"), and a noun object is a finding only after a document subject; a body
# or a company that shows a thing ("Die Polizei zeigte Präsenz", "Der Sender zeigte den Film") reports nothing,
# while its "dass" clause still does. "schreiben von" joins the verbs of telling of something ("schrieb von 40 Toten"), and "Recherche(n)" the document
# words ("Recherchen des Senders zeigen, dass C"). Every sentence is written for its test.
run = rows_in("de")

FORMS = [
    ("Fotos zeigten zerstörte Häuser am Ufer.", [("Fotos", "zeigten", "zerstörte Häuser am Ufer")]),
    ("Die Messdaten belegten einen Anstieg der Pegel.", [("Die Messdaten", "belegten", "einen Anstieg der Pegel")]),
    ("Eine Auswertung der Kasse belegte einen Fehlbetrag.", [("Eine Auswertung der Kasse", "belegte", "einen Fehlbetrag")]),
    ("Interne Unterlagen belegten, dass die Firma die Mängel kannte.",
     [("Interne Unterlagen", "belegten", "die Firma die Mängel kannte")]),
]

NOT_DOCUMENTS = [
    ("Die Stadtverwaltung zeigte Verständnis für die Anwohner.", []),
    ("Der Sender zeigte am Sonntag eine neue Serie.", []),
    ("Die Polizei zeigte am Bahnhof Präsenz.", []),
    # an idiom with a bare noun shows no finding, even after a document subject
    ("Die Messdaten zeigen Wirkung.", []),
    # a clause after the verb is still the body's finding
    ("Die Behörde zeigte, dass die Werte gestiegen waren.", [("Die Behörde", "zeigte", "die Werte gestiegen waren")]),
]


# an inquiry's findings as a document (round de22, source_types.tsv)
INQUIRY = [
    ("Recherchen des Magazins zeigen, dass die Stadt gewarnt worden war.",
     [("Recherchen des Magazins", "zeigen", "die Stadt gewarnt worden war")]),
    ("Die Recherche des Senders ergab, dass drei Verträge fehlten.",
     [("Die Recherche des Senders", "ergab", "drei Verträge fehlten")]),
]

# writing of something, like telling of it: the noun phrase after "von" (round de22, cues_speech.tsv)
WRITING_OF = [
    ("Die Bürgermeisterin schrieb auf Facebook von zwölf Verletzten.",
     [("Die Bürgermeisterin", "schrieb von", "zwölf Verletzten")]),
    ("Die Aktivisten schreiben von einer Welle der Gewalt.",
     [("Die Aktivisten", "schreiben von", "einer Welle der Gewalt")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS + NOT_DOCUMENTS + INQUIRY + WRITING_OF)
def test_german_evidence_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
