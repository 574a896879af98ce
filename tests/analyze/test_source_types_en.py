"""Tests of source types (en): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


# Round en44 source types: English company names by their last word ("Ridgeway Utilities", "Harbor Financial"); a
# name after a modifier of its seat is a firm ("Ohio-based Brixel"), but not a person's name or a role ("the Leeds-based
# Ann Lee", "Leeds-based solicitor Tom Berg"); an agent before a name is a role, not part of the name ("County Agent
# Lee Varga"); a surname ending like a Nordic masthead is no paper ("Joe Travis"). Every sentence is written for its test.
def types(text: str) -> list[tuple[str | None, str | None]]:
    """(source, source_type) of each record of `text`."""
    art = Article(title=None, body=(text,), language="en")
    return [(a.source, a.source_type) for a in attribute(art)]


CASES = [
    ("Ridgeway Utilities said 4,000 homes were still dark.", [("Ridgeway Utilities", "organization")]),
    ("Harbor Financial said the fund had closed.", [("Harbor Financial", "organization")]),
    ("Coastal Power said crews would work all night.", [("Coastal Power", "organization")]),
    ("Ohio-based Brixel said it would shut two plants.", [("Ohio-based Brixel", "organization")]),
    ("The Leeds-based Ann Lee said the tender was unfair.", [("The Leeds-based Ann Lee", "person")]),
    ("Leeds-based solicitor Tom Berg said the tender was unfair.",
     [("Leeds-based solicitor Tom Berg", "person")]),
    ("The wheat crop is poor this year, according to County Agent Lee Varga.",
     [("County Agent Lee Varga", "person")]),
    # a surname that ends like a masthead ("-avis") after a stem too short for a compound is no paper
    ("Harbour master Joe Travis said the quay would reopen.", [("Harbour master Joe Travis", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_source_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected
