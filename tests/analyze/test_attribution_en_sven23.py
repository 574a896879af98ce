"""English attribution shapes read on real pages in round sven23: an adverbial of the source's anonymity after
the cue ("said on condition of anonymity because …", anonymity.py) is how the words were given, not what was
said; end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


ANONYMITY_ADVERBIAL: list[tuple[str, list[Row]]] = [
    # after a tag: the content is the clause before the cue
    ("Four guards were hurt in the blast, a police officer said on condition of anonymity because he was not "
     "allowed to speak to the press.",
     [("a police officer", "said", "Four guards were hurt in the blast")]),
    ("The talks have stalled, one diplomat said on the condition of anonymity since she was not authorized to "
     "comment.",
     [("one diplomat", "said", "The talks have stalled")]),
    ("The vote will be delayed, an aide said under condition of anonymity as he could not be named.",
     [("an aide", "said", "The vote will be delayed")]),
    # after an object: the object alone
    ("A company official confirmed the merger on the condition of anonymity because the deal is not final.",
     [("A company official", "confirmed", "the merger")]),
    # no mark of anonymity: a condition, part of what was said
    ("The bank said on condition that the loan is repaid it would drop the case.",
     [("The bank", "said", "the loan is repaid it would drop the case")]),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMITY_ADVERBIAL)
def test_an_anonymity_adverbial_after_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
