"""Issue 11, round num42 (quantities and conflicts of the read set read27): nationals of one kind are no rival
of people of another kind; "shot" hurts people and kills soldiers. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import conflict_values as _conflicts
from .conftest import measure_values as _measures
from .conftest import quantity_keys as _keys

# Nationals of one kind ("nine German passengers") and people of another kind with no nationality ("four
# patients") are two groups: the nationals are a part of those counted, never a rival figure.
NATIONALS = [
    ("en", ("The ministry said nine German passengers were taken to hospital after the ferry ran aground.\n\n"
            "The clinic said four patients had been taken to hospital.")),
    ("sv", ("Ministeriet uppger att nio tyska passagerare fördes till sjukhus efter grundstötningen.\n\n"
            "Kliniken uppger att fyra patienter har förts till sjukhus.")),
    ("no", ("Departementet opplyser at ni tyske passasjerer ble fraktet til sykehus etter grunnstøtingen.\n\n"
            "Klinikken opplyser at fire pasienter er fraktet til sykehus.")),
    ("da", ("Ministeriet oplyser, at ni tyske passagerer blev kørt på hospitalet efter grundstødningen.\n\n"
            "Klinikken oplyser, at fire patienter er kørt på hospitalet.")),
    ("de", ("Das Ministerium teilte mit, neun dänische Passagiere seien nach der Havarie ins Krankenhaus gebracht worden.\n\n"
            "Die Klinik teilte mit, vier Patienten seien ins Krankenhaus gebracht worden.")),
]


@pytest.mark.parametrize(("lang", "text"), NATIONALS)
def test_nationals_of_one_kind_are_no_rival_of_other_people(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


# The same kind of people, one figure with a nationality and one without, stay one count ("200 Germans" and
# "150 people" evacuated from one port).
NATIONALS_SAME_KIND = [
    ("en", "The ministry said 200 Germans were evacuated from the port.\n\nThe navy said 150 people were evacuated from the port."),
    ("sv", "Ministeriet uppger att 200 tyskar evakuerades från hamnen.\n\nFlottan uppger att 150 personer evakuerades från hamnen."),
]


@pytest.mark.parametrize(("lang", "text"), NATIONALS_SAME_KIND)
def test_nationals_and_people_of_the_same_kind_may_conflict(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == [(150, 200)]


# English "shot" with no "dead"/"and killed" hurts people, as "skutt", "skudt", "skjuten" do; soldiers shot by
# their captors are killed.
SHOT = [
    ("The gunman shot three cyclists before he fled.", [("wounded", 3)]),
    ("Two teenagers were shot outside the arena on Friday.", [("wounded", 2)]),
    ("Witnesses said the gunman shot dead three cyclists.", [("killed", 3)]),
    ("The militia reportedly shot four soldiers who had laid down their arms.", [("killed", 4)]),
]


@pytest.mark.parametrize(("text", "expected"), SHOT)
def test_shot_hurts_people_and_kills_soldiers(text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, "en") == expected


# People kept in quarantine are counted (`other`, event `quarantine`), even staff, whose bare count is a workforce.
QUARANTINE = [
    ("en", "So far, 40 nurses and 12 residents are quarantining, the care home said.", [(40, "quarantine"), (12, "quarantine")]),
    ("en", "Around 60 pupils were quarantined after a teacher fell ill.", [(60, "quarantine")]),
    ("sv", "Totalt 45 anställda har satts i karantän efter utbrottet.", [(45, "quarantine")]),
    ("no", "Rundt 25 ansatte ved skolen er satt i karantene.", [(25, "quarantine")]),
    ("da", "Omkring 25 ansatte på skolen er sendt i karantæne.", [(25, "quarantine")]),
    ("de", "Rund 25 Beschäftigte der Schule sind in Quarantäne.", [(25, "quarantine")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUARANTINE)
def test_people_in_quarantine_are_counted(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, key.split("|")[1]) for v, key in _keys(text, lang)] == expected


# German "burned down" with its particle split off the verb ("brannten … nieder", "brannte … ab") loses things.
BURNED_DOWN = [
    ("Im Kreis Pinneberg brannten nach einem Blitzeinschlag drei Scheunen nieder.", [("destroyed", 3)]),
    ("In der Nacht brannte das Feuer vier Gartenhäuser ab, teilte die Feuerwehr mit.", [("destroyed", 4)]),
]


@pytest.mark.parametrize(("text", "expected"), BURNED_DOWN)
def test_german_split_burned_down_destroys(text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, "de") == expected


# "A total of" opens a count, no known set; things "were lost" are destroyed, people are never lost that way.
LOST_TOTAL = [
    ("A total of 12 houses were lost when the flames reached the valley.", [("destroyed", 12)]),
    ("Two fishing boats were lost in the storm.", [("destroyed", 2)]),
    ("A total of 30 passengers were rescued from the ferry.", [("other", 30)]),
    ("About 200 subscribers were lost to rivals last year.", [("other", 200)]),
]


@pytest.mark.parametrize(("text", "expected"), LOST_TOTAL)
def test_a_total_of_and_things_lost(text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, "en") == expected


# A reduction of staff ("workforce reduction", "reduksjon på N ansatte", "minskning med N anställda") is a layoff
# of those staff, not the size of the firm; the "med" of an event noun is no firm's size.
REDUCTION = [
    ("en", "The new workforce reduction affects about 900 employees in Europe, the company said.", 900),
    ("en", "The plan means a reduction of 250 staff over two years, the union said.", 250),
    ("no", "Det blir en reduksjon på rundt 80 ansatte i administrasjonen, opplyser forbundet.", 80),
    ("da", "Planen giver en reduktion på 80 medarbejdere i administrationen, oplyser forbundet.", 80),
    ("sv", "Planen innebär en minskning med 80 anställda inom administrationen, uppger facket.", 80),
    ("sv", "Ledningen aviserar en nedskärning med 80 anställda i Umeå, uppger facket.", 80),
    ("de", "Vorgesehen ist der Abbau von 80 Mitarbeitern in der Verwaltung, teilte die Gewerkschaft mit.", 80),
]


@pytest.mark.parametrize(("lang", "text", "value"), REDUCTION)
def test_a_reduction_of_staff_is_a_layoff(lang: str, text: str, value: float) -> None:
    assert [(v, key.split("|")[1]) for v, key in _keys(text, lang)] == [(value, "layoff")]


def test_a_firm_with_its_staff_is_still_its_size() -> None:
    assert _keys("Koncernen med 16 000 anställda varslar 300 personer, uppger facket.", "sv") == [
        (300, "other|layoff|person|||")]


# "den ena"/"den ene" before a counted noun is a determiner ("the one case"), no numeral one; with no noun after
# it ("Den ena har avlidit") it is still one of those just counted.
ONE_OF_PAIR = [
    ("sv", "Efter branden var den ena personen så illa däran att hon fördes till sjukhus.", []),
    ("no", "Bilen med den ene personen ble så skadet at han ble fløyet til sykehus.", []),
    ("no", "Etter ulykken ble den ene personen sendt til sykehus.", []),
    ("sv", "Två män fördes till sjukhus efter branden. Den ena har avlidit, uppger polisen.", [2, 1]),
    ("no", "To kvinner ble fraktet til sykehus. Den ene er død, opplyser politiet.", [2, 1]),
]


@pytest.mark.parametrize(("lang", "text", "values"), ONE_OF_PAIR)
def test_the_one_before_a_noun_is_no_count(lang: str, text: str, values: list[float]) -> None:
    assert [v for v, _ in _keys(text, lang)] == values


# A hospital's figure with no place of its own counts its own patients: well under a wider figure of no place, it is
# that hospital's share, no rival toll; a figure near the wider one still disagrees with it.
HOSPITAL_SHARE = [
    ("no", "Fire personer er smittet, opplyser Haukeland universitetssykehus.\n\nTotalt er 15 nordmenn smittet så langt."),
    ("sv", "Fyra personer är smittade, uppger Sahlgrenska universitetssjukhuset.\n\nTotalt är 15 svenskar smittade hittills."),
    ("da", "Fire personer er smittet, oplyser Aarhus Universitetshospital.\n\nIndtil videre er 15 danskere smittet."),
    ("de", "Vier Menschen seien infiziert, teilte das Klinikum Nord mit.\n\nInsgesamt sind bislang 15 Menschen infiziert."),
    ("en", "Four people were infected, St. Jude Medical Center said.\n\nAcross the state, 15 people are infected."),
]


@pytest.mark.parametrize(("lang", "text"), HOSPITAL_SHARE)
def test_a_hospitals_own_patients_are_a_share(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


def test_a_hospital_figure_near_the_whole_still_conflicts() -> None:
    text = "Twelve people died, St. Jude Medical Center said.\n\nPolice said 15 people died in the blast."
    assert _conflicts(text, "en") == [(12, 15)]


# "one of the X" counts one when a toll of its own predicates it ("En av de involverte personene er skadet"); one of a
# set with no toll (a defendant led back, a bank) is no count.
ONE_OF_THE = [
    ("en", "One of the two cyclists was badly injured in the crash, police said.", [("wounded", 1)]),
    ("sv", "En av de två cyklisterna skadades allvarligt i olyckan, enligt polisen.", [("wounded", 1)]),
    ("da", "En af de to cyklister blev alvorligt såret ved ulykken, oplyser politiet.", [("wounded", 1)]),
    ("no", "En av de to syklistene ble alvorlig skadet i ulykken, opplyser politiet.", [("wounded", 1)]),
    ("sv", "En av de största bankerna i landet har varslat om uppsägningar.", []),
    ("en", "One of the defendants, a 40-year-old from Leeds, was taken back to custody.", []),
    ("no", "En av de tiltalte ble ført tilbake til varetekt etter rettsmøtet.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ONE_OF_THE)
def test_one_of_the_counts_only_by_a_toll(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


# A number that opens with a multiplier word takes the words joined to it ("hundred and twenty", "hundrede og
# tyve"); a second multiplier no larger than the first starts another number ("two hundred and three hundred").
NUMBER_WORDS = [
    ("en", "One hundred and twenty people were arrested after the match.", [120]),
    ("da", "Hundrede og tyve personer blev anholdt efter kampen.", [120]),
    ("no", "Et hundre og femti personer ble evakuert fra leiren.", [150]),
    ("sv", "Hundra personer greps efter matchen.", [100]),
    ("en", "Two hundred thousand people were evacuated.", [200000]),
    ("en", "Between two hundred and three hundred people were arrested.", []),
]


@pytest.mark.parametrize(("lang", "text", "values"), NUMBER_WORDS)
def test_number_words_opening_with_a_multiplier(lang: str, text: str, values: list[float]) -> None:
    assert [v for v, _ in _keys(text, lang)] == values


# A point of the compass ("in the north", "i norr", "im Norden") is a part of the country: its toll is no rival of
# the national one.
COMPASS = [
    ("en", "The ministry said 30 people died in the storm in the south.\n\nThe UN said 400 people died in the storm across the country."),
    ("sv", "Enligt ministeriet dog 30 personer i stormen i söder.\n\nEnligt FN dog 400 personer i stormen i hela landet."),
    ("no", "Ifølge departementet døde 30 personer i stormen i sør.\n\nIfølge FN døde 400 personer i stormen i hele landet."),
    ("da", "Ifølge ministeriet døde 30 personer i stormen i syd.\n\nIfølge FN døde 400 personer i stormen i hele landet."),
    ("de", "Laut Ministerium starben 30 Menschen bei dem Sturm im Süden.\n\nLaut UN starben 400 Menschen bei dem Sturm landesweit."),
]


@pytest.mark.parametrize(("lang", "text"), COMPASS)
def test_a_point_of_the_compass_is_a_region(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


# German attacks and incidents after "bei" ("bei dem Anschlag", "bei einem Vorfall") are what happened, no place: two
# sources' tolls of the attack disagree.
def test_german_attack_after_bei_is_no_place() -> None:
    text = "Laut Polizei wurden zwölf Menschen bei dem Anschlag getötet.\n\nDie Regierung sprach von 40 Toten."
    assert _conflicts(text, "de") == [(12, 40)]
    assert all("place=" not in key for _, key in _keys("Bei einem Vorfall wurden drei Menschen verletzt.", "de"))


# A part of the hurt that "died in hospital" died: the hospital after the predicate is where, no later predicate that
# would make "died" a participle of the set; "døde" after "de skadde" is the predicate, no noun of the set.
DIED_IN_HOSPITAL = [
    ("en", "Three of the injured later died in hospital, the ministry said.", [("killed", 3)]),
    ("sv", "Tre av de skadade avled senare på sjukhuset, uppger regionen.", [("killed", 3)]),
    ("de", "Drei der Verletzten starben später im Krankenhaus, teilte das Ministerium mit.", [("killed", 3)]),
    ("no", "Tre av de skadde døde senere på sykehuset, opplyser politiet.", [("killed", 3)]),
    ("da", "Tre af de sårede døde senere på hospitalet, oplyser politiet.", [("killed", 3)]),
    ("en", "Nine of the 31 passengers hurt were flown to hospital.", [("other", 9)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DIED_IN_HOSPITAL)
def test_a_part_that_died_in_hospital_is_killed(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


# People left without a home are displaced in every language ("hjemløse", as "hemlösa", "homeless", "obdachlos").
HOMELESS = [
    ("no", "Over 150 mennesker ble hjemløse etter flommen.", [("displaced", 150)]),
    ("da", "Over 150 mennesker blev hjemløse efter oversvømmelsen.", [("displaced", 150)]),
    ("sv", "Över 150 personer blev hemlösa efter översvämningen.", [("displaced", 150)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HOMELESS)
def test_people_left_homeless_are_displaced(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


# The people "with" a vehicle ("en bil med to mænd", "en bil med tre personer") are its occupants, no count of the
# events; passengers, and occupants a measure word counts, still count.
OCCUPANTS = [
    ("da", "Ifølge vidner kom en bil med tre mænd kørende med høj hastighed.", []),
    ("no", "Lastebilen kolliderte med en bil med to personer, forteller operasjonslederen.", []),
    ("sv", "Enligt vittnen körde en bil med två kvinnor om flera fordon.", []),
    ("en", "A bus with 40 passengers was stuck on the pass for hours.", [40]),
    ("sv", "En bil med två personer körde av vägen och båda skadades.", [2]),
]


@pytest.mark.parametrize(("lang", "text", "values"), OCCUPANTS)
def test_a_vehicles_occupants_are_no_count(lang: str, text: str, values: list[float]) -> None:
    assert [v for v, _ in _keys(text, lang)] == values


# A total of the year so far ("Hittil i år", "sedan årsskiftet", "seit Jahresbeginn", "so far this year") is a running
# total, no rival of one event's toll; two totals of the year still disagree.
YEAR_TO_DATE = [
    ("en", "Police said four people died in the collision.\n\nSo far this year, 52 people have died on the county's roads, the council said."),
    ("sv", "Polisen uppger att fyra personer omkom i kollisionen.\n\nSedan årsskiftet har 52 personer omkommit på vägarna, enligt Trafikverket."),
    ("no", "Politiet opplyser at fire personer omkom i kollisjonen.\n\nHittil i år har 52 personer omkommet på veiene, ifølge vegvesenet."),
    ("da", "Politiet oplyser, at fire personer omkom ved kollisionen.\n\nI år er 52 personer omkommet på vejene, oplyser Vejdirektoratet."),
    ("de", "Laut Polizei kamen vier Menschen bei dem Zusammenstoß ums Leben.\n\nSeit Jahresbeginn starben laut Statistikamt 52 Menschen auf den Straßen."),
]


@pytest.mark.parametrize(("lang", "text"), YEAR_TO_DATE)
def test_a_total_of_the_year_is_no_rival_of_one_event(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []


def test_two_totals_of_the_year_still_disagree() -> None:
    text = ("So far this year, 52 people have died on the roads, the council said.\n\n"
            "Police said 70 people have died on the roads this year.")
    assert _conflicts(text, "en") == [(52, 70)]


# "In another incident" ("i en annen hendelse", "i en anden hændelse", "bei einem anderen Vorfall") opens a further
# event: its toll is no rival of the first.
ANOTHER_INCIDENT = [
    ("en", "Police said six people were hurt in the blast.\n\nIn another incident, three people were hurt, the fire service said."),
    ("no", "Politiet opplyser at seks personer ble skadet i eksplosjonen.\n\nI en annen hendelse ble tre personer skadet, ifølge brannvesenet."),
    ("da", "Politiet oplyser, at seks personer blev såret ved eksplosionen.\n\nI en anden hændelse blev tre personer såret, oplyser brandvæsenet."),
    ("de", "Laut Polizei wurden sechs Menschen bei der Explosion verletzt.\n\nBei einem anderen Vorfall wurden drei Menschen verletzt, teilte die Feuerwehr mit."),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER_INCIDENT)
def test_another_incident_is_a_further_event(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []
