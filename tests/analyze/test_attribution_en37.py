"""English round en37 (PolNeAR train, errors grouped by construction): a clause closed by a time word before a
participle of saying is the main clause, not a fronted phrase (segkinds._clause_to_time); a participle of saying
opening its sentence with a clause after it (participles._sentence_first); ", before adding that C" to the sentence's
end is no fronted phrase (participles.participle); a title label ending in a rubric or media word ("The Latest:",
"Delegate Update:") names no speaker (titles.title_source, `title_kicker`); a restrictive relative after a list
ending in "and", with an adverb in -ly before its content's verb (clauses.restrictive_end); end to end, one table
per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import NEUTRAL_BODY, Row, rows, rows_in

run = rows_in("en")


CLAUSE_TO_TIME: list[tuple[str, list[Row]]] = [
    # a subject, a verb and a time word before the comma: that subject speaks the participle
    ("The coach apologized to the club the next day, saying the nurses had done nothing wrong.",
     [("The coach", "saying", "the nurses had done nothing wrong")]),
    ("The mayor resigned last week, saying he was tired of the job.",
     [("The mayor", "saying", "he was tired of the job")]),
    ("The union sued the city a year ago, arguing that the depot closure hurt older workers.",
     [("The union", "arguing", "the depot closure hurt older workers")]),
    ("Ann Berg changed her story months later, stating that she had never seen the letter.",
     [("Ann Berg", "stating", "she had never seen the letter")]),
    # a fronted time phrase stays one: the subject after its comma speaks
    ("A few minutes later, the mayor said the bridge was closed.",
     [("the mayor", "said", "the bridge was closed")]),
    ("Hours after he spoke that night, the mayor said the ferry was late.",
     [("the mayor", "said", "the ferry was late")]),
    ("The next day, the coach said the team was ready.",
     [("the coach", "said", "the team was ready")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_TO_TIME)
def test_a_clause_closed_by_a_time_word(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SENTENCE_FIRST_PARTICIPLE: list[tuple[str, list[Row]]] = [
    # a participle of saying opening the sentence with a clause: the subject after the comma speaks
    ("Noting that the river had risen overnight, the mayor closed the bridge.",
     [("the mayor", "Noting", "the river had risen overnight")]),
    ("Noting he had grown up by the sea, Ann Berg backed the harbour plan.",
     [("Ann Berg", "Noting", "he had grown up by the sea")]),
    ("Declaring that the strike was over, the union called its members back to work.",
     [("the union", "Declaring", "the strike was over")]),
    # a noun phrase after it, "that" as a determiner, a phrase of place: nothing reported
    ("Noting the size of the crowd, the mayor smiled.", []),
    ("Recalling that summer, Tom Reed wept.", []),
    ("Writing in the Post, Tom Reed argued that the tax was unfair.",
     [("Tom Reed", "argued", "the tax was unfair")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_FIRST_PARTICIPLE)
def test_a_participle_opening_the_sentence(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


OPENER_AFTER_A_COMMA: list[tuple[str, list[Row]]] = [
    # ", before/while/after + participle" running to the sentence's end: the main clause's subject speaks
    ("The mayor praised the builders, before adding that the bridge will open in May.",
     [("The mayor", "praised", "the builders"), ("The mayor", "adding", "the bridge will open in May")]),
    ("The council has vowed to cut costs, while acknowledging that this will be hard.",
     [("The council", "vowed", "to cut costs"), ("The council", "acknowledging", "this will be hard")]),
    ("Tom Reed thanked the nurses, while arguing the ward should hire more staff.",
     [("Tom Reed", "arguing", "the ward should hire more staff")]),
    # with a comma after its clause it stays fronted: the subject after that comma speaks
    ("In the end, after saying he was tired, the coach left the room.",
     [("the coach", "saying", "he was tired")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENER_AFTER_A_COMMA)
def test_an_opener_and_participle_after_a_comma(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TITLE_RUBRIC: list[tuple[str, list[Row]]] = [
    # a rubric or media word ends the label: no speaker
    ("The Latest: Harbour vote goes to the mayor", []),
    ("Weekend Update: The count in the harbour race", []),
    ("Friday’s Morning Email: A storm heads for the coast", []),
    ("Video: Flood waters reach the old mill", []),
    # a person's or a body's name before the colon still speaks
    ("Ann Lee: We Will Not Give Up The Harbour", [("Ann Lee", ":", "We Will Not Give Up The Harbour")]),
]


@pytest.mark.parametrize(("title", "expected"), TITLE_RUBRIC)
def test_a_title_label_that_is_a_rubric(title: str, expected: list[Row]) -> None:
    assert rows(NEUTRAL_BODY["en"], "en", title) == expected


RELATIVE_AFTER_A_LIST: list[tuple[str, list[Row]]] = [
    # the list's commas are no clause boundary; an adverb in -ly before the content's verb
    ("The city was criticised by farmers, teachers and shop owners who say the new rule unfairly targets towns.",
     [("who", "say", "the new rule unfairly targets towns")]),
    ("The city has faced criticism from shop owners who say the rule clearly hurts small towns.",
     [("who", "say", "the rule clearly hurts small towns")]),
    ("The mayor met with teachers and parents who say the school is too small.",
     [("who", "say", "the school is too small")]),
    # a noun in -ly after an article is no adverb: no clause, no record
    ("The mayor thanked nurses, porters and cooks who visited the family farms.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_AFTER_A_LIST)
def test_a_relative_after_a_list(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
