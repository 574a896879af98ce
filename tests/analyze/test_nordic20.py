"""Danish and Norwegian attribution shapes (issue 10, nordic20). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

TIME_LOOKALIKE = [
    # a noun that holds a time word by chance ("bruken" holds "uke", "brugen" "uge") is the object, no time
    ("Statsministeren karakteriserer pengebruken som veldig ansvarlig.", "no",
     [("Statsministeren", "karakteriserer", "pengebruken som veldig ansvarlig")]),
    ("Lederen karakteriserte forbruket som altfor høyt.", "no",
     [("Lederen", "karakteriserte", "forbruket som altfor høyt")]),
    ("Ministeren karakteriserer pengebrugen som meget ansvarlig.", "da",
     [("Ministeren", "karakteriserer", "pengebrugen som meget ansvarlig")]),
    ("Borgmesteren kalder brugen af vikarer for uholdbar.", "da",
     [("Borgmesteren", "kalder", "brugen af vikarer for uholdbar")]),
    # a real time word after the cue stays a time
    ("Politiet opplyste søndag kveld at to personer er skadd.", "no",
     [("Politiet", "opplyste", "to personer er skadd")]),
]


@pytest.mark.parametrize("text,lang,expected", TIME_LOOKALIKE)
def test_time_lookalike_object(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


ACCORDING_TO_AND = [
    # "Ifølge X er A, og det er også B": a coordinated clause with no cue of its own is X's too
    ("Ifølge politiet er bakgrunnen uklar, og det er også uklart om de kjenner hverandre.", "no",
     [("politiet", "Ifølge", "er bakgrunnen uklar, og det er også uklart om de kjenner hverandre")]),
    ("Ifølge avisen er mannen løslatt, og han er ikke lenger siktet.", "no",
     [("avisen", "Ifølge", "er mannen løslatt, og han er ikke lenger siktet")]),
    ("Ifølge politiet er motivet ukendt, og det er også uvist, hvor gerningsmanden er.", "da",
     [("politiet", "Ifølge", "er motivet ukendt, og det er også uvist, hvor gerningsmanden er")]),
    # a second clause with its own reporting verb is the second speaker's
    ("Ifølge avisen var det 500 deltakere, og politiet sier at det var 300.", "no",
     [("avisen", "Ifølge", "var det 500 deltakere"), ("politiet", "sier", "det var 300")]),
    ("Ifølge arrangørerne var der 500 deltagere, men politiet siger, at der var 300.", "da",
     [("arrangørerne", "Ifølge", "var der 500 deltagere"), ("politiet", "siger", "der var 300")]),
]


@pytest.mark.parametrize("text,lang,expected", ACCORDING_TO_AND)
def test_according_to_and(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


INSERT_BEFORE_THAT = [
    # an insert between the cue and its "at" (a comma-closed clause of any length, or the co-speakers): C after "at"
    ("Advokaten mener, som han har ment hele tiden, at det ikke finnes bevis.", "no",
     [("Advokaten", "mener", "det ikke finnes bevis")]),
    ("Advokaten mener, som han hele tiden har ment, at der ikke er beviser.", "da",
     [("Advokaten", "mener", "der ikke er beviser")]),
    ("Ordføreren sier sammen med rådmannen at planen holder.", "no", [("Ordføreren", "sier", "planen holder")]),
    ("Borgmesteren siger sammen med formanden, at planen holder.", "da", [("Borgmesteren", "siger", "planen holder")]),
    # no complementizer: no report
    ("Ordføreren reiste sammen med rådmannen til Oslo.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", INSERT_BEFORE_THAT)
def test_insert_before_that(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
