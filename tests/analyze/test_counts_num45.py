"""Issue 11, round num45 (counts and conflicts on the fresh set x30): "only" is no "alone" unless a place is named
beside it; units of the rescue service at work; the emergency number after a verb of calling; people a witness saw;
soldiers who "embraced martyrdom". Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.lang.subjects import concept_of

from .conftest import quantities_and_conflicts


def _read(text: str, lang: str) -> list[tuple[str, float]]:
    return [(q.measure, q.value) for q in quantities_and_conflicts(text, lang)[0]]


# "bara", "kun", "bare" before a number say "only" ("dömd bara för två fall", "på bara en timme"): the count is
# no part of a wider whole unless a place is named beside the word ("Bara i Uppsala", "In Bonn alone,").
ONLY_NO_PART = [
    ("sv", ("Hovrätten fäller nu mannen bara för två fall av misshandel. Enligt tingsrätten var han skyldig till "
            "fem fall av misshandel."), [(0, 1)]),
    ("da", ("Landsretten dømmer nu kvinden kun for to tilfælde af bedrageri. Ifølge byretten var hun skyldig i "
            "seks tilfælde af bedrageri."), [(0, 1)]),
    ("no", ("Lagmannsretten dømmer nå mannen bare for to tilfeller av underslag. Ifølge tingretten var han skyldig i "
            "sju tilfeller av underslag."), [(0, 1)]),
    # a place named beside the word: a part of the whole, no rival
    ("sv", "Minst 40 döda har hittats, enligt medier. Bara i Uppsala har polisen räknat 25 döda.", []),
    ("da", "Mindst 40 er fundet døde, skriver medier. Kun i Aarhus har politiet talt 25 døde.", []),
]


@pytest.mark.parametrize(("lang", "text", "conflicts"), ONLY_NO_PART)
def test_only_is_no_part_without_a_place(lang: str, text: str, conflicts: list[tuple[int, ...]]) -> None:
    assert quantities_and_conflicts(text, lang)[1] == conflicts


# Units of the rescue service at the scene are counted, also while they "work" there; "produktionsenheter" are no
# such units (the entry heads no compound).
RESCUE_UNITS = [
    ("sv", "Sex enheter från räddningstjänsten arbetar med släckningen, säger räddningsledaren.", [("other", 6)]),
    ("sv", "Vid lunchtid var tre enheter på plats vid skogsbranden.", [("other", 3)]),
    ("sv", "Bolaget ingår i en koncern med tre produktionsenheter i Finland.", []),
    ("de", "Zwölf Feuerwehrleute arbeiten noch an der Brandstelle.", [("other", 12)]),
    ("no", "Ni mannskaper jobber fortsatt med slukkingen.", [("other", 9)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RESCUE_UNITS)
def test_rescue_units_at_work_are_counted(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


def test_a_whole_entry_heads_no_compound() -> None:
    assert concept_of("enheter", "sv") == "responder"
    assert concept_of("produktionsenheter", "sv") is None


# The emergency number after a verb of calling or the line's name is dialled, never a count.
EMERGENCY_NUMBER = [
    ("en", "Anyone who smells gas should call 911 and leave the building at once.", []),
    ("en", "Drivers were told to dial 999 and keep away from the injured.", []),
    ("sv", "Den som ser rök ska ringa 112 och inte evakuera på egen hand.", []),
    ("da", "Beboere, der ser røg, skal ringe 112 og ikke selv evakuere.", []),
    ("no", "Folk som ser røyk, bes ringe 112 og ikke evakuere på egen hånd.", []),
    ("de", "Wer Rauch bemerkt, soll die 112 anrufen und nicht selbst evakuieren.", []),
    ("de", "Zeugen sollen den Notruf 110 wählen, statt die Verletzten selbst zu bergen.", []),
    # the same digits counting people stay counts
    ("sv", "Polisen grep 112 personer under helgen.", [("other", 112)]),
    ("en", "Police arrested 999 people during the riots.", [("other", 999)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EMERGENCY_NUMBER)
def test_an_emergency_number_is_no_count(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# People a witness saw ("I saw two men run off") are no count of the event; a toll after the verb stays a toll.
SEEN = [
    ("en", "One neighbour said he saw two gunmen climb into a van.", []),
    ("sv", "Vittnet såg tre män springa från platsen.", []),
    ("da", "Naboen så to personer løbe væk fra bilen.", []),
    ("no", "Naboen så to personer løpe fra bilen.", []),
    ("de", "Ein Anwohner sah zwei Männer aus dem Laden rennen.", []),
    ("en", "Rescuers saw three men killed in the blast.", [("killed", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SEEN)
def test_people_a_witness_saw_are_no_count(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# Armies and their press say a soldier killed in action "embraced martyrdom" or "was martyred".
MARTYRDOM = [
    ("en", "Three more policemen embraced martyrdom in the gunfight.", [("killed", 3)]),
    ("en", "Four soldiers were martyred when their patrol was ambushed.", [("killed", 4)]),
    ("en", "During the raid, two brave soldiers, having fought bravely, embraced martyrdom.", [("killed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MARTYRDOM)
def test_martyrdom_is_a_death(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# A name after an event noun and "with"/"by"/"med" is a party to the event, no place ("in a clash with Islamist
# militants", "in an attack by Kurdish rebels"); an adjective before a name still leaves the name a place.
def _places(text: str, lang: str) -> list[str]:
    return [";".join(p for p in q.key.split("|")[4].split(";") if p.startswith("place=")) for q in quantities_and_conflicts(text, lang)[0]]


PARTY_NO_PLACE = [
    ("en", "Five militants were killed in a clash with Afghan soldiers on Tuesday night.", [""]),
    ("en", "At least four police officers were killed in an attack by Baloch separatists.", [""]),
    ("en", "Six soldiers died in a firefight with Islamist gunmen.", [""]),
    ("no", "Seks soldater ble drept i et sammenstøt med Hamas.", [""]),
    ("no", "Tre personer ble drept i nærheten av Kharkiv natt til fredag.", ["place=kharkiv"]),
    ("da", "Tre personer blev dræbt i nærheden af Kharkiv i nat.", ["place=kharkiv"]),
    ("sv", "Sex soldater dödades i hårt drabbade Ukraina.", ["place=ukraina"]),
]


@pytest.mark.parametrize(("lang", "text", "places"), PARTY_NO_PLACE)
def test_a_party_to_the_event_is_no_place(lang: str, text: str, places: list[str]) -> None:
    assert _places(text, lang) == places


# Thieves and burglars are suspects: their arrest is counted like that of any suspect.
THIEVES = [
    ("en", "Police arrested eleven suspected burglars in dawn raids on Tuesday.", [("other", 11)]),
    ("sv", "Polisen grep nio misstänkta inbrottstjuvar under en razzia i torsdags.", [("other", 9)]),
    ("no", "Politiet pågrep åtte mistenkte innbruddstyver i en aksjon onsdag.", [("other", 8)]),
    ("da", "Tolv formodede indbrudstyve blev onsdag anholdt i en stor aktion.", [("other", 12)]),
    ("de", "Die Polizei nahm am Montag sieben mutmaßliche Einbrecher bei einer Razzia fest.", [("other", 7)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), THIEVES)
def test_thieves_are_suspects(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# A convoy or column "of" vehicles opens a count, as "a group of" does: the vehicles are no set known before.
CONVOY = [
    ("de", "Eine Kolonne von 40 Panzern ist nach Angaben der Armee in das Grenzgebiet eingedrungen.", [("other", 40)]),
    ("de", "Ein Konvoi von 250 Lastwagen hat die Grenze überquert.", [("other", 250)]),
    ("sv", "En konvoj av 120 lastbilar har passerat gränsen.", [("other", 120)]),
    ("da", "En kolonne af 30 kampvogne krydsede grænsen i nat.", [("other", 30)]),
    ("no", "En kolonne med 30 stridsvogner krysset grensen natt til fredag.", [("other", 30)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONVOY)
def test_a_convoy_of_vehicles_is_counted(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# "five others" after those named counts others than them, as "fem andre", "fünf weitere" do: no rival of the toll.
OTHERS = [
    ("en", ("Four people died in the fire, the police said. Witnesses said the flames killed the owner along with "
            "five others."), []),
    ("en", "Four people died in the fire, the police said. Witnesses said the flames killed five people.", [(0, 1)]),
    ("de", ("Vier Menschen starben bei dem Brand, teilte die Polizei mit. Zeugen zufolge tötete das Feuer den "
            "Besitzer und fünf weitere."), []),
    ("da", "Fire mennesker døde i branden, oplyser politiet. Ifølge vidner dræbte branden ejeren og fem andre.", []),
]


@pytest.mark.parametrize(("lang", "text", "conflicts"), OTHERS)
def test_others_are_no_rival_toll(lang: str, text: str, conflicts: list[tuple[int, ...]]) -> None:
    assert quantities_and_conflicts(text, lang)[1] == conflicts


# Infections are cases in every language; Norwegian "smittede" are the sick.
INFECTIONS = [
    ("en", "Officials reported six infections on Monday.", [("other", 6)]),
    ("sv", "Regionen rapporterade sex nya infektioner under måndagen.", [("other", 6)]),
    ("de", "Das Gesundheitsamt meldete am Montag sechs Infektionen.", [("other", 6)]),
    ("da", "Styrelsen har registreret seks infektioner siden mandag.", [("other", 6)]),
    ("no", "Kommunen har registrert seks infeksjoner siden mandag.", [("other", 6)]),
    ("no", "Etter beregningene er rundt 70.000 smittede i landet.", [("other", 70000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INFECTIONS)
def test_infections_are_cases(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


def test_infections_and_cases_count_one_thing() -> None:
    assert concept_of("infections", "en") == concept_of("cases", "en") == "case"
