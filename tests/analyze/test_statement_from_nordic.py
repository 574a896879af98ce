"""Tests of statement from (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# A statement noun and its source after "fra"/"från" (issue 10, noun cues; round da33): the whole class of
# definite message and statement nouns as the subject of "kommer fra" pointing back at the sentence before ("Den
# melding kommer fra X.", "Udmeldingen kom fra X."), in Danish, Norwegian and Swedish; and a cleft whose statement
# noun takes its source after "fra" ("det er vurderingen fra X, at C"), opening its sentence or a clause joined after
# a comma and a coordinator. Every sentence is written for its test.
MESSAGE_ORIGIN: list[tuple[str, str, list[Row]]] = [
    ("Fabrikken lukker til sommer. Den melding kommer fra direktør Bo Holm.", "da",
     [("direktør Bo Holm", "kommer fra", "Fabrikken lukker til sommer")]),
    ("Broen er lukket for trafik. Meldingen kommer fra Vejdirektoratet.", "da",
     [("Vejdirektoratet", "kommer fra", "Broen er lukket for trafik")]),
    ("To mænd er anholdt. Udmeldingen kom fra Fyns Politi.", "da",
     [("Fyns Politi", "kom fra", "To mænd er anholdt")]),
    ("Skatten stiger næste år. Udtalelsen kommer fra finansministeren.", "da",
     [("finansministeren", "kommer fra", "Skatten stiger næste år")]),
    ("Brua er stengt for trafikk. Meldingen kommer fra Statens vegvesen.", "no",
     [("Statens vegvesen", "kommer fra", "Brua er stengt for trafikk")]),
    ("Bron är stängd för trafik. Meddelandet kommer från Trafikverket.", "sv",
     [("Trafikverket", "kommer från", "Bron är stängd för trafik")]),
]

NO_MESSAGE = [
    # any other subject of "kommer fra", or a message noun that is not the subject, reports nothing
    ("Pengene til broen kommer fra staten.", "da"),
    ("Vejret skifter. Der kommer en melding fra kommunen i morgen.", "da"),
]

CLEFT_FROM: list[tuple[str, list[Row]]] = [
    ("Det er vurderingen fra politiet, at branden var påsat.",
     [("politiet", "vurderingen", "branden var påsat")]),
    ("Det er meldingen fra kommunen at skolen åbner mandag.",
     [("kommunen", "meldingen", "skolen åbner mandag")]),
    ("Huset står i flammer, og det er vurderingen fra indsatslederen, at slukningen varer hele natten.",
     [("indsatslederen", "vurderingen", "slukningen varer hele natten")]),
    ("Vejen er spærret, men det er beskeden fra politiet, at den åbner i aften.",
     [("politiet", "beskeden", "den åbner i aften")]),
    # no clause after the source: no claim
    ("Det er beskeden fra chefen hver morgen.", []),
    ("Huset er solgt, og det er meldingen fra mægleren, der glæder os.", []),
]


@pytest.mark.parametrize("text,lang,expected", MESSAGE_ORIGIN)
def test_a_message_noun_says_where_the_sentence_before_came_from(text: str, lang: str,
                                                                  expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang", NO_MESSAGE)
def test_coming_from_without_a_message_subject_reports_nothing(text: str, lang: str) -> None:
    assert bylined_rows(text, lang) == []


@pytest.mark.parametrize("text,expected", CLEFT_FROM)
def test_a_cleft_statement_noun_takes_its_source_after_fra(text: str, expected: list[Row]) -> None:
    assert bylined_rows(text, "da") == expected
