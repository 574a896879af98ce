"""Title labels before a colon (issue 10, head10): a label that is a clause with its own verb or a noun phrase
headed by a topic ("Politiet dræber mand: …", "Radio traffic: …") names no source; a claim that others report
("Ukraine: Berichte über Tote …") has the label as its topic; a title's claim ends at a colon before a quotation
("X advarer om Y: – Q"), whose speaker is the subject before the verb. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import NEUTRAL_BODY as BODY
from .conftest import Row, rows

LABELS = [
    # a clause with its own verb before the colon: no source
    ("Polisen griper man: Kan ha legat bakom flera rån", "sv", []),
    ("Politiet pågriper mann: Kan stå bak flere ran", "no", []),
    ("Politiet anholder mand: Kan stå bag flere røverier", "da", []),
    ("Polizei sucht Zeugen: Wer hat den Wagen gesehen?", "de", []),
    ("Police arrest man: Suspect may be behind several robberies", "en", []),
    # a noun phrase headed by a topic, not by its source word
    ("Radio traffic: Deadly crash on the bridge", "en", []),
    # a phrase opened by a preposition: a time or a topic, no source
    ("I dag faller domen: Var det mord eller nödvärn?", "sv", []),
    ("I morgen falder dommen: Var det drab eller selvforsvar?", "da", []),
    ("After the flood: New barriers for the harbour", "en", []),
    # a source noun phrase still is the source, coordinated ones too
    ("Polisen: Vägen stängs i natt", "sv", [("Polisen", ":", "Vägen stängs i natt")]),
    ("Politiet: To personer er pågrepet", "no", [("Politiet", ":", "To personer er pågrepet")]),
    ("Police and prosecutors: Two suspects held after raid", "en",
     [("Police and prosecutors", ":", "Two suspects held after raid")]),
    ("Philippine officials: Toll rises after storm", "en", [("Philippine officials", ":", "Toll rises after storm")]),
]


@pytest.mark.parametrize("title,lang,expected", LABELS)
def test_a_clause_or_topic_label_is_no_source(title: str, lang: str, expected: list[Row]) -> None:
    assert rows(BODY[lang], lang, title) == expected


REPORTS = [
    # others report: the label before the colon is the topic
    ("Ukraine: Berichte über Tote nach Angriffen", "de", []),
    ("Gaza: Reports of strikes near the border", "en", []),
    ("Ukraina: Uppgifter om explosioner i huvudstaden", "sv", []),
    ("Ukraina: Meldinger om eksplosjoner i hovedstaden", "no", []),
    ("Ukraine: Meldinger om eksplosioner i hovedstaden", "da", []),
    # a claim of its own stays the place's
    ("Ukraine: Zwölf Drohnen abgeschossen", "de", [("Ukraine", ":", "Zwölf Drohnen abgeschossen")]),
]


@pytest.mark.parametrize("title,lang,expected", REPORTS)
def test_reports_after_a_place_label(title: str, lang: str, expected: list[Row]) -> None:
    assert rows(BODY[lang], lang, title) == expected


BEFORE_QUOTE = [
    # the claim before the colon ends there; the quotation after it is the subject's
    ("Klubblederen advarer om kutt i staben: – Dette går for langt", "no",
     [("Klubblederen", "advarer om", "kutt i staben"), ("Klubblederen", ":", "Dette går for langt")]),
]


@pytest.mark.parametrize("title,lang,expected", BEFORE_QUOTE)
def test_a_title_claim_ends_before_its_quotation(title: str, lang: str, expected: list[Row]) -> None:
    assert rows(BODY[lang], lang, title) == expected
