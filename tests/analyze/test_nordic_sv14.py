"""Swedish reporting verbs of agreeing, remarking and informing, a fourteenth round (issue 10): the forms that
were missing beside the listed ones, read only before a clause, as a tag after what was said, or after a
pointing "Det". Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

AGREEING_REMARKING = [
    # a tag after what was said, quoted or not
    ("– Det blir dyrt för kommunen, instämmer Anna Berg.", [("Anna Berg", "instämmer", "Det blir dyrt för kommunen")]),
    ("Skolan borde ha stängts tidigare, instämde rektorn.", [("rektorn", "instämde", "Skolan borde ha stängts tidigare")]),
    ("Vägen är avstängd hela helgen, upplyser polisen.", [("polisen", "upplyser", "Vägen är avstängd hela helgen")]),
    ("Bussen går inte i dag, upplyste trafikbolaget.", [("trafikbolaget", "upplyste", "Bussen går inte i dag")]),
    # before a clause
    ("Revisorn anmärker att kassan inte stämmer.", [("Revisorn", "anmärker", "kassan inte stämmer")]),
    ("Ordföranden anmärkte att mötet började sent.", [("Ordföranden", "anmärkte", "mötet började sent")]),
    # an object or nothing after the verb: no words reported
    ("Hon instämmer helt.", []),
    ("Han instämde med kollegan om det mesta.", []),
    ("Han anmärkte på stavningen i brevet.", []),
    ("Läkaren upplyste patienten om riskerna.", []),
    # the agreeing with its own preposition stays
    ("Facket instämmer i kritiken mot ledningen.", [("Facket", "instämmer i", "kritiken mot ledningen")]),
]


@pytest.mark.parametrize("text,expected", AGREEING_REMARKING)
def test_swedish_agreeing_and_remarking(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected
