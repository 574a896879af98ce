"""Tests of continuation after according (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# A tagless quotation paragraph right after an "ifølge/enligt X" report whose X is a person named in full (stop 31,
# da27): the quotation goes on X, cue null, as after X's own quote. A medium, a role ("formanden") or a body named by
# "ifølge" still leaves the quotation nobody's. Every sentence is written for its test.
CASES = [
    ("Ifølge Mette Lund er ti medarbejdere fyret.\n\n- Det er et hårdt slag for os.", "da",
     [("Mette Lund", "Ifølge", "er ti medarbejdere fyret"), ("Mette Lund", None, "Det er et hårdt slag for os")]),
    ("Ifølge Per Holm mister tjue ansatte jobben.\n\n– Dette kom helt uventet.", "no",
     [("Per Holm", "Ifølge", "mister tjue ansatte jobben"), ("Per Holm", None, "Dette kom helt uventet")]),
    ("Enligt Anna Berg får tjugo anställda gå.\n\n– Det här kom som en chock.", "sv",
     [("Anna Berg", "Enligt", "får tjugo anställda gå"), ("Anna Berg", None, "Det här kom som en chock")]),
    # also when a hearsay marker joins the report (colon43: "Enligt X ska … ha …")
    ("Enligt räddningsledaren Kent Lövgren ska branden ha startat i köket.\n\n– Huset var övertänt när vi kom.", "sv",
     [("räddningsledaren Kent Lövgren", "Enligt", "ska branden ha startat i köket"),
      ("räddningsledaren Kent Lövgren", None, "Huset var övertänt när vi kom")]),
    ("Ifølge vakthavende Tor Nygaard skal mannen ha kjørt i 140.\n\n– Han mistet førerkortet på stedet.", "no",
     [("vakthavende Tor Nygaard", "Ifølge", "skal mannen ha kjørt i 140"),
      ("vakthavende Tor Nygaard", None, "Han mistet førerkortet på stedet")]),
    # but not after an "according to" a medium with a hearsay marker
    ("Enligt tidningen Norran ska branden ha startat i köket.\n\n– Huset var övertänt när vi kom.", "sv",
     [("tidningen Norran", "Enligt", "ska branden ha startat i köket")]),
    ("Ifølge avisen Vestkysten er manden tidligere straffet.\n\n- Det har været en lang nat.", "da",
     [("avisen Vestkysten", "Ifølge", "er manden tidligere straffet")]),
    ("Ifølge formanden er ti medarbejdere fyret.\n\n- Det er et hårdt slag for os.", "da",
     [("formanden", "Ifølge", "er ti medarbejdere fyret")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_quotation_after_according_to_a_named_person(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
