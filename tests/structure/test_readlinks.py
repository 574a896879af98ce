"""Read-also link lines (structure/readlinks.py); the labels with their marks and separators: test_furniture.py."""
from __future__ import annotations

import pytest

from enligt.structure.readlinks import read_here_link


@pytest.mark.parametrize(("line", "expected"), [
    # a link line read here: a read verb first, "here" last, a linked headline between
    ("Læs hele analysen af de tolv klubbers indkøb her", True),
    ("Les den store gjennomgangen av alle lagene her", True),
    ("Läs hela granskningen av kommunens ekonomi här", True),
    ("Lesen Sie den ganzen Bericht zur Wahl hier", True),
    ("Read the full report on the harbour plans here", True),
    # a prompt to read on, a question, a sentence of running text
    ("Læs mere her", False),
    ("Les hele saken her", False),
    ("Read why the council closed the bridge here?", False),
    ("Read more: the council closed the bridge here", False),
])
def test_read_here_link(line: str, expected: bool) -> None:
    assert read_here_link(line) is expected
