"""A negated saying with its one exception (analyze/excepted.py): "X kan ikke si noe mer, annet enn at C" says C.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

EXCEPTED = [
    ("Politiet kan ikke si noe mer om brannen, annet enn at den startet i kjelleren.", "no",
     [("Politiet", "si", "den startet i kjelleren")]),
    ("Hun vil ikke utdype mer om avtalen utover at den gjelder i tre år.", "no",
     [("Hun", "utdype", "den gjelder i tre år")]),
    ("Kommunen vil ikke sige noget om sagen, andet end at skolen er lukket.", "da",
     [("Kommunen", "sige", "skolen er lukket")]),
    ("Rederiet kan ikke oplyse mere, ud over at skibet er i havn.", "da", [("Rederiet", "oplyse", "skibet er i havn")]),
    # no negated saying before the exception: no report
    ("Det er for tidlig å si noe om årsaken annet enn at bilen kom over i feil felt.", "no", []),
    ("Han har ikke gjort annet enn at han har ventet.", "no", []),
    ("Der er intet andet end at vente.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", EXCEPTED)
def test_a_negated_saying_reports_its_exception(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
