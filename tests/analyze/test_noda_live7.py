"""Norwegian and Danish shapes of real news pages, a sixth round (issue 10): a modal cue around an inverted
subject ("Senere kunne politiet opplyse at C") and a fronted phrase led by adverbs or words of time ("Kort tid
etter meldingen sa X at C"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

MODAL_CUE = [
    # "kunne/kan" with an infinitive of informing or confirming is one cue, in both orders
    ("Brannvesenet kunne opplyse at ingen var skadd.", "no",
     [("Brannvesenet", "kunne opplyse", "ingen var skadd")]),
    ("Senere kunne kommunen bekrefte at skolen stenges.", "no",
     [("kommunen", "kunne bekrefte", "skolen stenges")]),
    ("I kveld kunne rederiet fortelle at fergen går igjen.", "no",
     [("rederiet", "kunne fortelle", "fergen går igjen")]),
    ("Om aftenen kunne beredskabet oplyse, at alle var reddet.", "da",
     [("beredskabet", "kunne oplyse", "alle var reddet")]),
    ("Hospitalet kan bekræfte, at to patienter er udskrevet.", "da",
     [("Hospitalet", "kan bekræfte", "to patienter er udskrevet")]),
    # a modal before another verb reports nothing
    ("Han kan melde seg på kurset.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", MODAL_CUE)
def test_a_modal_cue_around_its_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


LED_FRONTED = [
    # adverbs and words of time or measure before the preposition of a fronted phrase: the subject follows the cue
    ("Kort tid etter ulykken sa sjåføren at bremsene sviktet.", "no",
     [("sjåføren", "sa", "bremsene sviktet")]),
    ("Ikke lang tid etter kunngjorde klubben at treneren går.", "no",
     [("klubben", "kunngjorde", "treneren går")]),
    ("Ikke lenge etter møtet skrev forbundet at streiken er over.", "no",
     [("forbundet", "skrev", "streiken er over")]),
    ("Kort tid efter ulykken fortalte chaufføren, at bremserne svigtede.", "da",
     [("chaufføren", "fortalte", "bremserne svigtede")]),
    ("Ikke længe efter mødet skrev forbundet, at strejken er slut.", "da",
     [("forbundet", "skrev", "strejken er slut")]),
    # a subject that opens with a word of degree stays the subject
    ("Ikke alle i styret sier at planen er god.", "no", [("Ikke alle i styret", "sier", "planen er god")]),
]


@pytest.mark.parametrize("text,lang,expected", LED_FRONTED)
def test_a_fronted_phrase_led_by_adverbs(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


OWN_PART = [
    # "på sin side", "for sin del" after a subject mark a contrast; they are no part of the source
    ("Forsvareren på sin side sier at dommen er for streng.", "no",
     [("Forsvareren", "sier", "dommen er for streng")]),
    ("Selskapet for sin del mener at avtalen holder.", "no", [("Selskapet", "mener", "avtalen holder")]),
    ("Anklageren på sin side siger, at straffen er rimelig.", "da",
     [("Anklageren", "siger", "straffen er rimelig")]),
    ("Kommunen for sit vedkommende oplyser, at vejen åbner igen.", "da",
     [("Kommunen", "oplyser", "vejen åbner igen")]),
]


@pytest.mark.parametrize("text,lang,expected", OWN_PART)
def test_a_phrase_of_contrast_after_the_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NEGATED_CLAUSE = [
    # a clause without its complementizer puts the negation before its verb: the cue itself is not negated
    ("Hun sier det ikke er rart at klubben anker.", "no",
     [("Hun", "sier", "det ikke er rart at klubben anker")]),
    ("Treneren sier laget ikke har tapt motet.", "no", [("Treneren", "sier", "laget ikke har tapt motet")]),
    ("Han siger det ikke er for sent at melde sig.", "da",
     [("Han", "siger", "det ikke er for sent at melde sig")]),
    # the cue negated: nothing said
    ("Hun sier det ikke.", "no", []),
    ("Politiet bekrefter ikke at to er døde.", "no", []),
    ("Han bekræftede det ikke over for avisen.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", NEGATED_CLAUSE)
def test_a_negation_inside_a_clause_without_complementizer(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


STANCE = [
    # "tydelig/klar på at C" after a copula: the subject's stance, in both orders
    ("Rektor er tydelig på at skolen må bestå.", "no", [("Rektor", "tydelig på", "skolen må bestå")]),
    ("Hun har vært helt klar på at hun vil gå av.", "no", [("Hun", "klar på", "hun vil gå av")]),
    ("I går var ordføreren tydelig på at budsjettet holder.", "no",
     [("ordføreren", "tydelig på", "budsjettet holder")]),
    # a relative: the clause ends with the relative
    ("Lederen, som er tydelig på at planen er god, sier at den vedtas.", "no",
     [("som", "tydelig på", "planen er god"), ("Lederen", "sier", "den vedtas")]),
    # no clause: no stance reported
    ("Skiltet var tydelig på engelsk.", "no", []),
    ("Laget er klar for kampen.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", STANCE)
def test_a_stance_adjective_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
