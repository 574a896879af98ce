"""Issue 11, round num44 (counts on the fresh set x29): a severity set against a negated one before the
predicate, a counted noun in quote marks, the German "ihr Leben verloren" and "Tötungen". Every sentence
here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import measure_values, quantities_and_conflicts


def _read(text: str, lang: str) -> list[tuple[str, float]]:
    return [(q.measure, q.value) for q in quantities_and_conflicts(text, lang)[0]]


# "hardt, men ikke kritisk skadd": the comma before "but not" does not end the clause; the
# predicate after the negated degree is the count's.
DEGREE_CONTRAST = [
    ("no", "Tre turister ble hardt, men ikke livstruende skadet da bussen veltet.", [("wounded", 3)]),
    ("da", "Fire passagerer blev alvorligt, men ikke livstruende kvæstet i togulykken.", [("wounded", 4)]),
    ("de", "Zwei Radfahrer wurden schwer, aber nicht lebensgefährlich verletzt, als der Lastwagen abbog.",
     [("wounded", 2)]),
    ("de", "Fünf Gäste wurden schwer, doch nicht lebensgefährlich verletzt.", [("wounded", 5)]),
    ("en", "Six hikers were badly, but not critically, hurt when the bridge gave way.", [("wounded", 6)]),
    ("en", "Seven workers were seriously but not fatally injured in the blast.", [("wounded", 7)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEGREE_CONTRAST)
def test_a_negated_degree_keeps_the_predicate(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# A counted noun set off in quote marks ("insurgents") is still the counted noun: its concept makes the
# figure comparable with the others of the article.
SCARE_QUOTED = [
    ("en", 'The army said nine "insurgents" were killed in the raid.', "insurgents"),
    ("no", "Hæren opplyser at ni «opprørere» ble drept i angrepet.", "opprørere"),
    ("sv", "Armén uppger att nio ”upprorsmän” dödades vid räden.", "upprorsmän"),
    ("da", "Hæren oplyser, at ni »oprørere« blev dræbt under razziaen.", "oprørere"),
    ("de", "Die Armee teilte mit, neun „Aufständische“ seien getötet worden.", "Aufständische"),
]


@pytest.mark.parametrize(("lang", "text", "subject"), SCARE_QUOTED)
def test_a_quoted_counted_noun_is_the_subject(lang: str, text: str, subject: str) -> None:
    found = quantities_and_conflicts(text, lang)[0]
    assert [(q.measure, q.value, q.subject) for q in found] == [("killed", 9, subject)]


# Two sources, one quoting its noun: the figures of one kind of people disagree.
QUOTED_RIVALS = [
    ("en", ('The ministry said at least three gunmen were killed. A local commander said eight "gunmen" died '
            "in the fighting."), [(0, 1)]),
]


@pytest.mark.parametrize(("lang", "text", "conflicts"), QUOTED_RIVALS)
def test_a_quoted_noun_meets_its_rival(lang: str, text: str, conflicts: list[tuple[int, ...]]) -> None:
    assert quantities_and_conflicts(text, lang)[1] == conflicts


# German: "ihr Leben verloren", "verloren … ihr Leben" and "Tötungen" are deaths.
GERMAN_LIVES = [
    ("de", "Bei dem Grubenunglück verloren elf Bergleute ihr Leben.", [("killed", 11)]),
    ("de", "Nach Angaben der Behörden haben 14 Bauarbeiter ihr Leben verloren.", [("killed", 14)]),
    ("de", "Die Organisation dokumentierte 23 Tötungen von Journalisten.", [("killed", 23)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GERMAN_LIVES)
def test_german_lives_lost_are_deaths(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# One record per figure per source: a figure of one counted event given again with another noun ("two suspects
# charged", later "two more men charged") is the figure given before; a bare count of another kind of thing
# ("two cars", "two people") and a part of a set ("two of them") stay figures of their own.
ONE_FIGURE = [
    ("no", ("To siktede er etterlyst etter ranet i Bergen. Politiet har ikke funnet dem. Senere er enda to menn "
            "siktet for heleri."), [("other", 2)]),
    ("sv", "Två misstänkta har gripits efter rånet. Senare greps ytterligare två män i Malmö.", [("other", 2)]),
    ("de", ("Zwei Verdächtige wurden nach dem Überfall festgenommen. Am Abend wurden zwei weitere Männer "
            "festgenommen."), [("other", 2)]),
    ("da", "To biler var involveret i ulykken. I den ene bil sad to personer.", [("other", 2), ("other", 2)]),
    ("en", "Two suspects were arrested after the robbery. Two of them were charged on Sunday.",
     [("other", 2), ("other", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ONE_FIGURE)
def test_a_figure_of_one_event_is_recorded_once(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# Nynorsk: "sidan" (since) and "til saman" (in all) mark a running total as "siden" and "til sammen" do, so a
# day's toll is no rival to it; "innlagde på sjukehus" is a hospital admission of "pasientar".
NYNORSK_TOTALS = [
    ("no", ("Til saman er 120 smitta personar døde i fylket sidan mars, viser tala. Kommunen melder om tre dødsfall "
            "i fylket."), []),
]


@pytest.mark.parametrize(("lang", "text", "conflicts"), NYNORSK_TOTALS)
def test_a_nynorsk_running_total_has_no_rival(lang: str, text: str, conflicts: list[tuple[int, ...]]) -> None:
    found, got = quantities_and_conflicts(text, lang)
    assert [q.value for q in found] == [120, 3]
    assert got == conflicts


NYNORSK_HOSPITAL = [
    ("no", "Fire pasientar er innlagde på sjukehus i Ålesund.", [("other", 4, "pasientar")]),
    ("no", "Sju tilsette vart sende til sjukehus etter brannen.", [("other", 7, "tilsette")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NYNORSK_HOSPITAL)
def test_nynorsk_hospital_admissions(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.measure, q.value, q.subject) for q in quantities_and_conflicts(text, lang)[0]] == expected


# Generals are soldiers: two sources' tolls of an army's generals meet, named by a noun of killing and "of" with
# an adjective of nationality ("Tötungen von syrischen Generälen") or in a compound ("Luftwaffen-Generäle").
GENERALS = [
    ("de", ("Ein Blog zählte fünf Tötungen von syrischen Generälen. Laut einem Geheimdienst sollen bereits "
            "elf Luftwaffen-Generäle gefallen sein."), [(0, 1)]),
    ("en", "A monitor counted three killed Russian generals. A US official said nine generals had been killed.", [(0, 1)]),
    ("sv", "En bloggare räknar till tre dödade ryska generaler. Enligt Kiev har nio generaler dödats.", [(0, 1)]),
]


@pytest.mark.parametrize(("lang", "text", "conflicts"), GENERALS)
def test_generals_killed_are_one_subject(lang: str, text: str, conflicts: list[tuple[int, ...]]) -> None:
    found, got = quantities_and_conflicts(text, lang)
    assert [q.measure for q in found] == ["killed", "killed"]
    assert got == conflicts


KILLINGS_OF = [
    ("en", "The monitor recorded 31 killings of Afghan journalists.", "killings of Afghan journalists"),
    ("de", "Die Organisation zählte 31 Tötungen von afghanischen Journalisten.", "Tötungen von afghanischen Journalisten"),
]


@pytest.mark.parametrize(("lang", "text", "subject"), KILLINGS_OF)
def test_killings_of_nationals_name_the_people(lang: str, text: str, subject: str) -> None:
    found = quantities_and_conflicts(text, lang)[0]
    assert [(q.measure, q.value, q.subject) for q in found] == [("killed", 31, subject)]
    assert found[0].key.split("|")[3] == "afghan"


# Patrol cars are vehicles ("patruljevogne", "Streifenwagen"), smashed by hail as by hand ("zerschlagen"); Nynorsk
# "øydelagde" destroys as "ødelagt" does and "bilar", "køyretøy" are vehicles.
VEHICLES = [
    ("da", "Politiet sendte seks patruljevogne til boligområdet efter skuddene.", [("other", 6, "vehicle")]),
    ("de", "Bei dem Unwetter hat Hagel in Ulm zwei Streifenwagen zerschlagen.", [("destroyed", 2, "vehicle")]),
    ("no", "Tre bilar og to hus vart øydelagde i brannen.", [("destroyed", 3, "vehicle"), ("destroyed", 2, "building")]),
    ("no", "Hæren hevdar at 14 pansra køyretøy blei øydelagde.", [("destroyed", 14, "vehicle")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VEHICLES)
def test_patrol_cars_and_nynorsk_vehicles(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.measure, q.value, q.key.split("|")[2]) for q in quantities_and_conflicts(text, lang)[0]] == expected


# German: an army that lost soldiers lost them dead ("verlor … Soldaten", "Soldaten verloren"), as English "lost …
# soldiers" and Norwegian "mistet … soldater"; the vehicles of the same list are destroyed ("-wagen" is a vehicle).
GERMAN_LOST = [
    ("de", "Nach Angaben aus Kiew verlor die russische Armee am Montag 310 Soldaten.", [("killed", 310)]),
    ("de", "Die Angreifer verloren dabei 75 Soldaten, wie Kiew mitteilte.", [("killed", 75)]),
    ("de", "Moskau zufolge hat die Ukraine bislang 900 Soldaten verloren.", [("killed", 900)]),
    ("de", "Die Armee verlor neben drei Sanitätswagen auch 40 Soldaten.", [("destroyed", 3), ("killed", 40)]),
]


# Weapons are things: guns lost with soldiers are destroyed, never dead.
WEAPONS_LOST = [
    ("en", "According to Kyiv, the attackers lost 75 soldiers, six guns and two trucks.",
     [("killed", 75), ("destroyed", 6), ("destroyed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WEAPONS_LOST)
def test_weapons_lost_are_destroyed(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), GERMAN_LOST)
def test_german_soldiers_lost_are_dead(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# A number word right after an indefinite article is a noun ("et tre": a tree; "en elva": a team); an article before
# an approximate or multiplier word still belongs to the number ("ett tiotal", "a hundred").
ARTICLE_NOUN = [
    ("no", "Bussen traff et tre i svingen, og to personer omkom.", [("killed", 2)]),
    ("no", "Sjåføren døde etter at bilen traff et tre i går.", []),
    ("sv", "Ett tiotal personer greps och ett hundra evakuerades.", [("other", 10), ("displaced", 100)]),
    ("en", "A dozen people were hurt and a hundred evacuated.", [("wounded", 12), ("displaced", 100)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLE_NOUN)
def test_a_number_word_after_an_article_is_a_noun(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# Lanes of a road are its layout, never a count of an event, even when they are closed after a crash.
LANES = [
    ("da", "Politiet spærrede to vejbaner på motorvejen i flere timer.", []),
    ("en", "Police closed two lanes after the crash.", []),
    ("sv", "Två körfält stängdes efter olyckan där tre personer skadades.", [("wounded", 3)]),
    ("de", "Zwei Fahrspuren wurden gesperrt, drei Menschen wurden verletzt.", [("wounded", 3)]),
    ("no", "To kjørefelt ble stengt etter ulykken der fire personer ble skadd.", [("wounded", 4)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LANES)
def test_lanes_are_no_count(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# Cases of infection named by a compound ("smittetilfeller", Nynorsk "smittetilfelle", "smittetilfælde", "smittfall")
# are counted as "tilfeller", "fall" and "cases" are.
INFECTION_CASES = [
    ("no", "Fylket har registrert 418 nye smittetilfeller denne uka.", [("other", 418)]),
    ("no", "Kommunen har hatt 96 smittetilfelle sidan nyttår.", [("other", 96)]),
    ("da", "Regionen meldte i går 231 nye smittetilfælde.", [("other", 231)]),
    ("sv", "Under veckan har 812 nya smittfall rapporterats i regionen.", [("other", 812)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INFECTION_CASES)
def test_compound_infection_cases_count(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# Taken to hospital with injuries: the wounds named right after the transport say what befell them; a transport
# for a check stays a hospital count, and a death in a clause joined after it is no wound of theirs.
CARE_WITH_INJURIES = [
    ("no", "Tre ansatte ble fraktet til sykehus med skader etter eksplosjonen.", [("wounded", 3)]),
    ("en", "Four firefighters were taken to hospital with burns and cuts.", [("wounded", 4)]),
    ("sv", "Två brandmän fördes till sjukhus med lindriga skador.", [("wounded", 2)]),
    ("no", "Fire personer ble fraktet til sykehus for en sjekk.", [("other", 4)]),
    ("en", "Five people were taken to hospital and two of them later died.", [("other", 5), ("killed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CARE_WITH_INJURIES)
def test_care_with_injuries_is_a_wound(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# A headline's figure restated in the lead is one figure, though the lead names its place more fully; a figure of
# another place further down stays a toll of its own.
HEADLINE_RESTATED = [
    ("de", "Drei Verletzte bei Unfall auf Bundesstraße",
     "Bei einem Unfall auf der Bundesstraße bei Ulm sind am Montag drei Menschen verletzt worden.", [("wounded", 3)]),
    ("en", "Two hurt in crash on highway",
     "Two people were hurt in a crash on the highway near Leeds on Monday.", [("wounded", 2)]),
]


@pytest.mark.parametrize(("lang", "title", "body", "expected"), HEADLINE_RESTATED)
def test_a_headline_figure_restated_in_the_lead_is_one(lang: str, title: str, body: str,
                                                        expected: list[tuple[str, float]]) -> None:
    assert measure_values(body, lang, title) == expected


# A year followed by "to"/"til" and a figure many times larger is a date and then what a toll rose to, never a
# range ("siden oktober 2023 til 40.100"); a range of two years or of counts stays a range.
YEAR_THEN_COUNT = [
    ("no", "Dermed stiger tallet på drepte i konflikten siden mai 2021 til 31.200.", [("killed", 31200)]),
    ("en", "Between 1500 and 2500 people attended the rally.", [("other", 1500)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_THEN_COUNT)
def test_a_year_is_no_low_end_of_a_toll(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# Boys and girls are children in every language, as "boys" and "girls" are in English: a count of them is a count.
BOYS_GIRLS = [
    ("sv", "Nio flickor blev utsatta för trakasserier av tränaren.", [("other", 9, "child")]),
    ("no", "Fire gutter ble skadet da taket raste sammen.", [("wounded", 4, "child")]),
    ("da", "Tre piger blev udsat for overgreb på kostskolen.", [("other", 3, "child")]),
    ("de", "Sechs Mädchen wurden bei dem Unfall verletzt.", [("wounded", 6, "child")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BOYS_GIRLS)
def test_boys_and_girls_are_children(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.measure, q.value, q.key.split("|")[2]) for q in quantities_and_conflicts(text, lang)[0]] == expected


# Athletes are players of their sport (as "spillere", num43): a count of them with an event of people is a count.
ATHLETES = [
    ("sv", "Fyra löpare har testats positivt för viruset.", [("other", 4)]),
    ("de", "Drei Läufer mussten verletzt aufgeben.", [("wounded", 3)]),
    ("no", "Fem utøvere ble sendt til sykehus etter løpet.", [("other", 5)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ATHLETES)
def test_athletes_are_counted_players(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang) == expected


# Nynorsk verbs of arrest, charge and evacuation ("vart pågripne", "vart sikta", "måtte evakuerast").
NYNORSK_EVENTS = [
    ("no", "Tre menn vart pågripne av politiet etter slagsmålet.", [("other", 3)]),
    ("no", "Fire personar vart sikta for innbrotet.", [("other", 4)]),
    ("no", "Femti bebuarar måtte evakuerast frå blokka.", [("displaced", 50)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NYNORSK_EVENTS)
def test_nynorsk_event_verbs(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    found = quantities_and_conflicts(text, lang)[0]
    assert [(q.measure, q.value) for q in found] == expected
    assert all(q.key.split("|")[1] != "count" for q in found)
