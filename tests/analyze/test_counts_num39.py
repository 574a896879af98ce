"""Issue 11, round num39 (quantities and conflicts on real pages): equal figures of two places in one sentence,
counted storms and streets, a part led by "including" in the sentence of its whole, "one death" and "one more
person", accidents counted beside a toll, and one side's toll against the toll of the whole event. Every
sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count

from .conftest import article_of, conflict_values, measure_values

# two places, one figure each: the second is no restatement of the first, though one source gives both
TWO_PLACES = [
    ("en", "Mudslides killed three hikers in Ashford and three in Wexham, rescuers said.",
     [("killed", 3), ("killed", 3)]),
    ("sv", "Ovädret krävde tre liv i Dalarna och tre i Värmland, uppger polisen.", [("killed", 3), ("killed", 3)]),
    ("no", "Tre fotgjengere omkom i Tromsø og tre i Harstad etter snøskredene, opplyser politiet.", [("killed", 3), ("killed", 3)]),
    ("da", "Tre cyklister omkom i Vejle og tre i Horsens i løbet af året, oplyser politiet.", [("killed", 3), ("killed", 3)]),
    ("de", "Lawinen töteten drei Skifahrer in Tirol und drei in Vorarlberg, teilte die Bergrettung mit.",
     [("killed", 3), ("killed", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TWO_PLACES)
def test_equal_figures_of_two_places_are_two_counts(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# a count of anything an event brought: storms that touched down, streets evacuated, a part of them
COUNTED_THINGS = [
    ("en", "Meteorologists counted eight tornadoes over the plains after the front passed.", [("other", 8)]),
    ("sv", "Meteorologerna räknade till åtta tornador efter att kallfronten dragit förbi.", [("other", 8)]),
    ("no", "Meteorologene telte åtte tornadoer etter at kaldfronten hadde passert.", [("other", 8)]),
    ("da", "Meteorologerne talte otte tornadoer, efter at kuldefronten var passeret.", [("other", 8)]),
    ("de", "Meteorologen zählten acht Tornados, nachdem die Kaltfront durchgezogen war.", [("other", 8)]),
    ("en", "Firefighters cleared five streets around the chemical depot.", [("other", 5)]),
    ("en", "Storm chasers filmed nine tornadoes in the valley, including three in Harlan.",
     [("other", 9), ("other", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED_THINGS)
def test_a_count_of_things_an_event_brought(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# "one death", "1 fatality", "one more person": the numeral one before a measure noun or after "more"
ONES = [
    ("en", "The salmonella cluster has caused one death and 14 hospitalizations since May.", [("killed", 1), ("other", 14)]),
    ("en", "Inspectors linked the tainted cheese to 31 illnesses and 1 fatality.", [("other", 31), ("killed", 1)]),
    ("en", "The ferry fire left four crew members dead and one more passenger injured.", [("killed", 4), ("wounded", 1)]),
    ("en", "Two officers received death threats after the raid.", [("other", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ONES)
def test_one_death_and_one_more(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# accidents counted beside a toll are where people died, not those who died
ACCIDENTS = [
    ("en", "Icy roads caused three accidents in which four drivers were killed.", [("killed", 4)]),
    ("sv", "Fyra personer omkom i tre olyckor under helgen.", [("killed", 4)]),
    ("no", "Fire personer omkom i tre ulykker i helgen.", [("killed", 4)]),
    ("da", "Fire personer omkom ved tre trafikulykker i weekenden.", [("killed", 4)]),
    ("de", "Vier Menschen starben bei drei Unfällen am Wochenende.", [("killed", 4)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ACCIDENTS)
def test_accidents_are_no_victims(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


CONFLICTS = [
    # one side's toll ("on the Ukrainian side") is a part of the toll of the whole attack, no rival to it
    ("de", ("Die Kämpfe um den Flughafen forderten mehr als 80 Menschenleben.\n\n"
            "Auf armenischer Seite seien 40 Soldaten gefallen, erklärte das Verteidigungsministerium."), []),
    ("en", ("The battle for the airport left more than 80 people dead.\n\n"
            "The defence ministry said 40 soldiers were killed on the Armenian side."), []),
    ("sv", ("Striderna om flygplatsen krävde över 80 liv.\n\n"
            "På armenisk sida dödades 40 soldater, uppger försvarsministeriet."), []),
    ("no", ("Over 80 mennesker ble drept i kampene om flyplassen.\n\n"
            "På armensk side ble 40 soldater drept, opplyser forsvarsdepartementet."), []),
    ("da", ("Over 80 mennesker blev dræbt i kampene om lufthavnen.\n\n"
            "På armensk side blev 40 soldater dræbt, oplyser forsvarsministeriet."), []),
    # no side named: two tolls of one attack still disagree
    ("en", ("The battle for the airport left more than 80 people dead, officials said.\n\n"
            "The defence ministry said 40 people were killed in the battle for the airport."), [(40.0, 80.0)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONFLICTS)
def test_one_side_is_no_rival_of_the_whole(lang: str, text: str, expected: list[tuple[float, ...]]) -> None:
    assert conflict_values(text, lang) == expected


# a place fronted in a figure's clause is its own; the place of the next conjunct ("and 41 in X") is the next figure's
FRONTED_PLACE_THEN_GAPPED = [
    ("en", "In Leeds 27 were wounded, the mayor said, and 41 in York, the governor said.", ["leeds", "york"]),
    ("sv", "I Kalmar skadades 27 personer, uppger kommunen, och 41 i Växjö, enligt regionen.", ["kalmar", "växjö"]),
    ("no", "I Bodø ble 27 personer skadd, sier ordføreren, og 41 i Narvik, ifølge fylket.", ["bodø", "narvik"]),
    ("da", "I Aalborg blev 27 personer såret, siger borgmesteren, og 41 i Aarhus, ifølge regionen.", ["aalborg", "aarhus"]),
    ("de", "In Bremen wurden 27 Menschen verletzt, sagte der Bürgermeister, und 41 in Kassel, so die Polizei.",
     ["bremen", "kassel"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FRONTED_PLACE_THEN_GAPPED)
def test_a_fronted_place_is_the_figure_s_own(lang: str, text: str, expected: list[str]) -> None:
    article = article_of(text, lang)
    places = [next((p[6:] for p in q.key.split("|")[4].split(";") if p.startswith("place=")), "")
              for q in count(article, attribute(article))]
    assert places == expected


def test_two_regional_figures_are_no_rivals() -> None:
    text = ("Ninety people were wounded in all, officials said.\n\n"
            "In Leeds 27 were wounded, the mayor said, and 41 in York, the governor said.")
    assert conflict_values(text, "en") == []


# a crawl's doubled space between an approximator and its number ("at least  80") keeps the approximator
DOUBLED_SPACE = [
    ("en", "The dam burst drowned at least  65 people, officials said.", "at least  65"),
    ("sv", "Dammbrottet dränkte minst  65 personer, uppger polisen.", "minst  65"),
    ("de", "Der Dammbruch tötete mindestens  65 Menschen, sagte die Polizei.", "mindestens  65"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DOUBLED_SPACE)
def test_a_doubled_space_keeps_the_approximator(lang: str, text: str, expected: str) -> None:
    article = article_of(text, lang)
    found = count(article, attribute(article))
    assert [(q.text, q.approx) for q in found] == [(expected, True)]


# the whole of a ratio ("one in 45", "four in 10") and the year of a date written "March 4, 2019" count nothing
NO_COUNT = [
    ("en", "Doctors say one in 45 pupils needs glasses before the age of ten."),
    ("en", "Three in 10 commuters now cycle to work, the survey found."),
    ("en", "The rules were tightened after the March 4, 2019 attacks, officials said."),
    ("en", "Security was raised after the Sept. 3, 2015 bombings."),
    # a model or ballot label before a number
    ("en", "His old Boeing 737 jet burns a lot of fuel."),
    ("en", "Voters in the county backed Proposition 12 on Tuesday."),
]


@pytest.mark.parametrize(("lang", "text"), NO_COUNT)
def test_a_ratio_or_a_date_is_no_count(lang: str, text: str) -> None:
    assert measure_values(text, lang) == []


def test_a_year_like_count_still_counts() -> None:
    assert measure_values("About 2000 people were evacuated, officials said.", "en") == [("displaced", 2000)]


# the predicate of a relative clause on the last item of an apposition is that item's, not the count's
RELATIVE_IN_LIST = [
    ("en", "Two boats collided, a yacht and a ferry which was damaged.", [("other", 2)]),
    ("sv", "Två båtar var inblandade, en segelbåt och en motorbåt som skadades.", [("other", 2)]),
    ("no", "To båter kolliderte, en seilbåt og en motorbåt som ble skadet.", [("other", 2)]),
    ("da", "To både stødte sammen, en sejlbåd og en motorbåd, som blev ødelagt.", [("other", 2)]),
    ("de", "Zwei Boote stießen zusammen, ein Segelboot und ein Motorboot, das beschädigt wurde.", [("other", 2)]),
    # an article that is also a relative word opens an item: the list's predicate still counts
    ("de", "Drei Autos, ein Bus und das Rathaus wurden zerstört.", [("destroyed", 3)]),
    ("da", "Tre biler, en bus og det gamle rådhus blev ødelagt.", [("destroyed", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_IN_LIST)
def test_a_relative_clause_ends_the_list(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# windows smashed in vandalism are destroyed things; the smash verbs say nothing of people
SMASHED = [
    ("en", "Vandals smashed two windows of the van, police said.", [("destroyed", 2)]),
    ("sv", "Vandalerna krossade två rutor på bilen, uppger polisen.", [("destroyed", 2)]),
    ("no", "Vandalene knuste to ruter på bilen, opplyser politiet.", [("destroyed", 2)]),
    ("da", "Ukendte gerningsmænd efterlod tre knuste ruder i butikken natten til lørdag.", [("destroyed", 3)]),
    ("de", "Die Randalierer schlugen zwei Scheiben des Wagens ein, teilte die Polizei mit.", [("destroyed", 2)]),
    ("en", "Three men smashed two windows and were arrested.", [("other", 3), ("destroyed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SMASHED)
def test_smashed_windows_are_destroyed(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# taken prisoner and forced to flee, with the count between the verb and its particle; "tog" (took) before a count
# of people is no train number
SPLIT_MEASURES = [
    ("sv", "Ukrainska styrker tillfångatog 12 ryska soldater nära byn.", [("captured", 12)]),
    ("no", "Ukrainske styrker tok 12 russiske soldater til fange nær landsbyen.", [("captured", 12)]),
    ("da", "Ukrainske styrker tog 12 russiske soldater til fange nær landsbyen.", [("captured", 12)]),
    ("de", "Ukrainische Truppen nahmen zwölf russische Soldaten gefangen.", [("captured", 12)]),
    ("sv", "Översvämningarna tvingade 5 000 människor att fly från sina hem.", [("displaced", 5000)]),
    ("da", "Oversvømmelserne tvang 5000 mennesker til at flygte fra deres hjem.", [("displaced", 5000)]),
    ("de", "Die Fluten zwangen 5000 Menschen zur Flucht.", [("displaced", 5000)]),
    ("sv", "Armén uppger att den skjutit ner 14 drönare under natten.", [("destroyed", 14)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPLIT_MEASURES)
def test_split_measure_verbs(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# a predicate right after the count of a subordinate clause is that count's, not the one of the main clause;
# "15 extra minutes" is a duration
SUBCLAUSE_COUNTS = [
    ("en", "Police sent 15 extra officers after two people were killed.", [("other", 15), ("killed", 2)]),
    ("sv", "Polisen skickade 15 extra poliser efter att två personer dödats.", [("other", 15), ("killed", 2)]),
    ("no", "Politiet sendte 15 politifolk etter at to personer ble drept.", [("other", 15), ("killed", 2)]),
    ("da", "Politiet sendte 15 betjente efter at to personer blev dræbt.", [("other", 15), ("killed", 2)]),
    ("de", "Die Polizei schickte 15 Beamte, nachdem zwei Menschen getötet wurden.", [("other", 15), ("killed", 2)]),
    ("en", "Five soldiers and two civilians were killed.", [("killed", 5), ("killed", 2)]),
    ("en", "The volunteers worked 15 extra minutes before the doors opened.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SUBCLAUSE_COUNTS)
def test_a_subordinate_clause_keeps_its_predicate(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# "den ene"/"den ena": the numeral one of those just counted
THE_ONE = [
    ("da", "Tre bjergbestigere blev såret af stenfald, og den ene omkom senere.", [("wounded", 3), ("killed", 1)]),
    ("no", "Tre klatrere ble skadd av steinsprang, og den ene døde senere.", [("wounded", 3), ("killed", 1)]),
    ("sv", "Tre klättrare skadades av stenras, och den ena avled senare.", [("wounded", 3), ("killed", 1)]),
    ("da", "På den ene side af vejen stod tre biler.", [("other", 3)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), THE_ONE)
def test_the_one_of_those_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang) == expected


# headline verbs in the present tense
HEADLINES = [
    ("en", "Storm kills four, injures 12", "Rescue crews searched for survivors on Monday.", [("killed", 4), ("wounded", 12)]),
    ("en", "Rebels kill 12 soldiers in ambush", "The army said the attack happened at dawn.", [("killed", 12)]),
    ("en", "Police arrest 5 after brawl", "Officers were called to the bar on Saturday night.", [("other", 5)]),
    ("sv", "Storm dödar fyra i Texas", "Räddningsarbetare sökte efter överlevande på måndagen.", [("killed", 4)]),
    ("sv", "Polisen griper tre efter bråk", "Polisen larmades till baren på lördagskvällen.", [("other", 3)]),
    ("no", "Politiet pågriper tre etter slagsmål", "Politiet ble varslet om bråket lørdag kveld.", [("other", 3)]),
    ("da", "Politiet anholder tre efter slagsmål", "Politiet blev tilkaldt til baren lørdag aften.", [("other", 3)]),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), HEADLINES)
def test_headline_verbs_in_the_present(lang: str, title: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert measure_values(text, lang, title) == expected


def test_the_agency_restates_the_figure_of_the_body_named_before() -> None:
    title = "Health board: 31 illnesses and 1 death traced to festival food"
    text = "Investigators traced the infections to a single food stall. The agency says one person from Ohio died."
    assert [v for m, v in measure_values(text, "en", title) if m == "killed"] == [1]
