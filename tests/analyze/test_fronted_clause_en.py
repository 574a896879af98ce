"""Tests of fronted clause (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# English reports inside a fronted clause (sourcefirst.py, mainclause.py, lang/en/finite_verbs.txt): a time frame
# before the subordinator ("Three years after X vowed A, …") fronts the clause as the subordinator alone does, so the
# report ends at the comma before the main clause; irregular past forms close a subject and open a main clause as the
# forms in -ed do. End to end, one table per construction.
#
# Every sentence here is written for these tests.
run = rows_in("en")


ELAPSED_OPENER: list[tuple[str, list[Row]]] = [
    # a number, a time word and a subordinator before the clause of the cue
    ("Three years after the party vowed to court young voters, its leaders have ignored them.",
     [("the party", "vowed", "to court young voters")]),
    ("Two weeks after the company announced it would close the plant, the union called a strike.",
     [("the company", "announced", "it would close the plant")]),
    # a bare plural time word ("Years after"), a quantifier or an adverb before it
    ("Years after the senator claimed the budget was balanced, the city doubled its spending.",
     [("the senator", "claimed", "the budget was balanced")]),
    ("Only hours after the mayor said the bridge was safe, the council closed it.",
     [("the mayor", "said", "the bridge was safe")]),
    ("Moments after the referee said the goal would stand, the crowd stormed onto the pitch.",
     [("the referee", "said", "the goal would stand")]),
]


@pytest.mark.parametrize(("text", "expected"), ELAPSED_OPENER)
def test_a_time_frame_before_a_subordinator_fronts_the_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


IRREGULAR_PAST: list[tuple[str, list[Row]]] = [
    # an irregular past form after the fronted clause's comma opens the main clause
    ("When the bishop said the senator was dishonest, the senator not only lost his temper but also his lead.",
     [("the bishop", "said", "the senator was dishonest")]),
    ("After the coach said the team was ready, the striker fled to a rival club.",
     [("the coach", "said", "the team was ready")]),
    # a name after a naming participle is no subject when an irregular past form follows it
    ("A new group called Clean Rivers ran its first ads in May, and the mayor said they were misleading.",
     [("the mayor", "said", "they were misleading")]),
]


@pytest.mark.parametrize(("text", "expected"), IRREGULAR_PAST)
def test_irregular_past_forms_open_a_main_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
