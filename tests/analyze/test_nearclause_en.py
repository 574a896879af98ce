"""English sources of participles and coordinated cues (nearclause.py, clauses.py, leadtags.py, segments.py,
cuesubject.py): the nearest clause's subject, a naming participle with no speaker, inserts opened by "and",
graded and frequency adverbs after a subject; end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, attributions, rows_in

run = rows_in("en")


PARTICIPLE_AFTER_A_NEARER_CLAUSE: list[tuple[str, list[Row]]] = [
    # ", and X verb …, saying C": the coordinated clause's subject speaks, not the sentence's first subject
    ("The storm hit the coast on Monday, and the governor declared an emergency, saying the damage was severe.",
     [("the governor", "saying", "the damage was severe")]),
    # "as X verb …, saying C" after a main clause
    ("The protest grew louder as the police chief defended the officers, saying they had acted lawfully.",
     [("the police chief", "saying", "they had acted lawfully")]),
    ("He spoke about taxes more than he has in past speeches, but he praised the plan, saying that the rate would fall.",
     [("he", "praised", "the plan"), ("he", "saying", "the rate would fall")]),
    # after the record of a first cue: the clause after its content
    (("Local groups say the fees are too high, and the State Tenants Union has already taken the council to court over them, "
     "saying they break the law."),
     [("Local groups", "say", "the fees are too high"), ("the State Tenants Union", "saying", "they break the law")]),
    # with a quotation after the participle
    ("The governor spoke for an hour even as he defended the police, saying, \u201cMost of the work was good.\u201d",
     [("he", "saying", "Most of the work was good")]),
    # "with X tweeting that A and asking, “Q”"
    (("Some voters were quick to react, with Tom Hart tweeting that it was a \u201cdisaster\u201d for the city and "
     "asking, \u201cWho will pay for this?\u201d"),
     [("Tom Hart", "tweeting", "it was a \u201cdisaster\u201d for the city"), ("Tom Hart", "asking", "Who will pay for this?")]),
    # "… and X verb …, saying C" without a comma before "and"
    (("Over the past two weeks, the board fired the coach and the mayor removed his police chief, Tom Hart, "
     "acknowledging that trust had been lost."),
     [("the mayor", "acknowledging", "trust had been lost")]),
    # a fronted subordinate clause is no nearer clause: the main clause after it speaks
    ("Though Ann Lee is not yet a candidate, Tom Hart mocked her on Friday, suggesting that she was afraid.",
     [("Tom Hart", "suggesting", "she was afraid")]),
    # "as" in "such as" opens no clause
    ("The mayor named several firms, such as the bank that paid the fees, saying they had helped.",
     [("The mayor", "saying", "they had helped")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_AFTER_A_NEARER_CLAUSE)
def test_a_participle_after_a_nearer_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COORDINATED_CUE_IN_A_LATER_CLAUSE: list[tuple[str, list[Row]]] = [
    # "while X, role, verb … and said C": the name of "name, role" or "role, name"
    (("Tom Hart signed the order on Monday, while Ann Lee, the former mayor, proposed a new tax and said the "
     "council should resign."),
     [("Ann Lee", "said", "the council should resign")]),
    ("Tom Hart signed the order, while his old rival, Ann Lee, proposed a new tax and said the council should resign.",
     [("Ann Lee", "said", "the council should resign")]),
    # ", and X adverb verb … and said C"
    ("A group of doctors called for a boycott, and the national union strongly denounced the plan and said it would sue.",
     [("the national union", "denounced", "the plan"), ("the national union", "said", "it would sue")]),
    ("The hall was quiet as he mentioned the budget and described the plan for new roads.",
     [("he", "described", "the plan for new roads")]),
    # "… and he, once again, pledged A and said that C": the pronoun past its insert
    ("The mayor spoke for an hour and he, once again, pledged a new park and said that the city would grow.",
     [("he", "said", "the city would grow")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_CUE_IN_A_LATER_CLAUSE)
def test_a_coordinated_cue_in_a_later_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NAMING_PARTICIPLE: list[tuple[str, list[Row]]] = [
    # "a website called “X”": nobody in the sentence does the naming
    ("Ann Lee, a local teacher, has set up a website called \u201cMove to Maine\u201d that lists empty houses.",
     [(None, "called", "Move to Maine")]),
    ("There is also a weekly series, called \u201cShort Answers\u201d, in which the mayor takes questions.",
     [(None, "called", "Short Answers")]),
    ("The second plan, the so called \u201cClean Streets Rule\u201d, would ban cars.",
     [(None, "called", "Clean Streets Rule")]),
    # a finite naming verb keeps its subject
    ("The senator called the plan \u201ca disgrace\u201d in a speech.",
     [("The senator", "called", "the plan \u201ca disgrace\u201d")]),  # ("in a speech": contentstop.medium_stop)
]


@pytest.mark.parametrize(("text", "expected"), NAMING_PARTICIPLE)
def test_a_naming_participle(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INSERT_OPENED_BY_AND: list[tuple[str, list[Row]]] = [
    # ", and obtained by X," / ", sent to X and forwarded to Y,": a participle insert, no subject
    ("A legal memo drafted for the firm in May, and obtained by the paper, concluded that the deal was legal.",
     [("A legal memo drafted for the firm in May", "concluded", "the deal was legal")]),
    ("The report, sent to the mayor and forwarded to the council, called it \u201ca serious failure.\u201d",
     [("The report", "called", "it \u201ca serious failure.\u201d")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERT_OPENED_BY_AND)
def test_an_insert_opened_by_and(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ADVERBS_AFTER_A_SUBJECT: list[tuple[str, list[Row]]] = [
    # a graded adverb ("more accurately") and a frequency adverb ("sometimes") are no part of the source
    ("The new test more accurately predicted that the workers would stay longer.",
     [("The new test", "predicted", "the workers would stay longer")]),
    ("The union sometimes claimed that the wages were too low.",
     [("The union", "claimed", "the wages were too low")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBS_AFTER_A_SUBJECT)
def test_adverbs_after_a_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VERB_PHRASE_BEFORE_A_COORDINATED_CUE: list[tuple[str, list[Row]]] = [
    # "X went on to praise A, note B": the rest of a verb phrase ("on to praise …") is no subject
    ("Tom Hart went on to praise the new park, note that the roads were finished, and thank the workers.",
     [("Tom Hart", "note", "the roads were finished, and thank the workers")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_PHRASE_BEFORE_A_COORDINATED_CUE)
def test_a_verb_phrase_before_a_coordinated_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


OBJECT_BEFORE_A_PARTICIPLE: list[tuple[str, list[Row]]] = [
    # "X verb OBJECT saying: “Q”": the verb's subject speaks, not its object or the one written to
    ("The mayor emailed supporters saying: \u201cWe won the vote.\u201d", [("The mayor", "saying", "We won the vote")]),
    ("The senator posted a video saying: \u201cThe fight goes on.\u201d", [("The senator", "saying", "The fight goes on")]),
    ("The judge wrote to staff saying: \u201cThe court is closed.\u201d",
     [("The judge", "wrote", "to staff saying: \u201cThe court is closed.\u201d"),
      ("The judge", "saying", "The court is closed")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_BEFORE_A_PARTICIPLE)
def test_an_object_before_a_participle(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLE_INSIDE_A_RELATIVE_CLAUSE: list[tuple[str, list[Row]]] = [
    # "X, who … by/while Ving C" with no comma between: the relative pronoun (standing for X) speaks, not the main
    # clause's subject
    (("For an hour, the new chairman sat with the mayor, Ann Lee, who just a week ago surprised the board by declaring "
      "she could not support the budget."),
     [("who", "declaring", "she could not support the budget")]),
    ("The play mocks the developer who opened his campaign by declaring that the town was broke.",
     [("who", "declaring", "the town was broke")]),
    ("The coach thanked the captain, who had calmed the crowd by insisting that the game would go on.",
     [("who", "insisting", "the game would go on")]),
    # the relative is the object ("which she proved"): the main clause's subject speaks
    ("The senator defended the bill, which she proved by saying that it would cut costs.",
     [("The senator", "saying", "it would cut costs")]),
    # a comma closes the relative clause first: the participle goes on from the main clause
    ("Tom Berg, who chairs the board, rejected the plan by saying it was too costly.",
     [("Tom Berg", "saying", "it was too costly")]),
    # "that" is left to the main clause
    ("The mayor answered the letter that the council sent by saying the plan was fair.",
     [("The mayor", "saying", "the plan was fair")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_INSIDE_A_RELATIVE_CLAUSE)
def test_a_participle_inside_a_relative_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_relative_speakers_name_is_its_antecedent() -> None:
    text = "The play mocks the developer Tom Hart, who opened his campaign by declaring that the town was broke."
    (att,) = attributions(text, "en")
    assert (att.source, att.source_name) == ("who", "Tom Hart")


LONE_COORDINATOR: list[tuple[str, list[Row]]] = [
    # a cue after "and"/"or" whose source came out as the coordinator alone: the sentence's speaker, or none
    ("But he told the paper that he agrees the mayor is a \u201cbully\u201d and said \u201cthe record is quite clear.\u201d",
     [("he", "told", "he agrees the mayor is a \u201cbully\u201d"), ("he", "said", "the record is quite clear")]),
    ("We have a system where the secretary grants waivers to towns that fail, or tells them they must wait.", []),
]


@pytest.mark.parametrize(("text", "expected"), LONE_COORDINATOR)
def test_a_lone_coordinator_is_no_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
