"""Issue 11, round num41 (quantities and conflicts of the read set read26): the side named after "against" is
no place; a side's toll in the country of the war is its whole toll; the old value of a change with no new one
after it; the size of a place after "of"; vehicles overturned. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count

from .conftest import article_of, attribute
from .conftest import conflict_values as _conflicts
from .conftest import measure_values as _measures
from .conftest import quantity_keys as _keys

# The other side of a war ("i krigen mot Russland", "in the war against Russia") is no place of the figure.
OPPONENT = [
    ("no", "Over 30.000 ukrainske soldater er drept i krigen mot Russland, ifølge en forsker."),
    ("sv", "Över 30 000 ukrainska soldater har dödats i kriget mot Ryssland, enligt en forskare."),
    ("da", "Over 30.000 ukrainske soldater er dræbt i krigen mod Rusland, ifølge en forsker."),
    ("en", "More than 30,000 Ukrainian soldiers have been killed in the long war against Russia, a researcher said."),
]


@pytest.mark.parametrize(("lang", "text"), OPPONENT)
def test_the_other_side_of_a_war_is_no_place(lang: str, text: str) -> None:
    keys = [key for v, key in _keys(text, lang) if v == 30000]
    assert keys and not any("place=" in key for key in keys)


# One side's toll given in the country of the war and the same side's toll with no place, from two sources,
# disagree: the country is no region whose share the smaller figure would be.
SIDE_IN_COUNTRY = [
    ("no", ("Forsvaret i Kyiv hevder å ha drept over 12.000 russiske soldater.\n\n"
            "Moskva hevder på sin side at 600 russiske soldater er drept i Ukraina.")),
    ("sv", ("Den ukrainska armén uppger att över 12 000 ryska soldater har dödats.\n\n"
            "Moskva uppger för sin del att 600 ryska soldater har dödats i Ukraina.")),
    ("da", ("Den ukrainske hær oplyser, at over 12.000 russiske soldater er dræbt.\n\n"
            "Moskva oplyser for sin del, at 600 russiske soldater er dræbt i Ukraine.")),
    ("de", ("Die ukrainische Armee teilte mit, über 12.000 russische Soldaten seien getötet worden.\n\n"
            "Moskau erklärte dagegen, 600 russische Soldaten seien in der Ukraine getötet worden.")),
    ("en", ("The Ukrainian army said more than 12,000 Russian soldiers had been killed.\n\n"
            "Moscow said 600 Russian soldiers had been killed in Ukraine.")),
]


@pytest.mark.parametrize(("lang", "text"), SIDE_IN_COUNTRY)
def test_a_sides_toll_in_the_country_of_the_war_meets_its_whole_toll(lang: str, text: str) -> None:
    assert (600, 12000) in _conflicts(text, lang)


# A smaller figure for one place (no country, no side) is still that place's share of the whole.
LOCAL_SHARE = [
    ("en", "The governor said 40 people were killed in the storm.\n\nPolice said ten people were killed in Dover."),
    ("no", "Guvernøren sier 40 personer ble drept i stormen.\n\nPolitiet sier ti personer ble drept i Bergen."),
]


@pytest.mark.parametrize(("lang", "text"), LOCAL_SHARE)
def test_a_place_share_is_still_no_rival(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


# The old value of a change with no new value after it ("rose from 80 homes as …") is a toll since revised:
# no rival of the new figure the outlet gives.
CHANGED_FROM = [
    ("en", ("A wildfire has burned 170 homes, fire officials said on Sunday.\n\n"
            "The number rose from 90 homes as crews went through the streets.")),
    ("no", ("En skogbrann har ødelagt 170 hus, opplyser brannvesenet søndag.\n\n"
            "Tallet har steget fra 90 etter at mannskapene gikk gjennom gatene.")),
    ("da", ("En skovbrand har ødelagt 170 huse, oplyser brandvæsenet søndag.\n\n"
            "Tallet er steget fra 90, efter at mandskabet gik gaderne igennem.")),
]


@pytest.mark.parametrize(("lang", "text"), CHANGED_FROM)
def test_the_old_value_of_a_change_is_no_rival(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


# The size of a place after "of" ("a village of some 2,400 residents") is a standing total, no count.
PLACE_SIZE = [
    ("en", "The tornado hit Millbrook, a small town of about 6,000 people, on Saturday."),
    ("en", "The storm struck a city of 40,000 residents late on Friday, police said."),
]


@pytest.mark.parametrize(("lang", "text"), PLACE_SIZE)
def test_the_size_of_a_place_is_no_count(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


# Vehicles that overturned are a count of damage (`other`), not of the dead a later clause names.
OVERTURNED = [
    ("en", "On the highway, three semitrucks overturned, killing a driver, state police said.", ("other", 3)),
    ("en", "Five lorries overturned in the wind, police said.", ("other", 5)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OVERTURNED)
def test_vehicles_overturned_are_other(lang: str, text: str, expected: tuple[str, float]) -> None:
    assert expected in _measures(text, lang)


# An army's loss of soldiers ("Russland har mistet 20.100 soldater", "Russia has lost 20,100 soldiers") is a
# toll of the dead of the country that lost them.
LOST = [
    ("no", "Forsvaret i Kyiv anslår at Russland har mistet 18.300 soldater."),
    ("da", "Den ukrainske hær vurderer, at Rusland har mistet 18.300 soldater."),
    ("sv", "Den ukrainska armén uppskattar att Ryssland har förlorat 18 300 soldater."),
    ("en", "The Ukrainian army estimates that Russia has lost 18,300 soldiers."),
]


@pytest.mark.parametrize(("lang", "text"), LOST)
def test_soldiers_lost_are_the_dead_of_the_side_that_lost_them(lang: str, text: str) -> None:
    assert [(v, key) for v, key in _keys(text, lang)] == [(18300, "killed|dead|soldier||side=russian|")]


# Soldiers killed with no side of their own, given by a country, its leader or its army, are its own dead: they
# meet the other side's figure for that country's soldiers. After the source's own verb of killing they are not.
OWN_SIDE = [
    ("no", ("Russland sier over 25.000 soldater er drept på ukrainsk side.\n\n"
            "Ukrainas president sier at mellom 3.000 og 3.500 soldater er drept i krigen.")),
    ("sv", ("Ryssland säger att över 25 000 soldater har dödats på ukrainsk sida.\n\n"
            "Ukrainas president säger att mellan 3 000 och 3 500 soldater har dödats i kriget.")),
    ("da", ("Rusland siger, at over 25.000 soldater er dræbt på ukrainsk side.\n\n"
            "Ukraines præsident siger, at mellem 3.000 og 3.500 soldater er dræbt under krigen.")),
    ("en", ("Russia says more than 25,000 soldiers have been killed on the Ukrainian side.\n\n"
            "Ukraine's president says between 3,000 and 3,500 soldiers have been killed in the war.")),
]


@pytest.mark.parametrize(("lang", "text"), OWN_SIDE)
def test_soldiers_killed_given_by_a_country_are_its_own(lang: str, text: str) -> None:
    assert (3000, 25000) in _conflicts(text, lang)


OTHER_SIDE = [
    ("no", "Det ukrainske forsvaret hevder å ha drept 4.000 soldater."),
    ("en", "The Ukrainian army says it has killed 4,000 soldiers."),
    ("de", "Die ukrainische Armee sprach von 4000 getöteten Soldaten."),  # no clause of their own: whose is unsaid
    ("sv", "Den ukrainska armén säger att den har dödat 4 000 soldater."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_SIDE)
def test_soldiers_the_source_killed_are_not_its_own(lang: str, text: str) -> None:
    assert not any("side=" in key for _, key in _keys(text, lang))


# German "der" opens no set before a number ("Der Präsident sagt, 3000 Soldaten …" is no part): an article.
GERMAN_ARTICLE = [
    ("de", ("Russland sagt, mehr als 25.000 Soldaten seien auf ukrainischer Seite getötet worden.\n\n"
            "Der ukrainische Präsident sagt, zwischen 3000 und 3500 Soldaten seien im Krieg getötet worden.")),
]


@pytest.mark.parametrize(("lang", "text"), GERMAN_ARTICLE)
def test_a_german_article_opens_no_set(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert not any(key.endswith("subset") or "place=krieg" in key for _, key in keys)
    assert (3000, 25000) in _conflicts(text, lang)


# A rate word that closes the number's clause after a place ("… an der Front im Donbass jeden Tag") makes a rate.
DAILY_AFTER_PLACE = [
    ("de", "Die Regierung erklärte, es gebe bis zu 80 Tote an der Front im östlichen Donbass jeden Tag."),
    ("no", "Opptil 80 soldater blir drept ved fronten i det østlige Donbas hver dag, sier regjeringen."),
    ("da", "Op til 80 soldater bliver dræbt ved fronten i det østlige Donbas hver dag, siger regeringen."),
    ("sv", "Upp till 80 soldater dödas vid fronten i östra Donbas varje dag, säger regeringen."),
    ("en", "Up to 80 soldiers were killed on the front line in the eastern Donbas region every day, the government said."),
]


@pytest.mark.parametrize(("lang", "text"), DAILY_AFTER_PLACE)
def test_a_rate_closing_the_clause_after_a_place_is_no_count(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


# A bare figure in a new paragraph, after a sentence of its own that names what it counts, keeps the measure of the
# figure before but not its subject: it meets no figure of the paragraph before ("Diese erreichte rund 45.400").
NEW_PARAGRAPH_BARE = [
    ("de", ("Laut der Stadtverwaltung sind mindestens 15.000 Zivilisten getötet worden.\n\n"
            "Zu toten russischen Soldaten führt die Armee eine tägliche Zählung. Diese erreichte am Sonntag rund 41.000.")),
    ("no", ("Ifølge bystyret er minst 15.000 sivile drept.\n\n"
            "Om døde russiske soldater fører hæren en daglig opptelling. Den nådde søndag rundt 41.000.")),
    ("en", ("At least 15,000 civilians have been killed, the city council said.\n\n"
            "The army keeps a daily tally of dead Russian soldiers. It reached about 41,000 on Sunday.")),
]


@pytest.mark.parametrize(("lang", "text"), NEW_PARAGRAPH_BARE)
def test_a_bare_figure_after_a_new_topic_is_no_rival(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


# Places counted beside a toll ("shells 3 regions") are where it happened, no count of the dead or wounded.
PLACES_COUNTED = [
    ("en", "Shelling killed at least six people in four attacks on Saturday, governors said.",
     "At least 6 killed as Russia shells 4 Ukraine regions, governors say"),
    ("en", "At least six people were killed as shelling hit 4 provinces, officials said.", None),
    ("no", "Minst seks drept da Russland beskjøt fire regioner lørdag, sier guvernørene.", None),
    ("de", "Mindestens sechs Tote, als Russland vier Regionen beschoss, sagen die Gouverneure.", None),
]


@pytest.mark.parametrize(("lang", "text", "title"), PLACES_COUNTED)
def test_places_counted_beside_a_toll_are_no_toll(lang: str, text: str, title: str | None) -> None:
    assert [v for v, key in _keys(text, lang, title) if key.startswith(("killed", "wounded"))] == [6]


# A figure already given, after a definite article that opens its sentence ("Die drei Polizisten …"), is the set
# named again, no new count; after a comma or a preposition the article is a relative pronoun, and the count stands.
ARTICLE_AGAIN = [
    ("de", ("Bei dem Unfall wurden fünf Menschen verletzt, darunter drei Polizisten. Die drei Polizisten kamen mit "
            "leichten Verletzungen ins Krankenhaus."), [5]),
    ("de", ("In Köln wurden bei dem Sturm vier Autos beschädigt. In Bonn gab es einen Unfall, bei dem vier Radfahrer "
            "verletzt wurden."), [4, 4]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ARTICLE_AGAIN)
def test_a_figure_after_an_opening_article_is_named_again(lang: str, text: str, expected: list[float]) -> None:
    assert [v for v, key in _keys(text, lang) if not key.endswith("subset")] == expected


# Lightning strikes counted over a place or a period are a count of events (`other`).
LIGHTNING = [
    ("no", "Det har vært 40 lynnedslag over Nordland det siste døgnet, ifølge meteorologene."),
    ("sv", "Det har varit 40 blixtnedslag över Jämtland det senaste dygnet, enligt meteorologerna."),
    ("da", "Der har været 40 lynnedslag over Fyn det seneste døgn, oplyser meteorologerne."),
    ("de", "In der Nacht wurden 40 Blitzeinschläge über Franken gezählt, teilte der Wetterdienst mit."),
]


@pytest.mark.parametrize(("lang", "text"), LIGHTNING)
def test_lightning_strikes_are_counted(lang: str, text: str) -> None:
    assert [(v, key.split("|")[2]) for v, key in _keys(text, lang)] == [(40, "lightning")]


# German "gefallen" with "sein" (fallen in war) is a death; with a figure that is no count of people it is none.
FALLEN = [
    ("de", "„7.000 Helden“ seien gefallen, teilte der Armeechef am Montag mit.", [("killed", 7000)]),
    ("de", "Laut Armee sind 7.000 Soldaten gefallen.", [("killed", 7000)]),
    ("de", "Rund 300 Soldaten fielen im Kampf um die Stadt.", [("killed", 300)]),
    ("de", "Die Preise sind um 9 Prozent gefallen.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FALLEN)
def test_german_fallen_soldiers_are_dead(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


def test_a_german_battle_is_no_place() -> None:
    assert not any("place=" in key for _, key in _keys("Rund 300 Soldaten fielen im Kampf um die Stadt.", "de"))


def _approx(text: str, lang: str) -> list[tuple[float, bool]]:
    article = article_of(text, lang)
    return [(q.value, q.approx) for q in count(article, attribute(article))]


# Approximators: a verb of nearing ("nærmet seg", "approaching") before "en halv million" (the article belongs to
# the fraction), and one approximator before the first of two counts joined by "and" read for both.
APPROX = [
    ("no", "Antallet drepte og sårede soldater nærmet seg en halv million, ifølge amerikanske kilder.", [(500000, True)]),
    ("sv", "Antalet döda och skadade soldater närmar sig en halv miljon, enligt amerikanska källor.", [(500000, True)]),
    ("da", "Antallet af dræbte og sårede soldater nærmer sig en halv million, siger amerikanske kilder.", [(500000, True)]),
    ("en", "The number of dead and wounded soldiers is approaching 500,000, US sources said.", [(500000, True)]),
    ("de", "Der Minister sagte, es habe mindestens 48 Tote und 130 Verletzte gegeben.", [(48, True), (130, True)]),
    ("no", "Minst 48 er drept og 130 skadd, sier ministeren.", [(48, True), (130, True)]),
    ("sv", "Minst 48 döda och 130 skadade, säger ministern.", [(48, True), (130, True)]),
    ("da", "Mindst 48 dræbte og 130 sårede, siger ministeren.", [(48, True), (130, True)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), APPROX)
def test_approximators_reach_the_number(lang: str, text: str, expected: list[tuple[float, bool]]) -> None:
    assert _approx(text, lang) == expected


# A count of people hit followed by the part of it that died ("four people shot, three fatally") is one toll of the
# dead and the hurt (`other`), and the part that died is killed.
FATAL_PART = [
    ("en", "Police said five people were shot, two fatally.", [("other", 5), ("killed", 2)]),
    ("no", "Fem personer ble skutt, to av dem dødelig, ifølge politiet.", [("other", 5), ("killed", 2)]),
    ("sv", "Fem personer sköts, två av dem dödligt, enligt polisen.", [("other", 5), ("killed", 2)]),
    ("da", "Fem personer blev skudt, to af dem dødeligt, oplyser politiet.", [("other", 5), ("killed", 2)]),
    ("de", "Fünf Menschen wurden angeschossen, zwei davon tödlich, teilte die Polizei mit.", [("other", 5), ("killed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FATAL_PART)
def test_a_count_with_its_fatal_part_is_a_casualty_toll(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


def test_swedish_shot_is_wounded() -> None:
    assert _measures("Två personer sköts i Malmö under natten, enligt polisen.", "sv") == [("wounded", 2)]


# A number with no noun of its own whose predicate is the very predicate of the bare count before it ("Ni
# politifolk ble suspendert … minst 13 ble suspendert") is another figure for that count; German "spricht von"
# opens no set ("spricht von 11.000 Passagieren").
SAME_PREDICATE = [
    ("no", "Ni politifolk ble suspendert, opplyser politiet. Fagforeningen sier at minst 14 ble suspendert.", (9, 14)),
    ("en", "Nine officers were suspended, police said. The union said at least 14.", (9, 14)),
    ("de", ("Die Fluggesellschaft sagt, 3000 Passagiere seien betroffen gewesen. Eine Verbraucherorganisation spricht "
            "von 11.000 Passagieren."), (3000, 11000)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SAME_PREDICATE)
def test_a_figure_for_the_same_bare_count_is_a_rival(lang: str, text: str, expected: tuple[float, float]) -> None:
    assert expected in _conflicts(text, lang)


# Measure nouns: German "Evakuierten", "Obdachlosen" (displaced); Swedish "omhändertagna" (taken into custody).
MEASURE_NOUNS = [
    ("de", "Die Stadt spricht von 2700 Evakuierten.", [("displaced", 2700)]),
    ("de", "Nach dem Brand gab es 45 Obdachlose, sagte der Bürgermeister.", [("displaced", 45)]),
    ("sv", "Polisen rapporterar 31 omhändertagna efter matchen.", [("other", 31)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEASURE_NOUNS)
def test_measure_nouns(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


RELAY_DATE = [
    # a relay's clause before the relayed report's source ("Avisa X siterte i mars kilder som anslo at C", its via)
    # dates the relay's report, not the dead: the two tolls of one side still conflict (quantities.relay_zone)
    ("no", ("Nesten 9.000 ukrainske soldater er drept i krigen, ifølge en forsker.\n\n"
            "Avisa Dagbladet siterte i mars amerikanske kilder som anslo at nærmere 40.000 ukrainske soldater var drept."),
     [(9000.0, 40000.0)]),
    ("sv", ("Nästan 9 000 ukrainska soldater har dödats i kriget, enligt en forskare.\n\n"
            "Tidningen Expressen citerade i mars amerikanska källor som uppskattade att närmare 40 000 ukrainska "
            "soldater dödats."),
     [(9000.0, 40000.0)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELAY_DATE)
def test_a_relays_date_is_no_scope_of_the_count(lang: str, text: str, expected: list[tuple[float, ...]]) -> None:
    assert _conflicts(text, lang) == expected
