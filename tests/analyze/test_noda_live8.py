"""Norwegian and Danish shapes of real news pages, a seventh round (issue 10): hearsay "skal være" with a
state of danger to life, cues of exclaiming and stance ("kjent med at C"), Danish "meldt savnet" as no report, bodies
named "-organisation" and reviews as documents, and "ligeledes/likeledes" fronted before a perfect. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

LIFE_HEARSAY = [
    # "skal være utenfor livsfare": a state the event left, told by no one named
    ("Begge skal være utenfor livsfare etter ulykken.", "no",
     [(None, "skal være", "Begge skal være utenfor livsfare etter ulykken")]),
    ("Føreren skal være uden for livsfare.", "da",
     [(None, "skal være", "Føreren skal være uden for livsfare")]),
    # a plan stays no hearsay
    ("Hallen skal være ferdig til sommeren.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", LIFE_HEARSAY)
def test_hearsay_of_danger_to_life(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


NEW_CUES = [
    # exclaiming as a quotation's tag
    ("«Jeg vil hjem nå,» utbrøt gutten.", "no", [("gutten", "utbrøt", "Jeg vil hjem nå")]),
    ("»Det er uretfærdigt,« udbrød den unge mand.", "da", [("den unge mand", "udbrød", "Det er uretfærdigt")]),
    # putting forward an argument before a clause; a captain ("anfører") is no cue
    ("Forsvareren anfører, at beviserne er for svage.", "da",
     [("Forsvareren", "anfører", "beviserne er for svage")]),
    ("Advokaten anfører at saken er foreldet.", "no", [("Advokaten", "anfører", "saken er foreldet")]),
    ("Holdets anfører scorede to mål.", "da", []),
    # being aware of something is a stance before a clause
    ("Politiet er kjent med at mannen hadde en kniv.", "no",
     [("Politiet", "kjent med", "mannen hadde en kniv")]),
    ("Politiet er bekendt med, at manden havde en kniv.", "da",
     [("Politiet", "bekendt med", "manden havde en kniv")]),
    ("Hun er godt kjent med byen.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", NEW_CUES)
def test_cues_of_exclaiming_arguing_and_awareness(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


MISSING = [
    # Danish "meldt savnet" is being reported missing, no report of a claim (Norwegian keeps the passive report)
    ("Over hundrede mennesker er stadig meldt savnet.", "da", []),
    ("Tre turister er meldt savnet i fjeldet.", "da", []),
    # "meldt" before a clause still reports
    ("Kommunen har meldt ud, at vejen er lukket.", "da", [("Kommunen", "meldt ud", "vejen er lukket")]),
]


@pytest.mark.parametrize("text,lang,expected", MISSING)
def test_reported_missing_is_no_report(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


TYPES = [
    # a body named by a compound on "-organisation(en)" is an organisation; a review is a document
    ("Hjælpeorganisationen siger, at lejren er fuld.", "da", [("Hjælpeorganisationen", "organization")]),
    ("Bistandsorganisasjonen sier at leiren er full.", "no", [("Bistandsorganisasjonen", "organization")]),
    ("En gennemgang viser, at ti skoler mangler lærere.", "da", [("En gennemgang", "document")]),
    ("En kartlegging viser at ti skoler mangler lærere.", "no", [("En kartlegging", "document")]),
]


@pytest.mark.parametrize("text,lang,expected", TYPES)
def test_bodies_and_reviews(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.source_type) for a in bylined_attributions(text, lang)] == expected


LIKEWISE = [
    # "ligeledes/likeledes" fronted before a perfect: the subject follows the auxiliary
    ("Ligeledes har en talsmand for havnen bekræftet, at skibet er sunket.", "da",
     [("en talsmand for havnen", "bekræftet", "skibet er sunket")]),
    ("Likeledes har en talsperson for havna bekreftet at skipet er sunket.", "no",
     [("en talsperson for havna", "bekreftet", "skipet er sunket")]),
]


@pytest.mark.parametrize("text,lang,expected", LIKEWISE)
def test_likewise_fronted(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


INTERRUPTED = [
    # an inverted tag between commas inside a V2 clause: the clause goes on after it
    ("Derudover, tilføjer direktøren, har firmaet ansat ti nye folk.", "da",
     [("direktøren", "tilføjer", "Derudover har firmaet ansat ti nye folk")]),
    ("Dessuten, sier ordføreren, har kommunen fått nye penger.", "no",
     [("ordføreren", "sier", "Dessuten har kommunen fått nye penger")]),
    # a tag after a whole clause ends it
    ("Firmaet har ansat ti nye folk, siger direktøren.", "da",
     [("direktøren", "siger", "Firmaet har ansat ti nye folk")]),
]


@pytest.mark.parametrize("text,lang,expected", INTERRUPTED)
def test_a_tag_inside_a_v2_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PERFECT_BACK = [
    # "Det har X (og Y) sagt/meldt ud.": a perfect pointing back, the sentence before is the content
    ("Broen åbner først til sommer.\n\nDet har både kommunen og vejdirektoratet meldt ud.", "da",
     [("både kommunen og vejdirektoratet", "meldt ud", "Broen åbner først til sommer")]),
    ("Broen åpner først til sommeren.\n\nDet har kommunen bekreftet.", "no",
     [("kommunen", "bekreftet", "Broen åpner først til sommeren")]),
    # words after the participle are no such pointer
    ("Det har kommunen sagt nej til.", "da", []),
]


@pytest.mark.parametrize("text,lang,expected", PERFECT_BACK)
def test_a_perfect_pointing_back(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PREP_BEFORE_THAT = [
    # a prepositional adverbial (and a recipient) between the cue and its complementizer
    ("Lægen siger over telefonen til nyhedsbureauet Ritzau, at tre er døde.", "da",
     [("Lægen", "siger", "tre er døde")]),
    ("Rektor fortæller gennem sin advokat, at skolen lukker.", "da", [("Rektor", "fortæller", "skolen lukker")]),
    ("Treneren sier gjennom sin agent til NTB at han slutter.", "no", [("Treneren", "sier", "han slutter")]),
]


@pytest.mark.parametrize("text,lang,expected", PREP_BEFORE_THAT)
def test_a_prepositional_adverbial_before_that(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


SECOND_SPEAKER = [
    # "og" with no comma, a second subject and its own cue before a clause: the first content ends before it
    ("En kunde oplyste, at butikken var lukket og en anden kunde tilføjer, at lyset var slukket.", "da",
     [("En kunde", "oplyste", "butikken var lukket"), ("en anden kunde", "tilføjer", "lyset var slukket")]),
    ("En nabo forteller at bilen brant og et annet vitne legger til at ingen ble skadd.", "no",
     [("En nabo", "forteller", "bilen brant"), ("et annet vitne", "legger til", "ingen ble skadd")]),
    # a coordinated object is no second speaker
    ("Hun siger, at prisen og en afgift stiger.", "da", [("Hun", "siger", "prisen og en afgift stiger")]),
]


@pytest.mark.parametrize("text,lang,expected", SECOND_SPEAKER)
def test_a_second_speaker_after_and(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


IF_CLAUSE = [
    # a fronted "hvis/dersom/når" clause with a present tense after its pronoun: the subject follows the cue
    ("Hvis det regner, mener hun at mange blir hjemme.", "no", [("hun", "mener", "mange blir hjemme")]),
    ("Når det skjer, sier han at prisene stiger.", "no", [("han", "sier", "prisene stiger")]),
    ("Hvis det sker, siger hun, at mange mister jobbet.", "da", [("hun", "siger", "mange mister jobbet")]),
    ("Dersom vi taper, tror treneren at laget rykker ned.", "no", [("treneren", "tror", "laget rykker ned")]),
]


@pytest.mark.parametrize("text,lang,expected", IF_CLAUSE)
def test_a_fronted_if_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


def test_a_clause_cue_inside_a_dash_quote_is_no_tag() -> None:
    # "…, frykter jeg at C" inside a dash quote opens a clause: the quote runs on to its real tag
    text = "– Vi må handle nå. Hvis ikke, frykter jeg at mange mister jobben, sier Ole Hansen."
    quote = [a for a in bylined_attributions(text, "no") if a.kind == "direct"]
    assert [(a.source, a.cue, a.content) for a in quote] == [
        ("Ole Hansen", "sier", "Vi må handle nå. Hvis ikke, frykter jeg at mange mister jobben")]
