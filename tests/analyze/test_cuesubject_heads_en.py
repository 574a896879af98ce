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


DESCRIBED_SUBJECTS: list[tuple[str, list[Row]]] = [
    # a name or source noun and a description between commas before the cue: the subject, not an inverted content
    ("Gov. John Dane of Iowa, a Democrat who has declined to endorse the mayor, said the family deserved better.",
     [("Gov. John Dane of Iowa", "said", "the family deserved better")]),
    ("But state Rep. Ann Lee, a member of the national committee, recalled what happened in 2008.",
     [("state Rep. Ann Lee", "recalled", "what happened in 2008")]),
    ("Officials in North Kent, the county next to the port, announced tighter checks on the road on Tuesday.",
     [("Officials in North Kent", "announced", "tighter checks on the road on Tuesday")]),
    # a clause and its tag, or a name after the cue: still content first
    ("The deal will help Ohio, she said, adding that it was fair.",
     [("she", "said", "The deal will help Ohio"), ("she", "adding", "it was fair")]),
    ("Voters in Leeds have tired of the mayor, whom the unions have attacked for years, said Tom Vale.",
     [("Tom Vale", "said", "Voters in Leeds have tired of the mayor, whom the unions have attacked for years")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SUBJECTS)
def test_a_described_subject_is_no_inverted_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
