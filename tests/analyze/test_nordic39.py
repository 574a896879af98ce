"""Swedish, Norwegian and Danish attribution on real pages (nordic39): "the same" as the object of an inverted cue
("I dag uppger X samma sak och …"); a fronted clause opened by "before" ("Før X holdt talen, sagde hun, at C").
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


SAME_INVERTED = [
    ("sv", "Nu uppger Lokaltidningen samma sak och berättar att bron öppnar i maj.",
     [("Lokaltidningen", "uppger", "samma sak"), ("Lokaltidningen", "berättar", "bron öppnar i maj")]),
    ("no", "Senere melder Kystposten det samme og skriver at fergen er innstilt.",
     [("Kystposten", "melder", "det samme"), ("Kystposten", "skriver", "fergen er innstilt")]),
]


@pytest.mark.parametrize("lang,text,expected", SAME_INVERTED)
def test_the_same_after_an_inverted_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


def test_the_same_at_the_end_points_back() -> None:
    rows = run("Bron stängs i helgen, enligt kommunen. I kväll uppger Trafikverket samma sak.", "sv")
    assert ("Trafikverket", "uppger", "Bron stängs i helgen, enligt kommunen") in rows


BEFORE_CLAUSE = [
    ("da", "Før borgmesteren åbnede mødet, sagde hun i et interview med lokalradioen, at budgettet holder.",
     [("hun", "sagde", "budgettet holder")]),
    ("da", "Inden direktøren forlod salen, sagde han, at fabrikken bliver.", [("han", "sagde", "fabrikken bliver")]),
    ("no", "Før ordføreren åpnet møtet, sa hun at budsjettet holder.", [("hun", "sa", "budsjettet holder")]),
    ("sv", "Innan rektorn öppnade mötet sa hon att budgeten håller.", [("hon", "sa", "budgeten håller")]),
]


@pytest.mark.parametrize("lang,text,expected", BEFORE_CLAUSE)
def test_a_fronted_before_clause_leaves_the_subject_after_the_cue(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
