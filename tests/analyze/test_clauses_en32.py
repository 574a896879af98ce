"""English round en32: a message verb with the place it went up on before "that" (englishshapes.message_that), a
tag with a recipient and a frame far before its quote (leadtags._far_frame), a broadcaster's number before a cue
that is also a noun (wordclass._station_number); end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


MESSAGE_THAT: list[tuple[str, list[Row]]] = [
    # a message verb, the place it went up on, then "that" and a clause
    ("Ann Berg, a local farmer, posted on social media that the council made a poor choice.",
     [("Ann Berg", "posted", "the council made a poor choice")]),
    ("The club posted on Facebook that the match would go ahead.",
     [("The club", "posted", "the match would go ahead")]),
    ("Tom Reed posted on his Instagram account that the dam had burst.",
     [("Tom Reed", "posted", "the dam had burst")]),
    ("The head teacher emailed that the school would stay shut.",
     [("The head teacher", "emailed", "the school would stay shut")]),
    # an object with a relative clause, or a result posted: nothing reported
    ("Tom Reed posted a photo that showed the flooded street.", []),
    ("The mill posted a loss that shocked investors.", []),
]


@pytest.mark.parametrize(("text", "expected"), MESSAGE_THAT)
def test_a_message_verb_before_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FAR_FRAME_BEFORE_QUOTE: list[tuple[str, list[Row]]] = [
    # a recipient and a frame of where, when or how between the cue and the comma before the quote
    ("Tom Reed told the Daily Post in a written statement, “The plant will stay open.”",
     [("Tom Reed", "told", "The plant will stay open")]),
    ("The prosecutor told the jury in her closing argument, “Nobody else had a motive.”",
     [("The prosecutor", "told", "Nobody else had a motive")]),
    ("Ann Berg said during the hearing on Monday in the town hall, “Nobody should doubt our support.”",
     [("Ann Berg", "said", "Nobody should doubt our support")]),
    ("Tom Reed told the crowd outside the court near the old harbour, “We will win this case.”",
     [("Tom Reed", "told", "We will win this case")]),
]


@pytest.mark.parametrize(("text", "expected"), FAR_FRAME_BEFORE_QUOTE)
def test_a_far_frame_before_the_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


STATION_NUMBER: list[tuple[str, list[Row]]] = [
    # a broadcaster's number before a cue that is also a noun: the name's, not a count of reports
    ("The crowd grew after dark, ABC 6 reports.", [("ABC 6", "reports", "The crowd grew after dark")]),
    ("The bridge stayed shut all night, Channel 4 reports.",
     [("Channel 4", "reports", "The bridge stayed shut all night")]),
    ("Channel 9 claims that the mayor knew of the leak.", [("Channel 9", "claims", "the mayor knew of the leak")]),
    # a date or a determiner before the number: a count, no cue
    ("On March 12 reports emerged of a leak at the mill.", []),
    ("The 20 states the survey lists hold most of the seats.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATION_NUMBER)
def test_a_station_number_before_a_noun_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_far_frame_leaves_a_split_quote_to_its_first_part() -> None:
    # "''A,'' he told X after Y, ''B''": the second part is no quote of its own with the tag before it
    text = ("The ''anger is like nothing I have seen before,'' he told Ann Lee of the Daily Post after the debate, "
            "''and I hope we can fix it.''")
    assert all(content != "and I hope we can fix it" for _, _, content in run(text))
