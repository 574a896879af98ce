"""Issue 11, round num22 (causes pooled over the annotated real sets): the day a figure was reported is not
the day of the events; an army's losses without a period are its war total; successive versions of one
count are no breakdown; one body under two forms of its name gives one figure. Every sentence here was
written for this file."""
from __future__ import annotations

import pytest

from .conftest import conflict_values as _conflicts
from .conftest import quantity_keys as _keys


def _keys_of(text: str, lang: str, value: float) -> list[str]:
    """The keys of the quantities of `value` in `text`."""
    return [key for v, key in _keys(text, lang) if v == value]


def _quals(key: str) -> set[str]:
    return set(filter(None, key.split("|")[4].split(";")))


# A day fronted before the verb of a report ("Tirsdag oplyste hæren, at …") or before a verb or noun of
# reporting in the figure's clause ("Fredag blev der meldt om …", "in einem am Montag veröffentlichten
# Bericht") dates the report, not the events: the figure has no day.
REPORT_DAY = [
    ("da", "Tirsdag aften oplyste hæren, at 640 fjendtlige soldater var blevet dræbt.", 640),
    ("da", "Fredag blev der fra samme hold meldt om mere end 7.000 dræbte soldater.", 7000),
    ("sv", "I tisdags uppgav armén att 640 fientliga soldater hade dödats.", 640),
    ("sv", "På fredagen rapporterades att 215 personer hittills har avlidit.", 215),
    ("no", "Tirsdag opplyste direktoratet at minst 870 mennesker er drept.", 870),
    ("no", "Fredag ble det meldt om 5200 drepte soldater.", 5200),
    ("de", "Am Dienstag teilte die Armee mit, dass 640 Soldaten getötet worden seien.", 640),
    ("de", "Der General sprach in einem am Montag veröffentlichten Bericht von 900 getöteten Soldaten.", 900),
    ("en", "The ministry on Tuesday reported that 64 civilians had been killed.", 64),
]


@pytest.mark.parametrize(("lang", "text", "value"), REPORT_DAY)
def test_the_day_of_a_report_is_no_day_of_the_events(lang: str, text: str, value: float) -> None:
    found = _keys_of(text, lang, value)
    assert found and not any(q.startswith(("time=", "place=")) for q in _quals(found[0]))


# The day of the events stays: "I tisdags dödades …", "Fredag blev 14 dræbt, meldte politiet".
EVENT_DAY = [
    ("sv", "I tisdags dödades 14 personer i Umeå.", 14, "time=tisdag"),
    ("da", "Fredag blev 14 personer dræbt, meldte politiet.", 14, "time=fredag"),
    ("en", "On Tuesday, 14 people were killed in the storm.", 14, "time=tuesday"),
]


@pytest.mark.parametrize(("lang", "text", "value", "qual"), EVENT_DAY)
def test_the_day_of_the_events_stays(lang: str, text: str, value: float, qual: str) -> None:
    found = _keys_of(text, lang, value)
    assert found and qual in _quals(found[0])


# A participle between the number and the counted noun ("5.000 dræbte russiske soldater", "getötete
# russische Soldaten") is an attribute: the noun after it is what is counted, with its nationality.
ATTRIBUTIVE = [
    ("da", "Hæren meldte om 5.000 dræbte russiske soldater.", 5000, "soldier|russian"),
    ("da", "Hæren melder om over 7.000 dræbte russere.", 7000, "person|russian"),
    ("sv", "Armén rapporterade 5 000 dödade ryska soldater.", 5000, "soldier|russian"),
    ("no", "Hæren meldte om 5000 drepte russiske soldater.", 5000, "soldier|russian"),
    ("de", "Die Armee meldete 5.000 getötete russische Soldaten.", 5000, "soldier|russian"),
    ("en", "The army counted 5,000 killed Russian soldiers.", 5000, "soldier|russian"),
]


@pytest.mark.parametrize(("lang", "text", "value", "subject"), ATTRIBUTIVE)
def test_a_participle_before_the_counted_noun(lang: str, text: str, value: float, subject: str) -> None:
    found = _keys_of(text, lang, value)
    assert found and "|".join(found[0].split("|")[2:4]) == subject


# A weekday or month after a place preposition is a time, never a place ("i onsdags uppgav Ryssland",
# "in einem am Freitag …", "in the province Friday").
NO_PLACE = [
    ("sv", "I onsdags uppgav Trafikverket att 33 personer hade skadats.", 33),
    ("de", "Nach Angaben in einem am Freitag verbreiteten Video wurden 33 Menschen verletzt.", 33),
    ("en", "Jets struck positions in the province Friday, killing 33 fighters.", 33),
]


@pytest.mark.parametrize(("lang", "text", "value"), NO_PLACE)
def test_a_day_is_no_place(lang: str, text: str, value: float) -> None:
    found = _keys_of(text, lang, value)
    assert found and not any(q.startswith("place=") for q in _quals(found[0]))


# One side's military dead over the whole war ("under krigen", "seit Kriegsbeginn") and the same side's
# military dead given with no period, day or starting point by another source are one war total: they conflict.
WAR_TOTAL = [
    ("da", ("Mere end 8.000 russiske soldater er dræbt under krigen, oplyser den ukrainske hær.\n\n"
           "Rusland oplyste, at 700 russiske soldater var blevet dræbt."), (700.0, 8000.0)),
    ("sv", ("Mer än 8 000 ryska soldater har dödats under kriget, uppger den ukrainska armén.\n\n"
           "Ryssland uppgav att 700 ryska soldater hade dödats."), (700.0, 8000.0)),
    ("no", ("Mer enn 8000 russiske soldater er drept under krigen, opplyser den ukrainske hæren.\n\n"
           "Russland opplyste at 700 russiske soldater var drept."), (700.0, 8000.0)),
    ("de", ("Seit Kriegsbeginn sollen mehr als 8000 russische Soldaten getötet worden sein, sagte der Sprecher der "
           "ukrainischen Armee.\n\nMoskau erklärte, 700 russische Soldaten seien getötet worden."), (700.0, 8000.0)),
    ("en", ("More than 8,000 Russian soldiers have been killed during the war, the Ukrainian army said.\n\n"
           "Moscow said 700 Russian soldiers had been killed."), (700.0, 8000.0)),
]


@pytest.mark.parametrize(("lang", "text", "values"), WAR_TOTAL)
def test_an_army_toll_without_a_period_is_its_war_total(lang: str, text: str, values: tuple[float, ...]) -> None:
    assert values in _conflicts(text, lang)


# Not for civilians, other sides, or a toll of one day.
NO_WAR_TOTAL = [
    ("da", ("Mere end 8.000 civile er dræbt under krigen, oplyser FN.\n\n"
           "Rusland oplyste, at 700 civile var blevet dræbt.")),
    ("en", ("More than 8,000 Russian soldiers have been killed during the war, the Ukrainian army said.\n\n"
           "Moscow said 700 Ukrainian soldiers had been killed.")),
    ("en", ("More than 8,000 Russian soldiers have been killed during the war, the Ukrainian army said.\n\n"
           "Moscow said 700 Russian soldiers were killed on Tuesday.")),
]


@pytest.mark.parametrize(("lang", "text"), NO_WAR_TOTAL)
def test_no_war_total_for_other_tolls(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


# Figures of one count that a word of a later version separates ("först två bilar, sedan tre", "first
# two cars, then three") are successive versions, no breakdown; "sedan" before a verb is "then", no "since".
SUCCESSIVE = [
    ("sv", "Först sa polisen att två bilar krockat, sedan sa räddningstjänsten att fyra bilar krockat."),
    ("da", "Først sagde politiet, at to biler var involveret, derefter sagde beredskabet, at fire biler var involveret."),
    ("no", "Først sa politiet at to biler var involvert, deretter sa brannvesenet at fire biler var involvert."),
    ("de", "Zunächst sprach die Polizei von zwei Autos, dann meldete die Feuerwehr vier Autos."),
    ("en", "Police first said two cars were involved, then the fire service said four cars were involved."),
]


@pytest.mark.parametrize(("lang", "text"), SUCCESSIVE)
def test_successive_versions_are_no_breakdown(lang: str, text: str) -> None:
    keys = [key for v, key in _keys(text, lang) if v in (2, 4)]
    assert keys and not any(q.startswith(("breakdown", "since")) for key in keys for q in _quals(key))


# One body under two forms of its name ("ukrainsk side", "de ukrainske forsvarsstyrker"; a title's
# "Ukrainske styrker") gives one figure, recorded once.
ONE_BODY = [
    ("da", "Ukrainske styrker: 7.500 russere dræbt",
     ("Over 7.500 russiske soldater er omkommet i krigen, lyder det fra ukrainsk side.\n\n"
     "Tirsdag meddeler de ukrainske forsvarsstyrker, at over 7.500 russiske soldater er omkommet i krigen."),
     7500),
    ("no", None,
     ("Mer enn 9000 russiske soldater er drept under krigen, sier ukrainsk side.\n\n"
     "I dag opplyser de ukrainske forsvarsstyrkene at mer enn 9000 russiske soldater er drept under krigen."),
     9000),
]


@pytest.mark.parametrize(("lang", "title", "text", "value"), ONE_BODY)
def test_one_body_under_two_names_gives_one_figure(lang: str, title: str | None, text: str, value: float) -> None:
    assert [v for v, _ in _keys(text, lang, title)].count(value) == 1


# Losing the jobs in every tense and in the plural is a layoff; a part that names its own whole in digits
# ("41 av 60 anställda") is a part of that whole, not of the figure counted before, and keeps its own place.
OWN_WHOLE = [
    ("sv", "Bruket varslar 210 tjänstemän i Sundsvall. I Luleå förlorar 41 av 60 anställda jobben.", 41, "place=luleå"),
    ("sv", "I Luleå förlorade 41 anställda jobben.", 41, "place=luleå"),
    ("da", "I Aalborg mistede 41 ansatte jobbet.", 41, "place=aalborg"),
    ("no", "I Bodø har 41 ansatte mistet jobbet.", 41, "place=bodø"),
]


@pytest.mark.parametrize(("lang", "text", "value", "place"), OWN_WHOLE)
def test_lost_jobs_and_a_part_of_its_own_whole(lang: str, text: str, value: float, place: str) -> None:
    found = _keys_of(text, lang, value)
    assert found and "|layoff|" in found[0] and place in _quals(found[0])


# A figure with no place of its own that the head of a territory gives ("lederen for Telemark-regionen",
# "the governor of Kherson region", "der Bürgermeister von Pforzheim") is that territory's; a body in a
# place ("Police in the Helgådalen region"), a ministry or a longer name ("the Interior Ministry's …") places nothing.
OFFICIAL_PLACE = [
    ("no", "Sju personer er skadet, sier Kari Nordmann, lederen for Vestland-regionen.", 7, "place=vestland-regionen"),
    ("da", "Syv personer er såret, siger Jens Hansen, borgmester i Esbjerg.", 7, "place=esbjerg"),
    ("sv", "Sju personer har skadats, säger Anna Berg, guvernören i Kalmar.", 7, "place=kalmar"),
    ("de", "Sieben Menschen wurden verletzt, sagte Anna Weber, die Bürgermeisterin von Pforzheim.", 7, ""),
    ("de", "„Sieben Menschen wurden verletzt“, erklärte der Chef der Verwaltung in der Hauptstadt, Ivan Petrenko.", 7,
     "place=hauptstadt"),
    ("en", "Seven people were injured, said Olena Shevchuk, the governor of Kherson region.", 7, "place=kherson"),
    ("en", "Seven people were injured, police in the Helgådalen region said.", 7, ""),
    ("en", "Seven people were injured, said John Smith, head of the Interior Ministry's relief office.", 7, ""),
]


@pytest.mark.parametrize(("lang", "text", "value", "place"), OFFICIAL_PLACE)
def test_the_head_of_a_territory_places_the_figure(lang: str, text: str, value: float, place: str) -> None:
    found = _keys_of(text, lang, value)
    places = {q for q in _quals(found[0]) if q.startswith("place=")} if found else set()
    assert found and places == ({place} if place else set())
