"""English tags after their content and the phrases after a cue (inverted.py, rules.py, contentfirst.py), end to
end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

run = rows_in("en")


def names(text: str) -> list[str | None]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [a.source_name for a in attribute(art)]


TIME_AFTER_CUE: list[tuple[str, list[Row]]] = [
    # a time phrase after a tag's cue is no inverted speaker and no content
    ("The dam was safe, the engineer, Ivo Brandt, said Monday.", [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer, Ivo Brandt, said late Monday night.",
     [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer said last week.", [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer, Ivo Brandt, said earlier.", [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer said this morning.", [("the engineer", "said", "The dam was safe")]),
    # nor part of the content before "that"
    ("The engineer said last week that the dam was safe.", [("The engineer", "said", "the dam was safe")]),
    ("The board announced early Friday that the mill would close.",
     [("The board", "announced", "the mill would close")]),
    # a noun spelt like a cue stays a noun before a time phrase
    ("The contest now shifts to coastal states this month that the governor hopes to carry.", []),
]


@pytest.mark.parametrize(("text", "expected"), TIME_AFTER_CUE)
def test_a_time_after_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_time_after_the_cue_keeps_the_name_in_apposition() -> None:
    assert names("The dam was safe, the engineer, Ivo Brandt, said Monday.") == ["Ivo Brandt"]


NAME_THEN_ROLE: list[tuple[str, list[Row]]] = [
    # a name and its role between commas before a cue with nothing after it: the name speaks
    ("The dam was safe, Ivo Brandt, the engineer, said.", [("Ivo Brandt", "said", "The dam was safe")]),
    ("It was over, Ivo Brandt, the engineer, said Monday.", [("Ivo Brandt", "said", "It was over")]),
    ("“It was over,” Ivo Brandt, the engineer, said.", [("Ivo Brandt", "said", "It was over")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_THEN_ROLE)
def test_a_name_and_its_role_before_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_AND_SUBORDINATE: list[tuple[str, list[Row]]] = [
    # a fronted participle is no finite verb: the tag after it reads subject first
    ("Recalling that night, Ann Lee, who ran the shelter, said the roof collapsed.",
     [("Ann Lee", "said", "the roof collapsed")]),
    ("Recalling the storm, Ann Lee, who ran the shelter, said that the roof collapsed.",
     [("Ann Lee", "said", "the roof collapsed")]),
    # "once" opens a fronted clause before the main clause's subject
    ("Once he was mayor, Tom Reed raised taxes, saying the city needed money.",
     [("Tom Reed", "saying", "the city needed money")]),
    ("Then he raised taxes, saying the city needed money.", [("he", "saying", "the city needed money")]),
    # "whether" or "that" after a main clause opens the cue's clause: its subject follows
    ("It is unclear whether the mayor, who won in 2019, has told the council that the plan failed.",
     [("the mayor", "told", "the plan failed")]),
    ("It is clear that the mayor, who won in 2019, has told the council that the plan failed.",
     [("the mayor", "told", "the plan failed")]),
    # not a free relative or a relative pronoun: the subject is the relative's
    ("The mayor has railed against what he calls a “rigged count.”", [("The mayor", "calls", "a “rigged count.”")]),
    # a modal with adverbs before the cue: nothing was said
    ("The question is whether the mayor, who has led the city for years, will ever tell voters the truth.", []),
    ("The mayor will also say that the plan failed.", []),
    ("The mayor has also said that the plan failed.", [("The mayor", "said", "the plan failed")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_AND_SUBORDINATE)
def test_fronted_and_subordinate_clauses_before_the_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CLAUSE_MARKS_END_CONTENT: list[tuple[str, list[Row]]] = [
    # a semicolon ends a reported clause: the writer's next clause follows
    ("The coach calls it his duty; rivals see it as pride.", [("The coach", "calls", "it his duty")]),
    # not inside a quotation
    ("The coach said the squad would “train hard; rest harder” this year.",
     [("The coach", "said", "the squad would “train hard; rest harder” this year")]),
    # a dash, then another speaker's report
    ("Berg told the paper that she was tired of the delays — the mayor also pointed out that the budget was small.",
     [("Berg", "told", "she was tired of the delays"), ("the mayor", "pointed out", "the budget was small")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_MARKS_END_CONTENT)
def test_clause_marks_end_a_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COLON_THEN_TAGGED_QUOTE: list[tuple[str, list[Row]]] = [
    # a quote after a colon with its own tag after it: the tag's speaker, and the report before stops at the colon
    ("Berg insisted that the harbour had lost its charm: “Hull is not Hull any more,” she claimed.",
     [("Berg", "insisted", "the harbour had lost its charm"), ("she", "claimed", "Hull is not Hull any more")]),
    ("The coach was furious: “We were robbed,” he said.", [("he", "said", "We were robbed")]),
    ("Moss recited the club's motto: ''Play fair, play hard,'' he said.", [("he", "said", "Play fair, play hard")]),
    ("Moss insisted that the rules had changed: ''Nobody plays fair,'' he said.",
     [("Moss", "insisted", "the rules had changed"), ("he", "said", "Nobody plays fair")]),
    # a quote that ends its sentence after a colon has no tag after it ("He …" opens the next sentence)
    ("The coach gave a short answer: “We lost.” He blamed the weather in the northern states.",
     [("He", "blamed", "the weather in the northern states")]),
]


NARRATED_CLAUSE: list[tuple[str, list[Row]]] = [
    # ", and" with a pronoun and a past form: the writer narrates again, the report has ended
    ("Moss said the real problem is the pitch, and he railed against the owners for ignoring it.",
     [("Moss", "said", "the real problem is the pitch")]),
    # a modal or "be" after the pronoun: the report goes on
    ("Moss said the pitch was poor, and he would resign if it stayed so.",
     [("Moss", "said", "the pitch was poor, and he would resign if it stayed so")]),
]


@pytest.mark.parametrize(("text", "expected"), NARRATED_CLAUSE)
def test_a_narrated_clause_ends_a_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), COLON_THEN_TAGGED_QUOTE)
def test_a_colon_then_a_tagged_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


POSTING_VERB_TAG: list[tuple[str, list[Row]]] = [
    # written and online messages report words in a quotation's tag or before a colon and a quote
    ("\u201cWe will keep fighting for every family in this town,\u201d she posted.",
     [("she", "posted", "We will keep fighting for every family in this town")]),
    ("The county sheriff's office posted on Facebook: \u201cDeputies are at the scene and the road is closed.\u201d",
     [("The county sheriff's office", "posted", "Deputies are at the scene and the road is closed")]),
    ("\u201cThanks for all the support,\u201d the coach texted a reporter on Sunday.",
     [("the coach", "texted", "Thanks for all the support")]),
    ("\u201cThe vote is on Tuesday,\u201d the clerk emailed.", [("the clerk", "emailed", "The vote is on Tuesday")]),
    ("\u201cNobody saw this coming,\u201d the analyst blogged.", [("the analyst", "blogged", "Nobody saw this coming")]),
    # never a verb of other doings: a loss, bail, a posting at a station, a video posted somewhere
    ("The company posted a loss in the third quarter.", []),
    ("He posted bail on Monday.", []),
    ("A sergeant posted at the border station was hurt.", []),
]


@pytest.mark.parametrize(("text", "expected"), POSTING_VERB_TAG)
def test_a_posting_verb_in_a_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
