"""Tests of apposed (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German inverted subjects with a name in apposition between commas (issue 10, de19): "Am Abend sagte der
# Sprecher der Stadt, Hans Maier, dass C", "C, teilte der Landrat des Kreises, Eva Roth, mit." The name between
# the commas belongs to the subject; a genitive after the subject's noun is the subject's; a separable cue's
# particle stands after the apposition. German paragraphs opened by a dash are list items, never speech. Every
# sentence is written for its test.
run = rows_in("de")

APPOSED_AFTER_CUE = [
    ("Am Abend sagte der Sprecher der Stadt, Hans Maier, dass die Straße gesperrt bleibe.",
     [("der Sprecher der Stadt", "sagte", "die Straße gesperrt bleibe")]),
    ("Am Abend sagte die Sprecherin, Eva Roth, die Straße bleibe gesperrt.",
     [("die Sprecherin", "sagte", "die Straße bleibe gesperrt")]),
    ("Im Norden meldete der Landrat des Kreises, Paul Weber, drei weitere Verletzte.",
     [("der Landrat des Kreises", "meldete", "drei weitere Verletzte")]),
    # a genitive of the subject before the comma
    ("Am Morgen erklärte der Leiter der Feuerwehr, dass das Feuer gelöscht sei.",
     [("der Leiter der Feuerwehr", "erklärte", "das Feuer gelöscht sei")]),
]

SPLIT_AFTER_APPOSITION = [
    ("Zwei Häuser seien zerstört worden, teilte der Landrat, Paul Weber, am Abend mit.",
     [("der Landrat", "teilte mit", "Zwei Häuser seien zerstört worden")]),
    ("Die Schule bleibe geschlossen, gab die Sprecherin, Eva Roth, bekannt.",
     [("die Sprecherin", "gab bekannt", "Die Schule bleibe geschlossen")]),
    ("Am Abend teilte der Landrat, Paul Weber, mit, dass die Brücke gesperrt sei.",
     [("der Landrat", "teilte mit", "die Brücke gesperrt sei")]),
    # a subject with its name before the verb stays as it was
    ("Der Landrat des Kreises, Paul Weber, teilte mit, dass die Brücke gesperrt sei.",
     [("Der Landrat des Kreises", "teilte mit", "die Brücke gesperrt sei")]),
]

DASH_LINES = [
    ("Die Stadt plant neue Radwege, sagte der Bürgermeister.\n\n- Die Arbeiten beginnen im Mai.",
     [("der Bürgermeister", "sagte", "Die Stadt plant neue Radwege")]),
    ("Der Verein sucht Helfer, teilte die Vorsitzende mit.\n\n– Treffpunkt ist das Rathaus.",
     [("die Vorsitzende", "teilte mit", "Der Verein sucht Helfer")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_AFTER_CUE)
def test_apposed_after_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_AFTER_APPOSITION)
def test_split_after_apposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), DASH_LINES)
def test_dash_lines_no_speech(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
