"""Stance and evaluation verbs whose complement is a noun phrase or a predicate, not a clause (issue 10): German
"wertet X als Y" and a complaint with a reflexive ("beschweren sich über X"), Swedish agreeing ("instämmer i X"),
Danish and Norwegian naming with a quoted name after the object pronoun ("kalder det »…«"). Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

GERMAN = [
    # judging something as something: the object and its "als" phrase
    ("Der Verband wertet den Beschluss als Rückschlag für die Region.",
     [("Der Verband", "wertet", "den Beschluss als Rückschlag für die Region")]),
    ("Die Gewerkschaft wertete das Angebot als Provokation.",
     [("Die Gewerkschaft", "wertete", "das Angebot als Provokation")]),
    ("Der Verband wertete den Beschluss nicht als Erfolg.", []),  # negated
    # complaining, the reflexive part of the cue, the "über" phrase the complaint
    ("Die Anwohner beschweren sich über den Lärm der Baustelle.",
     [("Die Anwohner", "beschweren sich", "über den Lärm der Baustelle")]),
    ("Der Wirt beklagte sich über die neuen Auflagen der Stadt.",
     [("Der Wirt", "beklagte sich", "über die neuen Auflagen der Stadt")]),
]

SWEDISH = [
    # agreeing with something: the noun phrase after "i"
    ("Partiet instämmer i kritiken mot regeringen.", [("Partiet", "instämmer i", "kritiken mot regeringen")]),
    ("Facket instämde i arbetsgivarnas bedömning.", [("Facket", "instämde i", "arbetsgivarnas bedömning")]),
]

NAMING = [
    # a quoted name right after the object pronoun
    ('Borgmesteren kalder det "rigtig godt arbejde" af hele byen.', "da",
     [("Borgmesteren", "kalder", 'det "rigtig godt arbejde" af hele byen')]),
    ("Ordføreren kaller det «et stort steg» for kommunen.", "no",
     [("Ordføreren", "kaller", "det «et stort steg» for kommunen")]),
    ("Hun kaller dem inn til møte.", "no", []),  # a particle of calling in, no naming
]


@pytest.mark.parametrize("text,expected", GERMAN)
def test_german_stance_objects(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "de") == expected


@pytest.mark.parametrize("text,expected", SWEDISH)
def test_swedish_agreeing(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


@pytest.mark.parametrize("text,lang,expected", NAMING)
def test_naming_with_a_quoted_name(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
