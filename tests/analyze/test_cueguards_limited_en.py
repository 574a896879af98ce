"""Tests of cueguards limited (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# en45: "would only say that C" is a saying held short, but made: a record (cueguards._limited_saying); a modal's
# saying without "only" stays unreal, and "only" before a plain object makes no record. Every sentence is written
# for its test.
CASES: list[tuple[str, list[Row]]] = [
    ("The trainer would only say that the horse was fit to race.",
     [("The trainer", "say", "the horse was fit to race")]),
    ("Her lawyer would only confirm that a settlement had been reached.",
     [("Her lawyer", "confirm", "a settlement had been reached")]),
    # a saying that did not take place: no record
    ("The trainer would say that the horse was fit if anyone asked.", []),
    ("Her lawyer would only tell the judge.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_limited_saying(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
