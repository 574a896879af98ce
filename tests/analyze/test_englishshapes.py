"""English clause shapes (englishshapes.py): a passive of telling with no agent and a clause ("they were told the
plant will close"): the clause with no source; end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


TOLD_WITH_NO_AGENT: list[tuple[str, list[Row]]] = [
    # a passive of "tell"/"inform" with a clause: whoever told them goes unnamed
    ("When the staff arrived on Monday, they were told instead the depot will close in June.",
     [(None, "were told", "the depot will close in June")]),
    ("Residents were told that the water was safe to drink.",
     [(None, "were told", "the water was safe to drink")]),
    ("The families have been told that the search will resume at dawn.",
     [(None, "have been told", "the search will resume at dawn")]),
    ("Staff were informed the office would move to the harbour.",
     [(None, "were informed", "the office would move to the harbour")]),
    # an order, a topic, a thing told, or a negated passive: nothing reported
    ("Those without power are being told to call the company.", []),
    ("She was told of the risk before the climb.", []),
    ("He was told the news on Friday.", []),
    ("They were not told that the depot would close.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_WITH_NO_AGENT)
def test_a_passive_of_telling_with_no_agent(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TOLD_AFTER_AN_ADVERBIAL: list[tuple[str, list[Row]]] = [
    # a phrase of time or place between the passive and "that"
    ("Night staff were told on Tuesday that the depot will close in June.",
     [(None, "were told", "the depot will close in June")]),
    ("The coach had been told just before the final that his contract would end.",
     [(None, "had been told", "his contract would end")]),
    # a topic after the passive: nothing reported
    ("The families were told of the risk that the river posed to the town.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AFTER_AN_ADVERBIAL)
def test_a_passive_of_telling_after_an_adverbial(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PROGRESSIVE_OF_TELLING: list[tuple[str, list[Row]]] = [
    # "is telling X that C": the subject tells, as with "told"
    ("The governor is telling voters at rallies that the new tax is dead.",
     [("The governor", "telling", "the new tax is dead")]),
    # an object alone, or "telling" as an adjective: no words told
    ("The mayor said Ann Lee is telling the truth about the fire.",
     [("The mayor", "said", "Ann Lee is telling the truth about the fire")]),
    ("There have already been telling signs that could worry the party.", []),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESSIVE_OF_TELLING)
def test_a_progressive_of_telling(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TOLD_A_NUMBER: list[tuple[str, list[Row]]] = [
    # "told" + the one told + a clause opening with a number: the number opens the clause
    ("The mayor told Reuters two more people had died overnight.",
     [("The mayor", "told", "two more people had died overnight")]),
    ("The district chief told AFP eight of the victims were children.",
     [("The district chief", "told", "eight of the victims were children")]),
    ("The senator told Channel 4 News two aides had resigned.",
     [("The senator", "told", "two aides had resigned")]),
    ("The harbour master told AFP eight of the crew belonged to one village.",
     [("The harbour master", "told", "eight of the crew belonged to one village")]),
    ("Insiders told the BBC between 300 and 400 staff are set to lose their jobs.",
     [("Insiders", "told", "between 300 and 400 staff are set to lose their jobs")]),
    ("The airport told Reuters about 40 flights were cancelled.",
     [("The airport", "told", "about 40 flights were cancelled")]),
    # a number after a determiner belongs to the one told
    ("The senator told the 50 delegates that the bill would pass.",
     [("The senator", "told", "the bill would pass")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_A_NUMBER)
def test_told_a_clause_that_opens_with_a_number(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TOLD_AT_A_TIME: list[tuple[str, list[Row]]] = [
    # "C, X told R <time>.": a tag, C before it, however the time is written
    ("Four of the injured are in hospital, the spokesman told reporters Sunday morning.",
     [("the spokesman", "told", "Four of the injured are in hospital")]),
    ("The road will stay shut, the engineer told the newspaper late Tuesday afternoon.",
     [("the engineer", "told", "The road will stay shut")]),
    ("Nobody was hurt, the fire chief told CNN on Sunday night.",
     [("the fire chief", "told", "Nobody was hurt")]),
    # a time phrase before "that": the clause after it
    ("The senator told reporters Sunday morning that the plan had failed.",
     [("The senator", "told", "the plan had failed")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AT_A_TIME)
def test_told_at_a_time(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


EXPLETIVE_PASSIVE_OF_ALLEGING: list[tuple[str, list[Row]]] = [
    # "it" and a passive of alleging or admitting before "that" (`expletive_passive`): the claim with no source
    ("At the hearing it was alleged that the landlord had ignored repeated complaints about damp.",
     [(None, "was alleged", "the landlord had ignored repeated complaints about damp")]),
    ("It has been conceded that the new ferry timetable leaves gaps on Sundays.",
     [(None, "has been conceded", "the new ferry timetable leaves gaps on Sundays")]),
    ("It is acknowledged that the pumps at the reservoir are more than forty years old.",
     [(None, "is acknowledged", "the pumps at the reservoir are more than forty years old")]),
    # a speech verb's passive with a clause and no "that"
    ("Few details were given, but it has been claimed the striker will join a club in Portugal.",
     [(None, "has been claimed", "the striker will join a club in Portugal")]),
    # a noun subject, a negation, or no clause: nothing reported
    ("It was admitted to the collection in 1990.", []),
    ("It was not admitted that the gate had been left open.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXPLETIVE_PASSIVE_OF_ALLEGING)
def test_an_expletive_passive_of_alleging(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
