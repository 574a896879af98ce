"""Tests of titles topic (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# da42: a title label of a name and its topic ("Lyngby om skaden: Q", titles.title_source) names the speaker even
# as one word without a quotation mark; without a topic one plain word stays no speaker. Every sentence is written
# for its test.
CASES: list[tuple[str, str, list[Row]]] = [
    ("Silkeborg om nederlaget: Vi var slet ikke gode nok", "Holdet tabte søndag med 0-3 på hjemmebane.",
     [("Silkeborg", ":", "Vi var slet ikke gode nok")]),
    ("Mærsk om fyringerne: Det er en svær dag", "Rederiet skærer 300 stillinger væk i Danmark.",
     [("Mærsk", ":", "Det er en svær dag")]),
    # no topic: one plain word is no speaker
    ("Silkeborg: Ny skole åbner i august", "Byrådet har vedtaget budgettet for næste år.", []),
]


@pytest.mark.parametrize("title,body,expected", CASES)
def test_a_name_before_its_topic_speaks(title: str, body: str, expected: list[Row]) -> None:
    assert rows(body, "da", title) == expected
