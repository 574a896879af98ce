"""A clause with no "that" after a `bare_that` cue (bareclause.bare_that_clause): a modal after the noun phrase is
the clause's verb, however plain the words before it read ("conceded the fares should rise"); a noun object alone
reports nothing. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")

MODAL_CLAUSES: list[tuple[str, list[Row]]] = [
    ("The minister conceded the fares should rise next year.",
     [("The minister", "conceded", "the fares should rise next year")]),
    ("The warden maintains the old gate could be saved.",
     [("The warden", "maintains", "the old gate could be saved")]),
    ("The head of the league stressed the young players would benefit from a break.",
     [("The head of the league", "stressed", "the young players would benefit from a break")]),
    # a noun object: no clause
    ("The keeper conceded two late goals.", []),
]


@pytest.mark.parametrize(("text", "expected"), MODAL_CLAUSES)
def test_a_modal_after_the_noun_phrase_opens_the_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


THINKING_AND_FEELING: list[tuple[str, list[Row]]] = [
    # en44: a verb of feeling or believing in the third person before a clause with no "that"; an object, an
    # adjective, a passive or a tag reports nothing
    ("The head gardener feels the old orchard should be left alone.",
     [("The head gardener", "feels", "the old orchard should be left alone")]),
    ("The tenants believed the leak was caused by the new roof.",
     [("The tenants", "believed", "the leak was caused by the new roof")]),
    ("The ferry captain felt the crossing would be too rough.",
     [("The ferry captain", "felt", "the crossing would be too rough")]),
    ("The skipper felt the deck tilt under him.", []),
    ("The tremor was felt across the valley.", []),
    ("Two boys are believed to have started the fire.", []),
    ("After the move, the family felt lonely.", []),
    ("Selling the farm, her brother felt, was the only way out.", []),
]


@pytest.mark.parametrize(("text", "expected"), THINKING_AND_FEELING)
def test_a_verb_of_thinking_before_a_bare_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
