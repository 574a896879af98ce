"""Source types on real pages (issue 10), by class: anaphors of a named body, bodies named by their form,
media, documents. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions


def types(text: str, lang: str) -> list[tuple[str | None, str]]:
    """(source, source_type) of each attribution of `text`."""
    return [(a.source, a.source_type) for a in attributions(text, lang)]


# a definite anaphor with no typed word of its own takes the type of the body it points to
ANAPHORS = [
    ("Kestrel Relief Fund said on Monday that two grants were paused.\n\n"
     + "The fund said the grants had been checked twice. It said more checks would follow.",
     "en", [("Kestrel Relief Fund", "organization"), ("The fund", "organization"), ("It", "organization")]),
]


@pytest.mark.parametrize("text,lang,expected", ANAPHORS)
def test_anaphor_takes_its_bodys_type(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert types(text, lang) == expected


# word classes of the lists: authorities by their ending, roles, documents, companies by the form of their name
WORDS = [
    ("The Coastal Highway Patrol said two lanes were closed.", "en", [("The Coastal Highway Patrol", "official")]),
    ("Officers said the driver had fled.", "en", [("Officers", "official")]),
    ("According to a news release, two people were hurt.", "en", [("a news release", "document")]),
    ("Brackley Electric said it would cut 40 jobs.", "en", [("Brackley Electric", "organization")]),
    ("Enligt socialförvaltningen har tre familjer flyttat.", "sv", [("socialförvaltningen", "official")]),
    ("Enligt väderinstitutet blir det storm i natt.", "sv", [("väderinstitutet", "official")]),
    ("Ifølge Veterinærinstituttet er smitten påvist i to fjøs.", "no", [("Veterinærinstituttet", "official")]),
    ("Ifølge kredsen blev to personer anholdt.", "da", [("kredsen", "official")]),
    ("Ifølge pressevagten blev to personer anholdt.", "da", [("pressevagten", "person")]),
    ("Laut dem Betriebsrat sollen 200 Stellen wegfallen.", "de", [("dem Betriebsrat", "organization")]),
    ("Nach Angaben des Kreisgesundheitsamtes sind drei Kinder erkrankt.", "de",
     [("des Kreisgesundheitsamtes", "official")]),
]


@pytest.mark.parametrize("text,lang,expected", WORDS)
def test_word_classes(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert types(text, lang) == expected


# media: two outlets joined by a slash, a paper's report, the papers' reporting; a district's body by its name
MEDIA = [
    ("Ifølge Aftenposten/NTB er to personer skadet.", "no", [("Aftenposten/NTB", "media")]),
    ("Laut einem Bericht der Zeitung sind zwei Menschen verletzt.", "de", [("der Zeitung", "media")]),
    ("Enligt tidningarnas uppgifter har två personer gripits.", "sv", [("tidningarnas uppgifter", "media")]),
    ("Ifølge Millbrook Unified School District er skolen lukket.", "da",
     [("Millbrook Unified School District", "organization")]),
    # a paper named by a masthead word (Sun, Mirror, Globe, Inquirer) or with its place after "of"
    ("The dam was closed, according to the Harlow Sun.", "en", [("the Harlow Sun", "media")]),
    ("The dam was closed, the Weekly Mirror reported.", "en", [("the Weekly Mirror", "media")]),
    ("The Evening Times of Dunmore reported that the dam was closed.", "en",
     [("The Evening Times of Dunmore", "media")]),
    ("Ann Post of the Red Cross said the dam was closed.", "en", [("Ann Post of the Red Cross", "person")]),
    ("The Office of the Mayor said the dam was closed.", "en", [("The Office of the Mayor", "official")]),
]


@pytest.mark.parametrize("text,lang,expected", MEDIA)
def test_media_and_bodies(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert types(text, lang) == expected
