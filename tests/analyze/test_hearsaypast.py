"""nordic23: Danish and Norwegian past modal hearsay "skulle … have/ha" + participle ("Firmaet skulle have betalt
X": hearsay told in the past), beside the present "skal … have/ha"; its unreal readings stay no record: a speaker's
or expletive subject ("Vi skulle have taget …", "Det skulle have været …"), a condition ("Hvis han skulle have …"),
a plan word ("skulle egentlig have …") or a contrast after it ("…, men blev aflyst"). Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

CASES: list[tuple[str, str, list[Row]]] = [
    # hearsay in the past: the whole clause is the claim, with or without an adverb before "have/ha"
    ("Vognmanden skulle have kørt uden kørekort i flere år.", "da",
     [(None, "skulle have", "Vognmanden skulle have kørt uden kørekort i flere år")]),
    ("Klubben skulle blandt andet have betalt spillerne under bordet.", "da",
     [(None, "skulle have", "Klubben skulle blandt andet have betalt spillerne under bordet")]),
    ("Kassereren skulle ha tatt pengene fra safen over flere måneder.", "no",
     [(None, "skulle ha", "Kassereren skulle ha tatt pengene fra safen over flere måneder")]),
    ("Rederiet skulle blant annet ha solgt skipene til et skallselskap.", "no",
     [(None, "skulle ha", "Rederiet skulle blant annet ha solgt skipene til et skallselskap")]),
    # a speaker's or expletive subject: a wish or a plan
    ("Vi skulle have lyttet til naboerne noget før.", "da", []),
    ("Derfor skulle jeg have ringet til lægen.", "da", []),
    ("Det skulle have været årets store fest på torvet.", "da", []),
    ("Du skulle ha sett køen utenfor butikken.", "no", []),
    ("Me skulle ha reist heim tidlegare.", "no", []),
    # a condition before it, a plan word or a contrast after it: unreal
    ("Hvis holdet skulle have vundet, manglede der et mål.", "da", []),
    ("Færgen skulle egentlig have sejlet klokken seks.", "da", []),
    ("Løbet skulle have været afviklet lørdag, men blev flyttet på grund af storm.", "da", []),
    ("Dersom laget skulle ha rykket opp, måtte det vinne to kamper.", "no", []),
    ("Flyet skulle opprinnelig ha landet i Bergen.", "no", []),
    ("Konserten skulle ha vært holdt i parken, men ble flyttet innendørs.", "no", []),
    # da42: a relative clause on the sentence's opening pronoun names what a thing was meant to be
    ("Hvad der skulle have været en stille søndag ved stranden, endte med en redningsaktion.", "da", []),
    ("Det, der skulle have været en hyggelig koncert, blev afbrudt af regn.", "da", []),
    ("Kassereren, der skulle have taget pengene, er stadig på fri fod.", "da",
     [(None, "skulle have", "Kassereren, der skulle have taget pengene")]),
    # da42: an event's participle after "skal/skulle være": what happened, reported
    ("Ilden skulle være opstået i en tørretumbler i kælderen.", "da",
     [(None, "skulle være", "Ilden skulle være opstået i en tørretumbler i kælderen")]),
    ("Smykkerne skal være stjålet fra en butik i gågaden.", "da",
     [(None, "skal være", "Smykkerne skal være stjålet fra en butik i gågaden")]),
    ("Haven skal være færdig til foråret.", "da", []),
    # da42: a person subject with one adverb before its modal: a duty, no hearsay
    ("Budgettet holder ikke, fordi du først skal have betalt de gamle regninger.", "da", []),
    ("Planen er klar, men vi også skal have fundet en ny træner.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_hearsaypast(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
