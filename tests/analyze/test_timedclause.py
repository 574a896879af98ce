"""English reported clauses after a cue with no "that" (timedclause.py): a time phrase between the cue and the
clause ("said Tuesday the toll had risen"), and a clause that opens with an approximate count ("said at least
nine people died"); end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


TIME_THEN_CLAUSE: list[tuple[str, list[Row]]] = [
    # a time phrase, then the reported clause with no "that": the time phrase is the cue's
    ("The harbour master said Tuesday the ferry would sail again at noon.",
     [("The harbour master", "said", "the ferry would sail again at noon")]),
    ("The coach said on Friday he would stay for another season.",
     [("The coach", "said", "he would stay for another season")]),
    ("Firefighters said late Sunday night the blaze was under control.",
     [("Firefighters", "said", "the blaze was under control")]),
    ("The council announced last week the library will close in May.",
     [("The council", "announced", "the library will close in May")]),
    # the time word belongs to the claim, or no clause follows the time phrase
    ("The mayor said Monday's vote was rigged.", [("The mayor", "said", "Monday's vote was rigged")]),
    ("The bridge is closed, the mayor said Monday as crews worked on.",
     [("the mayor", "said", "The bridge is closed")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_THEN_CLAUSE)
def test_a_time_phrase_then_a_clause_with_no_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


APPROXIMATE_COUNT: list[tuple[str, list[Row]]] = [
    # an approximator and a number open the reported clause: no adverbial of the cue
    ("The governor said at least nine people drowned.", [("The governor", "said", "at least nine people drowned")]),
    ("Ann Berg, a nurse at the clinic, said at least 12 were hurt.", [("Ann Berg", "said", "at least 12 were hurt")]),
    ("The union said at most 40 jobs went.", [("The union", "said", "at most 40 jobs went")]),
    ("Rescuers said Saturday at least 30 homes had collapsed.",
     [("Rescuers", "said", "at least 30 homes had collapsed")]),
    # a place after the cue is still the cue's adverbial
    ("The roads are shut, the mayor said at a briefing.", [("the mayor", "said", "The roads are shut")]),
]


@pytest.mark.parametrize(("text", "expected"), APPROXIMATE_COUNT)
def test_an_approximate_count_opens_the_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
