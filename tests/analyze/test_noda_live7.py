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
