"""Vias of round via41 (analyze/via.py, v2found.py, quotedby.py, resolve.py): a news site told by its address in
lower case ("til fvn.no"), a listed medium fronted as the one spoken in ("I VG lørdag sier X at C"), a medium
quoting someone past a phrase of time ("Avisa X siterte i mai kilder som anslo at C"), the medium's kind before
its name dropped ("Avisa The New York Times" -> The New York Times), and Swedish "citerar" quoting one who speaks
in a clause of their own. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Rec = tuple[str | None, str | None, tuple[str, ...]]  # source, type, via


def records(text: str, lang: str) -> list[Rec]:
    """(source, type, via) of each record of `text` (paragraphs cut at blank lines), on a paper of its own."""
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet="Testbladet",
                  authors=("A. Skribent",))
    return [(a.source, a.source_type, a.via) for a in attribute(art)]


SITE_TOLD = [
    ("no", ("– Tretti ansatte permitteres i vinter, sier direktør Per Olsen i Fjord Verk i Bykle til fvn.no. Han er lei "
           "seg."), ("direktør Per Olsen", "person", ("fvn.no",))),
    ("sv", "– Trettio anställda varslas i vinter, säger vd Eva Lund till sydsvenskan.se. Hon är ledsen.",
     ("vd Eva Lund", "person", ("sydsvenskan.se",))),
    ("da", "– Tredive ansatte fyres i vinter, siger direktør Ole Berg til fyens.dk. Han er ked af det.",
     ("direktør Ole Berg", "person", ("fyens.dk",))),
]


@pytest.mark.parametrize("lang,text,expected", SITE_TOLD)
def test_a_site_told_by_its_address_in_lower_case_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


SPOKEN_IN = [
    ("no", "I VG lørdag sier statsministeren at høsten blir krevende.", ("statsministeren", "person", ("VG",))),
    ("no", "I NRK sier ordføreren at brua åpner igjen.", ("ordføreren", "person", ("NRK",))),
    ("sv", "I Ekot på måndagen säger finansministern att hösten blir tuff.", ("finansministern", "person", ("Ekot",))),
    ("da", "I DR søndag siger borgmesteren, at broen åbner igen.", ("borgmesteren", "person", ("DR",))),
    ("no", "I Bergen sier politiet at brua er stengt.", ("politiet", "official", ())),  # a place, no medium
]


@pytest.mark.parametrize("lang,text,expected", SPOKEN_IN)
def test_a_fronted_medium_spoken_in_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


QUOTED_BY = [
    ("no", "Avisa Nordlys siterte i mai lokale kilder som anslo at seksti hytter var skadet.",
     ("lokale kilder", "unnamed", ("Nordlys",))),
    ("no", "Avisa The New York Times siterte anonyme kilder som hevdet at avtalen var klar.",
     ("anonyme kilder", "unnamed", ("The New York Times",))),
    ("sv", "Tidningen Expressen citerar en läkare som säger att kön har vuxit i vinter.",
     ("en läkare", "person", ("Expressen",))),
    ("sv", "Tidningen The Guardian citerade i måndags en forskare som sa att isen smälter fortare.",
     ("en forskare", "person", ("The Guardian",))),
]


@pytest.mark.parametrize("lang,text,expected", QUOTED_BY)
def test_a_medium_quoting_past_a_phrase_of_time_or_by_its_kind(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


SOURCES_TOLD = [
    ("sv", "Larmet kom vid lunch. Enligt källor till tidningen Expressen ska en man ha hotat personalen.",
     ("källor till tidningen Expressen", "unnamed", ("Expressen",))),
    ("no", "Alarmen gikk i går. Ifølge kilder til VG skal en mann ha truet de ansatte.",
     ("kilder til VG", "unnamed", ("VG",))),
    ("da", "Alarmen gik i går. Ifølge kilder til Ekstra Bladet skal en mand have truet personalet.",
     ("kilder til Ekstra Bladet", "unnamed", ("Ekstra Bladet",))),
]


@pytest.mark.parametrize("lang,text,expected", SOURCES_TOLD)
def test_sources_who_talked_to_a_medium_are_unnamed(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


TYPES = [
    ("no", "Kampene fortsetter. Den ukrainske forsvarsledelsen sier at de har skutt ned ti fly.",
     ("Den ukrainske forsvarsledelsen", "official", ())),
    ("no", "Kampene fortsetter. Britisk etterretning sa at ti fly var skutt ned.", ("Britisk etterretning", "official", ())),
    ("da", "Kampene fortsætter. Den ukrainske forsvarsledelse siger, at ti fly er skudt ned.",
     ("Den ukrainske forsvarsledelse", "official", ())),
    ("sv", "Striderna fortsätter. Den ukrainska försvarsledningen säger att tio plan har skjutits ned.",
     ("Den ukrainska försvarsledningen", "official", ())),
    ("sv", "Granskningen är klar. Enligt KU strider uttalandet mot regeringsformen.", ("KU", "official", ())),
    ("no", "Ledelsen i fabrikken sier at ti ansatte permitteres.", ("Ledelsen i fabrikken", "organization", ())),
    ("no", "Tallet stiger. Ifølge de ikke navngitte tjenestepersonene er ti soldater drept.",
     ("de ikke navngitte tjenestepersonene", "unnamed", ())),
    ("en", "The toll rose. Two unnamed officials said the figure was close to ten.", ("Two unnamed officials", "unnamed", ())),
]


@pytest.mark.parametrize("lang,text,expected", TYPES)
def test_source_types_of_round_41(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


RELAY_TITLES = [
    ("de", ('Die Polizei ermittelt. Die "Nordheimer Allgemeine Zeitung" hatte unter Berufung auf die Staatsanwaltschaft '
           "berichtet, dass Ermittler eine Spur haben."), ("die Staatsanwaltschaft", "official", ("Nordheimer Allgemeine Zeitung",))),
    ("de", ("Die Polizei ermittelt. Die „Nordheimer Allgemeine Zeitung“ hatte unter Berufung auf die Staatsanwaltschaft "
           "gemeldet, die Fahnder hätten eine Spur."), ("die Staatsanwaltschaft", "official", ("Nordheimer Allgemeine Zeitung",))),
    ("de", ("Die Polizei ermittelt. Der Spiegel hatte unter Berufung auf die Staatsanwaltschaft gemeldet, die Fahnder "
           "hätten eine Spur."), ("die Staatsanwaltschaft", "official", ("Der Spiegel",))),  # a listed title keeps its article
    ("de", ("Die Polizei ermittelt. Die Zeitung hatte unter Berufung auf die Staatsanwaltschaft gemeldet, die Fahnder "
           "hätten eine Spur."), ("die Staatsanwaltschaft", "official", ("Die Zeitung",))),  # a noun alone is no title
]


@pytest.mark.parametrize("lang,text,expected", RELAY_TITLES)
def test_a_relaying_paper_no_list_has_is_named_without_its_article(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


COMPANIES = [
    ("da", "Fabrikken lukker. Årsagen er en manglende ordre, meddeler Hirtshals Fiskeindustri.",
     ("Hirtshals Fiskeindustri", "organization", ())),
    ("no", "Fabrikken stenger. Årsaken er en tapt ordre, opplyser Vestby Treindustri.", ("Vestby Treindustri", "organization", ())),
    ("da", "Fabrikken lukker. Årsagen er en manglende ordre, siger Ole Bank.", ("Ole Bank", "person", ())),
]


@pytest.mark.parametrize("lang,text,expected", COMPANIES)
def test_a_name_ending_in_a_compound_of_a_body_word_is_an_organisation(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


APPOSED_CITES = [
    ("en", "The fire is out. The Times, citing two officials, reported that ten people were hurt.",
     ("two officials", "official", ("The Times",))),
    ("en", "The fire is out. Reuters, quoting a local official, said ten people were hurt.",
     ("a local official", "person", ("Reuters",))),
    ("no", "Brannen er slukket. NRK, med henvisning til politiet, melder at ti er skadet.", ("politiet", "official", ("NRK",))),
    ("sv", "Branden är släckt. SVT, med hänvisning till polisen, rapporterar att tio är skadade.",
     ("polisen", "official", ("SVT",))),
    ("da", "Branden er slukket. DR, med henvisning til politiet, skriver, at ti er såret.", ("politiet", "official", ("DR",))),
]


@pytest.mark.parametrize("lang,text,expected", APPOSED_CITES)
def test_a_citing_phrase_between_commas_after_a_medium_relays(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


def test_a_reason_cited_by_a_person_is_no_source() -> None:
    found = records("The fire is out. The mayor, citing safety concerns, said the road would stay closed.", "en")
    assert found == [("The mayor", "person", ())]


SPOKEN_ON = [
    ("de", "Der Trainer ist zufrieden. „Wir haben gut gespielt“, sagte er bei Amazon Prime.", ("er", "person", ("Amazon Prime",))),
    ("sv", "Tränaren är nöjd. – Vi spelade bra, säger han i Viaplay.", ("han", "person", ("Viaplay",))),
    ("de", "Der Brand ist gelöscht. Nach Angaben der Agentur Interfax wurden zehn Menschen verletzt.",
     ("der Agentur Interfax", "media", ())),
]


@pytest.mark.parametrize("lang,text,expected", SPOKEN_ON)
def test_streaming_services_and_the_agency(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


CONTINUED = [
    ("sv", ("Ministern fick kritik i går.\n\n– Jag tar till mig kritiken, säger ministern Anna Berg.\n\n"
            "– Men utskottet menar nu att jag försökte påverka domstolen och det får jag acceptera."),
     ("utskottet", "official", ("Anna Berg",))),
    ("no", ("Statsråden fikk kritikk i går.\n\n– Jeg tar kritikken til meg, sier statsråd Kari Lie.\n\n"
            "– Men utvalget mener nå at jeg prøvde å påvirke retten, og det må jeg akseptere."),
     ("utvalget", "official", ("Kari Lie",))),
]


@pytest.mark.parametrize("lang,text,expected", CONTINUED)
def test_a_claim_inside_a_continued_quotation_has_the_speaker_as_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


CREDITED = [
    ("de", ("Der Unfall geschah am Abend.\n\nDer Bus fuhr laut dpa gerade zur Werkstatt. (Quelle: Zeit Online, "
            "01.12.2024)\n\nDie Polizei ermittelt."), ("dpa", "media", ("Zeit Online",))),
    ("sv", ("Olyckan skedde i kväll.\n\nEnligt polisen var bilen på väg till ett larm. (Källa: SVT)\n\nPolisen utreder."),
     ("polisen", "official", ("SVT",))),
    ("de", ("Der Unfall geschah am Abend.\n\nDer Wagen war laut Polizei auf dem Weg. (Quelle: Polizei)\n\nEs wird "
            "ermittelt."), ("Polizei", "official", ())),  # a body credited: no medium
    ("de", ("Der Unfall geschah am Abend.\n\nDie Zeit berichtet von einem Unfall in Kerpen. (Quelle: Zeit Online)\n\n"
            "Es wird ermittelt."), ("Die Zeit", "media", ())),  # a medium's own report: its own site credited
]


@pytest.mark.parametrize("lang,text,expected", CREDITED)
def test_a_medium_credited_after_a_sentence_relayed_its_claims(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


KNOWING = [
    ("en", "The deal is near. People briefed on the talks said the price was agreed.",
     ("People briefed on the talks", "unnamed", ())),
    ("en", "The deal is near. Two people with knowledge of the matter said the price was agreed.",
     ("Two people with knowledge of the matter", "unnamed", ())),
    ("en", "The deal is near. A person close to the family said the price was agreed.",
     ("A person close to the family", "unnamed", ())),
]


@pytest.mark.parametrize("lang,text,expected", KNOWING)
def test_people_who_know_a_matter_are_unnamed(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


CAPITALS = [
    ("no", "Situasjonen er uklar. Kyiv hevder at angrepet ble slått tilbake.", ("Kyiv", "official", ())),
    ("no", "Situasjonen er uklar. Moskva avviser at angrepet skjedde.", ("Moskva", "official", ())),
    ("da", "Situationen er uklar. Kyiv hævder, at angrebet blev slået tilbage.", ("Kyiv", "official", ())),
    ("sv", "Läget är oklart. Washington hävdar att attacken slogs tillbaka.", ("Washington", "official", ())),
]


@pytest.mark.parametrize("lang,text,expected", CAPITALS)
def test_a_capital_speaks_for_its_state(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


SPOKEN_IN_TAGS = [
    ("sv", "Läget är oklart. – Vi gör vad vi kan, säger statsministern i Ekot.", ("statsministern", "person", ("Ekot",))),
    ("sv", "Läget är oklart. – Vi gör vad vi kan, sa statsministern i SVT:s Agenda.", ("statsministern", "person", ("SVT",))),
    ("no", "Situasjonen er uklar. – Vi gjør det vi kan, sa Kari Lie i NRK-programmet Debatten.", ("Kari Lie", "person", ("NRK",))),
    ("da", "Situationen er uklar. - Vi gør, hvad vi kan, sagde Ole Berg i DR-programmet Deadline.", ("Ole Berg", "person", ("DR",))),
    ("no", "Situasjonen er uklar. – Vi gjør det vi kan, sier programleder i NRK, Kari Lie.",
     ("programleder i NRK, Kari Lie", "person", ())),  # an employee named after the body: no medium spoken in
]


@pytest.mark.parametrize("lang,text,expected", SPOKEN_IN_TAGS)
def test_a_medium_spoken_in_after_a_role_or_in_a_programme_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


NATIONALS = [
    ("en", "The coach is calm. \"It is a long season,\" the Portuguese said.", ("the Portuguese", "person", ())),
    ("en", "The coach is calm. \"I am tired,\" the Briton said.", ("the Briton", "person", ())),
    ("de", "Der Trainer ist ruhig. „Wir schaffen das“, sagte der Niederländer.", ("der Niederländer", "person", ())),
    ("de", "Der Trainer ist ruhig. „Wir schaffen das“, sagte der Österreicher.", ("der Österreicher", "person", ())),
    ("de", "Die Lage ist unklar. Die Bundesländer teilten mit, die Regeln würden gelockert.",
     ("Die Bundesländer", "official", ())),
]


@pytest.mark.parametrize("lang,text,expected", NATIONALS)
def test_a_nationality_noun_for_one_of_its_people_is_a_person(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)
