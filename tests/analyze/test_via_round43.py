"""Round via43: a newspaper's kind noun told ("till tidningen", "til avisen", "told the newspaper", "der Zeitung")
points back to the last paper named, past a broadcaster or an agency named after it (`Mentions.last_medium`,
`lang/broadcasters.txt`, function words press_noun); German "der Zeitung" is such a noun. A quotation's tag closed
by a one-source preposition and a medium ("„Q“, sagte er laut dpa", "”Q”, sa hun ifølge NTB") or by a relay ("“Q,”
he said in remarks carried by the BBC"), and an English relay or talk between commas after the subject ("X, in a
statement carried by Y, said “Q”", "…, he said, speaking to Sky News") name a via. Every sentence is written for its
test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Rec = tuple[str | None, str | None, str, tuple[str, ...]]  # source, cue, content, via


def records(text: str, lang: str) -> list[Rec]:
    """(source, cue, content, via) of each record of `text`, on a paper of its own."""
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet="Testbladet",
                  authors=("A. Skribent",))
    return [(a.source, a.cue, a.content, a.via) for a in attribute(art)]


def last_via(text: str, lang: str) -> tuple[str, ...]:
    """The via of the last record of `text`."""
    return records(text, lang)[-1][3]


PRESS_NOUN = [
    ("sv", ("Det rapporterar Göteborgs-Posten.\n\nHamnen i Varberg får en ny kaj. Även Sveriges Radio har tagit upp "
      "frågan.\n\nHamnchefen säger till tidningen att bygget börjar i maj."), ("Göteborgs-Posten",)),
    ("sv", ("Det rapporterar Göteborgs-Posten.\n\nHamnen i Varberg får en ny kaj, och TT har också skrivit om "
      "den.\n\nHamnchefen säger till tidningen att bygget börjar i maj."), ("Göteborgs-Posten",)),
    ("no", ("Det melder Stavanger Aftenblad.\n\nFergekaia i Tau skal bygges om. TV 2 har også meldt om "
      "planene.\n\nHavnesjefen sier til avisen at arbeidet starter i mai."), ("Stavanger Aftenblad",)),
    ("da", ("Det skriver Jyllands-Posten.\n\nHavnen i Grenaa får en ny kaj. Også DR har omtalt "
      "planerne.\n\nHavnechefen siger til avisen, at byggeriet begynder i maj."), ("Jyllands-Posten",)),
    ("en", ("The Irish Examiner first reported the plans.\n\nThe harbour will get a new quay. RTÉ also covered "
      "them.\n\nThe harbour master told the newspaper that work would start in May."), ("The Irish Examiner",)),
    ("de", ("Das berichtet die \"Rheinische Post\".\n\nDer Hafen bekommt einen neuen Kai. Auch der WDR berichtete "
      "darüber.\n\nDer Hafenmeister sagte der Zeitung, die Arbeiten begännen im Mai."), ("Rheinische Post",)),
    # a broadcaster's own noun still points to the broadcaster
    ("sv", "Hamnen får en ny kaj, säger hamnchefen till SVT.\n\nHamnchefen säger till kanalen att bygget börjar i maj.",
     ("SVT",)),
    # with only a broadcaster named, the paper is the page's own: no via
    ("no", "Kaia bygges om, sier havnesjefen til NRK.\n\nHavnesjefen sier til avisen at arbeidet starter i mai.", ()),
]


@pytest.mark.parametrize("lang,text,expected", PRESS_NOUN)
def test_a_newspapers_noun_points_back_to_the_last_paper(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# "mehrere Medien" is described, not a reference back: it stays as written
def test_described_media_stay_as_written() -> None:
    text = "Der Hafen wird verkauft. Das berichten mehrere Medien unter Berufung auf Regierungskreise."
    assert ("Regierungskreise", "unter Berufung auf", "Der Hafen wird verkauft", ("mehrere Medien",)) in records(text, "de")


TAG_RELAY = [
    ("de", "„Wir öffnen die Halle wieder“, sagte die Managerin laut dpa.", ("dpa",)),
    ("de", "„Der Zug fällt aus“, sagte ein Bahnsprecher nach Angaben der Nachrichtenagentur AFP.", ("AFP",)),
    ("sv", "”Hallen öppnar igen”, sade chefen enligt Reuters.", ("Reuters",)),
    ("no", "«Hallen åpner igjen», sa sjefen ifølge NTB.", ("NTB",)),
    ("da", "»Hallen åbner igen«, sagde chefen ifølge Ritzau.", ("Ritzau",)),
    ("en", "“The hall will open again,” the manager said in remarks carried by the BBC.", ("BBC",)),
    ("en", "“The hall will open again,” the manager said, speaking to Sky News.", ("Sky News",)),
    ("en", "“The hall will open again,” the manager said, talking to the Irish Times after the match.", ("Irish Times",)),
    ("en", "The manager said in a statement carried by Reuters that the hall would open again.", ("Reuters",)),
    ("en", "The manager, in a statement carried by Reuters, said “the hall will open again”.", ("Reuters",)),
    ("en", "The manager, in comments carried by the BBC, said the hall would open again.", ("BBC",)),
    ("en", "The manager, speaking to CNN, said “the hall will open again”.", ("CNN",)),
    # no relay: a tag closed by reporters, a thing carried by something
    ("en", "“The hall will open again,” the manager said, speaking to reporters.", ()),
    ("en", "The roof was carried by the wind, the manager said.", ()),
    ("de", "„Wir öffnen die Halle wieder“, sagte die Managerin am Abend.", ()),
]


@pytest.mark.parametrize("lang,text,expected", TAG_RELAY)
def test_a_relay_closing_a_quotations_tag_is_a_via(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# a comment, statement or message to a medium, fronted or closing a tag, an adjective before its noun or not, names
# the medium as the via in every language (function words interview / interview_with)
MESSAGE_TO_MEDIUM = [
    ("da", "I en kommentar til Berlingske siger borgmesteren, at færgen sejler igen.", ("Berlingske",)),
    ("da", "I en mail til Jyllands-Posten skriver rederiet, at færgen sejler igen.", ("Jyllands-Posten",)),
    ("da", "Færgen sejler igen, skriver rederiet i en sms til Politiken.", ("Politiken",)),
    ("sv", "I en skriftlig kommentar till Expressen skriver rederiet att färjan går igen.", ("Expressen",)),
    ("no", "I en skriftlig kommentar til Bergens Tidende skriver rederiet at ferja går igjen.", ("Bergens Tidende",)),
    ("de", "In einer Mail an die \"Rheinische Post\" schrieb die Reederei, die Fähre fahre wieder.", ("Rheinische Post",)),
    ("de", "In einer schriftlichen Stellungnahme gegenüber dem Spiegel schrieb die Reederei, die Fähre fahre wieder.",
     ("Der Spiegel",)),
    ("en", "In a statement to Reuters, the ferry company said sailings would resume.", ("Reuters",)),
    ("en", "The ferry company said in an email to the BBC that sailings would resume.", ("BBC",)),
    ("en", "Sailings will resume, the ferry company said in a statement to Reuters.", ("Reuters",)),
    # a statement to people or a body, no medium
    ("sv", "I ett uttalande till Sydsvenskan skriver rederiet att färjan går igen.", ("Sydsvenskan",)),
    ("no", "I en uttalelse til Adresseavisen skriver rederiet at ferja går igjen.", ("Adresseavisen",)),
    ("da", "I en udtalelse til Politiken skriver rederiet, at færgen sejler igen.", ("Politiken",)),
    ("de", "In einer Erklärung gegenüber dem Spiegel schrieb die Reederei, die Fähre fahre wieder.", ("Der Spiegel",)),
    ("en", "The ferry company said in a statement to passengers that sailings would resume.", ()),
    ("de", "Die Reederei teilte in einem Schreiben an die Fahrgäste mit, die Fähre fahre wieder.", ()),
]


@pytest.mark.parametrize("lang,text,expected", MESSAGE_TO_MEDIUM)
def test_a_message_to_a_medium_is_a_via(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


def types(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    art = Article(title=None, body=(text,), language=lang, outlet="Testbladet", authors=("A. Skribent",))
    return [(a.source, a.source_type) for a in attribute(art)]


# an unknown one-word name that writes to a medium named in the sentence is no medium itself
WRITER_TO_MEDIUM = [
    ("sv", "I ett mejl till Sydsvenskan skriver Fjällkraft att ingen har sagts upp.", [("Fjällkraft", "organization")]),
    ("no", "I en e-post til Adresseavisen skriver Fjellkraft at ingen er sagt opp.", [("Fjellkraft", "organization")]),
    ("da", "I en mail til Politiken skriver Fjeldkraft, at ingen er fyret.", [("Fjeldkraft", "organization")]),
    ("sv", "Ingen har sagts upp, skriver Fjällposten.", [("Fjällposten", "media")]),
]


@pytest.mark.parametrize("lang,text,expected", WRITER_TO_MEDIUM)
def test_a_writer_to_a_medium_is_no_medium(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text, lang) == expected


# a medium's kind noun told, then its name in apposition closing the sentence, names the via; English "site" is a
# medium's kind ("the sports site Fieldline")
APPOSED_MEDIUM = [
    ("en", "“The pitch is ready,” the groundsman told the local newspaper, the Eastfield Courier.",
     ("Eastfield Courier",)),
    ("en", "The groundsman told the sports site Pitchline that the pitch was ready.", ("Pitchline",)),
    ("en", "“The pitch is ready,” the groundsman told the local newspaper, adding that play would start at noon.",
     ()),
]


@pytest.mark.parametrize("lang,text,expected", APPOSED_MEDIUM)
def test_a_medium_named_in_apposition(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert records(text, lang)[0][3] == expected


# "Det uppger X för Expressen": "för"/"for" and a known medium closing the speaker of a sentence pointing back is the
# medium told, as in a tag after the claim; also after a role that follows its employer's genitive ("kommunens
# presschef för TT"), never after a role alone ("en reporter för SVT")
POINTER_TOLD_FOR = [
    ("sv", "Skolan stänger i juni. Det berättar en förälder för Sydsvenskan.", [("en förälder", ("Sydsvenskan",))]),
    ("no", "Skolen stenger i juni. Det forteller en forelder for Stavanger Aftenblad.",
     [("en forelder", ("Stavanger Aftenblad",))]),
    ("sv", "Skolan stänger i juni. Det uppger regionens presschef för TT.", [("regionens presschef", ("TT",))]),
    ("sv", "Skolan stänger i juni, uppger regionens presschef för Expressen.",
     [("regionens presschef", ("Expressen",))]),
    ("sv", "Skolan stänger i juni. Det säger en reporter för SVT.", [("en reporter för SVT", ())]),
]


@pytest.mark.parametrize("lang,text,expected", POINTER_TOLD_FOR)
def test_a_medium_told_after_a_pointing_cue(lang: str, text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(r[0], r[3]) for r in records(text, lang)] == expected


# a quoted title as the medium told in a German subordinate tag or after "auf Nachfrage der"; an English interview
# "on" a medium
QUOTED_TITLE_TOLD = [
    ("de", "Wie eine Sprecherin dem „Talkurier“ sagte, bleibt das Bad geschlossen.", ("Talkurier",)),
    ("de", "Das Bad bleibt geschlossen, bestätigte eine Sprecherin auf Nachfrage der „Rheinischen Post“.",
     ("Rheinische Post",)),
    ("en", "A city spokeswoman said in an interview on NPR that the pool would stay shut.", ("NPR",)),
    ("en", "In an interview on Sky News, the mayor said the pool would stay shut.", ("Sky News",)),
    ("en", "The mayor said in a statement on Friday that the pool would stay shut.", ()),
]


@pytest.mark.parametrize("lang,text,expected", QUOTED_TITLE_TOLD)
def test_a_quoted_title_or_an_interview_on_a_medium(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# source nouns before a recipient word: the medium they talked to is the via of their claim
SOURCES_TOLD = [
    ("sv", "Källor till Expressen uppger att hamnen stängs.", ("Expressen",)),
    ("no", "Kilder til Dagbladet sier at havna stenges.", ("Dagbladet",)),
    ("da", "Kilder til Ekstra Bladet siger, at havnen lukker.", ("Ekstra Bladet",)),
    ("sv", "Källor inom kommunen uppger att hamnen stängs.", ()),
]


@pytest.mark.parametrize("lang,text,expected", SOURCES_TOLD)
def test_sources_who_talked_to_a_medium(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert last_via(text, lang) == expected


# a listed outlet's genitive before its programme or reporter told names the outlet
OUTLET_GENITIVE = [
    ("en", "“The deal is done,” the senator told CNN's evening anchor.", ("CNN",)),
    ("en", "The senator told NBC's “Nightly News” that the deal was done.", ("NBC",)),
    ("sv", "– Avtalet är klart, säger senatorn till SVT:s Aktuellt.", ("SVT",)),
    ("no", "– Avtalen er klar, sier senatoren til NRKs Dagsnytt.", ("NRK",)),
    ("en", "“The deal is done,” the senator told Hansen's campaign staff.", ()),
]


@pytest.mark.parametrize("lang,text,expected", OUTLET_GENITIVE)
def test_an_outlets_genitive_told(lang: str, text: str, expected: tuple[str, ...]) -> None:
    assert records(text, lang)[0][3] == expected
