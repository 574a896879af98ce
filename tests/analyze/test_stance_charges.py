"""Accusation, stance and evaluation cues whose content is a noun phrase or an infinitive, and English cue nouns
(issue 10, stance13): the charge after "for"/"för" of a verb of accusing, a rejected thing named by a relative
clause, disputing as rejecting, a coordinated cue before its infinitive. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

CHARGES = [
    # accusing: the object and the charge, a noun phrase too
    ("Kritikere anklager politiet for brutalitet.", "no", [("Kritikere", "anklager", "politiet for brutalitet")]),
    ("Naboene anklager politiet for å lyve om saken.", "no",
     [("Naboene", "anklager", "politiet for å lyve om saken")]),
    ("Opposisjonen anklagde ministeren for maktmisbruk.", "no",
     [("Opposisjonen", "anklagde", "ministeren for maktmisbruk")]),
    ("Kritiker anklagar polisen för brutalitet.", "sv", [("Kritiker", "anklagar", "polisen för brutalitet")]),
    ("Grannarna beskyller bolaget för ”grovt fusk” med mätningarna.", "sv",
     [("Grannarna", "beskyller", "bolaget för ”grovt fusk” med mätningarna")]),
    # praising or criticising for a merit named: no words reported (only an infinitive is)
    ("Ordføreren roser mannskapene for innsatsen.", "no", []),
    ("Borgmästaren hyllar räddningstjänsten för insatsen.", "sv", []),
    # the noun, a prosecutor or charges
    ("Han ble anklaget for drap i fjor.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", CHARGES)
def test_charge_after_for(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ENGLISH = [
    # rejecting: a relative clause after the noun is no claim
    ("The board rejected a plan that would have closed the library.", []),
    ("The council rejected claims that it had hidden the costs.",
     [("The council", "rejected", "it had hidden the costs")]),
    ("The senator rejected the bill that his rival wrote.", []),
    ("The senator rejected the notion that he had lied.", [("The senator", "rejected", "he had lied")]),
    # disputing and refuting, as rejecting
    ("The coach disputed claims that the team had cheated.", [("The coach", "disputed", "the team had cheated")]),
    ("The mayor disputed that the budget was empty.", [("The mayor", "disputed", "the budget was empty")]),
    ("The island lies in a disputed area that has seen fighting.", []),
    # a coordinated verb before an infinitive: the first verb's subject
    ("Ann Berg resigned on Friday and vowed to fight the ruling.",
     [("Ann Berg", "vowed", "to fight the ruling")]),
]


@pytest.mark.parametrize("text,expected", ENGLISH)
def test_english_stance_objects(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "en") == expected
