"""Swedish news shapes from a ninth round on the older real pages (issue 10): an adverb of a preposition and an
adjective before a V2 cue ("På nytt meddelade X att C"), court roles ("rådman"), a participle after a count as
an adjective ("14 bekräftade fall") and a cue inside a relative clause of place ("…, där X rapporterar Y").
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

ADVERB_BEFORE_CUE = [
    # "på nytt" (again) before a V2 cue: an adverb, not an adjective before a noun
    ("På nytt meddelade Eva Ek att skolan stängs.", "sv", [("Eva Ek", "meddelade", "skolan stängs")]),
    ("När salen öppnades på nytt meddelade rådman Per Ek att mannen släpps.", "sv",
     [("rådman Per Ek", "meddelade", "mannen släpps")]),
    # an adjective before a noun spelt like a cue stays none
    ("De nya meddelade beslut gäller från i dag.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", ADVERB_BEFORE_CUE)
def test_an_adverb_of_preposition_and_adjective_before_a_cue(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_a_court_role_is_a_person() -> None:
    [a] = bylined_attributions("Efter en paus meddelade rådmannen att mannen släpps.", "sv")
    assert (a.source, a.source_type) == ("rådmannen", "person")


COUNTED_PARTICIPLE = [
    # a past form after a count is an adjective before its noun: no record
    ("Antalet har ökat från 12 bekräftade fall i helgen till 20 i dag.", "sv", []),
    ("I länet finns nu tre bekräftade fall.", "sv", []),
    # a count that is the subject of a cue keeps its record
    ("Tre bekräftade att skolan stängs.", "sv", [("Tre", "bekräftade", "skolan stängs")]),
]


@pytest.mark.parametrize("text,lang,expected", COUNTED_PARTICIPLE)
def test_a_participle_after_a_count(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PLACE_RELATIVE = [
    # "där" opens a clause with a subject of its own: the speaker is that subject, not the sentence's
    ("Bränder syntes i staden, där det lokala styret rapporterar stora skador i två distrikt.", "sv",
     [("det lokala styret", "rapporterar", "stora skador i två distrikt")]),
    ("Vi åkte till Umeå, där kommunen uppger att skolan stängs.", "sv", [("kommunen", "uppger", "skolan stängs")]),
    ("Där säger Eva Ek att skolan stängs.", "sv", [("Eva Ek", "säger", "skolan stängs")]),
]


@pytest.mark.parametrize("text,lang,expected", PLACE_RELATIVE)
def test_a_cue_in_a_relative_clause_of_place(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


SPLIT_BEFORE_CLAUSE = [
    # a speech phrase split by its V2 subject after a fronted phrase, then "om att C"
    ("På kvällen gick polisen ut med information om att en man gripits.", "sv",
     [("polisen", "gick ut med information", "en man gripits")]),
    ("Under tisdagen går kommunen ut med uppgifter om att skolan stängs.", "sv",
     [("kommunen", "går ut med uppgifter", "skolan stängs")]),
    # no clause: nothing reported
    ("På kvällen gick polisen ut med information om trafiken.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", SPLIT_BEFORE_CLAUSE)
def test_a_split_speech_phrase_before_a_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


FAR_COLON = [
    # a speech phrase further back from its colon, the words between about what and where
    ("Kommunen går ut med uppgifter om stängningen av skolan och badhuset på sin hemsida: ”Skolan stängs i höst.”",
     "sv", [("Kommunen", "går ut med uppgifter", "Skolan stängs i höst")]),
    # a clause of its own between: no tag
    ("Kommunen går ut med uppgifter om stängningen av skolan som nämnden beslutade om: ”Skolan stängs i höst.”",
     "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", FAR_COLON)
def test_a_speech_phrase_far_from_its_colon(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
