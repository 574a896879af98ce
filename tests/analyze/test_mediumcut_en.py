"""A medium phrase between a subject and its cue is no part of the source (mediumcut.before_medium, en44); a phrase
of another kind stays. End to end, one table.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


MEDIUM_BEFORE_THE_CUE: list[tuple[str, list[Row]]] = [
    ("The ferry company in a statement on its website said two sailings were cancelled.",
     [("The ferry company", "said", "two sailings were cancelled")]),
    ("The head teacher in a letter to parents said the school would reopen on Monday.",
     [("The head teacher", "said", "the school would reopen on Monday")]),
    ("A witness in a red jacket said the van drove off at speed.",
     [("A witness in a red jacket", "said", "the van drove off at speed")]),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUM_BEFORE_THE_CUE)
def test_a_medium_phrase_is_no_part_of_the_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
