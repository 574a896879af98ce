"""Swedish, Norwegian and Danish attribution, round nordic27: the body a generic "man" stands for when a fronted
place names it ("Hos förbundet befarar man att C"); more states after hearsay "ska vara"/"skal være"
("Flera ska vara evakuerade"); a tagless quotation paragraph right after an "according to" that names a person
by name; a cue with an adverb before its object and a second cue before the complementizer ("avfärdar dock
anklagelserna och säger att C"); a negated admission is a denial, still reported ("erkjenner ikke straffskyld").
The police and rescue command centres are official ("melder operasjonssentralen"). Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Full, Row, bylined_rows, full_rows

HOSTS = [
    # "hos" with any name, "på/i/vid/inom" with a body word: the body is the source, not "man"
    ("Hos fackförbundet Byggarna fruktar man att strejken sprids till fler hamnar.", "sv",
     [("fackförbundet Byggarna", "fruktar", "strejken sprids till fler hamnar")]),
    ("På miljökontoret bedömer man att smittan kom från dricksvattnet.", "sv",
     [("miljökontoret", "bedömer", "smittan kom från dricksvattnet")]),
    ("Inom polisen har man sagt att läget är under kontroll.", "sv",
     [("polisen", "sagt", "läget är under kontroll")]),
    ("Hos Nordkraft sier man at prisene vil stige i vinter.", "no",
     [("Nordkraft", "sier", "prisene vil stige i vinter")]),
    ("På sykehuset frykter man at smitten har spredt seg til flere avdelinger.", "no",
     [("sykehuset", "frykter", "smitten har spredt seg til flere avdelinger")]),
    ("Hos Vestforsyning har man varslet, at strømmen kan blive afbrudt i nat.", "da",
     [("Vestforsyning", "varslet", "strømmen kan blive afbrudt i nat")]),
    # a time or an event before the cue names no body: "man" stays
    ("I dag tror man att smittan har kulmen bakom sig.", "sv",
     [("man", "tror", "smittan har kulmen bakom sig")]),
    ("Vid presskonferensen sa man att läget är lugnt.", "sv",
     [("man", "sa", "läget är lugnt")]),
    # a country names people there, not its government: "man" stays
    ("I Danmark mener man, at faren er drevet over.", "da", [("man", "mener", "faren er drevet over")]),
    ("I Sverige tror man att priserna stiger.", "sv", [("man", "tror", "priserna stiger")]),
]

HEARSAY_STATES = [
    ("Flera personer ska vara evakuerade efter branden i radhuset.", "sv",
     [(None, "ska vara", "Flera personer ska vara evakuerade efter branden i radhuset")]),
    ("En kvinna ska vara rånad på sin handväska vid busshållplatsen.", "sv",
     [(None, "ska vara", "En kvinna ska vara rånad på sin handväska vid busshållplatsen")]),
    ("Flere skal være evakuert etter brannen i boligblokken.", "no",
     [(None, "skal være", "Flere skal være evakuert etter brannen i boligblokken")]),
    ("En kvinne skal være mishandlet av samboeren sin.", "no",
     [(None, "skal være", "En kvinne skal være mishandlet av samboeren sin")]),
    # a plan stays none
    ("Skolen skal være evakuert innen fredag, ifølge planen.", "no", []),
]

NAMED_BEFORE = [
    # the quotation after an "according to" a named person goes on in that person's words
    (("Beskjeden fra eierne er klar, ifølge Kari Nordmann, tillitsvalgt ved fabrikken.\n\n"
      "– Dersom vi ikke finner nye eiere, blir fabrikken lagt ned."), "no",
     [("Kari Nordmann", "Kari Nordmann", "ifølge", "Beskjeden fra eierne er klar", "person", ()),
      ("Kari Nordmann", "Kari Nordmann", None, "Dersom vi ikke finner nye eiere, blir fabrikken lagt ned", "person",
       ())]),
    (("Enligt Lena Berg ska siffrorna bara gälla fast anställda.\n\n"
      "– Vi tror att de inhyrda är många fler."), "sv",
     [("Lena Berg", "Lena Berg", "Enligt", "ska siffrorna bara gälla fast anställda", "person", ()),
      ("Lena Berg", "Lena Berg", None, "Vi tror att de inhyrda är många fler", "person", ())]),
    # a medium named so does not speak in it
    ("Enligt tidningen Norrbladet var mannen tidigare dömd.\n\n– Det har varit en svår insats för oss.", "sv",
     [("tidningen Norrbladet", "Norrbladet", "Enligt", "var mannen tidigare dömd", "media", ())]),
]

SECOND_CUE = [
    # the first cue keeps its object past the adverb; the clause is the second cue's
    ("Ministeriet avfärdar dock anklagelserna och säger att de saknar grund.", "sv",
     [("Ministeriet", "avfärdar", "anklagelserna"), ("Ministeriet", "säger", "de saknar grund")]),
    ("Departementet avviser imidlertid kritikken og sier at den mangler grunnlag.", "no",
     [("Departementet", "avviser", "kritikken"), ("Departementet", "sier", "den mangler grunnlag")]),
    ("Ministeriet afviser dog kritikken og siger, at den mangler grundlag.", "da",
     [("Ministeriet", "afviser", "kritikken"), ("Ministeriet", "siger", "den mangler grundlag")]),
]

NEGATED_ADMISSIONS = [
    ("Saken startet i tingretten i dag. Den tiltalte erkjenner ikke straffskyld.", "no",
     [("Den tiltalte", "erkjenner", "straffskyld")]),
    # the noun object ends at the subject's next verb
    ("Saken startet i tingretten i dag. Den tiltalte erkjenner ikke straffskyld og begjærte seg løslatt.", "no",
     [("Den tiltalte", "erkjenner", "straffskyld")]),
    ("Saken startet i tingretten i dag. Sjåføren innrømmer ikke at han kjørte for fort.", "no",
     [("Sjåføren", "innrømmer", "han kjørte for fort")]),
    ("Rättegången inleddes i tingsrätten i dag. Den åtalade erkänner inte brott.", "sv",
     [("Den åtalade", "erkänner", "brott")]),
    ("Rättegången inleddes i tingsrätten i dag. Föraren medger inte att han körde för fort.", "sv",
     [("Föraren", "medger", "han körde för fort")]),
    # other negated cues still report nothing
    ("Saken startet i tingretten i dag. Den tiltalte sier ikke noe om saken.", "no", []),
]

CENTRES = [
    ("Ingen ble skadd i brannen, melder operasjonssentralen.", "no",
     [("operasjonssentralen", None, "melder", "Ingen ble skadd i brannen", "official", ())]),
    ("Veien er stengt etter raset, opplyser nødsentralen.", "no",
     [("nødsentralen", None, "opplyser", "Veien er stengt etter raset", "official", ())]),
    ("Vägen är avstängd efter raset, uppger ledningscentralen.", "sv",
     [("ledningscentralen", None, "uppger", "Vägen är avstängd efter raset", "official", ())]),
]


@pytest.mark.parametrize("text,lang,expected", HOSTS)
def test_a_fronted_host_names_the_body_of_man(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", HEARSAY_STATES)
def test_states_after_hearsay_be(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", NAMED_BEFORE)
def test_a_quotation_after_an_according_to_a_named_person(text: str, lang: str, expected: list[Full]) -> None:
    assert full_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", SECOND_CUE)
def test_an_object_before_a_second_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", NEGATED_ADMISSIONS)
def test_a_negated_admission_is_a_denial(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", CENTRES)
def test_command_centres_are_official(text: str, lang: str, expected: list[Full]) -> None:
    assert full_rows(text, lang) == expected
