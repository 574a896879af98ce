"""Danish and Norwegian attribution, round da26: a passive report verb with an expletive subject after the
content ("…, oplyses det i en pressemeddelelse", "…, meldes det fra politiet"), whose medium is the source,
and a tag speaker whose name opens with a digit ("…, siger 3F", "…, said 3M"). Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows, full_rows

PASSIVE_TAGS = [
    # the medium after "i"/"fra" is the source; the tag is cut from the content
    ("Butikken har ikke flere varer, oplyses det i en pressemeddelelse fra kæden.", "da",
     [("en pressemeddelelse fra kæden", "oplyses det", "Butikken har ikke flere varer")]),
    ("Hunden er fundet i god behold, meldes det fra politiet.", "da",
     [("politiet", "meldes det", "Hunden er fundet i god behold")]),
    ("Manden er løsladt igen, meddeltes det i en udtalelse.", "da",
     [("en udtalelse", "meddeltes det", "Manden er løsladt igen")]),
    # an event is no medium: the record stays sourceless
    ("Skolen holder lukket resten af ugen, oplystes det på et pressemøde.", "da",
     [(None, "oplystes det", "Skolen holder lukket resten af ugen")]),
    # with no medium the record stays sourceless, but the tag is no part of the claim
    ("Vejen er spærret i begge retninger, oplyses det.", "da",
     [(None, "oplyses det", "Vejen er spærret i begge retninger")]),
    ("Butikken har ingen varer igjen, opplyses det i en pressemelding fra kjeden.", "no",
     [("en pressemelding fra kjeden", "opplyses det", "Butikken har ingen varer igjen")]),
    ("Veien er sperret i begge retninger, meldes det fra politiet.", "no",
     [("politiet", "meldes det", "Veien er sperret i begge retninger")]),
    ("Skolen holder stengt resten av uken, opplyses det.", "no",
     [(None, "opplyses det", "Skolen holder stengt resten av uken")]),
]

DIGIT_NAMES = [
    # a name that opens with a digit is a speaker after the cue
    ("De ansatte skal hjælpes videre til nye job, lyder det fra 3F.", "da",
     [("3F", "lyder det fra", "De ansatte skal hjælpes videre til nye job")]),
    ("Vi har fundet en løsning med virksomheden, siger 3F.", "da",
     [("3F", "siger", "Vi har fundet en løsning med virksomheden")]),
    ("The new tape holds twice as much weight, said 3M.", "en",
     [("3M", "said", "The new tape holds twice as much weight")]),
    # a bare figure after a comma stays no speaker
    ("Lønnen stiger med to kroner, siger 3 ansatte til avisen.", "da", []),
]


NAMED_UNION = [
    # the union's short name is a known organisation wherever it stands
    ("Vi har fundet en løsning med virksomheden, siger 3F.", "da", [("3F", "organization")]),
    ("Ifølge 3F er fabrikken lukket resten af måneden.", "da", [("3F", "organization")]),
    ("Fagligt Fælles Forbund oplyser, at strejken er slut.", "da", [("Fagligt Fælles Forbund", "organization")]),
]


@pytest.mark.parametrize("text,lang,expected", NAMED_UNION)
def test_a_named_union_is_an_organization(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(row[0], row[4]) for row in full_rows(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", PASSIVE_TAGS)
def test_passive_report_tags_with_an_expletive(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", DIGIT_NAMES)
def test_tag_speakers_that_open_with_a_digit(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
