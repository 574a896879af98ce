"""German verb-final perfects with what was said before the participle (analyze/v2clauses.object_first): "gerechnet"
reports only after its own "mit" (`own_preposition_only`), and a decimal comma inside the object is no clause
boundary. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

EXPECTED: list[tuple[str, list[Row]]] = [
    ("Die Händler hatten mit einem schwächeren Weihnachtsgeschäft gerechnet.",
     [("Die Händler", "gerechnet", "einem schwächeren Weihnachtsgeschäft")]),
    ("Zuvor hatte die Reederei mit 4,5 Millionen Passagieren gerechnet.",
     [("die Reederei", "gerechnet", "4,5 Millionen Passagieren")]),
    ("Aufs Jahr gerechnet steigen die Mieten um drei Prozent.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_an_expectation_in_the_perfect(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
