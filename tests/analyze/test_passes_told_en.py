"""Tests of passes told (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# en45: a passive of telling inside a report ("X said they were told that C") is its own record however long C is:
# X reports being told, the passive what was told (source none, via X). Only with a personal pronoun for the
# passive's subject: "X said 40 staff had been notified that C" is X's own notice. merge_hearsay's restating check
# (passes._told_frame). Every sentence is written for its test.
CASES: list[tuple[str, list[Row]]] = [
    # a long clause told: still the passive's own record beside the speaker's
    ("A tenant said they were told that several of the older flats on the upper floors would be emptied.",
     [("A tenant", "said", "they were told that several of the older flats on the upper floors would be emptied"),
      (None, "were told", "several of the older flats on the upper floors would be emptied")]),
    ("The coach said he had been told that two of his injured defenders would not be fit before March.",
     [("The coach", "said", "he had been told that two of his injured defenders would not be fit before March"),
      (None, "had been told", "two of his injured defenders would not be fit before March")]),
    ("One shopkeeper says she was informed that most of the market stalls wouldn't reopen this year.",
     [("One shopkeeper", "says", "she was informed that most of the market stalls wouldn't reopen this year"),
      (None, "was informed", "most of the market stalls wouldn't reopen this year")]),
    # a noun subject: the speaker's own notice, one record
    ("The agency said 40 families had been notified that the water from the northern wells was unsafe to drink.",
     [("The agency", "said",
       "40 families had been notified that the water from the northern wells was unsafe to drink")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_told_frame(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected


def test_told_frame_takes_the_speaker_as_via() -> None:
    from enligt.analyze.attribution import attribute

    from .conftest import article_of
    found = attribute(article_of(CASES[0][0], "en"))
    assert [a.via for a in found] == [(), ("A tenant",)]
