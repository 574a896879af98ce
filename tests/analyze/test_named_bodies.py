"""Well-known bodies with no telltale suffix (issue 10, org10): a name from lang/<code>/named_sources.tsv
before a title's colon, before a cue or after "according to" is a source of its type; a UN body or an NGO
is an organisation, a state or EU body official; a person named before "of the X" stays a person. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import NEUTRAL_BODY as BODY
from .conftest import attributions

TITLES = [
    ("Röda korset: Hundratals saknas efter skredet", "sv", "Röda korset", "organization"),
    ("Røde Kors: Flere savnes etter skredet", "no", "Røde Kors", "organization"),
    ("Røde Halvmåne: Mindst 90 er omkommet i skredet", "da", "Røde Halvmåne", "organization"),
    ("Ärzte ohne Grenzen: Klinik im Süden überfüllt", "de", "Ärzte ohne Grenzen", "organization"),
    ("Red Crescent: Dozens missing after the landslide", "en", "Red Crescent", "organization"),
]


@pytest.mark.parametrize("title,lang,source,typ", TITLES)
def test_a_known_body_before_a_title_colon_is_its_source(title: str, lang: str, source: str, typ: str) -> None:
    found = [(a.source, a.source_type) for a in attributions(BODY[lang], lang, title) if a.cue == ":"]
    assert found == [(source, typ)]


SENTENCES = [
    ("Läkare utan gränser uppger att kliniken är full.", "sv", "Läkare utan gränser", "organization"),
    ("Enligt IF Metall har fler än 300 varslats.", "sv", "IF Metall", "organization"),
    ("Leger uten grenser sier at klinikken er full.", "no", "Leger uten grenser", "organization"),
    ("Ifølge Frelsesarmeen står flere i kø for mat.", "no", "Frelsesarmeen", "organization"),
    ("Røde Kors oplyser, at der mangler vand i lejren.", "da", "Røde Kors", "organization"),
    ("Ifølge Læger uden Grænser mangler klinikken medicin.", "da", "Læger uden Grænser", "organization"),
    ("Enligt Läkare utan gränser saknas mediciner på kliniken.", "sv", "Läkare utan gränser", "organization"),
    ("Laut Robert-Koch-Institut steigen die Fallzahlen.", "de", "Robert-Koch-Institut", "official"),
    ("Die Bundesbank erklärte, die Inflation sinke.", "de", "Die Bundesbank", "official"),
    ("Doctors Without Borders said the clinic was full.", "en", "Doctors Without Borders", "organization"),
    ("The Red Cross said dozens were missing.", "en", "The Red Cross", "organization"),
    ("Scotland Yard said two men had been arrested.", "en", "Scotland Yard", "official"),
    ("Ann Berg of the Red Cross said dozens were missing.", "en", "Ann Berg of the Red Cross", "person"),
]


@pytest.mark.parametrize("text,lang,source,typ", SENTENCES)
def test_a_known_body_is_a_source_of_its_type(text: str, lang: str, source: str, typ: str) -> None:
    assert [(a.source, a.source_type) for a in attributions(text, lang)] == [(source, typ)]
