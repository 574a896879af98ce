"""Swedish news shapes from an eighth round on real pages (issues 10 and 11): a colon tag closing its paragraph after
a fronted phrase ("Efter mötet rapporterar X i ett pressmeddelande:"), making something public with the subject
inside the phrase ("går polisen ut med uppgifter"), a quotation closed in the paragraph after the one that opened it,
a self-reference inside one's own quotation, hearsay about a state ("ska röra sig om", "ska inte ha några skador")
and an owner's statement noun ("Hans kommentar var att C"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

COLON_AFTER_FRONTED = [
    # the speaker stands after the V2 cue; the next paragraph is what was said, the speaker's words none
    ("Efter mötet i tisdags rapporterar Eva Ek i ett pressmeddelande:\n\n”Skolan stängs i höst. Det är synd.”", "sv",
     [("Eva Ek", "rapporterar", "Skolan stängs i höst. Det är synd")]),
    ("På kvällen skriver kommunens presschef Eva Ek i ett mejl:\n\n”Vi vet inget mer.”", "sv",
     [("kommunens presschef Eva Ek", "skriver", "Vi vet inget mer")]),
    ("Eva Ek skriver i ett pressmeddelande:\n\n”Skolan stängs i höst.”", "sv",
     [("Eva Ek", "skriver", "Skolan stängs i höst")]),
]


@pytest.mark.parametrize("text,lang,expected", COLON_AFTER_FRONTED)
def test_a_colon_tag_after_a_fronted_phrase(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


MADE_PUBLIC = [
    # "går X ut med uppgifter": the subject between the verb and the rest of the phrase
    ("Vid 15 går kommunen ut med uppgifter om stängningen på sin hemsida: ”Skolan stängs i höst.”", "sv",
     [("kommunen", "går ut med uppgifter", "Skolan stängs i höst")]),
    ("Polisen har gått ut med uppgifter om att en man gripits.", "sv",
     [("Polisen", "gått ut med uppgifter", "en man gripits")]),
    # no clause and no quotation: nothing was reported
    ("Kommunen går ut med uppgifter om stängningen.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", MADE_PUBLIC)
def test_making_information_public(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CLOSED_NEXT_PARAGRAPH = [
    # the paragraph that closes a quotation left open goes on from its speaker, cue null
    ("Eva Ek skriver: ”Skolan stängs i höst. Det är synd.\n\nNämnden möts i morgon.”", "sv",
     [("Eva Ek", "skriver", "Skolan stängs i höst. Det är synd"), ("Eva Ek", None, "Nämnden möts i morgon")]),
    # a stray closing mark after a closed quotation is no quotation
    ("Eva Ek skriver: ”Skolan stängs i höst.”\n\nNämnden möts i morgon.”", "sv",
     [("Eva Ek", "skriver", "Skolan stängs i höst")]),
    # a body naming itself inside its own quotation says nothing apart from it
    ("Kommunen skriver: ”Mötet slutar i dag. Kommunen misstänker att skolan stängs. Det är synd.", "sv",
     [("Kommunen", "skriver", "Mötet slutar i dag. Kommunen misstänker att skolan stängs. Det är synd")]),
]


@pytest.mark.parametrize("text,lang,expected", CLOSED_NEXT_PARAGRAPH)
def test_a_quotation_over_two_paragraphs(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


LOST_CLOSING_MARK = [
    # a quotation opening its paragraph whose closing mark was lost before its own tag is still one quotation
    (("Ordföranden var missnöjd.\n\n”Vi fick veta det i radion. Det är inte rimligt. Så gick det förra året också, "
     "säger hon."), "sv",
     [("hon", "säger", "Vi fick veta det i radion. Det är inte rimligt. Så gick det förra året också")]),
    (("Formanden var utilfreds.\n\n»Vi hørte det i radioen. Det er ikke rimeligt. Sådan gik det også sidste år, "
     "siger hun."), "da",
     [("hun", "siger", "Vi hørte det i radioen. Det er ikke rimeligt. Sådan gik det også sidste år")]),
    (("Lederen var misfornøyd.\n\n«Vi hørte det på radioen. Det er ikke rimelig. Slik gikk det i fjor også, "
     "sier hun."), "no",
     [("hun", "sier", "Vi hørte det på radioen. Det er ikke rimelig. Slik gikk det i fjor også")]),
]


@pytest.mark.parametrize("text,lang,expected", LOST_CLOSING_MARK)
def test_a_quotation_that_lost_its_closing_mark(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


HEARSAY_STATES = [
    # "ska röra sig om" and "ska (inte) ha" a state an event left are hearsay; a thing to have is a plan
    ("En buss har kört av vägen, men det ska inte röra sig om någon allvarlig olycka.", "sv",
     [(None, "ska", "det ska inte röra sig om någon allvarlig olycka")]),
    ("En man har förts till sjukhus, det ska röra sig om en man i 40-årsåldern.", "sv",
     [(None, "ska", "det ska röra sig om en man i 40-årsåldern")]),
    ("Föraren har körts till akuten men ska inte ha några livshotande skador.", "sv",
     [(None, "ska", "Föraren har körts till akuten men ska inte ha några livshotande skador")]),
    ("Skolan ska ha en ny gymnastiksal.", "sv", []),
    ("Klubben ska inte ha några matcher i juli.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", HEARSAY_STATES)
def test_hearsay_about_a_state(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


STATEMENT_NOUNS = [
    # an owner's statement noun and a copula before "att": the owner is the source, the noun the cue
    ("Per Ek leder nämnden. Hans kommentar till beslutet var att ”det är ett misstag”.", "sv",
     ("Hans", "Per Ek", "person", "kommentar", "det är ett misstag", "direct")),
    ("Eva Ek leder nämnden. Hennes besked är att skolan stängs.", "sv",
     ("Hennes", "Eva Ek", "person", "besked", "skolan stängs", "indirect")),
    # past a relative clause about the noun's object, with a copula of its own
    ("Eva Ek leder nämnden. Hennes svar till dem som var där i går var att skolan stängs.", "sv",
     ("Hennes", "Eva Ek", "person", "svar", "skolan stängs", "indirect")),
]


@pytest.mark.parametrize("text,lang,expected", STATEMENT_NOUNS)
def test_an_owners_statement_noun(text: str, lang: str, expected: tuple[str, ...]) -> None:
    [a] = bylined_attributions(text, lang)
    assert (a.source, a.source_name, a.source_type, a.cue, a.content, a.kind) == expected


@pytest.mark.parametrize("text", ["Eva Ek leder nämnden. Hennes svar var nej.",
                                  "Eva Ek leder nämnden. Hans kommentar kom sent.",
                                  "Min kommentar var att skolan stängs."])
def test_a_statement_noun_without_a_clause_or_owner_is_none(text: str) -> None:
    assert bylined_rows(text, "sv") == []


CONTACT_CLAUSE = [
    # a relative clause of a pronoun and its verb after the source of "enligt" belongs to the source
    ("Enligt den information jag fått ska bron ha stängts.", "sv",
     [("den information jag fått", "Enligt", "ska bron ha stängts")]),
    ("Enligt de uppgifter som vi har fått har skolan stängts.", "sv",
     [("de uppgifter som vi har fått", "Enligt", "har skolan stängts")]),
    # a pronoun after the source that is the main clause's subject stays out
    ("Enligt polisen har de gripit en man.", "sv", [("polisen", "Enligt", "har de gripit en man")]),
]


@pytest.mark.parametrize("text,lang,expected", CONTACT_CLAUSE)
def test_a_contact_clause_after_a_cited_source(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_information_is_an_unnamed_source() -> None:
    [a] = bylined_attributions("Enligt information ska bron ha stängts.", "sv")
    assert a.source_type == "unnamed"
