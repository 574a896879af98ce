"""Verbs of criticism and praise with a noun-phrase object (criticism.py; class `opinion` in `cues_speech.tsv`,
their sense in its third column): the object to the clause's end is the content, a judgement after it ("as", "for", "on") kept;
a verb that also strikes reports only with a judgement or an act judged; a relative clause's verb with its object
before it reports nothing. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.criticism import senses
from enligt.models import Article


def _records(text: str, lang: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source, a.cue, a.content) for a in attribute(Article(title=None, body=(text,), language=lang))]


CRITICISM = [
    ("Shopkeepers slammed the new parking charges as a tax on the high street.", "en",
     ("Shopkeepers", "slammed", "the new parking charges as a tax on the high street")),
    ("The nurses' union branded the ward closures a betrayal of patients.", "en",
     ("The nurses' union", "branded", "the ward closures a betrayal of patients")),
    ("Airline bosses blamed the cancellations on a shortage of pilots.", "en",
     ("Airline bosses", "blamed", "the cancellations on a shortage of pilots")),
    ("Campaigners have attacked a plan to fell two hundred trees along the canal.", "en",
     ("Campaigners", "attacked", "a plan to fell two hundred trees along the canal")),
    ("The inspectors criticised the school's handling of complaints.", "en",
     ("The inspectors", "criticised", "the school's handling of complaints")),
    ("The fire chief praised the volunteers for their quick thinking.", "en",
     ("The fire chief", "praised", "the volunteers for their quick thinking")),
    ("Church leaders condemned the vandalism as senseless.", "en",
     ("Church leaders", "condemned", "the vandalism as senseless")),
    ("Farmers blasted the ministry over the late subsidy payments.", "en",
     ("Farmers", "blasted", "the ministry over the late subsidy payments")),
    ("The teachers' union welcomed the ruling as overdue.", "en",
     ("The teachers' union", "welcomed", "the ruling as overdue")),
    ("Two councillors questioned the decision to sell the park.", "en",
     ("Two councillors", "questioned", "the decision to sell the park")),
]


@pytest.mark.parametrize(("text", "lang", "record"), CRITICISM)
def test_criticism_with_an_object_reports_it(text: str, lang: str, record: tuple[str, str, str]) -> None:
    assert record in _records(text, lang)


OTHER_SENSES = [
    ("She slammed the door behind her and drove off.", "en"),
    ("The van slammed into a lamp post on the corner.", "en"),
    ("Gunmen attacked the village before dawn on Sunday.", "en"),
    ("The winger blasted the ball past the keeper in the last minute.", "en"),
    ("He hailed a taxi outside the station.", "en"),
    ("The head teacher welcomed parents at the gate.", "en"),
    ("Detectives questioned a neighbour late on Friday.", "en"),
    ("The levy, which the mayor criticized last spring, took effect on Monday.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), OTHER_SENSES)
def test_other_senses_report_nothing(text: str, lang: str) -> None:
    assert _records(text, lang) == []


def test_a_quotation_tag_stays() -> None:
    assert ("he", "slammed", "It is a scandal") in _records("“It is a scandal,” he slammed.", "en")


@pytest.mark.parametrize("lang", ["en"])
def test_every_sense_is_word_or_act(lang: str) -> None:
    got = senses(lang)
    assert got and set(got.values()) <= {"word", "act"}
    assert {"criticized", "slammed"} <= set(got)


PARTICIPLES = [
    ("The bakery chain cut its outlook, blaming the price of flour.", "en",
     ("The bakery chain", "blaming", "the price of flour")),
    ("The councillor quit the party on Monday, criticising its stance on housing.", "en",
     ("The councillor", "criticising", "its stance on housing")),
    ("The coach is praising his young defenders.", "en", ("The coach", "praising", "his young defenders")),
]


@pytest.mark.parametrize(("text", "lang", "record"), PARTICIPLES)
def test_participles_of_criticism_report_the_main_subjects_judgement(text: str, lang: str,
                                                                      record: tuple[str, str, str]) -> None:
    assert record in _records(text, lang)
