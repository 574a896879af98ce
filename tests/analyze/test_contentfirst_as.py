"""English: an "as" opening a sentence whose tag ends it (contentfirst._as_opener) opens a part of the content, a
clause or a phrase closed by a comma ("As the storm moved north, the town lost power, officials said"), not the tag
("As the mayor said, C"). End to end.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


AS_OPENER: list[tuple[str, list[Row]]] = [
    # an "as" clause with its own verb before the content's main clause
    ("As the storm moved north, the town lost power for six hours, officials said.",
     [("officials", "said", "As the storm moved north, the town lost power for six hours")]),
    # "as" phrases: a rule, a part, a role, "as expected"
    ("As a rule, the harbor closes in winter, the mayor said.",
     [("the mayor", "said", "As a rule, the harbor closes in winter")]),
    ("As part of the deal, the city would keep the pier, two officials said.",
     [("two officials", "said", "As part of the deal, the city would keep the pier")]),
    ("As a planner, Ms. Holm likely saw the risk early, Mr. Reed said.",
     [("Mr. Reed", "said", "As a planner, Ms. Holm likely saw the risk early")]),
    ("As expected, the council approved the sale, the mayor said.",
     [("the mayor", "said", "As expected, the council approved the sale")]),
    # the "as" clause is the tag when the content follows it
    ("As the mayor said, the pier is old.",
     [("the mayor", "said", "the pier is old")]),
    ("As Ann Lee, the mayor, said, the pier is old.",
     [("Ann Lee, the mayor,", "said", "the pier is old")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_OPENER)
def test_an_as_opener_before_a_closing_tag_is_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
