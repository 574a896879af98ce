"""German assumptions "geht von X aus" (lang/de/holding.tsv, analyze/holding._assumed): the cue is the verb and its
particle ("geht aus"), and after a fronted phrase the subject stands between the verb and "von". Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

INVERTED: list[tuple[str, list[Row]]] = [
    ("Derzeit gehen die Fahnder von einem Einzeltäter aus.", [("die Fahnder", "gehen aus", "einem Einzeltäter")]),
    ("Nach dem Sturm geht die Versicherung inzwischen von hohen Schäden aus.",
     [("die Versicherung", "geht aus", "hohen Schäden")]),
    ("Im Moment geht die Gefahr von dem Hang aus.", []),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_an_assumption_with_its_subject_after_the_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
