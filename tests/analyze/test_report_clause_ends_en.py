"""English: where a reported clause ends before the writer's next clause (sourcefirst._fronted_clause_end,
contentstop._conceding_speaker), end to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


FRONTED_CLAUSE_MAIN_SUBJECTS: list[tuple[str, list[Row]]] = [
    # a report inside a fronted subordinate clause ends at the comma before the main clause: a noun phrase opened by
    # a determiner (after "even" or adverbs) and a verb, or a pronoun or a name and a past form in -ed
    ("While most voters say they distrust the mayor, even some council members questioned why the budget grew.",
     [("most voters", "say", "they distrust the mayor"),
      ("some council members", "questioned", "why the budget grew")]),
    ("Where the governors argued that taxes were too high, the senators stressed the need for a careful plan.",
     [("the governors", "argued", "taxes were too high")]),
    ("After the mayor announced her campaign in March, she famously referred to the bankers as crooks.",
     [("the mayor", "announced", "her campaign in March")]),
    ("When the coach claimed the referee was biased, Berg laughed at the idea.",
     [("the coach", "claimed", "the referee was biased")]),
    # a comma inside the report that no clause follows keeps it going
    ("Although the minister said the tax, which farmers hate, would stay, the party voted against it.",
     [("the minister", "said", "the tax, which farmers hate, would stay")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CLAUSE_MAIN_SUBJECTS)
def test_fronted_clause_main_subjects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONCESSION_ABOUT_SPEAKERS: list[tuple[str, list[Row]]] = [
    # ", though"/", although" with a personal pronoun and a verb: the writer's concession about the speakers
    ("Most students say the fees are too high, though they blame the state for the rise.",
     [("Most students", "say", "the fees are too high"), ("they", "blame", "the state for the rise")]),
    ("The nurses said the wards were full, although they still praised the new manager.",
     [("The nurses", "said", "the wards were full"), ("they", "praised", "the new manager")]),
    # a thing's pronoun, or a modal, is the report going on
    ("The mayor said the bridge is safe, although it would need repairs.",
     [("The mayor", "said", "the bridge is safe, although it would need repairs")]),
    ("The engineers said the dam would hold, though they might need more pumps.",
     [("The engineers", "said", "the dam would hold, though they might need more pumps")]),
]


@pytest.mark.parametrize(("text", "expected"), CONCESSION_ABOUT_SPEAKERS)
def test_concession_about_speakers(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NAMED_APPOSITION_BEFORE_AND_SAID: list[tuple[str, list[Row]]] = [
    # a description, then a full name in an apposition, then a verb phrase and "and said": the name's speaker
    ("One of the men, Tom Berg, 70, had served in the navy and said the base should stay.",
     [("One of the men, Tom Berg", "said", "the base should stay")]),
    ("Her neighbour, Ann Lee, had worked at the mill and said the town had changed.",
     [("Her neighbour, Ann Lee", "said", "the town had changed")]),
    # an apposition that names a place after a preposition names no speaker
    ("Workers at the plant, Acme Steel, walked out and said the pay was too low.",
     [("Workers", "said", "the pay was too low")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_APPOSITION_BEFORE_AND_SAID)
def test_named_apposition_before_and_said(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NEXT_CLAUSE_IN_THE_PERFECT: list[tuple[str, list[Row]]] = [
    # ", and" with a determiner's noun phrase and a perfect ("has already sued"): the writer's next clause, whose
    # subject a participle after it goes on from
    ("Tenants say the rents are too high, and the union has already sued the owner, saying the leases are illegal.",
     [("Tenants", "say", "the rents are too high"), ("the union", "saying", "the leases are illegal")]),
    # a modal or "be" keeps the report going
    ("Tenants say the rents are too high, and the union will sue the owner.",
     [("Tenants", "say", "the rents are too high, and the union will sue the owner")]),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_CLAUSE_IN_THE_PERFECT)
def test_next_clause_in_the_perfect(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
