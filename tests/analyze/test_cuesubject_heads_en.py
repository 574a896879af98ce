"""English subjects before a cue (cuesubject.py): a name after a fronted place or month that heads an apposition or a
relative clause, and a restrictive relative clause with an auxiliary inside the subject. One table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


APPOSED_HEADS: list[tuple[str, list[Row]]] = [
    # a fronted place or month, then a name with an apposition or a relative clause closed by a comma: the name
    ("In Ohio, Gov. John Dane, a Republican, said the state would appeal.",
     [("Gov. John Dane", "said", "the state would appeal")]),
    ("In Chicago, Mr. Dalton, who runs a bank, said the rates would rise.",
     [("Mr. Dalton", "said", "the rates would rise")]),
    ("In March, Ms. Berg, the party chair, said the vote would be close.",
     [("Ms. Berg", "said", "the vote would be close")]),
    # a place and its state before a plain subject: still the subject after them
    ("Since 2004 in Dover, Del., border officials say the crossings have doubled.",
     [("border officials", "say", "the crossings have doubled")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_HEADS)
def test_a_name_heading_an_apposition_after_a_fronted_place(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RESTRICTIVE_RELATIVES: list[tuple[str, list[Row]]] = [
    # a relative clause with an auxiliary after the noun, then an insert between commas: all of it the subject
    ("Tenants who have written to the council, by letter or online, said the rent was too high.",
     [("Tenants who have written to the council", "said", "the rent was too high")]),
    ("Engineers who have studied the dam say it could fail within a decade.",
     [("Engineers who have studied the dam", "say", "it could fail within a decade")]),
]


@pytest.mark.parametrize(("text", "expected"), RESTRICTIVE_RELATIVES)
def test_a_restrictive_relative_with_an_auxiliary(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
