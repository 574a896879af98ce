"""English constructions found on real pages pooled over all annotated sets (issue 10, en13), end to end, one
table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.cue, a.content) for a in attribute(art)]


TOLD_BY: list[tuple[str, list[Row]]] = [
    # the passive of telling with its agent and a clause: the agent is the source
    ("Workers at the plant were informed by their union that the company had issued a layoff notice.",
     [("their union", "informed", "the company had issued a layoff notice")]),
    ("Residents had been told by the police that the road would stay closed until Friday.",
     [("the police", "told", "the road would stay closed until Friday")]),
    ("Parents were notified by the school that classes would start late.",
     [("the school", "notified", "classes would start late")]),
    # no clause, or a medium after "by": nothing reported by anyone named
    ("He was told by phone that his flight was cancelled.", []),
    ("The staff were informed by the board of the decision.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_BY)
def test_told_by(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLE_BEFORE_MODAL: list[tuple[str, list[Row]]] = [
    # a participle right after its noun and before a modal is a reduced relative ("patients who were admitted"),
    # the modal is the clause's verb: no report
    ("Patients already admitted will stay on the ward.", []),
    ("Any cases reported would be checked by the lab.", []),
    ("Those warned could still leave the area.", []),
    # a clause with a subject after the cue is reported
    ("The mayor said it will take months to rebuild.", [("The mayor", "said", "it will take months to rebuild")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_BEFORE_MODAL)
def test_participle_before_modal(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BUT_THAT: list[tuple[str, list[Row]]] = [
    # ", but that C2" after "said that C1": a second clause of the same report, even when negated
    ("A worker said that there had been rumours for months, but that the managers never fixed the roof.",
     [("A worker", "said", "there had been rumours for months, but that the managers never fixed the roof")]),
    ("The nurse told the paper that beds were short, but that no patient had been turned away.",
     [("The nurse", "told", "beds were short, but that no patient had been turned away")]),
    # a negated remark of the writer's after ", but" still ends the report
    ("The police said the man had been arrested, but did not give his name.",
     [("The police", "said", "the man had been arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), BUT_THAT)
def test_but_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AND_EVEN: list[tuple[str, list[Row]]] = [
    # "X and even Y": a focusing adverb after "and" keeps both sources
    ("Local officials and even some residents said the road was unsafe.",
     [("Local officials and even some residents", "said", "the road was unsafe")]),
    ("Teachers and even the headmaster believe the school should close.",
     [("Teachers and even the headmaster", "believe", "the school should close")]),
    # a clause of its own before "and even": the second subject alone
    ("The road flooded and even the police said it was unsafe.", [("the police", "said", "it was unsafe")]),
]


@pytest.mark.parametrize(("text", "expected"), AND_EVEN)
def test_and_even(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ASKED_TO: list[tuple[str, list[Row]]] = [
    # "asked X who … to V": "who" opens a relative on the person asked, and the infinitive makes it a request
    ("The police asked anyone who saw the crash to come forward.", []),
    ("Officials issued an alert, asking all those who ate at the cafe and feel sick to call their doctor.", []),
    ("Officials are asking people who feel ill to stay home.", []),
    # a reported question keeps its question word
    ("The judge asked the lawyer who had written the letter.", [("The judge", "asked", "who had written the letter")]),
    ("She asked reporters who had leaked the memo to the press.",
     [("She", "asked", "who had leaked the memo to the press")]),
    ("He asked what the plan would cost.", [("He", "asked", "what the plan would cost")]),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_TO)
def test_asked_to(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_asked_question_with_subject() -> None:
    # "who" with a subject after it asks a question, even when an infinitive follows later
    assert run("The host asked her guest who he thought would win, and the guest said he had to wait and see.")[0] == (
        "The host", "asked", "who he thought would win")
