"""Tests of ruling out (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German ruling out (round de22): the participle "ausgeschlossen" completes the forms of "schließt … aus" in the
# verb-final perfect ("hat einen Rücktritt ausgeschlossen"); "ausschließen" with an "aus" phrase in its object expels a
# member from a body and reports nothing, in the perfect and the finite split form. Every sentence is written for its
# test.
run = rows_in("de")

RULED_OUT = [
    ("Der Landrat hat eine Schließung der Klinik ausgeschlossen.",
     [("Der Landrat", "ausgeschlossen", "eine Schließung der Klinik")]),
    ("Die Trainerin hatte einen Wechsel im Tor zuvor ausgeschlossen.",
     [("Die Trainerin", "ausgeschlossen", "einen Wechsel im Tor")]),
]

EXPELLED = [
    ("Der Verband hat den Schiedsrichter aus dem Kader ausgeschlossen.", []),
    ("Die Gewerkschaft schloss zwei Mitglieder aus der Ortsgruppe aus.", []),
    ("Die Fraktion hat die Abgeordnete aus ihren Reihen ausgeschlossen.", []),
    # the passive, the "aus" phrase before the participle
    ("Im Mai wurde der frühere Schatzmeister und Ex-Vorsitzende aus dem Verein ausgeschlossen.", []),
]


@pytest.mark.parametrize(("text", "expected"), RULED_OUT + EXPELLED)
def test_german_ruling_out(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
