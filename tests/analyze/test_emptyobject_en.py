"""An indefinite pronoun as all a speech cue reports (emptyobject.empty_object, en44): no words reported; a clause
after the pronoun still reports. End to end, one table.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


EMPTY_OBJECTS: list[tuple[str, list[Row]]] = [
    ("The linesman said something to the bench before half-time.", []),
    ("Asked about the fine, the driver said nothing.", []),
    ("She would have been sent off if she had said anything.", []),
    ("The keeper said something had gone wrong with the clock.",
     [("The keeper", "said", "something had gone wrong with the clock")]),
    ("The steward said everything was under control.",
     [("The steward", "said", "everything was under control")]),
]


@pytest.mark.parametrize(("text", "expected"), EMPTY_OBJECTS)
def test_an_empty_object_reports_nothing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
