"""Source types of round 39 (analyze/sourcetype.py, wordtypes.py, resolve.py): a role in lower case right before a
person's name past a body's prepositional phrase ("the Department of Health spokeswoman X"); a network's affiliate
station; a city's police or fire department by its acronym ("-PD", "-FD"); an unknown one-word name that writes or
reports ("skriver Fjordbladet") is a medium; the coach as a role; the Norwegian weather service; a count of a body's
members ("Mange i partiet") is people. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import source_types

TYPES = [
    # a role before the name, past the body's "of" phrase: the body's person
    ("en", "\u201cThe roads are closed,\u201d Ohio Department of Transportation spokesman Tom Hale told reporters.",
     "Ohio Department of Transportation spokesman Tom Hale", "person"),
    ("en", "The roads are closed, the Ohio Department of Transportation said.",
     "the Ohio Department of Transportation", "official"),
    # a network's affiliate station is a medium
    ("en", "According to NBC affiliate WXYZ in Detroit, the river rose overnight.", "NBC affiliate WXYZ", "media"),
    # a city's police or fire department by its acronym
    ("en", "The man was arrested at the scene, the SFPD said.", "the SFPD", "official"),
    ("en", "The fire was out by noon, the LAFD said.", "the LAFD", "official"),
    ("en", "The dog was rescued from the river, the RSPCA said.", "the RSPCA", "organization"),
    # an unknown one-word name that writes or reports
    ("no", "Klubben må nå bli enig om en overgangssum, skriver Fjordvarden.", "Fjordvarden", "media"),
    ("da", "Klubben skal nu blive enig om en overgangssum, skriver Vestvarden.", "Vestvarden", "media"),
    ("sv", "Klubben måste nu komma överens om en övergångssumma, skriver Kustvakten.", "Kustvakten", "media"),
    ("en", "The club must now agree a transfer fee, Hillwatch reported.", "Hillwatch", "media"),
    ("no", "Klubben må nå bli enig om en overgangssum, sier Fjordvarden.", "Fjordvarden", "person"),  # says: a person
    # the coach as a role
    ("de", "\u201eDer Junge ist fix und fertig\u201c, berichtete der Coach nach dem Spiel.", "der Coach", "person"),
    ("sv", "Laget är trött efter resan, säger coachen.", "coachen", "person"),
    # a count before the body its members belong to: the members, people
    ("no", "Mange i partiet mener at budsjettet er for stramt.", "Mange i partiet", "person"),
    ("sv", "Flera inom polisen anser att lagen är för svag.", "Flera inom polisen", "person"),
    ("da", "To ud af tre hospitaler oplyser, at køerne vokser.", "To ud af tre hospitaler", "organization"),
    # a municipality's treasurer; a county governor's office; a geological survey
    ("de", "Die Rücklagen seien aufgebraucht, sagte die Kämmerin.", "die Kämmerin", "person"),
    ("no", "Fylkesmannen opplyser at fristen er forlenget.", "Fylkesmannen", "official"),
    ("en", "The quake struck at dawn, the U.S. Geological Survey said.", "the U.S. Geological Survey", "official"),
    # an unknown one-word name that says something is a person (not English, nor an acronym); a nationality noun
    ("de", "Der Befund stehe noch nicht fest, sagte Obermoser.", "Obermoser", "person"),
    ("sv", "Det är för tidigt att säga, sa Lindqvarn.", "Lindqvarn", "person"),
    ("de", "Der Befund stehe noch nicht fest, sagte ZKW.", "ZKW", "organization"),
    ("no", "Det er mange feil nå, sier vaktsjef Per Moe i Nordnettet.\n\nNordnettet sier at alle er kalt inn.",
     "Nordnettet", "organization"),  # an employer, named after a preposition
    ("en", "The knee will heal in time, the Dutchman said.", "the Dutchman", "person"),
    # people familiar with a matter, kept anonymous; one source; insiders; an autopsy
    ("sv", "Enligt en person med insyn i utredningen har beslutet redan fattats.", "en person med insyn i utredningen",
     "unnamed"),
    ("da", "Ifølge en person med kendskab til sagen er beslutningen allerede truffet.",
     "en person med kendskab til sagen", "unnamed"),
    ("de", "Nach Angaben einer Quelle sei die Entscheidung gefallen.", "einer Quelle", "unnamed"),
    ("en", "The decision has already been made, insiders said.", "insiders", "unnamed"),
    ("no", "Ifølge obduksjonen døde mannen av drukning.", "obduksjonen", "document"),
    # the Norwegian weather service's regional offices
    ("no", "Værvarslingen for Nordland melder at vinden øker utover kvelden.", "Værvarslingen for Nordland",
     "official"),
]


@pytest.mark.parametrize("lang,text,source,expected", TYPES)
def test_source_type(lang: str, text: str, source: str, expected: str) -> None:
    got = source_types(text, lang)
    assert got.get(source) == expected, got
