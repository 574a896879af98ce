"""Norwegian source types by a body's kind (sourcetype.classify, lang/no/source_types.tsv): a federation named in the
indefinite ("Norges Skiforbund") and a body's department, alone or "i" its body,
are organizations, not a state body or a person. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.sourcetype import classify

from .conftest import source_types

FEDERATIONS_AND_DEPARTMENTS: list[tuple[str, str, dict[str | None, str | None]]] = [
    ("Norges Skiforbund opplyser at rennet er avlyst.", "no", {"Norges Skiforbund": "organization"}),
    ("Norsk Elektrikerforbund mener at prisene må ned.", "no", {"Norsk Elektrikerforbund": "organization"}),
    ("Presseavdelingen i forbundet bekrefter at kampen er flyttet.", "no",
     {"Presseavdelingen i forbundet": "organization"}),
    ("Økonomiavdelinga i kommunen meiner at budsjettet held.", "no",
     {"Økonomiavdelinga i kommunen": "organization"}),
    # a person named by a role of the department stays a person
    ("Avdelingsleder Kari Moe sier at køen er borte.", "no", {"Avdelingsleder Kari Moe": "person"}),
]


@pytest.mark.parametrize("text,lang,expected", FEDERATIONS_AND_DEPARTMENTS)
def test_federations_and_departments(text: str, lang: str, expected: dict[str | None, str | None]) -> None:
    assert source_types(text, lang) == expected


# Round no44 Norwegian source types: figures (Nynorsk "tal"), results, warnings, accounts given, databases and
# Nynorsk statements are documents, compounds by their ending ("Halvårsresultatet"); the opposition is an organisation;
# investors and those responsible ("smittevernsansvarlige") are people; Nynorsk plural "medium" are media. Every
# sentence is written for its test.
CASES = [
    ("Nye tal", "document"),
    ("Halvårsresultatet", "document"),
    ("Valresultata", "document"),
    ("Advarselen fra etaten", "document"),
    ("Åtvaringa", "document"),
    ("En ny redegjørelse", "document"),
    ("Databasen", "document"),
    ("Utsegna frå styret", "document"),
    ("Den samlede opposisjonen", "organization"),
    ("Investorene", "person"),
    ("De brannansvarlige", "person"),
    ("Lokale medium", "media"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_norwegian_source_types(text: str, expected: str) -> None:
    assert classify(tokenize(text), lexicon("no")) == expected


# Round no45 Norwegian source types: people named by role in Nynorsk (compounds by their ending, plural "-ar" and
# definite plural "-ane"), and bokmål singulars the list held only in the plural; the commands of armed forces are
# official. Every phrase is written for its test.
CASES_2 = [
    ("Kommunikasjonsrådgjevar Siri Nes", "person"),
    ("Styreleiaren i laget", "person"),
    ("Fleire innbyggjarar", "person"),
    ("Bebuarane i blokka", "person"),
    ("Ein bebuar i gata", "person"),
    ("En beboer i nabohuset", "person"),
    ("Politikarane", "person"),
    ("Grannen", "person"),
    ("Eigaren av garden", "person"),
    ("Lærarane ved skulen", "person"),
    ("En passasjer på toget", "person"),
    ("Dei reisande", "person"),
    # the commands of armed forces are state bodies
    ("Den polske generalstaben", "official"),
    ("Forsvarsstaben", "official"),
    ("Den russiske militærledelsen", "official"),
]


@pytest.mark.parametrize("text,expected", CASES_2)
def test_norwegian_source_types_2(text: str, expected: str) -> None:
    assert classify(tokenize(text), lexicon("no")) == expected
