"""English constructions found on unseen real pages (issues 10 and 11, live9dev), end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content
Typed = tuple[str | None, str | None, str | None]  # source, source_name, source_type


def article(text: str) -> Article:
    return Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")


def run(text: str) -> list[Row]:
    return [(a.source, a.cue, a.content) for a in attribute(article(text))]


def typed(text: str) -> list[Typed]:
    return [(a.source, a.source_name, a.source_type) for a in attribute(article(text))]


NAMES_IN_PP: list[tuple[str, list[Typed]]] = [
    # an "and" between names inside a noun's prepositional phrase stays in the subject
    ("Ann Lee of the Office of Health and Safety said the plant was closed.",
     [("Ann Lee of the Office of Health and Safety", "Ann Lee", "person")]),
    ("The indictment against Mr Berg and Mr Holm accuses them of hiding the money.",
     [("The indictment against Mr Berg and Mr Holm", None, "document")]),
    # names coordinated on their own are both the source
    ("Ann Lee and Tom Vale said the plant was closed.", [("Ann Lee and Tom Vale", None, "person")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_IN_PP)
def test_names_in_pp(text: str, expected: list[Typed]) -> None:
    assert typed(text) == expected


LONE_ADVERB: list[tuple[str, list[Row]]] = [
    # a participle after its adverb between commas has no subject: no record
    ("The suit accuses them of moving funds, wrongfully claimed from the towns, into a trust.",
     [("The suit", "accuses", "them of moving funds, wrongfully claimed from the towns, into a trust")]),
    ("The fund held cash, unlawfully claimed from two tribes, and gold.", []),
    # a noun in -ly after its article is the subject
    ("The family said the roads were closed.", [("The family", "said", "the roads were closed")]),
]


@pytest.mark.parametrize(("text", "expected"), LONE_ADVERB)
def test_lone_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def vias(text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(a.source, a.content, tuple(a.via)) for a in attribute(article(text))]


OBJECT_TO_MEDIUM: list[tuple[str, list[tuple[str | None, str, tuple[str, ...]]]]] = [
    # a noun-phrase object, then "to" and a news medium: the object ends there, the medium is a via
    ("A union source confirmed the figures to Reuters on Monday.", [("A union source", "the figures", ("Reuters",))]),
    ("The agency confirmed the deaths to AFP.", [("The agency", "the deaths", ("AFP",))]),
    # "to" and no medium: the object runs on
    ("The mayor confirmed the move to the council on Monday.",
     [("The mayor", "the move to the council on Monday", ())]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_TO_MEDIUM)
def test_object_to_medium(text: str, expected: list[tuple[str | None, str, tuple[str, ...]]]) -> None:
    assert vias(text) == expected


NEWS_OBJECT: list[tuple[str, list[Row]]] = [
    # the news itself as the object is a publication event, nothing said
    ("The paper reported the story in May.", []),
    ("The cuts will hit 300 workers, said the Harbour Gazette, which first reported the news on Tuesday.",
     [("the Harbour Gazette", "said", "The cuts will hit 300 workers")]),
    # news as a subject of the content is said
    ("The mayor said the news was bad.", [("The mayor", "said", "the news was bad")]),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_OBJECT)
def test_news_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AUXILIARY_ENDS_SUBJECT: list[tuple[str, list[Row]]] = [
    # a negated auxiliary ends the subject of a coordinated cue
    ("The firm did not confirm the numbers but said it was reviewing its plans.",
     [("The firm", "said", "it was reviewing its plans")]),
    ("The mayor would not speculate but said the toll may rise.", [("The mayor", "said", "the toll may rise")]),
]


@pytest.mark.parametrize(("text", "expected"), AUXILIARY_ENDS_SUBJECT)
def test_auxiliary_ends_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NOUN_CUE: list[tuple[str, list[Typed]]] = [
    # a claim noun after a preposition and its modifiers, then "that": the noun phrase is the source
    ("There was no word on earlier official reports that about 200 had died.",
     [("earlier official reports", None, "document")]),
    ("The council held talks on fresh reports that the dam had burst.", [("fresh reports", None, "document")]),
    # after a subject it is the verb
    ("The ministry reports that 200 had died.", [("The ministry", None, "official")]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_CUE)
def test_noun_cue(text: str, expected: list[Typed]) -> None:
    assert typed(text) == expected


REPORTING_RELATIVE: list[tuple[str, list[Row]]] = [
    # a relative clause with a report of its own inside the subject: the noun before "who" speaks both times
    ("A man who said that his sons were on the ferry told reporters that the boat was full.",
     [("who", "said", "his sons were on the ferry"), ("A man", "told", "the boat was full")]),
    ("A nurse who said the wards were full told the inquiry that staff were tired.",
     [("who", "said", "the wards were full"), ("A nurse", "told", "staff were tired")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTING_RELATIVE)
def test_reporting_relative(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SPECULATE_REFUSAL: list[tuple[str, list[Row]]] = [
    # not speculating is a refusal, no claim
    ("Workers fear cuts, but the firm said it would not speculate about what it called rumours.",
     [("Workers", "fear", "cuts")]),
    ("The council declined to speculate on the cost.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPECULATE_REFUSAL)
def test_speculate_refusal(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_relative_without_a_report_of_its_own_restricts() -> None:
    # no clause after the relative's verb: the relative clause restricts the subject and stays in it
    assert run("Three drivers who blamed the council for the crash said the road was unsafe.") == [
        ("Three drivers who blamed the council for the crash", "said", "the road was unsafe")]
