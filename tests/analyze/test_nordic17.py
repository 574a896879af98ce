"""Swedish, Norwegian and Danish attribution shapes (issue 10, nordic17), pooled across the three languages.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

OWN_RECIPIENT = [
    # Danish/Norwegian "to" is the numeral two, never the English recipient "to"
    ("Politiet bekræfter to dødsfald efter branden.", "da",
     [("Politiet", "bekræfter", "to dødsfald efter branden")]),
    ("Brandvæsenet melder to sårede efter eksplosionen.", "da",
     [("Brandvæsenet", "melder", "to sårede efter eksplosionen")]),
    ("Politiet bekrefter to dødsfall etter brannen.", "no",
     [("Politiet", "bekrefter", "to dødsfall etter brannen")]),
    # the language's own recipient preposition is still read
    ("Politiet oplyser til avisen, at to er anholdt.", "da", [("Politiet", "oplyser", "to er anholdt")]),
    ("Politiet opplyser til avisen at to er pågrepet.", "no", [("Politiet", "opplyser", "to er pågrepet")]),
]


@pytest.mark.parametrize("text,lang,expected", OWN_RECIPIENT)
def test_the_numeral_two_is_no_recipient(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
