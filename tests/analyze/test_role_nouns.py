"""Role and occupation nouns as data (issue 10, all languages): titles and trades of courts, police, health,
politics, business, science, media, the military, churches and sport are people in lang/<code>/source_types.tsv,
so a tag reads the role's organisation and the name after it; a short entry does not type an unrelated word
that ends in it. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.wordtypes import word_type

from .conftest import attributions

ROLE_WORDS = [
    ("da", "lektor"), ("da", "forskningslektor"), ("da", "cheføkonom"), ("da", "analytikeren"), ("da", "dommeren"),
    ("da", "præsidenten"), ("da", "forstanderen"), ("da", "politibetjent"), ("da", "kommentator"), ("da", "kolleger"),
    ("no", "sjeføkonomen"), ("no", "rektor"), ("no", "dommeren"), ("no", "lagdommeren"), ("no", "tillitsvalgt"),
    ("no", "departementsråden"), ("no", "ernæringsfysiolog"), ("no", "pasientene"), ("no", "vekteren"),
    ("sv", "docent"), ("sv", "statsepidemiologen"), ("sv", "korrespondent"), ("sv", "anställda"), ("sv", "presidenten"),
    ("sv", "sos-operatören"), ("sv", "tränare"), ("sv", "patienterna"),
    ("de", "gutachter"), ("de", "reporterin"), ("de", "militärblogger"), ("de", "sachverständige"), ("de", "pfarrer"),
    ("de", "patientin"), ("de", "kollegin"),
    ("da", "løsgænger"), ("da", "håndværkere"), ("no", "medlemmer"), ("no", "flomvarsler"), ("sv", "medlemmar"),
    ("sv", "landshövdingen"), ("de", "mitglied"), ("de", "beschäftigten"), ("de", "feuerwehrmann"), ("de", "innensenator"),
    ("en", "lobbyist"), ("en", "trustees"),
    ("en", "supervisor"), ("en", "resident"), ("en", "surgeon"), ("en", "employees"), ("en", "colleague"),
]


@pytest.mark.parametrize(("lang", "low"), ROLE_WORDS)
def test_role_noun_is_a_person(lang: str, low: str) -> None:
    assert word_type(low, lang) == "person"


NOT_ROLES = [
    # a word that ends in a role's letters or is the bare verb of a definite role stays untyped
    ("no", "sykdommer"), ("no", "følgesykdommer"), ("da", "sygdomme"), ("da", "spiller"), ("da", "lærer"),
    ("no", "trener"), ("sv", "spelar"), ("sv", "tränar"), ("de", "general"), ("da", "anfører"),
]


@pytest.mark.parametrize(("lang", "low"), NOT_ROLES)
def test_other_word_is_no_role(lang: str, low: str) -> None:
    assert word_type(low, lang) is None


BODIES = [
    ("de", "zivilschutz", "official"), ("de", "militärführung", "official"), ("de", "geschäftsführung", "organization"),
]


@pytest.mark.parametrize(("lang", "low", "expected"), BODIES)
def test_body_of_leaders_is_not_a_person(lang: str, low: str, expected: str) -> None:
    assert word_type(low, lang) == expected


Row = tuple[str | None, str, str | None, tuple[str, ...]]  # source, source_type, source_name, via


def rows(text: str, lang: str) -> list[Row]:
    return [(a.source, a.source_type, a.source_name, a.via) for a in attributions(text, lang)]


TAGS = [
    # role, its organisation, the name in apposition: one source
    ("– Reglerne er uklare, forklarer lektor ved Syddansk Universitet, Hanne Holm.", "da",
     [("lektor ved Syddansk Universitet, Hanne Holm", "person", "Hanne Holm", ())]),
    ("– Renten stiger i år, siger cheføkonom i Sparbanken, Mette Lind.", "da",
     [("cheføkonom i Sparbanken, Mette Lind", "person", "Mette Lind", ())]),
    ("– Renten vil stige, sier sjeføkonom i Sparebanken Vest, Kari Holm.", "no",
     [("sjeføkonom i Sparebanken Vest, Kari Holm", "person", "Kari Holm", ())]),
    ("– Det är för tidigt att säga, säger docent vid Lunds universitet, Eva Lind.", "sv",
     [("docent vid Lunds universitet, Eva Lind", "person", "Eva Lind", ())]),
    # a medium told after the role is no organisation of it
    ("– Saken er ikke avgjort, sier dommeren til NRK.", "no", [("dommeren", "person", None, ("NRK",))]),
    ("– Läget är stabilt, säger statsepidemiologen till SVT.", "sv", [("statsepidemiologen", "person", None, ("SVT",))]),
    # roles and bodies by their word alone
    ("Das Gebäude sei einsturzgefährdet, sagte der Gutachter.", "de", [("der Gutachter", "person", None, ())]),
    ("Der Zivilschutz teilte mit, dass zwei Menschen verletzt wurden.", "de",
     [("Der Zivilschutz", "official", None, ())]),
    ("The plant will close in June, a supervisor said.", "en", [("a supervisor", "person", None, ())]),
    ("The lines were long, one resident said.", "en", [("one resident", "person", None, ())]),
]


@pytest.mark.parametrize("text,lang,expected", TAGS)
def test_role_tag_spans_and_types(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


BUT_THAT_ROLE = [
    # "…, but that" + a role noun goes on with the report: the complementizer makes it the report's own clause
    ("The guard told reporters that the gate was shut, but that no surgeon had been kept out.", "en",
     [("The guard", "told", "the gate was shut, but that no surgeon had been kept out")]),
    ("The mayor denied the claim, but critics point to the budget.", "en", [("The mayor", "denied", "the claim")]),
]


@pytest.mark.parametrize("text,lang,expected", BUT_THAT_ROLE)
def test_but_that_before_a_role_noun(text: str, lang: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert [(a.source, a.cue, a.content) for a in attributions(text, lang)] == expected
