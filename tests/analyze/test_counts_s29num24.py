"""Issue 11, stop 29's round num24 (quantities and conflicts of the four live sets): jobs lost, strikes and
taking part, every form in the five languages. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import measure_values

# Jobs lost, cut or axed: a job noun with a loss verb after it ("jobs will be lost", "stillinger skal fjernes"),
# "the loss of N jobs", "cost N workers their jobs", "fjerne N stillinger", the dismissal notice
# ("har fået en fyreseddel"), jobs falling away ("fallen … weg"), the infinitive "axe".
JOBS = [
    ("en", "Close to 800 jobs will be lost at the plant over two years.", [("other", 800)]),
    ("en", "The board warned of the loss of 312 jobs at the factory.", [("other", 312)]),
    ("en", "The closure will cost 71 members of the union their jobs.", [("other", 71)]),
    ("en", "The council voted to axe 450 jobs in its housing department.", [("other", 450)]),
    ("no", "Konsernet må fjerne 80 stillinger ved fabrikken i Halden.", [("other", 80)]),
    ("no", "I alt 80 stillinger skal fjernes innen sommeren.", [("other", 80)]),
    ("da", "30 ansatte på fabrikken har fået en fyreseddel.", [("other", 30)]),
    ("da", "Omkring 300 arbejdspladser forsvinder fra byen.", [("other", 300)]),
    ("de", "In dem Werk fallen 300 Arbeitsplätze weg.", [("other", 300)]),
    ("de", "Der Konzern baut in Kassel 300 Stellen ab.", [("other", 300)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JOBS)
def test_jobs_lost_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# Strikes and taking part: "joined the strike", "walked out", "i streik", "strejkar", "im Streik",
# "har deltaget", "beteiligten sich".
STRIKES = [
    ("en", "The union said 40,000 workers joined the strike on Friday.", [("other", 40000)]),
    ("en", "About 2,000 nurses walked out on Monday.", [("other", 2000)]),
    ("en", "About 2,000 workers are on strike at the port.", [("other", 2000)]),
    ("sv", "Sedan i morse är 900 hamnarbetare i strejk.", [("other", 900)]),
    ("sv", "Omkring 300 anställda strejkar vid lagret.", [("other", 300)]),
    ("no", "Over 8000 medlemmer er i streik fra fredag.", [("other", 8000)]),
    ("no", "Rundt 3000 arbeidere streiket mandag.", [("other", 3000)]),
    ("da", "Ifølge forbundet har 1900 ansatte deltaget i strejken.", [("other", 1900)]),
    ("da", "Omkring 2000 ansatte er i strejke.", [("other", 2000)]),
    ("de", "Rund 2.000 Beschäftigte sind seit Montag im Streik.", [("other", 2000)]),
    ("de", "An der Kundgebung beteiligten sich 750 Menschen.", [("other", 750)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STRIKES)
def test_strikers_and_participants_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# Work shifts are spans of working time, no count: "reduced to two shifts, with the loss of 239 jobs".
SHIFTS = [
    ("en", "The plant moves to two shifts, with the loss of 239 jobs.", [("other", 239)]),
    ("de", "Das Werk fährt nur noch zwei Schichten, 300 Stellen fallen weg.", [("other", 300)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHIFTS)
def test_shifts_are_no_count(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# Buildings brought down are destroyed ("demolished", "razed", "eingestürzt", "rasade", "raste sammen",
# "styrtede sammen", "totalförstördes"); a fate or whereabouts unknown is missing.
DESTROYED_MISSING = [
    ("en", "Local officials said eight houses have been demolished by the shelling.", [("destroyed", 8)]),
    ("en", "The storm razed 40 barns in the valley.", [("destroyed", 40)]),
    ("en", "The fate of about 280 residents who stayed behind was unknown.", [("missing", 280)]),
    ("de", "In dem Dorf sind in der Nacht sechs Scheunen eingestürzt.", [("destroyed", 6)]),
    ("de", "Das Schicksal von 30 Bewohnern ist ungeklärt.", [("missing", 30)]),
    ("sv", "Åtta hus rasade under skalvet.", [("destroyed", 8)]),
    ("sv", "Tolv bilar totalförstördes i branden.", [("destroyed", 12)]),
    ("no", "Åtte hus raste sammen under skjelvet.", [("destroyed", 8)]),
    ("no", "Skjebnen til 30 personer er fortsatt ukjent.", [("missing", 30)]),
    ("da", "Otte huse styrtede sammen under skælvet.", [("destroyed", 8)]),
    ("da", "Politiet kan ikke redegøre for omkring 400 beboeres skæbner.", [("missing", 400)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DESTROYED_MISSING)
def test_buildings_down_and_fates_unknown(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# The counts of a charge and the offences charged: "14 counts of fraud", "forhold af/av", "voldtægtsforsøg",
# "tyverier", "inbrottsstölder", "Diebstählen"; a bare "forhold"/"counts" ("two matters") counts nothing.
CHARGED = [
    ("en", "He was charged with 14 counts of fraud.", [("other", 14)]),
    ("en", "She was convicted of three robberies.", [("other", 3)]),
    ("da", "Anklageskriftet har knap 80 forhold af bedrageri.", [("other", 80)]),
    ("da", "Han er tiltalt for to voldtægtsforsøg.", [("other", 2)]),
    ("no", "Han er tiltalt for tre forhold av grovt bedrageri.", [("other", 3)]),
    ("no", "Han er tiltalt for fire tyverier.", [("other", 4)]),
    ("sv", "Han åtalas för 17 inbrottsstölder.", [("other", 17)]),
    ("de", "Der Mann ist wegen 14 Diebstählen angeklagt.", [("other", 14)]),
    ("no", "Det er særlig to forhold som bekymrer ledelsen.", []),
    ("en", "There are two counts in the survey.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHARGED)
def test_counts_of_a_charge(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected
