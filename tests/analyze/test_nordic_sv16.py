"""Swedish, a sixteenth round (issue 10): verbs of dismissing, doubting and characterising that no list had,
the s-passive perfects of hearsay, an age after "ska vara" as a state an event left, and preterite-spelt
participles before their noun where no finite verb can stand, and a channel ("via") or manner adverb
between a cue and "att". Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

VERBS = [
    # dismissing, with a noun object or a clause
    ("Ministern avfärdar anklagelserna.", [("Ministern", "avfärdar", "anklagelserna")]),
    ("Partiledaren avfärdade kritiken och hävdar att allt gått rätt till.",
     [("Partiledaren", "avfärdade", "kritiken"), ("Partiledaren", "hävdar", "allt gått rätt till")]),
    ("Styrelsen avfärdar att bolaget skulle ha fuskat.", [("Styrelsen", "avfärdar", "bolaget skulle ha fuskat")]),
    ("Han avfärdar inte idén helt.", []),
    # doubting, with its preposition
    ("Experten tvivlar på att planen håller.", [("Experten", "tvivlar på", "planen håller")]),
    ("Forskaren tvivlade på att siffrorna stämmer.", [("Forskaren", "tvivlade på", "siffrorna stämmer")]),
    # characterising, with its particle
    ("Rektorn karaktäriserar läget som allvarligt.", [("Rektorn", "karaktäriserar", "läget som allvarligt")]),
    ("Hon benämner planen som ett svek.", [("Hon", "benämner", "planen som ett svek")]),
    ("Rektorn karaktäriserar läget.", []),
]

HEARSAY = [
    ("Det har hävdats att bolaget fuskat med redovisningen.", [(None, "hävdats", "bolaget fuskat med redovisningen")]),
    ("Det har länge ryktats att klubben ska säljas.", [(None, "ryktats", "klubben ska säljas")]),
    # an age after "ska vara": who was involved, described
    ("Gärningsmannen skall vara i 40-årsåldern.", [(None, "skall vara", "Gärningsmannen skall vara i 40-årsåldern")]),
    ("Kvinnorna ska vara i 60-årsåldern.", [(None, "ska vara", "Kvinnorna ska vara i 60-årsåldern")]),
    # a plan stays none
    ("Skolan ska vara klar i augusti.", []),
]

ADJECTIVES = [
    # after a form of "ha" the perfect takes the supine: a preterite-spelt form is an adjective
    ("Två personer har förmodade skallskador, säger läkaren.",
     [("läkaren", "säger", "Två personer har förmodade skallskador")]),
    ("Cyklisten hade misstänkta benbrott efter olyckan.", []),
    # after an article and an adverb
    ("I dag visar myndigheten de senast rapporterade fallen i länet.", []),
    ("De tidigare rapporterade siffrorna var för låga.", []),
    # the verbs stay verbs
    ("Polisen har rapporterat att två män gripits.", [("Polisen", "rapporterat", "två män gripits")]),
    ("De rapporterade att vägen var stängd.", [("De", "rapporterade", "vägen var stängd")]),
    ("Han hade förnekat brott.", [("Han", "förnekat", "brott")]),
]

BETWEEN_CUE_AND_ATT = [
    # a channel or a manner adverb between the cue and "att" is no part of the claim
    ("Bolaget meddelar via ett pressmeddelande att fabriken stängs.", [("Bolaget", "meddelar", "fabriken stängs")]),
    ("Via sin hemsida meddelar polisen att vägen är stängd.", [("polisen", "meddelar", "vägen är stängd")]),
    ("Hon hävdar bestämt att hon är oskyldig.", [("Hon", "hävdar", "hon är oskyldig")]),
    ("Ministern säger uttryckligen att skatten inte höjs.", [("Ministern", "säger", "skatten inte höjs")]),
    ("Vägen är avstängd, framhåller polisen via sin webbsida.", [("polisen", "framhåller", "Vägen är avstängd")]),
    ("Smittan spred sig via avloppet till grannhuset.", []),
]


@pytest.mark.parametrize("text,expected", BETWEEN_CUE_AND_ATT)
def test_swedish_channel_and_adverb_before_att(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


@pytest.mark.parametrize("text,expected", VERBS)
def test_swedish_dismissing_doubting_characterising(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


@pytest.mark.parametrize("text,expected", HEARSAY)
def test_swedish_hearsay_perfects_and_ages(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


@pytest.mark.parametrize("text,expected", ADJECTIVES)
def test_swedish_participles_before_their_noun(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected
