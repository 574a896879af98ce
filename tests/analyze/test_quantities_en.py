"""Tests of `enligt.analyze.quantities` (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article


# Issue 11, English numbers on the live8dev pages: a phrase set off by a comma after a count ("…, including
# children") with no closing comma does not end the count's clause, so its predicate after it is found.
# Every sentence here was written for this file.
def _read(text: str) -> list[tuple[str, float]]:
    return [(q.measure, q.value) for q in count(Article(title=None, body=(text,), language="en"), ())]


INSERTED = [
    ("Nine villagers were killed and 21 others, including young children hurt in the shelling.",
     [("killed", 9), ("wounded", 21)]),
    ("Three guards died and 11 others, including a nurse injured by the blast, were flown out.",
     [("killed", 3), ("wounded", 11)]),
    # a closing comma, the predicate after it: as before
    ("The fire killed 14 people, including three firefighters, officials said.",
     [("killed", 14), ("killed", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTED)
def test_inserted_phrase(text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text) == expected
