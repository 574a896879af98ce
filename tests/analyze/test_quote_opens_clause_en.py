"""English: a short quotation right after the cue that opens the reported clause ("said “significant” progress had
been made"): the quoted words are the clause's subject, so the content is the whole clause, not the quote alone
(leadtags._quote_opens_clause).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")

OPENS_CLAUSE: list[tuple[str, list[Row]]] = [
    ("The minister said “significant” progress had been made in the talks.",
     [("The minister", "said", "“significant” progress had been made in the talks")]),
    ('An aide revealed "round-the-clock" efforts were under way to calm the strike.',
     [("An aide", "revealed", '"round-the-clock" efforts were under way to calm the strike')]),
    ("The coach said “young players” must lead the club next season.",
     [("The coach", "said", "“young players” must lead the club next season")]),
]

QUOTE_ALONE: list[tuple[str, list[Row]]] = [
    # no verb follows: the quote is what was said
    ("The mayor said “no” twice before the vote.", [("The mayor", "said", "no")]),
    ("The mayor said “no” and walked out.", [("The mayor", "said", "no")]),
    # a full quoted sentence after a colon stays direct
    ("The mayor said: “We will rebuild.” Workers began on Monday.", [("The mayor", "said", "We will rebuild")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENS_CLAUSE)
def test_a_quote_that_opens_the_clause_is_part_of_it(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTE_ALONE)
def test_a_quote_alone_stays_the_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
