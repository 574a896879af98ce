"""Issue 10, nordic26: "ska/skal ha" with a noun object. A Swedish or Norwegian "ska ha"/"skal ha" before a
lower-case word with a noun ending no participle has ("känslan", "möjligheten", "opplæring", "tryggheten") is a
plan or possession, not the hearsay perfect; before a participle it stays hearsay. Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

CASES: list[tuple[str, str, list[Row]]] = [
    # a noun object after "ha": a plan or possession, no hearsay
    ("Rektorn vill att alla elever ska ha känslan av att skolan är trygg.", "sv", []),
    ("Varje hyresgäst ska ha möjligheten att säga upp avtalet.", "sv", []),
    ("Kommunen säger att barnen ska ha tryggheten kvar i skolan.", "sv",
     [("Kommunen", "säger", "barnen ska ha tryggheten kvar i skolan")]),
    ("Alla anställda ska ha utbildning i brandskydd före sommaren.", "sv", []),
    ("Elevene skal ha opplæring i svømming fra neste år.", "no", []),
    ("Pasientene skal ha tryggheten tilbake etter flyttingen.", "no", []),
    ("Alle ansatte skal ha muligheten til å jobbe hjemme.", "no", []),
    # a participle after "ha": hearsay
    ("Två elever ska ha skadats vid olyckan.", "sv",
     [(None, "ska ha", "Två elever ska ha skadats vid olyckan")]),
    ("Föraren ska ha kört mot rött ljus.", "sv", [(None, "ska ha", "Föraren ska ha kört mot rött ljus")]),
    ("To personer skal ha blitt skadet i ulykken.", "no",
     [(None, "skal ha", "To personer skal ha blitt skadet i ulykken")]),
    ("Sjåføren skal ha kjørt mot rødt lys.", "no", [(None, "skal ha", "Sjåføren skal ha kjørt mot rødt lys")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_hearsay26(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
