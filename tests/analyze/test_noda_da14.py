"""Danish and Norwegian shapes of real news pages, issue 10 (da14): "går/gik (…) på, at C" (a criticism or a
defence holds C), a role after a place's genitive with a name in apposition after a prepositional cue ("Ifølge
Fyns borgmester, NAME, …"), and a negated s-passive that reports nothing ("Der oplyses ikke flere detaljer").
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

GOES_ON = [
    # "går på, at C": the subject holds C, also with adverbs and an inverted subject between verb and particle
    ("Kritikken går på, at kommunen har skåret i budgettet.", "da",
     [("Kritikken", "går på", "kommunen har skåret i budgettet")]),
    ("Klagen går blandt andet på, at lærerne ikke blev hørt.", "da",
     [("Klagen", "går på", "lærerne ikke blev hørt")]),
    ("I landsretten gik anklageren mest på, at tiltalte havde planlagt det.", "da",
     [("anklageren", "gik på", "tiltalte havde planlagt det")]),
    ("Kritikken går blant annet på at kommunen har kuttet i budsjettet.", "no",
     [("Kritikken", "går på", "kommunen har kuttet i budsjettet")]),
    # going somewhere, retiring, and "går ud/ut på" (a plan consists in): no report
    ("Han går på arbejde hver morgen klokken syv.", "da", []),
    ("Hun gik på pension sidste år.", "da", []),
    ("Planen går ud på, at kommunen skal spare penge.", "da", []),
    ("Planen går ut på at kommunen skal spare penger.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", GOES_ON)
def test_goes_on_before_a_clause_is_a_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


GENITIVE_ROLE = [
    # a place's or a body's genitive and a role in lower case, the name between commas: one source
    ("Ifølge Fyns borgmester, Peter Lund, er to personer døde.", "da",
     [("Fyns borgmester, Peter Lund", "Ifølge", "er to personer døde")]),
    ("Ifølge Vestlands fylkesordfører, Kari Dahl, er to personer døde.", "no",
     [("Vestlands fylkesordfører, Kari Dahl", "Ifølge", "er to personer døde")]),
    ("Enligt Skånes landshövding, Eva Berg, har två personer dött.", "sv",
     [("Skånes landshövding, Eva Berg", "Enligt", "har två personer dött")]),
    # a role in lower case as before
    ("Ifølge politiets vagtchef, Ole Sand, er to personer anholdt.", "da",
     [("politiets vagtchef, Ole Sand", "Ifølge", "er to personer anholdt")]),
]


@pytest.mark.parametrize("text,lang,expected", GENITIVE_ROLE)
def test_a_genitive_role_takes_its_apposed_name(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NEGATED_PASSIVE = [
    # a negated s-passive before a noun phrase or a comma: what was not reported, no claim
    ("Der oplyses ikke flere detaljer om branden.", "da", []),
    ("Det oplyses ikke, hvor mange der er kommet til skade.", "da", []),
    ("Det opplyses ikke flere detaljer om brannen.", "no", []),
    # not negated, or an infinitive after the negation: hearsay as before
    ("Manden siges ikke at have været på stedet.", "da",
     [(None, "siges", "Manden siges ikke at have været på stedet")]),
    ("Mannen uppges inte ha varit på plats.", "sv", [(None, "uppges", "Mannen uppges inte ha varit på plats")]),
]


@pytest.mark.parametrize("text,lang,expected", NEGATED_PASSIVE)
def test_a_negated_passive_reports_nothing(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


YESTERDAY = [
    # "i går" (yesterday) is no verb of "går … på": the time word after its preposition
    ("I går var formanden klar på, at budgettet holder.", "da", []),
    ("I går gik formanden mest på, at budgettet holder.", "da", [("formanden", "gik på", "budgettet holder")]),
]


@pytest.mark.parametrize("text,lang,expected", YESTERDAY)
def test_yesterday_is_no_split_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
