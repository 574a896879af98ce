"""Tests of `enligt.analyze.titles`: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import NEUTRAL_BODY as BODY
from .conftest import Row, rows

# Title labels before a colon (issue 10, head10): a label that is a clause with its own verb or a noun phrase
# headed by a topic ("Politiet dræber mand: …", "Radio traffic: …") names no source; a claim that others report
# ("Ukraine: Berichte über Tote …") has the label as its topic; a title's claim ends at a colon before a quotation
# ("X advarer om Y: – Q"), whose speaker is the subject before the verb. Every sentence is written for its test.
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


# Title labels in a language that capitalises every noun (issue 10, head17): the capitals of a German headline
# say nothing of a name, so a label of capitalised words before the colon ("Kölner Bäcker: …", a place adjective
# and a noun, a kicker glued to it) names no source unless it opens with a first name, is a known body's name or
# holds a source word; in English a title-case headline keeps its capitalised name. Every sentence is written for
# its test.
LABELS_2 = [
    # capitalised nouns and place adjectives before the colon: a topic, no source
    ("Kölner Bäcker: Brotpreise steigen erneut", "de", []),
    ("Bremer Hafenfest: Schiffe liegen seit Tagen fest", "de", []),
    ("Dutzende Tonnen Abfall: Firma muss Strafe zahlen", "de", []),
    ("Kiel Kieler Radwege: Stadt plant neue Strecken", "de", []),
    # a first name, a known body's name or a source word still names the speaker
    ("Anna Becker: Wir geben nicht auf", "de", [("Anna Becker", ":", "Wir geben nicht auf")]),
    ("Deutsche Bahn: Züge fahren wieder nach Plan", "de", [("Deutsche Bahn", ":", "Züge fahren wieder nach Plan")]),
    ("Polizei: Zwei Männer festgenommen", "de", [("Polizei", ":", "Zwei Männer festgenommen")]),
    # English capitals in a title-case headline still make a name
    ("Mark Dobson: Council Will Not Raise Taxes", "en", [("Mark Dobson", ":", "Council Will Not Raise Taxes")]),
]


@pytest.mark.parametrize("title,lang,expected", LABELS_2)
def test_capitalised_nouns_make_no_name_in_a_title_label(title: str, lang: str, expected: list[Row]) -> None:
    assert rows(BODY[lang], lang, title) == expected


# Quote headlines (issue 10, head19): a title that opens with a dash in a language that marks speech with dashes
# ("– Vi kommer aldri tilbake") is a quote headline whose speaker the body's quotation repeating it gives; a title's
# quoted word or two run on into the headline's words ("‘Historic’ storm …") is a scare quote, no quote headline.
# Every sentence is written for its test.
DASH_HEADLINES = [
    ("– Vi kommer aldri tilbake hit igjen", "no",
     "Brannen tok hele gården i natt.\n\n– Vi kommer aldri tilbake hit igjen, sier eier Kari Lunde.",
     [("eier Kari Lunde", None, "Vi kommer aldri tilbake hit igjen"),
      ("eier Kari Lunde", "sier", "Vi kommer aldri tilbake hit igjen")]),
    ("- Skolen må stenge før jul", "no",
     "Kommunen sliter med økonomien.\n\n– Skolen må dessverre stenge før jul, sier rektor Ola Berg.",
     [("rektor Ola Berg", None, "Skolen må stenge før jul"),
      ("rektor Ola Berg", "sier", "Skolen må dessverre stenge før jul")]),
    ("– Vi bygger upp allt igen", "sv",
     "Branden förstörde hela lagret i natt.\n\n– Vi bygger upp allt igen, säger ägaren Eva Ek.",
     [("ägaren Eva Ek", None, "Vi bygger upp allt igen"), ("ägaren Eva Ek", "säger", "Vi bygger upp allt igen")]),
    ("– Vi åbner igen til sommer", "da",
     "Restauranten brændte i weekenden.\n\n– Vi åbner igen til sommer, siger ejeren Jens Holm.",
     [("ejeren Jens Holm", None, "Vi åbner igen til sommer"), ("ejeren Jens Holm", "siger", "Vi åbner igen til sommer")]),
    # no quotation in the body repeats it: no speaker, no record
    ("– Vi kommer aldri tilbake hit igjen", "no", "Det regnet hele dagen i byen.", []),
]


@pytest.mark.parametrize("title,lang,body,expected", DASH_HEADLINES)
def test_a_dash_headline_is_a_quote_headline(title: str, lang: str, body: str, expected: list[Row]) -> None:
    assert rows(body, lang, title) == expected


SCARE_QUOTES = [
    ("‘Historic’ storm hits the coast", "en", "“Historic,” the mayor said.", [("the mayor", "said", "Historic")]),
    ("Town hit by ‘freak’ flood", "en", "“Freak,” the mayor said.", [("the mayor", "said", "Freak")]),
    ("”Historisk” storm slog till mot kusten", "sv", "– Historisk, säger borgmästaren.",
     [("borgmästaren", "säger", "Historisk")]),
    ("»Historisk« storm rammer kysten", "da", "»Historisk,« siger borgmesteren.", [("borgmesteren", "siger", "Historisk")]),
    ("„Historischer“ Sturm trifft die Küste", "de", "„Historisch“, sagte der Bürgermeister.",
     [("der Bürgermeister", "sagte", "Historisch")]),
    # a short quote that stands alone or ends at a dash is still a quote headline
    ("”Helt orimligt!” – ny strid om sommarlovet", "sv", "– Det är helt orimligt!, säger Eva Ek.",
     [("Eva Ek", None, "Helt orimligt!"), ("Eva Ek", "säger", "Det är helt orimligt!")]),
]


@pytest.mark.parametrize("title,lang,body,expected", SCARE_QUOTES)
def test_a_scare_quote_in_a_title_is_no_quote_headline(title: str, lang: str, body: str, expected: list[Row]) -> None:
    assert rows(body, lang, title) == expected
