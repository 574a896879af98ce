"""Via round 27: the name a nesting or citing medium goes by, a speaker that is no via of its own words, and German
dative media named by a quoted title or a lower-case agency (passes.nest, viapass.relay_name, markers.loose_cites,
phrases.genitive_tail, via.quoted_medium, aftercue)."""
from __future__ import annotations

import pytest

from .conftest import via_of, via_records

# A medium that an outer record names is the via of the claims nested in it by its name alone.
MEDIUM_NAME = [
    ("Officials later said that three roads were flooded, Xinhua news agency reported.", "en", "Officials", ["Xinhua"]),
    ("Residents said the river rose overnight, the Associated Press news agency reported.", "en", "Residents",
     ["Associated Press"]),
    ("Die amerikanische Nachrichtenagentur AP meldete unter Berufung auf Ermittler mindestens 30 Verletzte.", "de",
     "Ermittler", ["AP"]),
    ("Ukrainische Medien berichteten unter Berufung auf Behörden von zwölf Toten.", "de", "Behörden",
     ["Ukrainische Medien"]),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), MEDIUM_NAME)
def test_medium_named_alone(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# A claim inside its own speaker's record is not relayed by that speaker.
SELF = [
    ("Polizeisprecher Karl Weber betont, dass kein Fehler passiert ist: »Wir haben dreimal gezählt.«", "de",
     "Karl Weber"),
    ("Tre menn har ifølge tiltalen lurt flere hundre personer, ifølge tiltalen.", "no", "tiltalen"),
]


@pytest.mark.parametrize(("text", "lang", "source"), SELF)
def test_no_self_via(text: str, lang: str, source: str) -> None:
    for s, _, v in via_records(text, lang):
        assert source not in v, (s, v)


# German dative media: a quoted title with a joining word, a media noun glued to a quoted title, a lower-case agency.
DATIVE = [
    ('Der Minister sagte der "Welt am Sonntag", die Pläne seien längst beschlossen.', "Der Minister",
     ["Welt am Sonntag"]),
    ('Müller sagte der "Bild am Sonntag", die an ihn gerichteten Vorwürfe seien unbegründet.', "Müller",
     ["Bild am Sonntag"]),
    ('Die Reform komme zu spät, sagte die Gewerkschafterin der "Bild"-Zeitung.', "die Gewerkschafterin", ["Bild"]),
    ('"Wir brauchen mehr Geld", sagte der Bürgermeister der Nachrichtenagentur dpa.', "der Bürgermeister", ["dpa"]),
    ('"Wir brauchen mehr Geld", sagte eine Sprecherin der "Letzten Generation".',
     'eine Sprecherin der "Letzten Generation', []),
]


@pytest.mark.parametrize(("text", "source", "via"), DATIVE)
def test_german_dative_medium(text: str, source: str, via: list[str]) -> None:
    assert via_of(text, "de", source) == via


# "C, X reported, citing Y" and its Nordic forms: Y's record of C, with the reporter X as via.
CITING = [
    ("Two bridges were closed overnight, Reuters reported, citing local officials.", "en", "local officials",
     ["Reuters"]),
    ("The storm killed four people, the BBC reported, quoting a police spokesman.", "en", "a police spokesman",
     ["BBC"]),
    ("To broer ble stengt i natt, melder NTB med henvisning til politiet.", "no", "politiet", ["NTB"]),
    ("Två broar stängdes i natt, rapporterar TT med hänvisning till polisen.", "sv", "polisen", ["TT"]),
    ("Fire personer omkom, oplyser Ritzau med henvisning til politiet.", "da", "politiet",
     ["Ritzau"]),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), CITING)
def test_citing_after_report(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# Not a citing phrase: a verb in the progressive, "quoting Y as saying C" (Y's record, by `quoted_as`), a citing
# phrase inside the subject.
NOT_CITING = [
    ("He was quoting his father when he said the town would recover.", "he", "said"),
    ("Her office issued a statement quoting the president as saying 40 homes were lost.", "the president",
     "as saying"),
    ("The paper, citing two sources, reported that the mayor would resign.", "The paper", "reported"),
    ("Prices rose, the bank said, citing weak demand.", "the bank", "said"),
]


@pytest.mark.parametrize(("text", "source", "cue"), NOT_CITING)
def test_not_citing(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in via_records(text, "en")]


def test_numbered_station() -> None:
    assert via_of("The storm damaged 40 homes, the mayor told ABC 7 Chicago television.", "en", "the mayor") \
        == ["ABC 7 Chicago"]


# The medium that held an interview, named after a quotation's tag, relayed the quoted words (as after other tags).
INTERVIEW = [
    ("- Vi har aldrig set noget lignende, siger borgmesteren i et interview med DR.", "da", "borgmesteren", ["DR"]),
    ("– Vi har aldri sett noe lignende, sier ordføreren i et intervju med NRK.", "no", "ordføreren", ["NRK"]),
    ("– Vi har aldrig sett något liknande, säger kommunalrådet i en intervju med SVT.", "sv", "kommunalrådet",
     ["SVT"]),
    ('"We have never seen anything like it," the mayor said in an interview with CNN.', "en", "the mayor", ["CNN"]),
    ("„Wir haben so etwas nie gesehen“, sagte der Bürgermeister im Interview mit dem ZDF.", "de",
     "der Bürgermeister", ["ZDF"]),
    ("- Vi har aldrig set noget lignende, siger borgmesteren i et interview med Testbladet.", "da", "borgmesteren",
     []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), INTERVIEW)
def test_interview_after_quote(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# A paper the gazetteer lacks, named by one capitalised word after "till/til" at a Nordic tag's end.
CLOSING = [
    ("– Alla ska bidra, säger Anna Berg till Sydvästen.", "sv", "Anna Berg", ["Sydvästen"]),
    ("– Vi överklagar, säger Per Holm, åklagare på Ekobrottsmyndigheten, till Lönekollen.", "sv", "Per Holm",
     ["Lönekollen"]),
    ("– Dette er en vanskelig dag, sier Kari Lund til Bransjeliv.", "no", "Kari Lund", ["Bransjeliv"]),
    ("- Det er pinligt, siger Troels Hansen til TV9+.", "da", "Troels Hansen", ["TV9+"]),
    ("Det blev vist ud, oplyser Troels Hansen til Egnsliv.", "da", "Troels Hansen", ["Egnsliv"]),
    # not: an employer after "för", a first name, an acronym, a page's own outlet
    ("– Lagen är tydlig, säger Per Holm, chef för Energiverket.", "sv", "Per Holm", []),
    ("– Jeg er lei meg, sier Kari Lund til Ola.", "no", "Kari Lund", []),
    ("– Det er alvorlig, sier Kari Lund til NVE.", "no", "Kari Lund", []),
    ("– Alla ska bidra, säger Anna Berg till Testbladet.", "sv", "Anna Berg", []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), CLOSING)
def test_closing_recipient(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


def test_closing_recipient_not_english() -> None:
    assert via_of('"It is wrong," she said, referring to Smith.', "en", "she") == []
