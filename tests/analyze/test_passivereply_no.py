"""Norwegian agentless passive reports (shapes.passive, passivereply.future_report and clock_word): a report still to
be made ("vil det bli meldt at C") and the time an event was reported ("ble meldt klokka 9") give no record; a report
made and a state reported do. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

FUTURE_AND_CLOCK: list[tuple[str, str, list[Row]]] = [
    ("Hvis isen legger seg, vil det bli meldt at løypene åpner.", "no", []),
    ("Når prøvene er ferdige, skal det bli opplyst hvor mange som er smittet.", "no", []),
    ("Uhellet ble meldt klokken 22.40 fredag.", "no", []),
    ("Ulykka vart meldt kl. 7 i morgon tidleg.", "no", []),
    # a report made, a state reported
    ("Det ble meldt at fergen sto fast i isen.", "no", [(None, "meldt", "fergen sto fast i isen")]),
    ("Tre turgåere ble meldt savnet etter uværet.", "no",
     [(None, "meldt", "Tre turgåere ble meldt savnet etter uværet")]),
]


@pytest.mark.parametrize("text,lang,expected", FUTURE_AND_CLOCK)
def test_future_and_clock(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
