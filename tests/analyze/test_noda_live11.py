"""Danish, Norwegian and Swedish shapes of real news pages, an eleventh round (issues 10 and 11): a cue inside an
embedded question ("hva han mener", "hvor lenge hun tror C") reports no claim. Every sentence is written for its
test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

EMBEDDED_QUESTIONS = [
    # a question word as the cue's object: a question, no claim
    ("Naboene lurer på hva kommunen mener om den nye veien.", "no", []),
    ("Hun ville ikke svare på hva ministeren har sagt til henne.", "no", []),
    ("Ingen vet hvor lenge hun tror at streiken vil vare.", "no", []),
    ("Retten skal nu afgøre, hvad de mener om beviserne.", "da", []),
    ("Han forstod ikke, hvad politiet havde skrevet i brevet.", "da", []),
    ("Ingen ved, hvor længe han tror, at krisen varer.", "da", []),
    ("Vi lyssnar på vad eleverna tycker om maten.", "sv", []),
    ("Det är oklart hur länge hon tror att stängningen varar.", "sv", []),
    ("Ingen vet vad styrelsen har sagt till facket.", "sv", []),
    # a free relative after a prepositional cue still reports
    ("Etter hva NRK erfarer, er to personer pågrepet.", "no", [("NRK", "erfarer", "er to personer pågrepet")]),
    ("Efter hvad avisen erfarer, er to mænd anholdt.", "da", [("avisen", "erfarer", "er to mænd anholdt")]),
    # a question word before a comma is no part of the cue's clause
    ("Hva som skjer videre, er uklart, men Lund sier at saken er alvorlig.", "no",
     [("Lund", "sier", "saken er alvorlig")]),
]


@pytest.mark.parametrize("text,lang,expected", EMBEDDED_QUESTIONS)
def test_a_cue_in_an_embedded_question_reports_no_claim(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CHARGES = [
    # a verb of accusing, criticising or praising: its object and the "for"-phrase are what was said
    ("Partilederen anklager finansministeren for å holde tilbake tallene.", "no",
     [("Partilederen", "anklager", "finansministeren for å holde tilbake tallene")]),
    ("Rektor berømmer elevene for å ha ryddet skolegården.", "no",
     [("Rektor", "berømmer", "elevene for å ha ryddet skolegården")]),
    ("Borgmesteren roser frivillige for at rydde stranden.", "da",
     [("Borgmesteren", "roser", "frivillige for at rydde stranden")]),
    ("Fagforeningen kritiserer ledelsen for at svare for langsomt.", "da",
     [("Fagforeningen", "kritiserer", "ledelsen for at svare for langsomt")]),
    # a merit or charge named by a noun reports no words
    ("Fagforeningen kritiserer ledelsen for dens langsomme svar.", "da", []),
    ("Oppositionen anklagar regeringen för att dölja siffrorna.", "sv",
     [("Oppositionen", "anklagar", "regeringen för att dölja siffrorna")]),
    # without a "for"-phrase, an object alone reports nothing
    ("Lund kritiserte vedtaket i går.", "no", []),
    ("Styrelsen berömde personalet.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", CHARGES)
def test_a_charge_or_merit_after_for_is_what_was_said(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PLEAS = [
    # a plea in court: the charge after "for" is the claim (as Danish "nægter sig skyldig i")
    ("Den tiltalte nekter straffskyld for ranet av butikken.", "no",
     [("Den tiltalte", "nekter straffskyld for", "ranet av butikken")]),
    ("Kvinnen erkjente straffskyld for underslag.", "no",
     [("Kvinnen", "erkjente straffskyld for", "underslag")]),
    # a plea with no charge named is a denial of guilt, the guilt its claim (nordic35: the annotated pages count it;
    # "straffskyld" is a claim noun of the reject class)
    ("Mannen nekter straffskyld.", "no", [("Mannen", "nekter", "straffskyld")]),
]


@pytest.mark.parametrize("text,lang,expected", PLEAS)
def test_a_norwegian_plea_reports_the_charge(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ADVERB_AFTER_TAG = [
    # an adverb with a verb's ending ("allerede", "således") after a tag's speaker is no verb of a clause
    ("Skolen vil være lukket, oplyser kommunen allerede nu.", "da",
     [("kommunen", "oplyser", "Skolen vil være lukket")]),
    ("Brua blir stengt i helgen, opplyser vegvesenet allerede nå.", "no",
     [("vegvesenet", "opplyser", "Brua blir stengt i helgen")]),
    ("Flere butikker er lukket, skriver avisen ligeledes.", "da",
     [("avisen", "skriver", "Flere butikker er lukket")]),
]


@pytest.mark.parametrize("text,lang,expected", ADVERB_AFTER_TAG)
def test_an_adverb_after_a_tag_speaker_is_no_verb(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
