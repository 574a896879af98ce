"""Via chains and source types on real pages' shapes (stop 37), all five languages: a news site named by its address,
a broadcaster named by its kind, a people, a military command, posts on a platform, the definite source noun, a surname
after a name particle ("Karl-Theodor zu Berg" ... "sagte Berg"); a medium
told after a phrase of time ("sagte X am Freitagmorgen im Deutschlandfunk") or with an adjective before its quoted title
("Dem Berliner „Tagesspiegel“ sagte X"), a masthead in its own nominative form
("der Süddeutschen Zeitung" -> Süddeutsche Zeitung, "dem Spiegel" -> Der Spiegel), the page's own newsroom ("unserer
Redaktion"), a medium's contact clause ("analytiker DN talat med") and a medium that quotes a speaker who says
something in a clause of their own ("Avisen citerer en præst, der siger"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import full_rows

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
    ("de", "Verteidigungsminister Karl-Theodor zu Berg äußerte sich deutlich.\n\nDie Lage sei ernst, sagte Berg.", "Berg",
     "person"),
    ("en", "Ann Post of the Red Cross said the dam was closed.", "Ann Post of the Red Cross", "person"),
]


@pytest.mark.parametrize("lang,text,source,expected", TYPES)
def test_source_type_from_the_name_and_word_lists(lang: str, text: str, source: str, expected: str) -> None:
    got = {row[0]: row[4] for row in full_rows(text, lang, outlet="Testbladet")}
    assert got.get(source) == expected, got


VIAS = [
    ("da", ("Borgmesteren frygter, at flere mister jobbet. Det skriver Lokalnyt.dk.\n\n»Det bliver svært,« fortæller han "
           "til mediet."), "han", ("Lokalnyt.dk",)),
    ("de", "Die Lage sei ernst, sagte Innenminister Hans Weber am Freitagmorgen im Deutschlandfunk.",
     "Innenminister Hans Weber", ("Deutschlandfunk",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber gestern im ZDF.", "Hans Weber", ("ZDF",)),
    ("de", ("Nach Polizeiangaben würden knapp 100 Menschen vermisst, sagte Innenminister Hans Weber am Freitagmorgen im "
           "Deutschlandfunk."), "Polizeiangaben", ("Hans Weber", "Deutschlandfunk")),
    ("de", "Hans Weber sagte der „Frankfurter Allgemeinen Sonntagszeitung“: „Wir arbeiten zu wenig.“", "Hans Weber",
     ("Frankfurter Allgemeine Sonntagszeitung",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber dem „Spiegel“.", "Hans Weber", ("Der Spiegel",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber der „Zeit“.", "Hans Weber", ("Die Zeit",)),
    ("de", "Dem Berliner „Tagesspiegel am Sonntag“ sagte Hans Weber, die Lage sei ernst.", "Hans Weber",
     ("Tagesspiegel am Sonntag",)),
    ("de", "Die Lage sei ernst, sagte Hans Weber gegenüber der britischen „Times“.", "Hans Weber", ("Times",)),
    ("de", "Die Brücke sei gesperrt, erklärte ein Polizeisprecher gegenüber unserer Redaktion.", "ein Polizeisprecher", ()),
    ("sv", "Bron är stängd, säger Anna Berg till vår reporter.", "Anna Berg", ()),
    ("sv", "Trots allt: Bolaget är inte klart med nedskärningarna. Det menar flera analytiker SvD Näringsliv pratat med.",
     "flera analytiker SvD Näringsliv", ("SvD Näringsliv",)),
    ("sv", ("Trots allt: Bolaget är inte klart med nedskärningarna. Det menar flera analytiker SvD Näringsliv pratat med."
           "\n\n– Det blir värre, säger Anna Berg, ekonom på Banken, till tidningen."), "Anna Berg", ("SvD Näringsliv",)),
    ("no", "Flere analytikere NRK har snakket med, mener at avtalen er klar.", "Flere analytikere NRK", ("NRK",)),
    ("da", "Aftalen er klar. Det mener flere eksperter DR har talt med.", "flere eksperter DR", ("DR",)),
    ("da", "Et lokalt medie citerer en præst, der siger, at mindst ti personer blev dræbt.", "der", ("Et lokalt medie",)),
    ("no", "Avisa Nordposten siterer en politimann som sier at broen er stengt.", "en politimann",
     ("Avisa Nordposten",)),
]


@pytest.mark.parametrize("lang,text,source,via", VIAS)
def test_via_of_the_record(lang: str, text: str, source: str, via: tuple[str, ...]) -> None:
    got = {row[0]: row[5] for row in full_rows(text, lang, outlet="Testbladet")}
    assert got.get(source) == via, got


NAMES = [
    ("no", "Flere analytikere NRK har snakket med, mener at avtalen er klar.", "Flere analytikere NRK", None, "person"),
    ("da", "Et lokalt medie citerer en præst, der siger, at mindst ti personer blev dræbt.", "der", "en præst", "person"),
]


@pytest.mark.parametrize("lang,text,source,name,typ", NAMES)
def test_the_speaker_is_the_people_not_the_medium(lang: str, text: str, source: str, name: str | None,
                                                  typ: str) -> None:
    got = {row[0]: (row[1], row[4]) for row in full_rows(text, lang, outlet="Testbladet")}
    assert got.get(source) == (name, typ), got
