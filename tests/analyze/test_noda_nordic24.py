"""Danish and Norwegian shapes of real news pages (stop 29, nordic24): a verb of accusing in every tense, its object
and the charge after "for" are what was said. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

ACCUSING = [
    ("Fagforbundet beskylder ledelsen for at skjule regnskabet.", "da",
     [("Fagforbundet", "beskylder", "ledelsen for at skjule regnskabet")]),
    ("Naboerne beskyldte kommunen for at have glemt vejen.", "da",
     [("Naboerne", "beskyldte", "kommunen for at have glemt vejen")]),
    ("Oppositionen har beskyldt regeringen for at holde tallene tilbage.", "da",
     [("Oppositionen", "beskyldt", "regeringen for at holde tallene tilbage")]),
    ("Opposisjonen har beskyldt regjeringen for å holde tallene tilbake.", "no",
     [("Opposisjonen", "beskyldt", "regjeringen for å holde tallene tilbake")]),
]


@pytest.mark.parametrize("text,lang,expected", ACCUSING)
def test_an_accusation_and_its_charge_are_what_was_said(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
