"""Tests of coordinated criticism (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# en45: a verb of criticism or praise coordinated after its subject's first verb ("X said A, but slammed B", "X
# looked tired and blamed B for C") takes that subject, its noun-phrase object the content (sourcefirst, the
# coordinated cue's subject; criticism.senses). An act sense with no judgement stays no record. Every sentence is
# written for its test.
CASES: list[tuple[str, list[Row]]] = [
    ("The head teacher said that funding was not the only issue, but slammed the late changes to the exam timetable.",
     [("The head teacher", "said", "funding was not the only issue"),
      ("The head teacher", "slammed", "the late changes to the exam timetable")]),
    ("The farmer sounded weary and blamed the wet spring for the poor harvest.",
     [("The farmer", "blamed", "the wet spring for the poor harvest")]),
    ("The captain said the pitch was heavy and praised the groundsmen for their work.",
     [("The captain", "said", "the pitch was heavy"),
      ("The captain", "praised", "the groundsmen for their work")]),
    # a blow, not a judgement: no record
    ("The wind rose after dark and slammed the shutters.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_coordinated_criticism(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
