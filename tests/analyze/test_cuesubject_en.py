"""English subjects before a cue (cuesubject.py, sourcefirst.py, segments.py): inserts, verb groups, gaps, free
relatives and subordinate clauses, end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str, title: str | None = None) -> list[Row]:
    art = Article(title=title, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.cue, a.content) for a in attribute(art)]


ING_MODIFIERS: list[tuple[str, list[Row]]] = [
    # a word in -ing before the plural noun it modifies opens a subject, not a participle clause
    ("But hacking specialists say the leaked files may be fake.",
     [("hacking specialists", "say", "the leaked files may be fake")]),
    ("Leading economists said the plan would fail.", [("Leading economists", "said", "the plan would fail")]),
    ("Having both said the plan would fail, the pair left.", []),
]


@pytest.mark.parametrize(("text", "expected"), ING_MODIFIERS)
def test_ing_modifiers(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERTS: list[tuple[str, list[Row]]] = [
    # a participle or prepositional insert between commas right before the cue is no subject
    ("Speaking in Leeds, Lund, without naming him, also accused Berg of lying.",
     [("Lund", "accused", "Berg of lying")]),
    ("The talks ended as Berg, contradicting Lund, said the deal was dead.",
     [("Berg", "said", "the deal was dead")]),
    ("The head of the agency, in a statement, said the plan was fine.",
     [("The head of the agency", "said", "the plan was fine")]),
    # a dashed insert before an adverb and the cue
    ("Unions -- including the teachers -- quickly accused the mayor of lying.",
     [("Unions", "accused", "the mayor of lying")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTS)
def test_inserts_before_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VERB_GROUPS: list[tuple[str, list[Row]]] = [
    # an auxiliary or modal opening the last segment goes on to the cue: no subject
    ("The mayor, like her staff, has always maintained that the bridge was safe.",
     [("The mayor", "maintained", "the bridge was safe")]),
    ("Ann Lee, who has in the past described the plan as a disaster, said it was fine.",
     [("who", "described", "the plan as a disaster"), ("Ann Lee", "said", "it was fine")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_GROUPS)
def test_verb_groups_are_no_subjects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


GAPS: list[tuple[str, list[Row]]] = [
    # a cue whose clause lacks its subject ("said could hurt"): the phrase in the relative or contact clause speaks
    ("The strike that company executives said could hurt earnings ended.",
     [("company executives", "said", "could hurt earnings ended")]),
    ("It is a shift Ann Lee said could drive voters away.", [("Ann Lee", "said", "could drive voters away")]),
    ("The town that Ann Lee said was safe flooded.", [("Ann Lee", "said", "was safe flooded")]),
]


@pytest.mark.parametrize(("text", "expected"), GAPS)
def test_gaps_after_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FREE_RELATIVES: list[tuple[str, list[Row]]] = [
    # "what X called “…”": X names it, also before a quote and past an apposition
    ("The city hoped to shed what Lund called “a perception problem.”", [("Lund", "called", "a perception problem")]),
    ("He guarded the votes in what Ann Lee, a former treasurer, called “trench warfare.”",
     [("Ann Lee", "called", "trench warfare")]),
]


@pytest.mark.parametrize(("text", "expected"), FREE_RELATIVES)
def test_free_relatives(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SUBORDINATE: list[tuple[str, list[Row]]] = [
    # a cue coordinated inside a subordinate clause takes that clause's subject
    ("Some in the hall cheered, and when Berg greeted the staff and said it felt good to be back, a woman waved.",
     [("Berg", "said", "it felt good to be back, a woman waved")]),
    ("Lund, though she praised Berg and said voters should hear him, stopped short of backing him.",
     [("she", "said", "voters should hear him, stopped short of backing him")]),
    ("She paid off half, but said the rest was not owed.", [("She", "said", "the rest was not owed")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE)
def test_subordinate_clause_subjects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_about_a_number_after_the_cue_is_no_topic() -> None:
    assert run("The office said about half of the shortfall reflected lower taxes.") == [
        ("The office", "said", "about half of the shortfall reflected lower taxes")]
    assert run("He said about a dozen workers resigned.") == [("He", "said", "about a dozen workers resigned")]


def test_accused_of_in_a_headline_is_a_passive() -> None:
    assert run("The senator faced questions on Monday.", title="Senator Accused Of Hiding Cash From Voters") == [
        (None, "Accused", "Hiding Cash From Voters")]
    assert run("The senator accused of hiding cash left town.") == []


TAG_VERBS: list[tuple[str, list[Row]]] = [
    # manner verbs report words in a quotation's tag, and only there
    ("“You have to stop this now,” Vale barked.", [("Vale", "barked", "You have to stop this now")]),
    ("“Is the plan dead?” Berg questioned.", [("Berg", "questioned", "Is the plan dead?")]),
    ("“Your remark was heard around the world,” she pleaded.",
     [("she", "pleaded", "Your remark was heard around the world")]),
    ("The council questioned the plan and offered a deal.", []),
    # a right double mark after a comma closes its quote though no space follows it
    ("“It has surprised me,”Berg said.", [("Berg", "said", "It has surprised me")]),
]


@pytest.mark.parametrize(("text", "expected"), TAG_VERBS)
def test_tag_verbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INTERPOLATED_AND_PARTICIPLE: list[tuple[str, list[Row]]] = [
    # a name right before an interpolated tag's cue is its speaker, not a name for the phrase before it
    ("Joined by trade, the two towns, Lund said, now have a rare chance to grow.",
     [("Lund", "said", "Joined by trade, the two towns now have a rare chance to grow")]),
    # a participle after a tag that closes its content: the tag's subject speaks on
    ("Vale left as soon as the meeting was over, Berg said, adding, “He was not happy.”",
     [("Berg", "said", "Vale left as soon as the meeting was over"), ("Berg", "adding", "He was not happy")]),
]


@pytest.mark.parametrize(("text", "expected"), INTERPOLATED_AND_PARTICIPLE)
def test_interpolated_tags_and_participles_after_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
