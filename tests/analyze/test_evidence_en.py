"""English evidence and reduced participle clauses (pol21: nearclause.reduced_subject, clauses.participle,
sourcetype.left_part, wordclass.nominal, phrasal.is_phrasal): a participle of showing after a document or after
"with" ("with recent polls showing C"), a speaker after "with" before a participle of saying ("with Ann Lee telling
reporters C"), the set's noun after a collection noun ("a series of emails shows"), an average as a document, a
quantifier opening what is shown, a comparative inside the subject ("The most recent poll shows"), a lead measured
after the object ("show Ann Lee up by 10 points"); end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


SHOWING_PARTICIPLE: list[tuple[str, list[Row]]] = [
    # "with" and a document, then the participle: the document shows
    ("The mayor struggled in the south, with recent polls showing her rival well ahead.",
     [("recent polls", "showing", "her rival well ahead")]),
    ("The race tightened in March, with several state polls indicating that the senator had a small lead.",
     [("several state polls", "indicating", "the senator had a small lead")]),
    # a document as the object of a verb or preposition, then the participle
    ("The governor pointed to a new survey showing his support down to 30 percent.",
     [("a new survey", "showing", "his support down to 30 percent")]),
    ("She dismissed the polls showing her party in third place.",
     [("the polls", "showing", "her party in third place")]),
    # in a fronted phrase the participle's clause ends at its comma
    ("Despite polls showing him far behind, the senator kept campaigning in the state.",
     [("polls", "showing", "him far behind")]),
    # after a comma: the main clause's subject shows, when it is a document
    ("The audit came out on Friday, showing that the fund had lost money.",
     [("The audit", "showing", "the fund had lost money")]),
]


@pytest.mark.parametrize(("text", "expected"), SHOWING_PARTICIPLE)
def test_a_participle_of_showing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NO_SHOWING_REPORT: list[tuple[str, list[Row]]] = [
    # a person "showing" something, a noun, a phrasal verb, a subject's participle clause: nothing shown
    ("The senator pressed on with the speech, showing that he would not back down.", []),
    ("The governor did well, with his 40 percent showing in the county.", []),
    ("She waved to the crowd, showing off the hat she had been given.", []),
    ("A survey showing that most voters back the plan was released on Monday.", []),
    # a participle of showing after "and" is no second report cutting the first
    ("The mayor says the governor is acting unlawfully and showing disdain for the courts.",
     [("The mayor", "says", "the governor is acting unlawfully and showing disdain for the courts")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_SHOWING_REPORT)
def test_no_report_of_showing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


WITH_A_SPEAKER: list[tuple[str, list[Row]]] = [
    # "with X telling/asking/saying …": X speaks
    ("The debate turned sour, with Senator Ann Lee telling reporters on Friday she saw the mayor as responsible.",
     [("Senator Ann Lee", "telling", "she saw the mayor as responsible")]),
    ("The hearing ended with the chairman asking the witness whether she would testify again.",
     [("the chairman", "asking", "whether she would testify again")]),
    ("Other towns soon joined in, with the union of the county saying the plan was unlawful.",
     [("the union of the county", "saying", "the plan was unlawful")]),
    # no clause after the participle: no words reported
    ("Jobs rose again in May, with the economy adding 120,000 jobs during the month.", []),
]


@pytest.mark.parametrize(("text", "expected"), WITH_A_SPEAKER)
def test_a_speaker_after_with(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


A_SET_OF_DOCUMENTS: list[tuple[str, list[Row]]] = [
    # a collection noun and "of": the set's noun types the phrase
    ("The next series of emails shows that the aide asked the reporter to call him.",
     [("The next series of emails", "shows", "the aide asked the reporter to call him")]),
    ("A second batch of letters from the firm showed the close ties between the two companies.",
     [("A second batch of letters from the firm", "showed", "the close ties between the two companies")]),
    ("A newly released set of emails shows that the staff had raised the alarm.",
     [("A newly released set of emails", "shows", "the staff had raised the alarm")]),
    # an average of polls is a document
    ("An average of recent polls shows the governor leading by 4 points.",
     [("An average of recent polls", "shows", "the governor leading by 4 points")]),
    # a set of things that are no documents shows nothing
    ("A series of storms in the county showed that the rules were weak.", []),
]


@pytest.mark.parametrize(("text", "expected"), A_SET_OF_DOCUMENTS)
def test_a_set_of_documents(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


WHAT_IS_SHOWN: list[tuple[str, list[Row]]] = [
    # a quantifier opens the object of the verb
    ("The poll shows both candidates beating the mayor by 5 points.",
     [("The poll", "shows", "both candidates beating the mayor by 5 points")]),
    ("A review by the paper shows most of the flights were for the campaign.",
     [("A review by the paper", "shows", "most of the flights were for the campaign")]),
    # a comparative after the determiner is inside the subject
    ("The most recent poll shows the senator has fallen to 20 percent.",
     [("The most recent poll", "shows", "the senator has fallen to 20 percent")]),
    ("The most recent public opinion poll shows us with a 3-point lead.",
     [("The most recent public opinion poll", "shows", "us with a 3-point lead")]),
    ("A more detailed report claims that the agency knew of the leak.",
     [("A more detailed report", "claims", "the agency knew of the leak")]),
    # a lead measured after the object: no particle of the verb
    ("Polls show the governor up by 10 points in the next contest.",
     [("Polls", "show", "the governor up by 10 points in the next contest")]),
    ("The mayor did not show up at the hearing on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), WHAT_IS_SHOWN)
def test_what_is_shown(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
