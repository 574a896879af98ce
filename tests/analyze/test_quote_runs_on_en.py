"""English: a quotation right after its cue that closes inside the sentence, which goes on in the writer's words
("said “it makes me angry” every time …", "admitted “two mistakes” in the report"): the quoted words are part of
the reported words, so the content runs on past the closing mark (mixed), not the quote alone
(leadtags._sentence_goes_on). Not a name in quotes after a naming cue, a document's quoted words after a verb of
showing, nor a quote followed by a coordinator, a subordinator, a recipient, an adverb of how often or a verb.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")

RUNS_ON: list[tuple[str, list[Row]]] = [
    ("She said “it makes me angry” every time she sees the old pier.",
     [("She", "said", "“it makes me angry” every time she sees the old pier")]),
    ("He admitted “one or two mistakes” in the report on the harbor.",
     [("He", "admitted", "“one or two mistakes” in the report on the harbor")]),
    ("The mayor said “there could be” a price at which the town would sell.",
     [("The mayor", "said", "“there could be” a price at which the town would sell")]),
    ("The planner says “the tide is turning” despite the loss in the council vote.",
     [("The planner", "says", "“the tide is turning” despite the loss in the council vote")]),
    ("The harbor master said “the risk is higher than ever” in the old port.",
     [("The harbor master", "said", "“the risk is higher than ever” in the old port")]),
]

QUOTE_ALONE: list[tuple[str, list[Row]]] = [
    # a coordinator, a subordinator, a recipient or a verb after the quote
    ("She said “no” and left the hall.", [("She", "said", "no")]),
    ("The mayor said “yes” before the vote on the pier.", [("The mayor", "said", "yes")]),
    # a complete quoted sentence
    ("She said “we do not know the answer.”", [("She", "said", "we do not know the answer")]),
    # a name in quotes after a naming cue
    ("The club runs a weekly show called “Harbor Hour” in which fans call in.",
     [(None, "called", "Harbor Hour")]),
]


@pytest.mark.parametrize(("text", "expected"), RUNS_ON)
def test_a_quote_the_sentence_goes_on_after_is_part_of_the_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTE_ALONE)
def test_a_quote_alone_stays_the_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
