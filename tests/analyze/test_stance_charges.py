"""Accusation, stance and evaluation cues whose content is a noun phrase or an infinitive, and English cue nouns
(issue 10, stance13): the charge after "for"/"för" of a verb of accusing, directives that claim nothing, a rejected
thing named by a relative clause. Every sentence is written for its test."""
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
    # telling or warning someone to do something: an instruction, nothing claimed
    ("The rebels had warned farmers to leave the valley.", []),
    ("The sheriff told campers not to light fires this week.", []),
    ("The agency warned the families of the valley to leave at once.", []),
    ("The agency warned that the dam could fail.", [("The agency", "warned", "the dam could fail")]),
    ("She told reporters the talks were over.", [("She", "told", "the talks were over")]),
    # rejecting: a relative clause after the noun is no claim
    ("The board rejected a plan that would have closed the library.", []),
    ("The council rejected claims that it had hidden the costs.",
     [("The council", "rejected", "it had hidden the costs")]),
    # disputing and refuting, as rejecting
    ("The coach disputed claims that the team had cheated.", [("The coach", "disputed", "the team had cheated")]),
    ("The mayor disputed that the budget was empty.", [("The mayor", "disputed", "the budget was empty")]),
    ("The island lies in a disputed area that has seen fighting.", []),
    # pledging: its infinitive, never a thing given
    ("The firm pledged to repay every customer.", [("The firm", "pledged", "to repay every customer")]),
    ("Several donors have pledged money.", []),
    # a coordinated verb before an infinitive: the first verb's subject
    ("Ann Berg resigned on Friday and vowed to fight the ruling.",
     [("Ann Berg", "vowed", "to fight the ruling")]),
]


@pytest.mark.parametrize("text,expected", ENGLISH)
def test_english_stance_objects(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "en") == expected
