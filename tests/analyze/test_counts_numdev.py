"""Issue 11, general causes from a further sample of real pages (five languages): people nouns for
events only people undergo, measure words, parts opened by "varav"/"davon"/"of whom", the numeral one
after them, years after a genitive, attendees against attendance, and a figure restated by "it".
Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .test_conflicts import conflicts
from .test_counts import counted

# Activists, demonstrators and residents are people: they are arrested, charged and taken to hospital.
PEOPLE = [
    ("da", "Politiet har anholdt 12 aktivister ved minen.", [("other", 12)]),
    ("da", "Omkring 40 demonstranter blev bragt til hospitalet.", [("other", 40)]),
    ("no", "Politiet har pågrepet 12 aktivister ved gruven.", [("other", 12)]),
    ("no", "Fire beboere ble sendt til sykehus etter brannen.", [("other", 4)]),
    ("sv", "Polisen har gripit 12 aktivister vid gruvan.", [("other", 12)]),
    ("de", "Die Polizei hat 12 Aktivisten festgenommen.", [("other", 12)]),
    ("en", "Police arrested 12 activists at the mine.", [("other", 12)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PEOPLE)
def test_people_nouns_of_people_events(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# Measure words: prosecution, smoke poisoning, emergency shelters, slaughter, relatives lost.
MEASURES = [
    ("da", "Anklagemyndigheden siger, at 30 aktivister vil blive retsforfulgt.", [("other", 30)]),
    ("de", "Vier Bewohner erlitten Rauchgasvergiftungen.", [("wounded", 4)]),
    ("sv", "Fyra boende fick rökförgiftning efter branden.", [("wounded", 4)]),
    ("de", "Rund 2.000 Menschen wurden in Notunterkünfte gebracht.", [("displaced", 2000)]),
    ("en", "About 300 villagers were slaughtered by the gunmen.", [("killed", 300)]),
    ("en", "The farmer lost four relatives in the flood.", [("killed", 4)]),
    ("en", "Six men were prosecuted after the riot.", [("other", 6)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEASURES)
def test_measure_words(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# "varav"/"hvorav"/"davon"/"of whom" opens a part with a predicate of its own: the whole keeps its own
# measure, the part takes the predicate after it, and an article right after the word is the numeral one.
PARTS = [
    ("sv", "Sju personer drabbades, varav tre är svårt skadade.", [("other", 7), ("wounded", 3)]),
    ("no", "Sju personer ble rammet, hvorav tre er hardt skadd.", [("other", 7), ("wounded", 3)]),
    ("de", "Sieben Menschen waren betroffen, davon wurden drei schwer verletzt.", [("other", 7), ("wounded", 3)]),
    ("en", "Seven people were affected, of whom three were badly injured.", [("other", 7), ("wounded", 3)]),
    ("sv", "Fyra brandmän skadades, varav en fördes till sjukhus.", [("wounded", 4), ("other", 1)]),
    ("no", "Fire brannmenn ble skadet, hvorav en ble sendt til sykehus.", [("wounded", 4), ("other", 1)]),
    ("da", "Fire brandfolk blev såret, heraf en alvorligt.", [("wounded", 4), ("wounded", 1)]),
    ("de", "Vier Feuerwehrleute wurden verletzt, einer davon schwer.", [("wounded", 4), ("wounded", 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS)
def test_parts_after_varav(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# A year after a genitive names something ("the magazine's 2024 Person of the Year"): no count.
YEARS = [
    ("en", "She was named the magazine's 2024 Person of the Year.", []),
    ("en", "The party’s 2019 candidates lost badly.", []),
    ("en", "About 2000 people marched through the city.", [("other", 2000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEARS)
def test_years_after_a_genitive(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in counted(text, lang)] == expected


# Attendees counted bare ("15 000 demonstranter") and an attendance figure of people meet; relatives lost
# are a part of a toll, never a rival figure; "it said" restating a group's figure is no new source.
CONFLICTS = [
    ("da", "Arrangørerne siger, at 30.000 personer deltog i marchen. Politiet oplyser, at antallet af demonstranter var på 9.000.",
     [("Arrangørerne", "30.000 personer deltog i marchen"), ("Politiet", "antallet af demonstranter var på 9.000")],
     [[9000.0, 30000.0]]),
    ("en", "Organisers said 30,000 people took part in the march. Police said the number of protesters was 9,000.",
     [("Organisers", "30,000 people took part in the march"), ("Police", "the number of protesters was 9,000")],
     [[9000.0, 30000.0]]),
    ("en", "The army said 40 people died in the raid. A farmer who lost three relatives in the raid fled.",
     [("The army", "40 people died in the raid")], []),
    ("en", ("About 90 people were killed, a rights group said. Officials put the toll at 30. "
            "“We now count 90 dead,” it said."),
     [("a rights group", "About 90 people were killed"), ("Officials", "the toll at 30"), ("it", "We now count 90 dead")],
     [[30.0, 90.0]]),
]


@pytest.mark.parametrize(("lang", "text", "claims", "expected"), CONFLICTS)
def test_conflicts(lang: str, text: str, claims: list[tuple[str | None, str]], expected: list[list[float]]) -> None:
    assert conflicts(text, lang, claims) == expected
