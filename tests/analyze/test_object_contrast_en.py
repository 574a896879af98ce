"""Tests of object contrast (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# English: a noun-phrase object of a cue ("denied nine charges", "reported 45 injuries", "put the toll at 40")
# ends where a contrasting clause with a subject and a verb of its own opens: a bare "but"/"while", ", however," or
# ", but/while" after a range of figures; not "all but", not an adverbial after "but", not inside a relative clause.
#
# Every sentence here is written for these tests.
run = rows_in("en")


CONTRASTS: list[tuple[str, list[Row]]] = [
    ("The retired teacher denied nine charges but a jury convicted him of every count.",
     [("The retired teacher", "denied", "nine charges")]),
    ("The rail operator reported 45 injuries, however, most of them were only minor cuts.",
     [("The rail operator", "reported", "45 injuries")]),
    ("Some outlets report between 10 and 15 deaths, while the mayor's office gave no figure.",
     [("Some outlets", "report", "between 10 and 15 deaths")]),
    ("Reports put the toll at 40 but a senior spokesman for the regional health authority said only 12 had died.",
     [("Reports", "put", "the toll at 40"),
      ("a senior spokesman for the regional health authority", "said", "only 12 had died")]),
    ("The club confirmed three injuries while the stadium owners blamed the stewards.",
     [("The club", "confirmed", "three injuries"), ("the stadium owners", "blamed", "the stewards")]),
    # not a contrasting clause: "all but", an adverbial after "but", a relative clause, a clause object
    ("The driver denied all but two charges.", [("The driver", "denied", "all but two charges")]),
    ("He said his workers, who vote Democrat but in many cases backed the mayor, would stay home.",
     [("He", "said", "his workers, who vote Democrat but in many cases backed the mayor, would stay home")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTS)
def test_object_ends_at_a_contrasting_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
