"""German "soll"/"sollen" before a state no one plans (`hearsay_state`, `hearsay_infinitive` in
lang/de/function_words.tsv; analyze/hearsayperfect.py): hearsay without a perfect infinitive. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

STATE: list[tuple[str, list[Row]]] = [
    ("Im Hafen sollen seit Wochen Schmuggler aktiv sein.",
     [(None, "sollen", "Im Hafen sollen seit Wochen Schmuggler aktiv sein")]),
    ("Der Flüchtige soll mit einem gestohlenen Roller unterwegs sein.",
     [(None, "soll", "Der Flüchtige soll mit einem gestohlenen Roller unterwegs sein")]),
    ("Der Sachschaden soll mehrere hunderttausend Euro betragen.",
     [(None, "soll", "Der Sachschaden soll mehrere hunderttausend Euro betragen")]),
]


@pytest.mark.parametrize(("text", "expected"), STATE)
def test_a_state_after_soll_is_hearsay(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
