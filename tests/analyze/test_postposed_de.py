"""Tests of postposed (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German "nach" after its noun (issue 10, stop 28): an article's report noun before "nach" is a postposition like
# "zufolge" ("Dem Gutachten nach ist …"); a possessive's opinion or statement noun before or after "nach"/"zufolge"
# names the source by the possessive ("seiner Meinung nach", "nach ihrer Einschätzung", "ihren Worten zufolge"),
# also as a closing tag after a comma; "nach" of direction ("nach unten") or before a phrase of its own ("nach der
# Tat") stays a preposition, and a verb or article is no adjective before a report noun. Every sentence is written
# for its test.
run = rows_in("de")

POSTPOSED = [
    ("Dem Gutachten nach ist der Mann schuldunfähig.",
     [("Dem Gutachten", "nach", "ist der Mann schuldunfähig")]),
    ("Dem ärztlichen Befund nach war das Kind unterernährt.",
     [("Dem ärztlichen Befund", "nach", "war das Kind unterernährt")]),
    ("Der Zeuge war dem Protokoll nach schon am Morgen am Hafen.",
     [("dem Protokoll", "nach", "Der Zeuge war schon am Morgen am Hafen")]),
    # "nach" of direction, and "nach" before its own phrase, are prepositions
    ("Die Firma will die Preise dem Vernehmen nach unten drücken.", []),
    ("Der Wirt suchte in dem Bericht nach der Rechnung.", []),
    ("Die Lage ist nach wie vor ernst.", []),
]

POSSESSIVE = [
    ("Seiner Meinung nach ist der Vertrag ungültig.",
     [("Seiner", "Seiner Meinung nach", "ist der Vertrag ungültig")]),
    ("Der Plan ist ihrer Ansicht nach zu teuer.",
     [("ihrer", "ihrer Ansicht nach", "Der Plan ist zu teuer")]),
    ("Nach ihrer Einschätzung dauert der Umbau zwei Jahre.",
     [("ihrer", "Nach ihrer Einschätzung", "dauert der Umbau zwei Jahre")]),
    ("Seinen Worten zufolge fehlen im Haushalt drei Millionen.",
     [("Seinen", "Seinen Worten zufolge", "fehlen im Haushalt drei Millionen")]),
    # a closing tag after a comma: the claim is before it, a quote after a colon is no part of it
    ("Ganz anders die Gegner, seiner Überzeugung nach.",
     [("seiner", "seiner Überzeugung nach", "Ganz anders die Gegner")]),
    ("Ganz anders die Gegner, ihrer Auffassung nach: »Die wollen nur Streit.«",
     [("ihrer", "ihrer Auffassung nach", "Ganz anders die Gegner")]),
    # an opinion noun after "nach" with its owner after it
    ("Nach Überzeugung der Ermittler war der Fahrer betrunken.",
     [("der Ermittler", "Nach Überzeugung", "war der Fahrer betrunken")]),
]


@pytest.mark.parametrize(("text", "expected"), POSTPOSED + POSSESSIVE)
def test_german_postposed_nach(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_verb_is_no_adjective_before_a_report_noun() -> None:
    # "ist die" before "Zahl" is no "nach ukrainischen Angaben"
    assert run("Nach ist die Zahl der Gäste gestiegen.") == []
    # an article and adjectives before the report noun stay read
    assert run("Im Etat fehlen nach der neuen Steuerschätzung noch vier Millionen.") == [
        ("der neuen Steuerschätzung", "nach", "Im Etat fehlen noch vier Millionen")]
