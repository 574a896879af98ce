"""English reporting vocabulary completed from the general lexicon, and participles after a count and an
adjective (issue 10, en16), end to end, one table per rule.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.cue, a.content) for a in attribute(art)]


THAT_VERBS: list[tuple[str, list[Row]]] = [
    # verbs of doubting, calculating, objecting and complaining: a report before "that"
    ("Residents complain that the buses never come on time.",
     [("Residents", "complain", "the buses never come on time")]),
    ("The coach reasoned that a draw was a fair result.", [("The coach", "reasoned", "a draw was a fair result")]),
    ("The lawyer objected that the evidence was weak.", [("The lawyer", "objected", "the evidence was weak")]),
    ("Critics doubted that the plan would work.", [("Critics", "doubted", "the plan would work")]),
    ("The analyst calculated that the deal was worth less than planned.",
     [("The analyst", "calculated", "the deal was worth less than planned")]),
    # the same forms with no clause after them: nothing reported
    ("The neighbours objected to the plan at a meeting on Monday.", []),
    ("The projected number of the dead rose again on Friday, the agency said.",
     [("the agency", "said", "The projected number of the dead rose again on Friday")]),
    ("The two sides agree on a truce in the north, the ministry said.",
     [("the ministry", "said", "The two sides agree on a truce in the north")]),
]


@pytest.mark.parametrize(("text", "expected"), THAT_VERBS)
def test_that_verbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLES: list[tuple[str, list[Row]]] = [
    # "…, confirming C": the subject of the main clause reports C
    ("The mayor spoke on Monday, confirming that the bridge would close next week.",
     [("The mayor", "confirming", "the bridge would close next week")]),
    ("The agency issued a new figure, estimating that 300 homes were lost.",
     [("The agency", "estimating", "300 homes were lost")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_participles(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COUNT_ADJECTIVE: list[tuple[str, list[Row]]] = [
    # a participle after a count and an adjective of counting is an adjective before its noun, no cue
    ("Health officials announced four new confirmed cases on Monday, bringing the total to twelve.",
     [("Health officials", "announced", "four new confirmed cases on Monday, bringing the total to twelve")]),
    ("The county reported two additional confirmed deaths on Tuesday.",
     [("The county", "reported", "two additional confirmed deaths on Tuesday")]),
    ("The state listed 30 more reported infections in the week to Sunday, officials said.",
     [("officials", "said", "The state listed 30 more reported infections in the week to Sunday")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_ADJECTIVE)
def test_count_adjective(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
