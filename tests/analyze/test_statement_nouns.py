"""Statement, report and estimate nouns and their frames in five languages (issue 10, noun cues): an owner's noun
before a copula and its clause ("Polisens bedömning är att C", "Vurderingen fra politiet er, at C", "Her account was
that C"), the same noun closing a sentence after its clause ("C, är kommunens besked."), German report nouns after
"nach"/"laut" ("Laut einer Mitteilung der Stadt C") and documents that say ("Die Mitteilung besagt, dass C"), and
"by her own account". The noun read as a thing ("Rapporten publicerades", "Berichte über", "the statement was
posted") gives none. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

SWEDISH: list[tuple[str, list[Row]]] = [
    ("Polisens bedömning är att branden var anlagd.", [("Polisens", "bedömning", "branden var anlagd")]),
    ("Den nya styrelsens besked är att fabriken stänger.",
     [("Den nya styrelsens", "besked", "fabriken stänger")]),
    ("Men regionens uppfattning är att vården klarar trycket.",
     [("regionens", "uppfattning", "vården klarar trycket")]),
    ("Beskedet från regionen är att vården klarar trycket.", [("regionen", "Beskedet", "vården klarar trycket")]),
    ("Bedömningen från myndigheten var att risken är låg.", [("myndigheten", "Bedömningen", "risken är låg")]),
    ("Skolan stänger, är kommunens besked.", [("kommunens", "besked", "Skolan stänger")]),
    ("Bron håller, var beskedet från kommunen.", [("kommunen", "beskedet", "Bron håller")]),
    # not a statement: the noun as a thing, a time's genitive, no clause
    ("Rapporten om skolan publicerades i går.", []),
    ("Bedömningen gjordes i går.", []),
    ("Skolan stänger, är det enda beskedet.", []),
    ("Dagens besked är att vänta.", []),
    ("Polisens bedömning tog tre veckor.", []),
]

NORWEGIAN: list[tuple[str, list[Row]]] = [
    ("Politiets vurdering er at faren er over.", [("Politiets", "vurdering", "faren er over")]),
    ("Vurderingen fra politiet er at brannen var påsatt.", [("politiet", "Vurderingen", "brannen var påsatt")]),
    ("Beskjeden fra sykehuset lyder at alle er utskrevet.", [("sykehuset", "Beskjeden", "alle er utskrevet")]),
    ("Ordførerens uttalelse er at budsjettet holder.", [("Ordførerens", "uttalelse", "budsjettet holder")]),
    ("Skolen stenger, er kommunens beskjed.", [("kommunens", "beskjed", "Skolen stenger")]),
    ("Det går bra, lød vurderingen fra legen.", [("legen", "vurderingen", "Det går bra")]),
    ("Meldingen fra kommunen kom i går.", []),
    ("Rapporten om skolen ble lagt fram.", []),
]

DANISH: list[tuple[str, list[Row]]] = [
    ("Vurderingen fra politiet er, at branden var påsat.", [("politiet", "Vurderingen", "branden var påsat")]),
    ("Meldingen fra kommunen er, at vejen er spærret.", [("kommunen", "Meldingen", "vejen er spærret")]),
    ("Beskeden fra hospitalet lyder, at alle er udskrevet.", [("hospitalet", "Beskeden", "alle er udskrevet")]),
    ("Ministerens udmelding er, at skatten stiger.", [("Ministerens", "udmelding", "skatten stiger")]),
    ("Hans vurdering er, at planen holder.", [("Hans", "vurdering", "planen holder")]),
    ("Det kommer nok, lyder efterforskerens vurdering.", [("efterforskerens", "vurdering", "Det kommer nok")]),
    ("Vejen åbner i morgen, lyder beskeden fra kommunen.", [("kommunen", "beskeden", "Vejen åbner i morgen")]),
    ("Udmeldingen kom i går.", []),
    ("Rapporten om skolen blev offentliggjort.", []),
]

GERMAN: list[tuple[str, list[Row]]] = [
    ("Nach einem Bericht der Lokalzeitung soll der Bürgermeister zurücktreten.",
     [("der Lokalzeitung", "Nach einem Bericht", "soll der Bürgermeister zurücktreten")]),
    ("Laut einer Mitteilung der Stadt bleibt die Brücke gesperrt.",
     [("der Stadt", "Laut einer Mitteilung", "bleibt die Brücke gesperrt")]),
    ("Laut Mitteilung der Polizei wurde niemand verletzt.",
     [("der Polizei", "Laut Mitteilung", "wurde niemand verletzt")]),
    ("Nach Berichten lokaler Medien wurden drei Menschen verletzt.",
     [("lokaler Medien", "Nach Berichten", "wurden drei Menschen verletzt")]),
    ("Laut einem Bericht von Reuters stockt die Produktion.",
     [("Reuters", "Laut einem Bericht", "stockt die Produktion")]),
    ("Die Mitteilung der Polizei besagt, dass niemand verletzt wurde.",
     [("Die Mitteilung der Polizei", "besagt", "niemand verletzt wurde")]),
    # a report's topic, or the noun as a thing, gives none
    ("Nach einem Bericht über den Brand begann die Debatte im Rat.", []),
    ("Berichte über einen Brand bestätigten sich nicht.", []),
]

ENGLISH: list[tuple[str, list[Row]]] = [
    ("Her account was that the door was open.", [("Her", "account", "the door was open")]),
    ("The council's position is that the road stays shut.",
     [("The council's", "position", "the road stays shut")]),
    ("By her own account, the firm lost money.", [("her", "By her own account", "the firm lost money")]),
    ("By his account he was never there.", [("his", "By his account", "he was never there")]),
    ("The statement was posted on Friday.", []),
    ("Her account was closed in May.", []),
    ("Today's answer is that rain falls.", []),
    # a report noun, its author after "by"/"from", its claim after "that"
    ("The mayor cut the toll, lowering an estimate by the police that 100 had died.",
     [("the police", "estimate", "100 had died")]),
    ("She denied claims from rivals that she had lied.",
     [("She", "denied", "claims from rivals that she had lied"), ("rivals", "claims", "she had lied")]),
    # a relative clause after the author, or the noun as the subject, gives no such record
    ("The claim by the mayor that taxes would fall was false.", []),
    ("Officials read a report by the agency that was published in May.", []),
]


@pytest.mark.parametrize("text,expected", SWEDISH)
def test_swedish_statement_nouns(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "sv") == expected


@pytest.mark.parametrize("text,expected", NORWEGIAN)
def test_norwegian_statement_nouns(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "no") == expected


@pytest.mark.parametrize("text,expected", DANISH)
def test_danish_statement_nouns(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected


@pytest.mark.parametrize("text,expected", GERMAN)
def test_german_report_nouns(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "de") == expected


@pytest.mark.parametrize("text,expected", ENGLISH)
def test_english_statement_nouns(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "en") == expected
