"""Tests of hearsay nosubject (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# en45: an agentless "was/were reported" whose subject opens with a negative determiner ("No arrests were
# reported", "there were no deaths reported") reports nothing: no record (hearsay._no_subject). A counted or plain
# subject stays hearsay. Every sentence is written for its test.
LEAD = "The lorry overturned on the bypass late on Friday. "

CASES: list[tuple[str, list[Row]]] = [
    (LEAD + "No casualties were reported.", []),
    (LEAD + "There were no arrests reported at the scene.", []),
    (LEAD + "No serious delays were reported on the ring road.", []),
    (LEAD + "Three minor injuries were reported.",
     [(None, "were reported", "Three minor injuries were reported")]),
    (LEAD + "The driver was reported missing.",
     [(None, "was reported", "The driver was reported missing")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_no_subject(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
