"""English attribution shapes read on real pages in round sven22: an opinion cue coordinated after a report
with a clause and no "that" (sourcefirst.py), a passive of telling with a time phrase before its "that"
(englishshapes.py), and a name with its role after a one-word opener (cuesubject.py); end to end, one table
per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


COORDINATED_OPINION: list[tuple[str, list[Row]]] = [
    # "X said A but warned B": the opinion cue shares the subject, its clause needs no "that"
    ("The mayor said the town would rebuild but warned the cost would be high.",
     [("The mayor", "said", "the town would rebuild"), ("The mayor", "warned", "the cost would be high")]),
    ("Doctors said the ward was full and warned more patients could arrive.",
     [("Doctors", "said", "the ward was full"), ("Doctors", "warned", "more patients could arrive")]),
    ("The mayor said the town would rebuild but warned that the cost would be high.",
     [("The mayor", "said", "the town would rebuild"), ("The mayor", "warned", "the cost would be high")]),
    # an object, not a clause, after the coordinated cue: no record of it
    ("The mayor said the town would rebuild but warned residents about the cost.",
     [("The mayor", "said", "the town would rebuild")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_OPINION)
def test_an_opinion_cue_coordinated_after_a_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TOLD_AFTER_A_TIME_PHRASE: list[tuple[str, list[Row]]] = [
    # a time or place phrase between a passive "told" and its "that": the clause, with no source
    ("Drivers were told on Friday that the depot will shut in March.",
     [(None, "were told", "the depot will shut in March")]),
    ("The coach had been told just before the final that he would be replaced.",
     [(None, "had been told", "he would be replaced")]),
    ("Tenants were told at a meeting that the rent would rise.",
     [(None, "were told", "the rent would rise")]),
    # a relative clause after the phrase, or a topic: nothing reported
    ("Tenants were told at a meeting that lasted an hour.", []),
    ("Tenants were told of a plan that the council drew up.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AFTER_A_TIME_PHRASE)
def test_a_passive_of_telling_after_a_time_phrase(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NAME_AFTER_ONE_WORD_OPENER: list[tuple[str, list[Row]]] = [
    # a capitalised opener alone before its comma is no place: the name after it is the speaker, not its role
    ("Yesterday, Ruth Alder, chief nurse at the clinic, said the ward would reopen.",
     [("Ruth Alder", "said", "the ward would reopen")]),
    ("Still, Ruth Alder, a senior aide to the governor, said the vote was close.",
     [("Ruth Alder", "said", "the vote was close")]),
    ("Meanwhile, Ruth Alder, head of the nurses' union, said the talks had failed.",
     [("Ruth Alder", "said", "the talks had failed")]),
    # a place goes on after a place: "Since 2001 in Dover, Del., port officials say"
    ("Since 2001 in Dover, Del., port officials say the harbour has grown.",
     [("port officials", "say", "the harbour has grown")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_AFTER_ONE_WORD_OPENER)
def test_a_name_and_role_after_a_one_word_opener(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PUT_AT_A_FIGURE: list[tuple[str, list[Row]]] = [
    # "X put NP at N": X gives a figure; the content is the thing and its figure, up to the comma after it
    ("The coastguard put the number of people rescued at 42, and said the search would go on.",
     [("The coastguard", "put", "the number of people rescued at 42"),
      ("The coastguard", "said", "the search would go on")]),
    ("Organisers put the crowd at more than 50,000, while police estimate the crowd at about 20,000.",
     [("Organisers", "put", "the crowd at more than 50,000"), ("police", "estimate", "the crowd at about 20,000")]),
    ("The health ministry puts the death toll at nine.", [("The health ministry", "puts", "the death toll at nine")]),
    # no figure after "at": nothing reported, and no quotation tagged
    ("The council put the plan on hold.", []),
    ("They put the blame at the door of the council.", []),
    ("“We will appeal.” Lund put his house up for sale.", []),
    # a citing phrase after a clause with no figure put: a reason cited, the clause's subject gives it (en41,
    # citedreason.reason_cited)
    ("The firm put the merger on hold, citing rising costs.", [("The firm", "citing", "rising costs")]),
]


@pytest.mark.parametrize(("text", "expected"), PUT_AT_A_FIGURE)
def test_a_thing_put_at_a_figure(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REPORTED_STATE: list[tuple[str, list[Row]]] = [
    # an agentless "was/were reported" before a state an event left, or closing its clause: sourceless hearsay
    ("Two climbers were reported missing after the storm.",
     [(None, "were reported", "Two climbers were reported missing after the storm")]),
    ("A nurse at the clinic was also reported injured.",
     [(None, "was reported", "A nurse at the clinic was also reported injured")]),
    ("Police closed the square, and several arrests were reported.",
     [(None, "were reported", "several arrests were reported")]),
    # a recipient, a time or a place after it, or a negation: nothing marked
    ("The theft was reported to police on Monday.", []),
    ("A leak was reported at the depot on Friday.", []),
    ("The two guards were not reported missing.", []),
    ("Nobody knows how many are reported missing.", []),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_STATE)
def test_an_agentless_reported_before_a_state(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
