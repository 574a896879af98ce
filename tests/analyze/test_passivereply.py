"""Issue 10, nordic26: an agentless periphrastic passive of a reply-class reporting participle ("rapportert",
"varslet", "meddelt", "annonsert") with the expletive and an "at" clause reports the clause with no speaker, in
V2 order after a fronted adverbial too ("Søndag ble det rapportert at C", "har det vært varslet at C"); without
the expletive or without a clause it is a notification or a forecast, no record. Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

CASES: list[tuple[str, str, list[Row]]] = [
    # the expletive and a clause: the clause with no speaker
    ("Søndag ble det rapportert at tre fiskere var savnet.", "no", [(None, "rapportert", "tre fiskere var savnet")]),
    ("Det ble rapportert at to hytter hadde brent ned.", "no", [(None, "rapportert", "to hytter hadde brent ned")]),
    ("Allerede i mai har det vært varslet at flere butikker stenger.", "no",
     [(None, "varslet", "flere butikker stenger")]),
    ("Det var varslet at bussene ville stå stille.", "no", [(None, "varslet", "bussene ville stå stille")]),
    ("I går ble det annonsert at fabrikken legges ned.", "no", [(None, "annonsert", "fabrikken legges ned")]),
    ("Tidligere er det meddelt at festivalen avlyses.", "no", [(None, "meddelt", "festivalen avlyses")]),
    # no expletive, or no clause: a notification or a forecast, no record
    ("Familien er varslet om brannen.", "no", []),
    ("Familien er varslet om at huset er tapt.", "no", []),
    ("Spesialenheten er varslet og vil etterforske saken.", "no", []),
    ("Det er varslet kraftig regn i helgen.", "no", []),
    ("Det ble annonsert en ny leder i går.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_passivereply(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
