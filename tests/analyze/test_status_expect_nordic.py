"""Tests of status expect (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# Participles that state a status or an expectation, not a report (stop 32, nordic32): a confirming participle
# right before a status word ("antalet konstaterat smittade", "fyra är bekräftat döda", "bekreftet smittet") gives
# no record (cueguards.confirmed_status, lang/<code>/confirmed_states.txt), and an agentless passive of expecting
# ("Det er ventet at C") is an expectation nobody voiced (shapes.passive, passive_expect). Every sentence is written
# for its test.
CASES: list[tuple[str, str, list[Row]]] = [
    # a confirming participle before a status word: a count's status
    ("Samtidigt har antalet konstaterat smittade ökat i kommunen.", "sv", []),
    ("Kommunen har färre konstaterat smittade än grannkommunen.", "sv", []),
    ("Nu är elva personer bekräftat smittade i kommunen.", "sv", []),
    ("Tre av passagerarna är bekräftat döda.", "sv", []),
    ("Kommunen har nå flere konstatert smittede enn i fjor.", "no", []),
    ("Nå er elleve personer bekreftet syke i kommunen.", "no", []),
    ("Samtidig er antallet bekræftet smittede steget i kommunen.", "da", []),
    # with a clause or an object the speaker still confirmed something
    ("Regionen har bekräftat att elva personer är smittade.", "sv",
     [("Regionen", "bekräftat", "elva personer är smittade")]),
    ("Kommunen har konstatert at elleve personer er syke.", "no",
     [("Kommunen", "konstatert", "elleve personer er syke")]),
    # an agentless passive of expecting: nobody's words
    ("I deler av fylket er det ventet at elva vil flomme over.", "no", []),
    ("Det er ventet at prisene vil stige i år.", "no", []),
    ("Det er forventa at renten går opp.", "no", []),
    ("Det er ventet, at priserne stiger i år.", "da", []),
    # the active keeps its speaker
    ("Meteorologen venter at elva vil flomme over.", "no", [("Meteorologen", "venter", "elva vil flomme over")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_status_and_expectation(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
