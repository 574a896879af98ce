"""Tests of nonnp sources: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

# Non-noun-phrase sources (nordic36): "C, det skriver X" points back at the clause before the comma; a clause
# opened by a two-word subordinator ("samtidig som", "samtidigt som", "samtidig med at") is fronted, its subject after
# the cue; Swedish fronted time and reason clauses ("Innan mötet började, sa hon att C"); an expletive "Det har været
# oplyst/meldt" is an agentless passive, no source. Every sentence is written for its test.
Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


COMMA_TAG = [
    ("sv", "Polisen har gripit en kvinna i Umeå, det skriver Expressen.",
     [("Expressen", "skriver", "Polisen har gripit en kvinna i Umeå")]),
    ("no", "Politiet har pågrepet en kvinne i Tromsø, det skriver Dagbladet.",
     [("Dagbladet", "skriver", "Politiet har pågrepet en kvinne i Tromsø")]),
    ("da", "Politiet har anholdt en kvinde i Vejle, det skriver Berlingske.",
     [("Berlingske", "skriver", "Politiet har anholdt en kvinde i Vejle")]),
    ("da", "Broen er lukket hele weekenden, det oplyser kommunen.",
     [("kommunen", "oplyser", "Broen er lukket hele weekenden")]),
]


@pytest.mark.parametrize("lang,text,expected", COMMA_TAG)
def test_comma_det_tag_points_back(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


PAIR_CLAUSE = [
    ("no", "Samtidig som hun takket frivillige, var hun klar på at arbeidet fortsetter.",
     [("hun", "klar på", "arbeidet fortsetter")]),
    ("sv", "Samtidigt som hon tackade de frivilliga, sa hon att arbetet fortsätter.",
     [("hon", "sa", "arbetet fortsätter")]),
    ("da", "Samtidig med at hun takkede de frivillige, sagde hun, at arbejdet fortsætter.",
     [("hun", "sagde", "arbejdet fortsætter")]),
    ("sv", "Innan mötet började, sa hon att arbetet fortsätter.", [("hon", "sa", "arbetet fortsätter")]),
]


@pytest.mark.parametrize("lang,text,expected", PAIR_CLAUSE)
def test_fronted_clause_is_no_source(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


PASSIVE_PERFECT = [
    ("da", "Det har tidligere været oplyst, at broen lukker.", [(None, "har været oplyst", "broen lukker")]),
    ("da", "Det har længe været meldt ud, at broen lukker.", [(None, "har været meldt ud", "broen lukker")]),
]


@pytest.mark.parametrize("lang,text,expected", PASSIVE_PERFECT)
def test_expletive_passive_perfect_has_no_source(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


AUXILIARY = [
    ("no", "– Vi må vente, har hun påpekt.", [("hun", "påpekt", "Vi må vente")]),
    ("no", "Da hadde Vegvesenet akkurat meldt at veien var åpen.", [("Vegvesenet", "meldt", "veien var åpen")]),
    ("da", "- Vi må vente, har de påstået.", [("de", "påstået", "Vi må vente")]),
    ("sv", "– Vi får vänta, har hon påpekat.", [("hon", "påpekat", "Vi får vänta")]),
]


@pytest.mark.parametrize("lang,text,expected", AUXILIARY)
def test_auxiliary_is_no_part_of_the_source(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


def names(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.source_name) for a in attribute(article)]


RELATIVE_AFTER_TAG = [
    ("da", "- Det gik roligt, siger politiinspektøren, der understreger, at ingen kom til skade.",
     [("politiinspektøren", None), ("der", "politiinspektøren")]),
    ("no", "– Det gikk rolig, sier politiinspektøren, som understreker at ingen ble skadd.",
     [("politiinspektøren", None), ("som", "politiinspektøren")]),
    ("sv", "– Det gick lugnt, säger polisinspektören, som understryker att ingen skadades.",
     [("polisinspektören", None), ("som", "polisinspektören")]),
]


@pytest.mark.parametrize("lang,text,expected", RELATIVE_AFTER_TAG)
def test_relative_after_an_inverted_tag_names_its_subject(lang: str, text: str, expected: list) -> None:
    assert names(text, lang) == expected
