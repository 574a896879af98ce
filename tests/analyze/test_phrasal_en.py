"""Tests of `enligt.analyze.phrasal` (en): tables of (text, expected) per rule."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# att47: "than" opening a comparative clause with its own subject and verb (function_words
# comparative_than_clause): neither the subject nor the verb is a report, in English, Swedish and Norwegian as in
# Danish (in English only a clause that ends the sentence with no auxiliary before its verb); a tag after a comma
# still reports. Every sentence is written for its test.
THAN_CLAUSE: list[tuple[str, str, list[Row]]] = [
    ("The damage is far worse than the council admits.", "en", []),
    ("Sales fell faster than most economists predict.", "en", []),
    ("Exports fell more than 40 per cent, the statistics office said.", "en",
     [("the statistics office", "said", "Exports fell more than 40 per cent")]),
    ("Skadorna är större än kommunen medger.", "sv", []),
    ("Skadene er større enn kommunen innrømmer.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", THAN_CLAUSE)
def test_than_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
