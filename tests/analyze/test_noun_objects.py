"""Tests of noun objects: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# Where a cue's noun object ends with no comma (conjunct.py `noun_object_stop`, round sven24): before "och"/"og" and a
# coordinated clause with a subject of its own ("nekar till brott och flera har …"), and before an adverbial clause of
# time or reason (`adverbial` in function_words.tsv: "instämmer i kritiken när …", "denied the charges when …"); a
# content that is a clause keeps both. End to end, one table per language.
#
# Every sentence here is written for these tests.
SWEDISH: list[tuple[str, list[Row]]] = [
    # a coordinated clause with its own subject: the writer's next clause
    ("De tre männen har nekat till brott och två av dem har redan överklagat domen.",
     [("De tre männen", "nekat till", "brott")]),
    ("Kvinnan nekar till brott och hennes advokat vill få fallet prövat igen.",
     [("Kvinnan", "nekar till", "brott")]),
    # an adverbial clause: when or why the cue was said, not what
    ("Förbundet instämmer i kritiken när tidningen når ordföranden på måndagen.",
     [("Förbundet", "instämmer i", "kritiken")]),
    ("Mannen förnekar brott eftersom han inte var hemma den kvällen.",
     [("Mannen", "förnekar", "brott")]),
    # a second object, no clause: the object goes on
    ("Mannen nekar till mord och grov misshandel.",
     [("Mannen", "nekar till", "mord och grov misshandel")]),
    # a clause after "att": its own "när" stays in it
    ("Hon förnekar att pengarna saknades när revisionen började.",
     [("Hon", "förnekar", "pengarna saknades när revisionen började")]),
]

NORWEGIAN: list[tuple[str, list[Row]]] = [
    ("Den tiltalte nekter for drapet og forsvareren hans vil anke dommen.",
     [("Den tiltalte", "nekter for", "drapet")]),
]

ENGLISH: list[tuple[str, list[Row]]] = [
    # an adverbial clause after a noun object
    ("The mayor denied the allegations when reporters reached her on Friday.",
     [("The mayor", "denied", "the allegations")]),
    ("The driver admitted the offence because he wanted to spare the family a trial.",
     [("The driver", "admitted", "the offence")]),
    # a clause object keeps its adverbial clause
    ("The mayor denied that the money was missing when the audit began.",
     [("The mayor", "denied", "the money was missing when the audit began")]),
    # a verb phrase object keeps it too, and a participle after "while" is no clause of its own
    ("The governor vowed to cut taxes while rebuilding the roads.",
     [("The governor", "vowed", "to cut taxes while rebuilding the roads")]),
    # "and" after a noun object in English may join a bare clause's subjects: no cut
    ("The coach acknowledged the captain and his deputy had quarrelled.",
     [("The coach", "acknowledged", "the captain and his deputy had quarrelled")]),
]


@pytest.mark.parametrize(("text", "expected"), SWEDISH)
def test_a_swedish_noun_object_ends_before_a_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected


@pytest.mark.parametrize(("text", "expected"), NORWEGIAN)
def test_a_norwegian_noun_object_ends_before_a_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "no") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_an_english_noun_object_ends_before_an_adverbial_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
