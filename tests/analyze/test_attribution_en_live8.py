"""English constructions found on unseen real pages (issue 11, live8dev), end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.cues import lexicon
from enligt.analyze.phrases import time_word
from enligt.models import Article

from .conftest import Row, rows_in

run = rows_in("en")


CONDEMNING_TAG: list[tuple[str, list[Row]]] = [
    # a verb of condemning reports words in a quotation's tag, with or without an object after it
    ("“We are paying for their mistakes,” the tenants’ group condemned.",
     [("the tenants’ group", "condemned", "We are paying for their mistakes")]),
    ("“This is a betrayal of every farmer,” the league denounced the new tariff.",
     [("the league", "denounced", "This is a betrayal of every farmer")]),
    ("“A shameful day for the city,” the councillor slammed the vote.",
     [("the councillor", "slammed", "A shameful day for the city")]),
]

CONDEMNING_NO_TAG: list[tuple[str, list[Row]]] = [
    # outside a quotation's tag the object condemned is the content (issue 10, evalen43: verbs of opinion with a
    # noun complement count)
    ("The league denounced the new tariff on Monday.", [("The league", "denounced", "the new tariff on Monday")]),
    ("The mayor condemned the attack on the mosque.", [("The mayor", "condemned", "the attack on the mosque")]),
]

LONG_RELATIVE_TAG: list[tuple[str, list[Row]]] = [
    # a relative clause set off by commas between the tag's subject and its cue, however long
    (("“We will not give up,” the union, which last year won a court case for the return of 40 drivers "
     "laid off in 2015, said."),
     [("the union", "said", "We will not give up")]),
    (("“The ferry must keep running,” the committee, which was set up by islanders after the last crossing "
     "was cut in the winter of 2019, insisted."),
     [("the committee", "insisted", "The ferry must keep running")]),
]

TIME_THEN_CLAUSE: list[tuple[str, list[Row]]] = [
    # a time right after a closing tag's cue, then a subordinate clause: the writer's, no content
    ("About 60 nurses will lose their jobs, the hospital said Tuesday as talks with the board went on.",
     [("the hospital", "said", "About 60 nurses will lose their jobs")]),
    ("The bridge will stay shut until May, the council said on Friday after engineers found new cracks.",
     [("the council", "said", "The bridge will stay shut until May")]),
    # a complementizer after the clause: the content is there
    ("The council said Friday after engineers met that the bridge will stay shut.",
     [("The council", "said", "the bridge will stay shut")]),
]

CONTRASTED_OBJECT: list[tuple[str, list[Row]]] = [
    # a noun-phrase object after the cue ends at ", but" with a clause of its own
    ("The clinic first reported three cases of measles in March, but that figure has since tripled.",
     [("The clinic", "reported", "three cases of measles in March")]),
    ("The ministry announced 200 new jobs at the port, but most of them will go to contractors.",
     [("The ministry", "announced", "200 new jobs at the port")]),
]

CONTRASTED_INSIDE_REPORT: list[tuple[str, str]] = [
    # a cue inside another's report keeps the speaker's words going on past ", but"
    ("The mayor said 30 firms reported losses at the market, but the figure could still rise.",
     "30 firms reported losses at the market, but the figure could still rise"),
]

PLACE_IN_SOURCE: list[tuple[str, list[Row]]] = [
    # a place name that merely ends like a time word of another language ("uke") is no time: it stays in the source
    ("Two men were held overnight, police in the Milwaukee suburb of Greendale said.",
     [("police in the Milwaukee suburb of Greendale", "said", "Two men were held overnight")]),
    ("Two men were held overnight, police in the Leeds district of Headingley said on Monday morning.",
     [("police in the Leeds district of Headingley", "said", "Two men were held overnight")]),
]


@pytest.mark.parametrize(("text", "expected"), CONDEMNING_TAG)
def test_condemning_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONDEMNING_NO_TAG)
def test_condemning_no_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_RELATIVE_TAG)
def test_long_relative_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TIME_THEN_CLAUSE)
def test_time_then_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTRASTED_OBJECT)
def test_contrasted_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTRASTED_INSIDE_REPORT)
def test_contrasted_inside_report(text: str, expected: str) -> None:
    assert run(text)[:2] == [("The mayor", "said", expected), ("30 firms", "reported", expected[len("30 firms reported "):])]


@pytest.mark.parametrize(("text", "expected"), PLACE_IN_SOURCE)
def test_place_in_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("word", "expected"), [("milwaukee", False), ("morning", True), ("weeks", True),
                                                ("uke", False)])
def test_english_time_words(word: str, expected: bool) -> None:
    assert time_word(word, lexicon("en").times) is expected


def types(text: str) -> list[tuple[str | None, str | None]]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.source_type) for a in attribute(art)]


SOURCE_TYPES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    # a person's role at the head of a phrase is a person, whatever body modifies it
    ("The union member said the shifts were cut.", [("The union member", "person")]),
    ("The clinic director said two wards were closed.", [("The clinic director", "person")]),
    ("Harbour Trust Director of Operations Ann Lee said the quay was shut.",
     [("Harbour Trust Director of Operations Ann Lee", "person")]),
    # a body of such people is still a body
    ("The board of directors said the plan was dropped.", [("The board of directors", "official")]),
    # a paper's name ending in "Sentinel" is a news medium
    ("The ferry was late, according to the Dover Evening Sentinel.", [("the Dover Evening Sentinel", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_TYPES)
def test_source_types(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert types(text) == expected


def vias(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, tuple(a.via)) for a in attribute(art)]


CALL_SIGNS: list[tuple[str, list[tuple[str | None, tuple[str, ...]]]]] = [
    # a US station told by its call sign and band is a medium the words reached the text through
    ("“The water came in fast,” the farmer told KXLT-TV.", [("the farmer", ("KXLT-TV",))]),
    ("The sheriff told WBRN-FM that the road was closed.", [("The sheriff", ("WBRN-FM",))]),
    # capitals without a band are no call sign
    ("The minister told WHO officials that the road was closed.", [("The minister", ())]),
]


@pytest.mark.parametrize(("text", "expected"), CALL_SIGNS)
def test_call_signs(text: str, expected: list[tuple[str | None, tuple[str, ...]]]) -> None:
    assert vias(text) == expected
