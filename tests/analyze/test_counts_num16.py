"""Issue 11, round num16 (causes pooled over the annotated real sets): fighters and civilians by other
names, expected figures, a back-reference to a measure word of its own sentence, a total of one place,
those a vehicle carries, "the estimate of X". Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, ...]]]:
    article = Article(title=None, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value, q.key) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# Fighters of an armed group by another name ("extremists", "militants") count one side: two sources'
# tolls of them disagree.
FIGHTERS = [
    ("en", "The army said 60 extremists were killed in the battle. Local officials said 25 militants were killed."),
    ("sv", "Armén uppger att 60 extremister dödades i striden. Lokala tjänstemän säger att 25 militanta dödades."),
    ("no", "Hæren sier at 60 ekstremister ble drept i kampene. Lokale myndigheter sier at 25 militante ble drept."),
    ("da", "Hæren siger, at 60 ekstremister blev dræbt i kampene. Lokale myndigheder siger, at 25 militante blev dræbt."),
    ("de", "Die Armee sagt, 60 Extremisten seien getötet worden. Örtliche Behörden sagen, 25 Militante seien getötet worden."),
]


@pytest.mark.parametrize(("lang", "text"), FIGHTERS)
def test_fighters_by_another_name_conflict(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("killed", 60), ("killed", 25)]
    assert conflicts == [(0, 1)]


def test_noncombatants_are_civilians() -> None:
    found, conflicts = _read("The army said 20 noncombatants were killed. Local officials said 140 civilians were killed.", "en")
    assert [(m, v) for m, v, _ in found] == [("killed", 20), ("killed", 140)]
    assert conflicts == [(0, 1)]


# A figure someone expects ("they expect 1,000 participants") is no count yet: no rival to those counted.
EXPECTED = [
    ("en", "The police expect 1,000 participants. The organiser said 60 protesters took part on Friday."),
    ("sv", "Polisen räknar med 1 000 deltagare. Arrangören säger att 60 demonstranter deltog på fredagen."),
    ("no", "Politiet venter 1000 deltakere. Arrangøren sier at 60 demonstranter deltok fredag."),
    ("da", "Politiet forventer 1000 deltagere. Arrangøren siger, at 60 demonstranter deltog fredag."),
    ("de", "Die Polizei erwartet 1000 Teilnehmer. Der Veranstalter sagt, 60 Demonstranten hätten teilgenommen."),
]


@pytest.mark.parametrize(("lang", "text"), EXPECTED)
def test_an_expected_figure_is_no_rival_count(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert any(v == 1000 and "period=projection" in k for _, v, k in found)
    assert conflicts == []


# A back-reference after a measure word of its own sentence with no figure ("many are missing; it is
# about 3,600 people") gives that figure, not a restatement of the latest toll.
NAMED_BEFORE = [
    ("sv", "Minst 900 personer har dödats, enligt ministeriet. Många saknas under rasmassorna – enligt räddningstjänsten rör det sig om 300 personer."),
    ("no", "Minst 900 mennesker er drept, ifølge departementet. Mange er savnet i ruinene – ifølge redningstjenesten dreier det seg om 300 mennesker."),
    ("da", "Mindst 900 mennesker er dræbt, oplyser ministeriet. Mange er savnet i ruinerne – ifølge redningstjenesten drejer det sig om 300 mennesker."),
    ("de", "Mindestens 900 Menschen wurden getötet, teilte das Ministerium mit. Viele werden vermisst – laut Rettungsdienst handelt es sich um 300 Menschen."),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_BEFORE)
def test_a_back_reference_gives_the_measure_named_before_it(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert ("killed", 900) in [(m, v) for m, v, _ in found]
    assert ("missing", 300) in [(m, v) for m, v, _ in found]
    assert conflicts == []


# A total given for one place ("in all, three were arrested on the island") is no rival to the figure of
# the whole operation.
PLACE_TOTAL = [
    ("da", "Politiet anholdt 27 personer i aktionen, oplyser politiet. I alt tre personer blev anholdt på Bornholm."),
    ("sv", "Polisen grep 27 personer i tillslaget, uppger polisen. Totalt greps tre personer på Gotland."),
    ("no", "Politiet pågrep 27 personer i aksjonen, opplyser politiet. Totalt ble tre personer pågrepet i Tromsø."),
    ("en", "Police arrested 27 people in the raid, police said. In all, three people were arrested in Leeds."),
]


@pytest.mark.parametrize(("lang", "text"), PLACE_TOTAL)
def test_a_total_of_one_place_is_no_rival_to_the_whole(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [v for _, v, _ in found] == [27, 3]
    assert conflicts == []


def test_a_vehicle_carrying_people_counts_those_aboard() -> None:
    found, conflicts = _read("Two people were seriously injured after a bus carrying 40 people crashed, police said.", "en")
    assert ("other", 40) in [(m, v) for m, v, _ in found]
    assert not any(m == "wounded" and v == 40 for m, v, _ in found)
    assert conflicts == []


def test_the_estimate_of_names_the_counted() -> None:
    found, _ = _read("The army said 60 extremists were killed. The local estimate of militants killed was about 25.", "en")
    assert [(m, v, k.split("|")[2]) for m, v, k in found] == [("killed", 60, "attacker"), ("killed", 25, "attacker")]


def test_those_carried_and_those_onboard_are_one_count() -> None:
    text = "The sheriff said the ferry was carrying 150 passengers. A company spokesman said 112 people were onboard."
    assert _read(text, "en")[1] == [(0, 1)]


# "von 20 bis 30" after a noun of a group is a range, no change; a group's "of" opens a count, no known set.
GROUP_RANGE = [
    ("de", "Die Polizei sah eine Gruppe von 20 bis 30 Jugendlichen am Bahnhof.", 20, 30),
    ("en", "Police saw a group of 20 to 30 youths near the station.", 20, 30),
    ("de", "Eine Menge von 200 Menschen versammelte sich vor dem Rathaus.", 200, None),
]


@pytest.mark.parametrize(("lang", "text", "low", "high"), GROUP_RANGE)
def test_a_group_of_a_range_is_a_count(lang: str, text: str, low: float, high: float | None) -> None:
    article = Article(title=None, body=(text,), language=lang)
    found = count(article, attribute(article))
    assert [(q.value, q.high) for q in found] == [(low, high)]


def test_a_change_von_auf_stays_a_change() -> None:
    assert [v for _, v, _ in _read("Die Zahl der Toten stieg von 20 auf 30, sagte die Polizei.", "de")[0]] == [30]


# A day beside a month abbreviation in a dateline is a date, no count.
DATELINES = [
    ("en", "ARARIA, Nov 22 (PTI) Police arrested 14 people after the clash.", [14]),
    ("sv", "STOCKHOLM, 22 nov (TT) Polisen grep 14 personer efter bråket.", [14]),
    ("no", "OSLO, 22 nov (NTB) Politiet pågrep 14 personer etter slagsmålet.", [14]),
    ("da", "AARHUS, 22 nov (Ritzau) Politiet anholdt 14 personer efter slagsmålet.", [14]),
    ("de", "BERLIN, 22 Nov (dpa) Die Polizei nahm 14 Menschen fest.", [14]),
]


@pytest.mark.parametrize(("lang", "text", "values"), DATELINES)
def test_a_dateline_day_is_no_count(lang: str, text: str, values: list[float]) -> None:
    assert [v for _, v, _ in _read(text, lang)[0]] == values


# Warrants and documents "executed" or "fullbyrdet" are papers carried out: no death toll.
WARRANTS = [
    ("en", "Officers said 26 search warrants were executed in three counties.", 26),
    ("no", "Politiet opplyser at 12 arrestordrer ble fullbyrdet i helgen.", 12),
]


@pytest.mark.parametrize(("lang", "text", "value"), WARRANTS)
def test_executed_warrants_are_no_deaths(lang: str, text: str, value: float) -> None:
    found = _read(text, lang)[0]
    assert [(m, v) for m, v, _ in found] == [("other", value)]


# An item of a list of counts too far from the predicate before the list takes it.
LIST_LEAD = [
    ("da", "Hæren har ødelagt 45 kampvogne, tolv fly, fire helikoptere og 308 pansrede køretøjer, siger ministeriet."),
    ("sv", "Armén har förstört 45 stridsvagnar, tolv flygplan, fyra helikoptrar och 308 pansarfordon, säger ministeriet."),
    ("no", "Hæren har ødelagt 45 stridsvogner, tolv fly, fire helikoptre og 308 pansrede kjøretøy, sier departementet."),
    ("en", "The army has destroyed 45 tanks, twelve planes, four helicopters and 308 armoured vehicles, the ministry said."),
    ("de", "Das Heer hat 45 Panzer, zwölf Flugzeuge, vier Hubschrauber und 308 gepanzerte Fahrzeuge zerstört, sagte das Ministerium."),
]


@pytest.mark.parametrize(("lang", "text"), LIST_LEAD)
def test_the_last_item_of_a_list_takes_its_predicate(lang: str, text: str) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)[0]] == [
        ("destroyed", 45), ("destroyed", 12), ("destroyed", 4), ("destroyed", 308)]


# A headline figure of a country ("Ukraine: …") that its ministry states in the body ("Ukraines
# forsvarsministerium siger") is one record, kept in the body: the genitive names the same source.
TITLE_GENITIVE = [
    ("da", "Ukraine: Over 1000 soldater er dræbt", "Ukraines forsvarsministerium siger tirsdag, at over 1000 soldater er dræbt."),
    ("sv", "Ukraina: Över 1 000 soldater dödade", "Ukrainas försvarsministerium säger på fredagen att över 1 000 soldater har dödats."),
    ("no", "Ukraina: Over 1000 soldater drept", "Ukrainas forsvarsdepartement sier fredag at over 1000 soldater er drept."),
    ("en", "Ukraine: Over 1,000 soldiers killed", "Ukraine's defence ministry said on Friday that over 1,000 soldiers had been killed."),
]


@pytest.mark.parametrize(("lang", "title", "body"), TITLE_GENITIVE)
def test_a_headline_figure_restated_by_its_source_in_the_genitive(lang: str, title: str, body: str) -> None:
    article = Article(title=title, body=(body,), language=lang)
    found = count(article, attribute(article))
    assert [(q.measure, q.value) for q in found] == [("killed", 1000)]


# The morgue where the dead are counted is no place of the event: its count is a rival toll.
MORGUE = [
    ("de", "Bei den Anschlägen in der Stadt seien 150 Menschen getötet worden, sagte ein Helfer. Ein Reporter zählte 97 Tote in der Leichenhalle."),
    ("en", "About 150 people were killed in the attacks in the city, a rescuer said. A reporter counted 97 dead in the morgue."),
    ("sv", "Omkring 150 människor dödades i attackerna i staden, säger en räddningsarbetare. En reporter räknade 97 döda i bårhuset."),
    ("no", "Rundt 150 mennesker ble drept i angrepene i byen, sier en redningsarbeider. En reporter telte 97 døde i likhuset."),
    ("da", "Omkring 150 mennesker blev dræbt i angrebene i byen, siger en redningsarbejder. En reporter talte 97 døde i lighuset."),
]


@pytest.mark.parametrize(("lang", "text"), MORGUE)
def test_the_morgue_is_no_place_of_the_event(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("killed", 150), ("killed", 97)]
    assert conflicts == [(0, 1)]
