"""A medium phrase between a subject and its cue (mediumcut.before_medium, en44) and a time phrase after the source of
"according to" (mediumcut.before_time) are no part of the source; a phrase of another kind stays. End to end.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


MEDIUM_BEFORE_THE_CUE: list[tuple[str, list[Row]]] = [
    ("The ferry company in a post on its website said two sailings were cancelled.",
     [("The ferry company", "said", "two sailings were cancelled")]),
    ("The head teacher in a letter to parents said the school would reopen on Monday.",
     [("The head teacher", "said", "the school would reopen on Monday")]),
    ("A witness in a red jacket said the van drove off at speed.",
     [("A witness in a red jacket", "said", "the van drove off at speed")]),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUM_BEFORE_THE_CUE)
def test_a_medium_phrase_is_no_part_of_the_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TIME_AFTER_A_PREPOSED_SOURCE: list[tuple[str, list[Row]]] = [
    # a time phrase in lower case after the name of an "according to" or "as reported by" source is no part of it
    ("The merger had collapsed, according to the Evening Courier last week.",
     [("the Evening Courier", "according to", "The merger had collapsed")]),
    ("The pits, as reported by the Valley Gazette earlier this month, will close.",
     [("the Valley Gazette", "as reported by", "The pits will close")]),
    # a name's own last word stays ("Sun")
    ("The merger had collapsed, according to the Harbour City Sun.",
     [("the Harbour City Sun", "according to", "The merger had collapsed")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_AFTER_A_PREPOSED_SOURCE)
def test_a_time_after_a_preposed_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
