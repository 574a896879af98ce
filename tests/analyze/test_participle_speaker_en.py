"""English: the speaker of a participle cue after a quotation's tag (clauses.main_subject): the nearest
record's source, not a speaker named inside the quotation. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


PARTICIPLE_AFTER_A_QUOTE_TAG: list[tuple[str, list[Row]]] = [
    (("The hall went quiet. \"They say we should quit, they say the count is over,\" he said at the rally, "
      "insisting that the count was fair."),
     [("he", "said", "They say we should quit, they say the count is over"),
      ("They", "say", "we should quit, they say the count is over"),
      ("they", "say", "the count is over"), ("he", "insisting", "the count was fair")]),
    ("\"Critics claim the bridge is unsafe,\" Ann Lee told reporters, adding that it passed every test.",
     [("Ann Lee", "told", "Critics claim the bridge is unsafe"), ("Critics", "claim", "the bridge is unsafe"),
      ("Ann Lee", "adding", "it passed every test")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_AFTER_A_QUOTE_TAG)
def test_a_participle_after_a_quote_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AUXILIARY_IN_THE_NEAREST_CLAUSE: list[tuple[str, list[Row]]] = [
    # "as she did … by announcing C": the clause's verb is an auxiliary, its subject speaks
    ("The mayor likes surprises, as she did last year by announcing that the park would reopen.",
     [("she", "announcing", "the park would reopen")]),
    ("Ann Lee rarely gives interviews, as she did in May by telling reporters that the plan was dead.",
     [("she", "telling", "the plan was dead")]),
]


@pytest.mark.parametrize(("text", "expected"), AUXILIARY_IN_THE_NEAREST_CLAUSE)
def test_an_auxiliary_in_the_nearest_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
