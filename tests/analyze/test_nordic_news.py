"""Swedish, Norwegian, Danish and German shapes of real news (issue 10): source types read from the name
form and general word lists. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.sources import word_type
from enligt.models import Article, Attribution


def _attributions(text: str, lang: str) -> tuple[Attribution, ...]:
    return attribute(Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang))


SOURCE_TYPES = [
    ("De ukrainske forsvarsstyrker oplyser, at angrebet er slået tilbage.", "da", "official"),
    ("Ifølge landenes beredskabsmyndigheder er vejen åben.", "da", "official"),
    ("Ifølge de lokale myndighetene er veien åpen.", "no", "official"),
    ("Styrkene opplyser at angrepet er slått tilbake.", "no", "official"),
    ("Enligt myndigheterna är vägen öppen.", "sv", "official"),
    ("Das Militär teilte mit, der Angriff sei abgewehrt.", "de", "official"),
    ("Den Sicherheitskräften zufolge ist die Lage ruhig.", "de", "official"),
    ("Rusland oplyser, at angrebet er slået tilbage.", "da", "official"),
    ("Russland opplyser at angrepet er slått tilbake.", "no", "official"),
    ("Russland teilte mit, der Angriff sei abgewehrt.", "de", "official"),
    # an acronym is no part of a person's name, so a later mention stays an organisation
    ("Toget blev standset af DSB Fjern i morges.\n\nDSB oplyser, at togene kører igen.", "da", "organization"),
    ("Tåget stoppades av SJ Norrtåg i morse.\n\nSJ uppger att tågen går igen.", "sv", "organization"),
    ("Kari Nordmann opplyser at saken granskes.", "no", "person"),
]


@pytest.mark.parametrize("text,lang,typ", SOURCE_TYPES)
def test_source_types(text: str, lang: str, typ: str) -> None:
    assert [a.source_type for a in _attributions(text, lang)] == [typ]


@pytest.mark.parametrize("word,lang,typ", [
    ("myndigheter", "sv", "official"),          # a plural ending off: "myndighet"
    ("beredskabsmyndigheder", "da", "official"),  # a compound's ending, plural
    ("sicherheitskräften", "de", "official"),
    ("tale", "da", None),                       # too short a stem to read without its ending
])
def test_inflected_word_types(word: str, lang: str, typ: str | None) -> None:
    assert word_type(word, lang) == typ
