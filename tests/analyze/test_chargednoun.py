"""German charges named by a noun in the passive (chargednoun.py): the charge between the auxiliary and the
participle is the content, with no source; the accused in the dative is no part of it. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

CHARGES: list[tuple[str, list[Row]]] = [
    ("Der Kassiererin wird Untreue in mehreren Fällen vorgeworfen.",
     [(None, "wird vorgeworfen", "Untreue in mehreren Fällen")]),
    ("Den drei Männern werden schwerer Diebstahl und Hehlerei vorgeworfen.",
     [(None, "werden vorgeworfen", "schwerer Diebstahl und Hehlerei")]),
    ("Ihr wurde Fahrerflucht vorgeworfen.", [(None, "wurde vorgeworfen", "Fahrerflucht")]),
    # nothing between the auxiliary and the participle but the accused: no charge named
    ("Das wird ihm nicht vorgeworfen.", []),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES)
def test_a_charge_named_in_the_passive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
