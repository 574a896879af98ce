"""German refusals to give details (lang/de/refusals.txt, analyze/refusals.py): a claim that only says no details
are given is no attribution; with a reason ("da …") it says something and stays. Every sentence is written for its
test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

NO_DETAILS: list[tuple[str, list[Row]]] = [
    ("Zur Zahl der Verletzten könnten derzeit keine näheren Angaben gemacht werden, hieß es von der Bergwacht.", []),
    ("„Weitere Namen geben wir noch nicht bekannt“, sagte der Vereinssprecher.", []),
    ("Der Anwalt wolle keine Auskünfte geben, sagte seine Kanzlei.", []),
]

WITH_REASON: list[tuple[str, list[Row]]] = [
    ("Man wolle keine Angaben machen, da die Familie noch nicht informiert sei, sagte eine Sprecherin.",
     [("eine Sprecherin", "sagte", "Man wolle keine Angaben machen, da die Familie noch nicht informiert sei")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_DETAILS)
def test_no_details_given_is_no_attribution(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), WITH_REASON)
def test_a_reason_keeps_the_record(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
