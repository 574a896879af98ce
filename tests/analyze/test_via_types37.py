"""Via chains and source types on real pages' shapes (stop 37), all five languages: a news site named by its address,
a broadcaster named by its kind, a people, a military command, posts on a platform, the definite source noun, a surname
after a name particle ("Hans-Peter von Berg" ... "sagte Berg"); a medium
told after a phrase of time ("sagte X am Montagabend im Deutschlandfunk") or with an adjective before its quoted title
("Dem Hamburger „Abendblatt“ sagte X"), a masthead in its own nominative form
("der Süddeutschen Zeitung" -> Süddeutsche Zeitung, "dem Spiegel" -> Der Spiegel), the page's own newsroom ("unserer
Redaktion"), a medium's contact clause ("ekonomer DN talat med") and a medium that quotes a speaker who says
something in a clause of their own ("Avisen citerer en læge, der siger"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import full_rows, source_types

TYPES = [
    ("da", "Borgmesteren frygter, at flere mister jobbet. Det skriver Lokalnyt.dk.", "Lokalnyt.dk", "media"),
    ("de", "Radio Nordtal berichtete, die Straße sei gesperrt.", "Radio Nordtal", "media"),
    ("sv", "Enligt Radio Fjällbygden dödades två personer.", "Radio Fjällbygden", "media"),
    ("da", "Danish Dairy meldte ud, at 300 medarbejdere skal fyres.", "Danish Dairy", "organization"),
    ("en", "Syrians said two men were killed in the blast.", "Syrians", "person"),
    ("en", "The command said two drones were shot down.", "The command", "official"),
    ("en", "Law enforcement said the road would stay closed.", "Law enforcement", "official"),
    ("en", "According to the observatory, two men were killed.", "the observatory", "organization"),
    ("en", "A follow-up post said the road would stay closed.", "A follow-up post", "social_media"),
    ("no", "Ifølge kildene er avtalen klar.", "kildene", "unnamed"),
    ("da", "Ifølge kilderne er aftalen klar.", "kilderne", "unnamed"),
    ("sv", "Enligt det lokala styret dödades två personer.", "det lokala styret", "official"),
    ("de", "Bürgermeister Hans-Peter von Berg lud zur Sitzung ein.\n\nDer Haushalt sei knapp, sagte Berg.", "Berg",
     "person"),
    ("en", "Ann Post of the Red Cross said the dam was closed.", "Ann Post of the Red Cross", "person"),
]


@pytest.mark.parametrize("lang,text,source,expected", TYPES)
def test_source_type_from_the_name_and_word_lists(lang: str, text: str, source: str, expected: str) -> None:
    got = source_types(text, lang)
    assert got.get(source) == expected, got


VIAS = [
    ("da", ("Borgmesteren frygter, at flere mister jobbet. Det skriver Lokalnyt.dk.\n\n»Det bliver svært,« fortæller han "
           "til mediet."), "han", ("Lokalnyt.dk",)),
    ("de", "Der Haushalt sei knapp, sagte Landrat Hans Weber am Montagabend im Deutschlandfunk.",
     "Landrat Hans Weber", ("Deutschlandfunk",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber gestern im ZDF.", "Hans Weber", ("ZDF",)),
    ("de", "Nach Polizeiangaben fehlen noch rund 40 Wanderer, sagte Landrat Hans Weber am Montagabend im Deutschlandfunk.",
     "Polizeiangaben", ("Hans Weber", "Deutschlandfunk")),
    ("de", "Hans Weber sagte der „Frankfurter Allgemeinen Zeitung“: „Der Haushalt ist knapp.“", "Hans Weber",
     ("Frankfurter Allgemeine Zeitung",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber dem „Spiegel“.", "Hans Weber", ("Der Spiegel",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber der „Zeit“.", "Hans Weber", ("Die Zeit",)),
    ("de", "Dem Hamburger „Abendblatt am Sonntag“ sagte Hans Weber, der Haushalt sei knapp.", "Hans Weber",
     ("Abendblatt am Sonntag",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber gegenüber der britischen „Times“.", "Hans Weber", ("Times",)),
    ("de", "Die Brücke sei gesperrt, erklärte ein Polizeisprecher gegenüber unserer Redaktion.", "ein Polizeisprecher", ()),
    ("sv", "Bron är stängd, säger Anna Berg till vår reporter.", "Anna Berg", ()),
    ("sv", "Varvet behöver spara mer i år. Det anser två ekonomer SvD Näringsliv talat med.", "två ekonomer SvD Näringsliv",
     ("SvD Näringsliv",)),
    ("sv", ("Varvet behöver spara mer i år. Det anser två ekonomer SvD Näringsliv talat med.\n\n– Sparandet räcker inte, "
            "säger Per Lund, ekonom på Banken, till tidningen."), "Per Lund", ("SvD Näringsliv",)),
    ("no", "Flere analytikere NRK har snakket med, mener at avtalen er klar.", "Flere analytikere NRK", ("NRK",)),
    ("da", "Aftalen er klar. Det mener flere eksperter DR har talt med.", "flere eksperter DR", ("DR",)),
    ("da", "En lokal avis citerer en læge, der siger, at broen var lukket hele natten.", "der", ("En lokal avis",)),
    ("no", "Avisa Nordposten siterer en politimann som sier at broen er stengt.", "en politimann",
     ("Avisa Nordposten",)),
]


@pytest.mark.parametrize("lang,text,source,via", VIAS)
def test_via_of_the_record(lang: str, text: str, source: str, via: tuple[str, ...]) -> None:
    got = {row[0]: row[5] for row in full_rows(text, lang, outlet="Testbladet")}
    assert got.get(source) == via, got


NAMES = [
    ("no", "Flere analytikere NRK har snakket med, mener at avtalen er klar.", "Flere analytikere NRK", None, "person"),
    ("da", "En lokal avis citerer en læge, der siger, at broen var lukket hele natten.", "der", "en læge", "person"),
]


@pytest.mark.parametrize("lang,text,source,name,typ", NAMES)
def test_the_speaker_is_the_people_not_the_medium(lang: str, text: str, source: str, name: str | None,
                                                  typ: str) -> None:
    got = {row[0]: (row[1], row[4]) for row in full_rows(text, lang, outlet="Testbladet")}
    assert got.get(source) == (name, typ), got
