"""Tests of `enligt.analyze.via` (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import via_of

# Round nordic42 (tails.medium_told_inside, rules, interviewer): "för" and a known medium
# closing a Swedish tag's speaker is the medium told ("…, berättar en granne för Expressen"), not part of the speaker,
# unless a role comes before it ("en reporter för SVT"); a tag after a sentence that opens with a subordinate clause
# keeps the whole sentence as its content. Every sentence is written for its test.
Rec = tuple[str | None, str | None, str, tuple[str, ...]]  # source, cue, content, via


def records(text: str, lang: str) -> list[Rec]:
    """(source, cue, content, via) of each record of `text`, on a paper of its own."""
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet="Testbladet",
                  authors=("A. Skribent",))
    return [(a.source, a.cue, a.content, a.via) for a in attribute(art)]


TOLD_FOR = [
    ("sv", "Butiken var tom, berättar en granne för Expressen.",
     [("en granne", "berättar", "Butiken var tom", ("Expressen",))]),
    ("sv", "Tåget stod still i en timme, säger resenären för TT.",
     [("resenären", "säger", "Tåget stod still i en timme", ("TT",))]),
    ("sv", "När larmet gick var hallen redan tom, berättar vakten för Sydsvenskan.",
     [("vakten", "berättar", "När larmet gick var hallen redan tom", ("Sydsvenskan",))]),
    ("no", "Da brannbilene kom, var taket allerede borte, forteller naboen til Adresseavisen.",
     [("naboen", "forteller", "Da brannbilene kom, var taket allerede borte", ("Adresseavisen",))]),
    ("sv", "Ingen skadades, säger en reporter för SVT.", [("en reporter för SVT", "säger", "Ingen skadades", ())]),
    # a role speaking for a body named after "för"/"for" keeps the body; a neighbour telling the police does not
    ("sv", "Ingen skadades, säger en talesperson för kommunen.",
     [("en talesperson för kommunen", "säger", "Ingen skadades", ())]),
    ("no", "Ingen ble skadd, sier en talsperson for fylket.", [("en talsperson for fylket", "sier", "Ingen ble skadd", ())]),
]


@pytest.mark.parametrize("lang,text,expected", TOLD_FOR)
def test_a_medium_told_closing_a_tag_is_a_via(lang: str, text: str, expected: list[Rec]) -> None:
    assert records(text, lang) == expected


# a comment or message to a medium, fronted before the V2 cue, names the medium told
FRONTED_MESSAGE = [
    ("sv", "I en kommentar till Sydsvenskan säger rektorn att skolan öppnar igen.",
     [("rektorn", "säger", "skolan öppnar igen", ("Sydsvenskan",))]),
    ("sv", "I ett sms till Expressen skriver kommunalrådet att hon stannar.",
     [("kommunalrådet", "skriver", "hon stannar", ("Expressen",))]),
    ("no", "I en e-post til Dagbladet skriver rektoren at skolen åpner igjen.",
     [("rektoren", "skriver", "skolen åpner igjen", ("Dagbladet",))]),
    ("sv", "I en kommentar till domen säger försvararen att klienten överklagar.",
     [("försvararen", "säger", "klienten överklagar", ())]),
]


@pytest.mark.parametrize("lang,text,expected", FRONTED_MESSAGE)
def test_a_fronted_message_to_a_medium_is_a_via(lang: str, text: str, expected: list[Rec]) -> None:
    assert records(text, lang) == expected


# a negated opinion before a clause without "at"/"att" is a claim ("tror ikke det var …"); people the paper talked to,
# named by its kind ("ansatte avisen har snakket med"), reached the text through the medium last named
NEGATED_OPINION = [
    ("no", "Naboene tror ikke det var en ulykke.", [("Naboene", "tror ikke", "det var en ulykke", ())]),
    ("sv", "Grannarna tror inte det var en olycka.", [("Grannarna", "tror inte", "det var en olycka", ())]),
    ("no", "Naboene tror ikke på forklaringen.", []),
    ("no", ("Ti butikker stenger, skriver Nordlys.\n\nMen ansatte avisen har snakket med tror ikke det blir flere."),
     [("Nordlys", "skriver", "Ti butikker stenger", ()), ("ansatte avisen", "tror ikke", "det blir flere", ("Nordlys",))]),
]


@pytest.mark.parametrize("lang,text,expected", NEGATED_OPINION)
def test_a_negated_opinion_before_a_bare_clause(lang: str, text: str, expected: list[Rec]) -> None:
    assert records(text, lang) == expected


# a medium's contact clause with no "som" after the people it spoke to is part of the source, the medium its via:
# after "ifølge"/"enligt" and before a cue ("Två ekonomer DN talat med tror att C")
CONTACT_CLAUSE = [
    ("no", "Ifølge naboer VG har snakket med, skal det ha brent lenge.",
     [("naboer VG har snakket med", "Ifølge", "skal det ha brent lenge", ("VG",))]),
    ("sv", "Enligt grannar SVT talat med ska det ha brunnit länge.",
     [("grannar SVT talat med", "Enligt", "ska det ha brunnit länge", ("SVT",))]),
    ("sv", "Tre lärare Sydsvenskan talat med tror att skolan stänger.",
     [("Tre lärare Sydsvenskan talat med", "tror", "skolan stänger", ("Sydsvenskan",))]),
    ("no", "Lærere NRK har snakket med tror at skolen stenger.",
     [("Lærere NRK har snakket med", "tror", "skolen stenger", ("NRK",))]),
]


@pytest.mark.parametrize("lang,text,expected", CONTACT_CLAUSE)
def test_a_medium_contact_clause_is_part_of_the_source(lang: str, text: str, expected: list[Rec]) -> None:
    assert records(text, lang) == expected


# Via round 45: a medium told at a Nordic tag's end whose name no list knows, written in two capitalised words
# ("til Kanal Nord"), and one told after a role noun ("sier vaktsjefen til Bransjeliv": the medium told, no body of
# the role; via.closing_recipient, roleorg.role_of_org).
TWO_WORDS = [
    ("– Vi tappade fokus efter paus, säger målvakten Jonsson till Kanal Nord.", "sv", "målvakten Jonsson",
     ["Kanal Nord"]),
    ("– Det blir en lang vinter for bøndene, sier Per Dahl til Radio Vestkyst.", "no", "Per Dahl", ["Radio Vestkyst"]),
    ("- Vi forhandler stadig om prisen, siger direktøren til Sport Vest.", "da", "direktøren", ["Sport Vest"]),
    # not: a person told (a first name), a pronoun
    ("– Jeg er lei meg, sier Kari Lund til Ola Berg.", "no", "Kari Lund", []),
    ("– Vi ses i morgen, säger Anna Berg till Lisa Holm.", "sv", "Anna Berg", []),
    ("- Det var en god dag, siger Jens Lund til Han Selv.", "da", "Jens Lund", []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), TWO_WORDS)
def test_two_word_medium_told(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


AFTER_ROLE = [
    ("– Vi har bare en avtale med klubben, sier vaktsjefen til Bransjeliv.", "no", "vaktsjefen", ["Bransjeliv"]),
    ("- Kontrakten er ikke underskrevet endnu, siger formanden til Egnsliv.", "da", "formanden", ["Egnsliv"]),
    ("– Leveranserna kommer i vår, säger presschefen till Lönekollen.", "sv", "presschefen", ["Lönekollen"]),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), AFTER_ROLE)
def test_medium_told_after_role(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via


# A fronted recipient named by its kind ("Til avisa forteller X at C"): the medium the page last named.
FRONTED_KIND = [
    ("Planene ble først omtalt av Nordlys i helgen.\n\nTil avisa forteller rådgiver Kari Lund at fristen er ute.",
     "no", "rådgiver Kari Lund", ["Nordlys"]),
    ("Saken ble kjent gjennom Bergens Tidende.\n\nOverfor avisen avviser ordføreren at kommunen brøt avtalen.", "no",
     "ordføreren", ["Bergens Tidende"]),
    ("Sydsvenskan berättade om planerna i går.\n\nTill tidningen säger rektorn att beslutet kom plötsligt.", "sv",
     "rektorn", ["Sydsvenskan"]),
    # not: no medium named before it (the page's own paper)
    ("Til avisen sier ordføreren at fristen er ute.", "no", "ordføreren", []),
]


@pytest.mark.parametrize(("text", "lang", "source", "via"), FRONTED_KIND)
def test_fronted_medium_kind(text: str, lang: str, source: str, via: list[str]) -> None:
    assert via_of(text, lang, source) == via
