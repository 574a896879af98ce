"""oralname: a one-word name is read as written after a preposition anywhere in the text ("i Fjordnett"), found by
plain search and the word before each hit (one pass over the text)."""
from __future__ import annotations

import pytest

from enligt.analyze.oralname import _after_preposition

PREPS = frozenset({"i", "bei", "in", "von", "hos"})

CASES = [
    ("Kari Moe i Fjordnett sa at alt var i orden.", "Fjordnett", True),
    ("Der Vertrag liegt bei  Brandt, sagte Huber.", "Brandt", True),
    ("Später sagte Huber, der Schaden sei gering.", "Huber", False),
    ("Die Hubers in Lindau kamen, sagte Huber.", "Huber", False),  # "Hubers" is another word
    ("Ansatt hos\nNordbygg sier at det stemmer.", "Nordbygg", True),  # white space of any kind
    ("Nordbygg sier at det stemmer.", "Nordbygg", False),  # first word of the text
    ("Die Firma Brandtner in München, sagte Brandt.", "Brandt", False),  # a longer name holding it
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_after_preposition(text: str, name: str, expected: bool) -> None:
    assert _after_preposition(text, name, PREPS) is expected
