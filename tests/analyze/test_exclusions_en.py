"""English house numbers before a street's name (`enligt.analyze.exclusions._street_number`): an address, no
count. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article


def values(text: str) -> list[float]:
    article = Article(title=None, body=(text,), language="en")
    return [q.value for q in count(article, ())]


STREET_NUMBERS = [
    ("Crews shed light on the blaze at 41 Orchard Lane, where two people were hurt.", [2]),
    ("The van struck a wall outside 118 North Harbor Road on Friday.", []),
    ("Police sealed off 7 Quarry St. after three men were arrested.", [3]),
    ("Smoke spread from 22 and 24 Linden Avenue, and 15 residents were evacuated.", [15]),
    # no street noun after the name: a count
    ("Firefighters rescued 12 Westbury pupils from the flooded school.", [12]),
]


@pytest.mark.parametrize(("text", "expected"), STREET_NUMBERS)
def test_house_numbers_count_nothing(text: str, expected: list[float]) -> None:
    assert values(text) == expected
