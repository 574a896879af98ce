"""Norwegian and Danish shapes read from the older real pages, a ninth round (issue 10): a fronted "ifølge X" whose
verb takes its own clause after a comma, a final "ifølge X" after a verb-first tag, a first-person subject after a
fronted subordinate clause, "kunne/kan melde" as a modal cue, a fronted span of time ("En time senere"), and
describing "X som Y". Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

FRONTED_PREP_CLAUSE = [
    # the verb after a fronted "ifølge X" takes its own clause after a comma: that clause is part of X's claim
    ("Ifølge fagforbundet skyldes ventetiden, at mange sygeplejersker er gået på pension.", "da",
     [("fagforbundet", "Ifølge", "skyldes ventetiden, at mange sygeplejersker er gået på pension")]),
    ("Ifølge rektor skyldes fraværet at mange elever er syke.", "no",
     [("rektor", "Ifølge", "skyldes fraværet at mange elever er syke")]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED_PREP_CLAUSE)
def test_a_fronted_prep_cue_keeps_the_verbs_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FINAL_PREP_AFTER_TAG = [
    # "C, viser tallene ifølge avisen": the paper reports the claim and its tag; the tag's record stays
    ("Salget faldt med en femtedel sidste år, viser regnskabet ifølge avisen.", "da",
     [("regnskabet", "viser", "Salget faldt med en femtedel sidste år"),
      ("avisen", "ifølge", "Salget faldt med en femtedel sidste år, viser regnskabet")]),
    # a final "ifølge X" after a plain clause keeps only that clause
    ("Salget falt med en femdel i fjor ifølge avisen.", "no",
     [("avisen", "ifølge", "Salget falt med en femdel i fjor")]),
    # after a quotation the tag's speaker said the words; the one named after "laut"/"ifølge" only relays them
    ("„Wir bauen die Brücke bis zum Herbst fertig“, sagte die Stadträtin am Freitag laut ihrem Büro.", "de",
     [("die Stadträtin", "sagte", "Wir bauen die Brücke bis zum Herbst fertig")]),
    ("\"Vi åbner hallen igen til sommer\", sagde formanden ifølge klubbens nyhedsbrev.", "da",
     [("formanden", "sagde", "Vi åbner hallen igen til sommer")]),
]


@pytest.mark.parametrize("text,lang,expected", FINAL_PREP_AFTER_TAG)
def test_a_final_prep_cue_after_a_tag(text: str, lang: str, expected: list[Row]) -> None:
    assert sorted(bylined_rows(text, lang)) == sorted(expected)


FIRST_PERSON_AFTER_SUBCLAUSE = [
    # a first-person subject after a fronted subordinate clause, inside a quotation: nobody else's claim
    ("– Hvis ikke det lykkes, frykter jeg at flere butikker stenger, sier Kari Nes.", "no",
     [("Kari Nes", "sier", "Hvis ikke det lykkes, frykter jeg at flere butikker stenger")]),
    ("- Hvis det sker, tror vi, at flere butikker lukker, siger Ole Berg.", "da",
     [("Ole Berg", "siger", "Hvis det sker, tror vi, at flere butikker lukker")]),
    # a third-person subject there is still the source
    ("Hvis det skjer, frykter ordføreren at flere butikker stenger.", "no",
     [("ordføreren", "frykter", "flere butikker stenger")]),
]


@pytest.mark.parametrize("text,lang,expected", FIRST_PERSON_AFTER_SUBCLAUSE)
def test_first_person_after_a_fronted_subclause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


MODAL_MELDE = [
    # "kunne/kan melde" (and Danish "meddele") report like "kunne opplyse"; a fronted span of time before them
    ("En drøy time senere kunne brannvesenet melde at brannen var slukket.", "no",
     [("brannvesenet", "melde", "brannen var slukket")]),
    ("To timer senere opplyste politiet at mannen var funnet.", "no",
     [("politiet", "opplyste", "mannen var funnet")]),
    ("Om aftenen kunne kommunen meddele, at skolen åbner igen.", "da",
     [("kommunen", "kunne meddele", "skolen åbner igen")]),
    ("En time senere kunne redderne melde, at alle var i sikkerhed.", "da",
     [("redderne", "kunne melde", "alle var i sikkerhed")]),
    # "melde seg" (to sign up) reports nothing
    ("Hun kan melde seg på kurset.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", MODAL_MELDE)
def test_kunne_melde_and_a_span_of_time(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


DESCRIBING = [
    # "betegner X som Y": what is described and how
    ("Eksperten betegner situasjonen som alvorlig.", "no", [("Eksperten", "betegner", "situasjonen som alvorlig")]),
    ("Forskeren betegnede udslippet som det værste i årtier.", "da",
     [("Forskeren", "betegnede", "udslippet som det værste i årtier")]),
    # no "som": nothing described
    ("Kartet betegner grensen med en rød strek.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", DESCRIBING)
def test_describing_as(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
