"""Where a text writes a number and why a digit number is no count (`enligt.analyze.numtokens`). Every sentence here
was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.numbers import find_numbers


def values(text: str, lang: str) -> list[tuple[float, bool]]:
    """(value, approx) of every number that can be a count (blocked ones left out)."""
    return [(n.value, n.approx) for n in find_numbers(text, lang) if not n.blocked]


# A day before a month whose whole name has three letters ("mai", "maj") is a date, as before a longer name;
# abbreviations of longer names ("jan") are left as they were.
MAY_DATES = [
    ("no", "Til 17. mai kom 40 gjester.", [(40, False)]),
    ("da", "Den 5. maj mødte 80 frivillige op.", [(80, False)]),
    ("de", "Am 12. Mai kamen 300 Besucher.", [(300, False)]),
    ("de", "Am 12. Juni kamen 300 Besucher.", [(300, False)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MAY_DATES)
def test_a_day_of_may_is_a_date(lang: str, text: str, expected: list[tuple[float, bool]]) -> None:
    assert values(text, lang) == expected
