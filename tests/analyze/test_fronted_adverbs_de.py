"""German connective adverbs fronted before a V2 verb (lang/de/fronted.tsv, class adv): the subject follows the
verb, the adverb is no source. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

FRONTED: list[tuple[str, list[Row]]] = [
    ("Insofern hält die Kammer den Entwurf für verfassungswidrig.",
     [("die Kammer", "hält für", "den Entwurf verfassungswidrig")]),
    ("Folglich erklärte die Sprecherin, dass die Schule geschlossen bleibe.",
     [("die Sprecherin", "erklärte", "die Schule geschlossen bleibe")]),
    ("Somit sagte der Wirt, dass niemand verletzt worden sei.",
     [("der Wirt", "sagte", "niemand verletzt worden sei")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_a_fronted_connective_is_no_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
