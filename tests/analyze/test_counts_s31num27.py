"""Issue 11, stop 31's round num27 (quantities and conflicts): a count whose predicate follows an apposition set
off by dashes, brackets or commas: a part of it ("varav", "heraf", "davon", "darunter", "including") or a
breakdown of it ("fünf Männer, vier Frauen"), in the five languages. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import measure_values

# A part set off by dashes or commas whose word also opens a part clause ("varav två är skadade"): the predicate
# after the apposition is the whole's.
PARTS = [
    ("sv", "Minst 30 civila – varav fem barn – har dödats i bombningarna i helgen.", [("killed", 30), ("killed", 5)]),
    ("sv", "Minst 30 civila, varav fem barn, har dödats i bombningarna i helgen.", [("killed", 30), ("killed", 5)]),
    ("no", "Minst 30 sivile, hvorav fem barn, er drept i bombingen i helgen.", [("killed", 30), ("killed", 5)]),
    ("no", "Minst 30 sivile – herav fem barn – er drept i bombingen i helgen.", [("killed", 30), ("killed", 5)]),
    ("da", "Mindst 30 civile – heraf fem børn – er dræbt i bombningerne i weekenden.", [("killed", 30), ("killed", 5)]),
    ("da", "Mindst 30 civile, hvoraf fem børn, er dræbt i bombningerne i weekenden.", [("killed", 30), ("killed", 5)]),
    ("de", "Mindestens 30 Zivilisten – darunter fünf Kinder – wurden bei den Angriffen am Wochenende getötet.",
     [("killed", 30), ("killed", 5)]),
    ("de", "Mindestens 30 Zivilisten – davon fünf Kinder – wurden bei den Angriffen am Wochenende getötet.",
     [("killed", 30), ("killed", 5)]),
    ("en", "At least 30 civilians – including five children – were killed in the weekend bombing.",
     [("killed", 30), ("killed", 5)]),
    # a part clause with its own predicate keeps it: the whole is only affected
    ("sv", "Sex personer drabbades, varav två är skadade.", [("other", 6), ("wounded", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS)
def test_a_part_set_off_leaves_the_predicate_to_the_whole(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# A breakdown of the count set off by dashes: the count and each item take the predicate after the second dash.
BREAKDOWNS = [
    ("de", "Elf Beamte - sechs Männer, fünf Frauen - wurden bei der Räumung leicht verletzt.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("en", "Eleven officers – six men and five women – were injured during the eviction.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("sv", "Elva poliser – sex män och fem kvinnor – skadades lindrigt under avhysningen.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("no", "Elleve politifolk – seks menn og fem kvinner – ble lettere skadd under aksjonen.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("da", "Elleve betjente - seks mænd og fem kvinder - blev lettere såret under rydningen.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BREAKDOWNS)
def test_a_breakdown_in_dashes_takes_the_predicate_after_it(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# Killed by execution, murder, lynching or beheading: "avrättades", "henrettet", "lynchet", "hingerichtet",
# "ermordet", "beheaded", every form, in the five languages.
KILLINGS = [
    ("sv", "Under helgen avrättades nio fångar i landet.", [("killed", 9)]),
    ("sv", "Regimen har avrättat 120 personer i år.", [("killed", 120)]),
    ("sv", "Enligt polisen mördades två män i förorten.", [("killed", 2)]),
    ("sv", "Tre män lynchades av en folkmassa i staden.", [("killed", 3)]),
    ("no", "Ni fanger ble henrettet i helgen.", [("killed", 9)]),
    ("no", "To menn ble myrdet i byen i fjor.", [("killed", 2)]),
    ("da", "Ni fanger blev henrettet i weekenden.", [("killed", 9)]),
    ("da", "Tre mænd blev lynchet af en vred folkemængde.", [("killed", 3)]),
    ("da", "To kvinder blev myrdet i byen sidste år.", [("killed", 2)]),
    ("de", "Am Wochenende wurden neun Häftlinge hingerichtet.", [("killed", 9)]),
    ("de", "In der Stadt wurden drei Frauen ermordet.", [("killed", 3)]),
    ("de", "Im vergangenen Monat gab es 14 Hinrichtungen.", [("killed", 14)]),
    ("en", "Militants beheaded 12 villagers on Sunday.", [("killed", 12)]),
    ("en", "Three men were lynched by a crowd in the town.", [("killed", 3)]),
    ("en", "The country carried out 40 executions last year.", [("killed", 40)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KILLINGS)
def test_executed_murdered_and_lynched_are_killed(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# A number of places after a place preposition ("in sieben Städten", "i tolv kommuner", "in 42 prisons") says
# where an event spread, not how many it struck.
AREAS = [
    ("de", "Mindestens 30 Häftlinge wurden in neun Gefängnissen hingerichtet.", [("killed", 30)]),
    ("de", "Mindestens 30 Gefangene wurden in neun Städten hingerichtet.", [("killed", 30)]),
    ("en", "At least 30 inmates were executed in nine prisons.", [("killed", 30)]),
    ("sv", "Minst 30 fångar avrättades i nio fängelser.", [("killed", 30)]),
    ("no", "Minst 30 fanger ble henrettet i ni fengsler.", [("killed", 30)]),
    ("da", "Mindst 30 fanger blev henrettet i ni fængsler.", [("killed", 30)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AREAS)
def test_a_count_of_places_after_a_place_preposition_is_no_toll(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# A road's number is a label: "fylkesvei 651", "Landstraße 120", "motorvej 21", "europaväg 4", "junction 12".
ROADS = [
    ("no", "Fire personer omkom da bilen kjørte av fylkesvei 512 i natt.", [("killed", 4)]),
    ("no", "To personer ble skadd i en kollisjon på riksveg 15.", [("wounded", 2)]),
    ("da", "To personer blev dræbt i en ulykke på motorvej 21 i nat.", [("killed", 2)]),
    ("da", "Tre personer kom til skade på landevej 9 i morges.", [("wounded", 3)]),
    ("de", "Zwei Menschen starben auf der Landstraße 120 bei einem Unfall.", [("killed", 2)]),
    ("de", "Drei Menschen wurden auf der Kreisstraße 37 verletzt.", [("wounded", 3)]),
    ("sv", "Två personer dödades i en olycka på europaväg 4 i natt.", [("killed", 2)]),
    ("en", "Two people were killed in a crash near junction 12 on Sunday.", [("killed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROADS)
def test_a_road_number_is_a_label(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected
