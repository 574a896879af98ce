"""English cues whose content is a noun phrase object (issue 10): rejections of a named claim, concerns voiced
about a thing, acts that look like speech ("declared a state of emergency"); also tag verbs before "that", a
phrase between a cue and its clause, and a dateline glued to its sentence ("Oslo:The council said").

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


REJECTIONS: list[tuple[str, list[Row]]] = [
    ("The regional government dismissed the claim.", [("The regional government", "dismissed", "the claim")]),
    ("The firm dismissed the allegations of fraud as baseless.",
     [("The firm", "dismissed", "the allegations of fraud")]),
    ("The ministry rejected the accusations on Friday.", [("The ministry", "rejected", "the accusations")]),
    ("The council dismissed claims that the bridge was unsafe.",
     [("The council", "dismissed", "the bridge was unsafe")]),
    # not a claim: an offer, a case, a worker
    ("The union rejected the offer.", []),
    ("The judge dismissed the case on Monday.", []),
    ("The club dismissed its coach after the defeat.", []),
    # a rejection sharing the subject of a report before it is part of what was reported
    ("The mayor said the figures were wrong and dismissed the reports as rumours.",
     [("The mayor", "said", "the figures were wrong and dismissed the reports as rumours")]),
]


@pytest.mark.parametrize(("text", "expected"), REJECTIONS)
def test_rejections_of_a_named_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONCERNS: list[tuple[str, list[Row]]] = [
    ("The watchdog has expressed concerns over a rising number of accidents at the plant.",
     [("The watchdog", "expressed concerns over", "a rising number of accidents at the plant")]),
    ("Doctors voiced concern about the long waits for surgery.",
     [("Doctors", "voiced concern about", "the long waits for surgery")]),
    ("The agency sounded the alarm about a surge in flu cases across the state.",
     [("The agency", "sounded the alarm about", "a surge in flu cases across the state")]),
]


@pytest.mark.parametrize(("text", "expected"), CONCERNS)
def test_concerns_voiced_about_a_thing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ACTS: list[tuple[str, list[Row]]] = [
    ("Ashford County declared a local state of emergency on Sunday.", []),
    ("The mayor declared that the bridge was safe.", [("The mayor", "declared", "the bridge was safe")]),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_declarations_that_are_acts(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PER: list[tuple[str, list[Row]]] = [
    ("Fever and cough are common symptoms, per the health agency.",
     [("the health agency", "per", "Fever and cough are common symptoms")]),
    ("The pier will reopen in May, per Harbour Board officials.",
     [("Harbour Board officials", "per", "The pier will reopen in May")]),
    # a rate, not a source
    ("The fee is five dollars per day.", []),
    ("Per capita income fell sharply.", []),
]


@pytest.mark.parametrize(("text", "expected"), PER)
def test_per_as_a_closing_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAG_VERBS_WITH_THAT: list[tuple[str, list[Row]]] = [
    ("The coach joked that nobody had told the goalkeeper.",
     [("The coach", "joked", "nobody had told the goalkeeper")]),
    ("The review concluded that the fire began in the kitchen.",
     [("The review", "concluded", "the fire began in the kitchen")]),
    # what one read, a directive: no report
    ("He read that the bridge was shut.", []),
    ("The union demanded that the plant stay open.", []),
]


@pytest.mark.parametrize(("text", "expected"), TAG_VERBS_WITH_THAT)
def test_tag_verbs_before_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PHRASE_THEN_CLAUSE: list[tuple[str, list[Row]]] = [
    # a prepositional phrase after the cue, then a clause whose past verb the phrase reader does not know
    ("She said with the two new cases, the overall count now climbed to 40.",
     [("She", "said", "with the two new cases, the overall count now climbed to 40")]),
    ("The agency said, in the east, the flooded road reopened.",
     [("The agency", "said", "the flooded road reopened")]),
    ("The mayor said, in a statement, the damaged roads.", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASE_THEN_CLAUSE)
def test_a_phrase_after_the_cue_then_a_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_glued_dateline_is_no_part_of_the_source() -> None:
    assert run("Oslo:The UN mission in the region said on Monday that four people were hurt.") == [
        ("The UN mission in the region", "said", "four people were hurt")]


SUBJECTS_WITH_CLAUSES: list[tuple[str, list[Row]]] = [
    # a reduced relative and a closed relative of place stay inside the subject
    ("The man charged with theft at the depot where he worked told police he was sorry.",
     [("The man charged with theft at the depot where he worked", "told", "he was sorry")]),
    ("A cook at the hotel where she trained said the kitchen was closed.",
     [("A cook at the hotel where she trained", "said", "the kitchen was closed")]),
    # the cue is the relative clause's own verb
    ("Crowds filled the square, where officials said ten people were hurt.",
     [("officials", "said", "ten people were hurt")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS_WITH_CLAUSES)
def test_subjects_holding_a_relative(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
