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
