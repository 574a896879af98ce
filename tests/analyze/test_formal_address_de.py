"""German: a capitalised "Sie" after a split cue is the reader addressed ("geben Sie bitte … an"), no speaker;
a speaker named there still is. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

CASES = [
    ("Für eine Antwort geben Sie bitte Ihre Telefonnummer an.", []),
    ("Wenn Sie Fragen haben, teilen Sie uns diese bitte per Post mit.", []),
    ("Der Strom fließt wieder, teilte die Stadtwerke-Sprecherin am Abend mit.",
     [("die Stadtwerke-Sprecherin", "teilte mit", "Der Strom fließt wieder")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_reader_addressed_is_no_speaker(text: str, expected: list[Row]) -> None:
    assert rows(text, "de") == expected
