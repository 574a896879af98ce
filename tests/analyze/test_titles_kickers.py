"""Tests of titles kickers: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# Title labels (colon35): a label before a title's colon that names an event, a crime or a trial ("Unfall: …",
# "Olyckan: …", "Landgericht Betrug: …"; lang/<code>/kicker_topics.txt) is a kicker, no speaker; a role noun that
# names a speaker in a title label only ("Beobachter: …", "Observatører: …"; title_speakers.txt) and the NGO class
# (source_types.tsv) are speakers. Every sentence is written for its test.
GERMAN_KICKERS = [  # German capitalises nouns, so a crime after a court is no lower-case clause word
    "Landgericht Mord: Angeklagter schweigt zum Auftakt",
    "Amtsgericht Diebstahl: Angeklagter bleibt in Haft",
    "Schwurgericht Totschlag: Urteil fällt am Freitag",
    "Raub und Erpressung Jugendlicher: Prozess beginnt im Mai",
    "Staatsanwalt Betrug: Anklage erhoben",
]


@pytest.mark.parametrize("title", GERMAN_KICKERS)
def test_a_court_and_crime_label_is_a_kicker(title: str) -> None:
    assert rows("Es regnete den ganzen Tag.", "de", title) == []


KICKER_GUARDS = [  # (already kickers before colon35: kept so the new rule does not turn them into speakers)
    ("Verkehrsunfall: Straße bleibt bis zum Abend gesperrt", "de", "Es regnete den ganzen Tag."),
    ("Trafikulykken: Vejen er spærret hele natten", "da", "Det regnede hele dagen."),
    ("Brannen: Veien er stengt hele natten", "no", "Det regnet hele dagen."),
    ("Police shooting: Officer placed on leave", "en", "It rained all day."),
]


@pytest.mark.parametrize("title,lang,body", KICKER_GUARDS)
def test_an_event_label_stays_a_kicker(title: str, lang: str, body: str) -> None:
    assert rows(body, lang, title) == []


SPEAKERS = [
    ("Wahlbeobachter: Die Abstimmung war nicht frei", "de", "Es regnete den ganzen Tag.",
     [("Wahlbeobachter", ":", "Die Abstimmung war nicht frei")]),
    ("Observatörer: Valet var inte fritt", "sv", "Det regnade hela dagen.",
     [("Observatörer", ":", "Valet var inte fritt")]),
    ("Observatører: Valget var ikke frit", "da", "Det regnede hele dagen.",
     [("Observatører", ":", "Valget var ikke frit")]),
    ("Valgobservatører: Valget var ikke fritt", "no", "Det regnet hele dagen.",
     [("Valgobservatører", ":", "Valget var ikke fritt")]),
    ("NGO: Soldater har skudt civile i landsbyen", "da", "Det regnede hele dagen.",
     [("NGO", ":", "Soldater har skudt civile i landsbyen")]),
    ("NGO: Soldater har skutt sivile i landsbyen", "no", "Det regnet hele dagen.",
     [("NGO", ":", "Soldater har skutt sivile i landsbyen")]),
    # a crime noun as the genitive attribute of a speaker, or modifying one, leaves the speaker
    ("Fire chief: The blaze was set on purpose", "en", "It rained all day.",
     [("Fire chief", ":", "The blaze was set on purpose")]),
]


@pytest.mark.parametrize("title,lang,body,expected", SPEAKERS)
def test_a_title_speaker_is_a_source(title: str, lang: str, body: str, expected: list[Row]) -> None:
    assert rows(body, lang, title) == expected
