"""Swedish shapes from round sv45 on fresh pages (issue 10): an operator on duty is a person ("operatören vid
larmcentralen"), a firm only by its trade ("teleoperatören"); a side in a trial is its lawyers ("försvaret",
"åklagarsidan"); a compound's first part cut at its hyphen before "och" makes one role, not two sources ("press- och
informationschef"); a free relative of a reporting verb before a copula reports the predicate ("efter vad X
misstänker är Y", "vad X menar är Y"); a passive hearsay marker with its agent after it has the agent as its source
("Kvällen beskrivs av polisen som lugn"); a surname ending in "-blad" is a person's, no paper's ("enligt Ekblad"); a lone surname is a person's by its ending
("Gustavsson anser", no first name on the page) or by a full name given earlier, also in the genitive ("Per Lunds
förslag … enligt Lund"); a belief about oneself keeps its reflexive in the cue ("tror sig kunna …"); a political bloc named by its colours
or side is a body ("De rödgröna menar").
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.sourcetype import classify

from .conftest import Row, bylined_attributions, bylined_rows


def types(text: str) -> list[tuple[str | None, str | None]]:
    """(source, source_type) of each Swedish record of `text` on a bylined page."""
    return [(a.source, a.source_type) for a in bylined_attributions(text, "sv")]


OPERATORS = [
    ("– Ingen skadades i olyckan, säger en operatör på Larmcentral Väst.",
     [("en operatör på Larmcentral Väst", "person")]),
    ("Vägen var avstängd i två timmar, berättar operatören vid Nordlarm.",
     [("operatören vid Nordlarm", "person")]),
    ("Enligt larmoperatören brann det i ett förråd.", [("larmoperatören", "person")]),
    # a firm by its trade stays a firm
    ("Teleoperatören uppger att nätet fungerar igen.", [("Teleoperatören", "organization")]),
    ("Enligt tågoperatören är trafiken i gång igen.", [("tågoperatören", "organization")]),
]


@pytest.mark.parametrize("text,expected", OPERATORS)
def test_an_operator_on_duty_is_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


COURT_SIDES = [
    ("Försvaret hävdar att vittnet har missuppfattat vad som hände.", [("Försvaret", "person")]),
    ("Åklagarsidan anser att straffet borde bli längre.", [("Åklagarsidan", "person")]),
    ("Enligt försvarssidan saknas det bevis för att kvinnan var på platsen.", [("försvarssidan", "person")]),
]


@pytest.mark.parametrize("text,expected", COURT_SIDES)
def test_a_side_in_a_trial_is_its_lawyers(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


SHARED_PART = [
    ("– Branden släcktes efter en timme, säger räddningstjänstens larm- och ledningsoperatör Kim Ek.",
     [("räddningstjänstens larm- och ledningsoperatör Kim Ek", "person")]),
    ("– Vi har svarat på alla frågor, säger kommunens press- och informationschef Lena Ström.",
     [("kommunens press- och informationschef Lena Ström", "person")]),
]


@pytest.mark.parametrize("text,expected", SHARED_PART)
def test_a_compound_cut_at_its_hyphen_is_one_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


def test_two_sources_joined_by_och_keep_the_first_ones_type() -> None:
    assert classify(tokenize("Aftonbladet och Expressen"), lexicon("sv")) == "media"
    assert classify(tokenize("kommunens presschef"), lexicon("sv")) == "person"


FREE_COPULA = [
    ("Bussen körde i diket efter vad polisen misstänker är ett sabotage.",
     [("polisen", "misstänker", "ett sabotage")]),
    ("Nämnden genomför vad kritikerna menar är stora nedskärningar, men beslutet står fast.",
     [("kritikerna", "menar", "stora nedskärningar")]),
    # a bare "vad" with no copula after the verb reports nothing of its own here
    ("Det är oklart vad kritikerna menar med det.", []),
]


@pytest.mark.parametrize("text,expected", FREE_COPULA)
def test_a_free_relative_before_a_copula_reports_the_predicate(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


AGENT_HEARSAY = [
    ("Helgen beskrivs av polisen som ovanligt lugn i hela länet.",
     [("polisen", "beskrivs av", "Helgen som ovanligt lugn i hela länet")]),
    ("Cyklisten uppges av vittnen ha kört mot rött ljus.",
     [("vittnen", "uppges av", "Cyklisten ha kört mot rött ljus")]),
    ("Det uppges av kommunen att skolan öppnar igen på måndag.",
     [("kommunen", "uppges av", "skolan öppnar igen på måndag")]),
    # no agent that names anyone: the marker stays sourceless hearsay
    ("Branden beskrivs av misstag som anlagd.", [(None, "beskrivs", "Branden beskrivs av misstag som anlagd")]),
]


@pytest.mark.parametrize("text,expected", AGENT_HEARSAY)
def test_a_passive_marker_with_its_agent_has_a_source(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


BLAD_SURNAMES = [
    ("Klubbens förre tränare Eva Ekblad lämnade i går.\n\nFelet låg hos styrelsen enligt Ekblad.",
     [("Ekblad", "person")]),
    ("– Vi tappade för många spelare, säger Jonas Sundblad.", [("Jonas Sundblad", "person")]),
    # a paper of a listed kind keeps its type
    ("Enligt Vestby Ugeblad stängs skolan i höst.", [("Vestby Ugeblad", "media")]),
]


@pytest.mark.parametrize("text,expected", BLAD_SURNAMES)
def test_a_surname_in_blad_is_a_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


LONE_SURNAMES = [
    ("Gustavsson anser att nämnden har agerat för snabbt.", [("Gustavsson", "person")]),
    ("Enligt Sjöström saknas pengar till upprustningen.", [("Sjöström", "person")]),
    ("Almqvist tycker att taxan är för hög.", [("Almqvist", "person")]),
    # a company named like a surname stays a body alone, its namesake with a first name a person
    ("Ericsson uppger att leveranserna är försenade.", [("Ericsson", "organization")]),
    ("– Leveranserna är försenade, säger Maja Ericsson.", [("Maja Ericsson", "person")]),
    # the full name given earlier in the genitive
    ("Styrelsen avvisade Eva Terners förslag i går.\n\nEnligt Terner har styrelsen fått fel underlag.",
     [("Terner", "person")]),
]


@pytest.mark.parametrize("text,expected", LONE_SURNAMES)
def test_a_lone_surname_is_a_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


REFLEXIVE_BELIEF = [
    ("Rederiet tror sig kunna halvera bränslekostnaden till nästa år.",
     [("Rederiet", "tror sig", "kunna halvera bränslekostnaden till nästa år")]),
    ("Föreningen ansåg sig ha fått för lite tid att svara.",
     [("Föreningen", "ansåg sig", "ha fått för lite tid att svara")]),
    ("Vittnet tror att bilen var röd.", [("Vittnet", "tror", "bilen var röd")]),
]


@pytest.mark.parametrize("text,expected", REFLEXIVE_BELIEF)
def test_a_belief_about_oneself_keeps_its_reflexive(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


BLOCS = [
    ("De rödgröna menar att simhallen måste byggas om.", [("De rödgröna", "organization")]),
    ("Enligt de borgerliga saknas pengar till reformen.", [("de borgerliga", "organization")]),
    ("Borgerliga debattörer hävdar att reformen är för dyr.", [("Borgerliga debattörer", "person")]),
]


@pytest.mark.parametrize("text,expected", BLOCS)
def test_a_political_bloc_is_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected
