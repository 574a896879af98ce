"""Vias and source types on the shapes of round 39 (analyze/viapass.py, via.py, sourcetype.py): a page naming no
outlet that cites another medium as a reporter retells that medium's world, so the media its speakers talked to are
vias, not its own outlet; a news site named by its address in lower case is a medium. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Rec = tuple[str | None, str | None, tuple[str, ...]]  # source, type, via


def records(text: str, lang: str, outlet: str | None = "Testbladet") -> list[Rec]:
    """(source, type, via) of each record of `text` (paragraphs cut at blank lines), unbylined when no outlet."""
    authors = ("A. Skribent",) if outlet else ()
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet=outlet,
                  authors=authors)
    return [(a.source, a.source_type, a.via) for a in attribute(art)]


RETOLD = [
    # no outlet of its own, one medium told twice, and another medium cited as a reporter: the told one is a via
    ("sv", ("Under fredagen rapporterade sportsajten.se att klubben byter tränare i helgen.\n\n"
           "– Jag stannar kvar, säger tränaren Per Lund till Kvällsbladet.\n\n"
           "– Vi har inte pratat om det, säger Lund till Kvällsbladet."),
     ("Lund", "person", ("Kvällsbladet",))),
    ("no", ("Klubben bytter trener i helgen, skriver Fjordposten.\n\n"
           "– Jeg blir værende, sier treneren Per Lund til Dagbladet.\n\n"
           "– Vi har ikke snakket om det, sier Lund til Dagbladet."),
     ("Lund", "person", ("Dagbladet",))),
]


@pytest.mark.parametrize("lang,text,expected", RETOLD)
def test_a_page_citing_a_reporter_retells_the_interviews(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang, outlet=None)


def test_a_medium_told_twice_on_a_page_showing_no_outlet_stays_a_via() -> None:
    text = ("– Jag stannar kvar, säger tränaren Per Lund till Kvällsbladet.\n\n"
            "– Vi har inte pratat om det, säger Lund till Kvällsbladet.")
    assert ("Lund", "person", ("Kvällsbladet",)) in records(text, "sv", outlet=None)


SITE_ADDRESSES = [
    ("sv", "Under fredagen rapporterade sportsajten.se att klubben byter tränare i helgen.",
     ("sportsajten.se", "media", ())),
    ("no", "Det er sendt ut et farevarsel for kysten, skriver nrk.no.", ("nrk.no", "media", ())),
    ("da", "Der er udsendt et varsel for kysten, skriver tv2.dk.", ("tv2.dk", "media", ())),
]


@pytest.mark.parametrize("lang,text,expected", SITE_ADDRESSES)
def test_a_site_address_in_lower_case_is_a_medium(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


BROADCAST = [
    # German "bei" before a listed broadcaster the speaker spoke on; not before a body or an event
    ("de", "\u201eSehr bitter\u201c, sagte der Trainer bei DAZN \u00fcber die Verletzungen.", ("der Trainer", "person", ("DAZN",))),
    ("de", "\u201eWir sind m\u00fcde\u201c, sagte Kapit\u00e4n Jan Roth bei Sky Sports.",
     ("Kapit\u00e4n Jan Roth", "person", ("Sky Sports",))),
    ("de", "\u201eWir sind m\u00fcde\u201c, sagte Kapit\u00e4n Jan Roth bei der Pressekonferenz.",
     ("Kapit\u00e4n Jan Roth", "person", ())),
]


@pytest.mark.parametrize("lang,text,expected", BROADCAST)
def test_a_broadcaster_spoken_on_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


SHORT_OWN = [
    # the page's own outlet by its short form, its region left off; a listed outlet of its own stays a via
    ("sv", "Kustbladet Norr", "– Det stämmer inte, säger kommunalrådet Eva Lund till Kustbladet.",
     ("kommunalrådet Eva Lund", "person", ())),
    ("da", "TV 2 Fyn", "– Det passer ikke, siger borgmester Ole Brink til TV 2.",
     ("borgmester Ole Brink", "person", ("TV 2",))),
    ("da", "TV 2", "– Det passer ikke, siger borgmester Ole Brink til TV2.", ("borgmester Ole Brink", "person", ())),
]


@pytest.mark.parametrize("lang,outlet,text,expected", SHORT_OWN)
def test_the_own_outlet_by_its_short_form_is_no_via(lang: str, outlet: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang, outlet=outlet)


RELAYS = [
    # a relay phrase closing a content-first tag, past a comma or a short adverbial
    ("en", "Three boats sank, the coast guard said, as quoted by the Tass news agency.",
     ("the coast guard", "official", ("Tass",))),
    ("en", "Three boats sank, the coast guard said in a statement cited by Reuters.",
     ("the coast guard", "official", ("Reuters",))),
    ("en", "Three boats sank, the coast guard said, citing radar data.", ("the coast guard", "official", ())),
    ("en", "Three boats sank, a coast guard spokesperson confirmed to CNN.",
     ("a coast guard spokesperson", "person", ("CNN",))),
    # a listed medium the speaker spoke in or on; the outlet of its programme
    ("en", "\u201cThe ice is thin,\u201d ranger Ann Lee said on CNN.", ("ranger Ann Lee", "person", ("CNN",))),
    ("en", "\u201cThe ice is thin,\u201d ranger Ann Lee said on CNN\u2019s morning show.",
     ("ranger Ann Lee", "person", ("CNN",))),
    ("en", "\u201cThe ice is thin,\u201d ranger Ann Lee said on Twitter.", ("ranger Ann Lee", "person", ())),
    ("sv", "– Isen är tunn, säger Eva Lund i Ekot.", ("Eva Lund", "person", ("Ekot",))),
    ("sv", "– Isen är tunn, säger Eva Lund i SVT:s morgonsändning.", ("Eva Lund", "person", ("SVT",))),
    ("no", "– Isen er tynn, sier Kari Lund i NRK.", ("Kari Lund", "person", ("NRK",))),
    ("no", "– Isen er tynn, sier Kari Lund i Tromsø.", ("Kari Lund", "person", ())),
    # German: the quoted title after a media noun, not the noun; a listed agency without its article
    ("de", "\u201eDas Eis ist d\u00fcnn\u201c, sagte Anna Roth der Zeitung \u201eDie Welt\u201c.",
     ("Anna Roth", "person", ("Die Welt",))),
    ("de", "Wie die dpa unter Berufung auf die Polizei berichtete, sanken drei Boote.",
     ("die Polizei", "official", ("dpa",))),
]


@pytest.mark.parametrize("lang,text,expected", RELAYS)
def test_a_relay_or_medium_after_a_tag_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


def test_a_medium_named_by_its_kind_at_a_sentence_start_is_the_last_one_named() -> None:
    text = "Fjordposten melder at treneren har takket ja. Avisen hevder at treneren har bestemt seg."
    art = Article(title=None, body=(text,), language="no", outlet="Testbladet", authors=("A. Skribent",))
    assert [(a.source, a.source_name) for a in attribute(art)][-1] == ("Avisen", "Fjordposten")


INTERVIEWS = [
    # an interview or talk before the cue: fronted in a V2 language, or after the English subject between commas
    ("sv", "I en intervju med SVT säger borgmästaren att bron stängs.", ("borgmästaren", "person", ("SVT",))),
    ("no", "I et intervju med NRK sier ordføreren at broen stenges.", ("ordføreren", "person", ("NRK",))),
    ("da", "I et interview med DR siger borgmesteren, at broen lukkes.", ("borgmesteren", "person", ("DR",))),
    ("de", "Im Gespräch mit dem ZDF sagte der Bürgermeister, die Brücke werde gesperrt.",
     ("der Bürgermeister", "person", ("ZDF",))),
    ("en", "The mayor, speaking to CNN, said the bridge would close.", ("The mayor", "person", ("CNN",))),
    ("en", "The mayor, talking to reporters, said the bridge would close.", ("The mayor", "person", ())),
    ("en", "The mayor, who spoke to CNN on Monday, said the bridge would close.", ("The mayor", "person", ("CNN",))),
]


@pytest.mark.parametrize("lang,text,expected", INTERVIEWS)
def test_an_interview_before_the_cue_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)


ASKED = [
    # a listed medium that asked: "auf dpa-Anfrage", "auf Anfrage der dpa" (fronted too); the own newsroom is no via
    ("de", "Zwei Boote seien gesunken, bestätigte ein Sprecher auf dpa-Anfrage.", ("ein Sprecher", "person", ("dpa",))),
    ("de", "Auf Anfrage der Deutschen Presse-Agentur sagte ein Sprecher, zwei Boote seien gesunken.",
     ("ein Sprecher", "person", ("Deutsche Presse-Agentur",))),
    ("de", "Wie ein Sprecher auf dpa-Anfrage sagte, sanken zwei Boote.", ("ein Sprecher", "person", ("dpa",))),
    ("de", "Zwei Boote seien gesunken, sagte ein Sprecher auf Anfrage unserer Redaktion.",
     ("ein Sprecher", "person", ())),
]


@pytest.mark.parametrize("lang,text,expected", ASKED)
def test_a_medium_that_asked_is_a_via(lang: str, text: str, expected: Rec) -> None:
    assert expected in records(text, lang)
