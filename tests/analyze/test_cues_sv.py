"""Swedish cue phrases (lang/sv/cues_speech.tsv): disagreeing with its negation inside the phrase ("håller inte med
om att C") is an opinion, like agreeing. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

DISAGREEING: list[tuple[str, list[Row]]] = [
    ("Kommunalrådet Eva Ek håller inte med om att skatten måste höjas.",
     [("Kommunalrådet Eva Ek", "håller inte med om", "skatten måste höjas")]),
    ("Oppositionsledaren höll inte med om att budgeten var för snål.",
     [("Oppositionsledaren", "höll inte med om", "budgeten var för snål")]),
    # agreeing stays as it was
    ("En av ledamöterna håller med om att processen gick för fort.",
     [("En av ledamöterna", "håller med om", "processen gick för fort")]),
]


@pytest.mark.parametrize("text,expected", DISAGREEING)
def test_disagreeing_is_an_opinion(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected
