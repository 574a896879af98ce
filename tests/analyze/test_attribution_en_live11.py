"""English constructions found on unseen real pages (issues 10 and 11, live11dev), end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.cue, a.content) for a in attribute(art)]


GAP_RELATIVE_NOUN_VERB: list[tuple[str, list[Row]]] = [
    # a cue spelt like a noun ("estimates", "claims") after the subject of a relative clause whose own subject
    # is missing after it: the verb of that clause, not a noun and its verb
    ("The firm runs two pension plans, which the government estimates are underfunded.",
     [("the government", "estimates", "which are underfunded")]),
    ("The town owns old bridges, which the union claims were never inspected.",
     [("the union", "claims", "which were never inspected")]),
    ("The mill has three sites, which the agency reports will close next year.",
     [("the agency", "reports", "which will close next year")]),
    # a noun stays a noun: its genitive, "of" after it, or no relative pronoun before it
    ("The firm cut jobs, which the union's claims are about.", []),
    ("The bank lost money, which the claims of fraud are blamed on.", []),
    ("The government estimates are too low.", []),
]


@pytest.mark.parametrize(("text", "expected"), GAP_RELATIVE_NOUN_VERB)
def test_gap_relative_noun_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DECLARED_ACT: list[tuple[str, list[Row]]] = [
    # "declare" with an object that names what is declared (an outbreak, a war, a curfew) is an act, no claim
    ("The health board declared an outbreak at the care home on Friday.", []),
    ("The city declared a curfew after the riots.", []),
    ("The airline declared bankruptcy in May.", []),
    ("The ministry declared a pandemic in March.", []),
    # "declared" with a clause reports one
    ("The mayor declared that the bridge was safe.", [("The mayor", "declared", "the bridge was safe")]),
]


@pytest.mark.parametrize(("text", "expected"), DECLARED_ACT)
def test_declared_act(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
