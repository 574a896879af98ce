"""English attribution shapes read on real pages in round sven23: an adverbial of the source's anonymity after
the cue ("said on condition of anonymity because …", anonymity.py) is how the words were given, not what was
said; a rejected figure or account named as a noun ("disputed the figure", function words claim_noun) and "call" before an adverbial, which names nothing ("called a halt to it after …",
"called police twice", clauses.py); end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, attributions, rows_in

run = rows_in("en")


ANONYMITY_ADVERBIAL: list[tuple[str, list[Row]]] = [
    # after a tag: the content is the clause before the cue
    (("Four guards were hurt in the blast, a police officer said on condition of anonymity because he was not "
      "allowed to speak to the press."),
     [("a police officer", "said", "Four guards were hurt in the blast")]),
    (("The talks have stalled, one diplomat said on the condition of anonymity since she was not authorized to "
      "comment."),
     [("one diplomat", "said", "The talks have stalled")]),
    ("The vote will be delayed, an aide said under condition of anonymity as he could not be named.",
     [("an aide", "said", "The vote will be delayed")]),
    # after an object: the object alone
    ("A company official confirmed the merger on the condition of anonymity because the deal is not final.",
     [("A company official", "confirmed", "the merger")]),
    # no mark of anonymity: a condition, part of what was said
    ("The bank said on condition that the loan is repaid it would drop the case.",
     [("The bank", "said", "the loan is repaid it would drop the case")]),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMITY_ADVERBIAL)
def test_an_anonymity_adverbial_after_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ANONYMOUS_TAG_TYPES: list[tuple[str, str]] = [
    # the speaker of a tag with an anonymity adverbial is unnamed
    (("Four guards were hurt in the blast, a police officer said on condition of anonymity because he was not "
      "allowed to speak to the press."), "unnamed"),
    ("The talks have stalled, one diplomat said on the condition of anonymity since she could not be named.",
     "unnamed"),
    ("The talks have stalled, one diplomat said on Monday.", "person"),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMOUS_TAG_TYPES)
def test_an_anonymity_adverbial_makes_the_speaker_unnamed(text: str, expected: str) -> None:
    assert [a.source_type for a in attributions(text, "en")] == [expected]


DISPUTED_FIGURE: list[tuple[str, list[Row]]] = [
    # a figure, estimate, toll or account named as the object of a rejection: what was rejected
    ("Unions said most shops were shut, but the government disputed the figure.",
     [("Unions", "said", "most shops were shut"), ("the government", "disputed", "the figure")]),
    ("Neighbours disputed the estimate.", [("Neighbours", "disputed", "the estimate")]),
    ("Rebels rejected the official death toll.", [("Rebels", "rejected", "the official death toll")]),
    ("The police dismissed his account of the night.", [("The police", "dismissed", "his account of the night")]),
    # not a claim: nothing reported
    ("The bank dismissed the clerk.", []),
]


@pytest.mark.parametrize(("text", "expected"), DISPUTED_FIGURE)
def test_a_rejected_figure_or_account(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CALL_BEFORE_AN_ADVERBIAL: list[tuple[str, list[Row]]] = [
    # a subordinate clause or how often after the object: "call" summons or declares, it names nothing
    ("The cleric called a short halt to the raids after clashes in the south.", []),
    ("The owner called deputies several times to have the man removed.", []),
    ("She called police twice to report the noise.", []),
    ("The coach called the players again before the match.", []),
    # a naming complement after the object, also past "and" or a time
    ("The mayor called the plan a disgrace.", [("The mayor", "called", "the plan a disgrace")]),
    ("The senator called both the mayor and the governor “reckless.”",
     [("The senator", "called", "both the mayor and the governor “reckless.”")]),
    ("He called the decision to close the plant a mistake.",
     [("He", "called", "the decision to close the plant a mistake")]),
]


@pytest.mark.parametrize(("text", "expected"), CALL_BEFORE_AN_ADVERBIAL)
def test_call_before_an_adverbial_names_nothing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
