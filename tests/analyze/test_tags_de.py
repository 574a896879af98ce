"""Tests of tags (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German tags and split cues with words between their parts (issue 10, decont12): adverbs and a time phrase
# between a tag's verb and its subject ("…, sagte später ein Sprecher"), an adverb after the tag's subject
# ("…, sagte er später"), adverbs after an inverted subject inside "sprach … von" ("sprach der Mann selbst von"),
# and an attribute with its own phrase between the two words of a cue ("sprach in einem am Freitag verbreiteten
# Interview von"). Every sentence is written for its test.
run = rows_in("de")

TAGS = [
    # adverbs or a time phrase between the tag's verb and its subject
    ("Die Brücke bleibt gesperrt, sagte später ein Sprecher der Stadt.",
     [("ein Sprecher der Stadt", "sagte", "Die Brücke bleibt gesperrt")]),
    ("Die Schule öffnet wieder, ergänzte am Abend eine Sprecherin.",
     [("eine Sprecherin", "ergänzte", "Die Schule öffnet wieder")]),
    ("Die Feuerwehr war schnell vor Ort, erklärte zudem der Bürgermeister.",
     [("der Bürgermeister", "erklärte", "Die Feuerwehr war schnell vor Ort")]),
    ("Die Helfer hätten den Schaden selbst bemerkt, ergänzte später ihr Kollege Paul Lenz.",
     [("ihr Kollege Paul Lenz", "ergänzte", "Die Helfer hätten den Schaden selbst bemerkt")]),
    # an adverb after the tag's subject is no part of the content
    ("Die Halle bleibt zu, sagte er später.", [("er", "sagte", "Die Halle bleibt zu")]),
    ("Die Halle bleibt zu, sagte die Leiterin weiter.", [("die Leiterin", "sagte", "Die Halle bleibt zu")]),
    # no subject after the adverb: no tag
    ("Die Halle bleibt zu, sagte später, dass sie bald öffne.", []),
]

SPLIT = [
    # adverbs after an inverted subject inside "sprach … von"
    ("Im Verhör sprach der 30-Jährige selbst von einem Unfall.", [("der 30-Jährige", "sprach von", "einem Unfall")]),
    ("Am Morgen sprach die Polizei auch von zwei Verletzten.", [("die Polizei", "sprach von", "zwei Verletzten")]),
    # an attribute with its own phrase between the cue's two words
    ("Der Minister sprach in einem am Montag gesendeten Interview von hohen Verlusten.",
     [("Der Minister", "sprach von", "hohen Verlusten")]),
    ("Die Firma sprach in einer am Abend verschickten Mitteilung von einem Fehler.",
     [("Die Firma", "sprach von", "einem Fehler")]),
]


@pytest.mark.parametrize(("text", "expected"), TAGS + SPLIT)
def test_words_inside_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
