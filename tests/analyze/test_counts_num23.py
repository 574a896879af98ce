"""Issue 11, round num23 (conflicts pooled over the annotated real sets): a one told before a number it is
joined to; equal figures of two places; a region's part against that region's own figure; the scene a
closure or a strike by weapons sets. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import conflict_values as _conflicts
from .conftest import quantity_keys as _keys

# An article before a person noun whose own clause comes first and is joined by "and" or a comma to a
# number is the numeral one ("en person drept og tre såret").
LEADING_ONE = [
    ("no", "I fylket ble en person drept og fire såret i et angrep natt til søndag.", "killed"),
    ("da", "I byen blev en person dræbt og fire såret ved eksplosionen.", "killed"),
    ("sv", "I staden dödades en person i natt och fyra skadades vid explosionen.", "killed"),
    ("de", "In der Stadt wurde ein Mensch bei dem Angriff getötet und mindestens vier verletzt.", "killed"),
    ("de", "Zudem wurde eine Person im Gebiet getötet, vier weitere wurden verwundet.", "killed"),
    ("en", "A man was killed in the blast and four were wounded.", "killed"),
]


@pytest.mark.parametrize(("lang", "text", "measure"), LEADING_ONE)
def test_a_one_told_before_a_joined_number_counts(lang: str, text: str, measure: str) -> None:
    assert any(v == 1 and key.startswith(measure) for v, key in _keys(text, lang))


# No one: the noun phrase after the join is another object of the one's verb ("shot his wife and two
# children"), or the article stands before a noun of no person.
NO_LEADING_ONE = [
    ("en", "A man shot his wife and two children were hurt."),
    ("no", "En bil kjørte av veien og tre ble skadet."),
    ("de", "Ein Auto kam von der Straße ab und drei wurden verletzt."),
]


@pytest.mark.parametrize(("lang", "text"), NO_LEADING_ONE)
def test_no_one_without_a_person_of_its_own(lang: str, text: str) -> None:
    assert not any(v == 1 for v, _ in _keys(text, lang))


# Two equal figures of one source for two places are two records ("ein Mensch in A … eine Person in B").
TWO_PLACES = [
    ("de", "In Charkiw wurden zwei Menschen getötet. In Cherson wurden ebenfalls zwei Menschen getötet."),
    ("no", "I Kharkiv ble to personer drept. I Kherson ble også to personer drept."),
    ("sv", "I Charkiv dödades två personer. I Cherson dödades också två personer."),
    ("da", "I Kharkiv blev to personer dræbt. I Kherson blev også to personer dræbt."),
    ("en", "In Kharkiv, two people were killed. In Kherson, two people were also killed."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_PLACES)
def test_equal_figures_of_two_places_are_two_records(lang: str, text: str) -> None:
    assert [v for v, key in _keys(text, lang) if key.startswith("killed")] == [2, 2]


# A region's figure given as a part of a breakdown meets another source's own figure for that region.
SAME_REGION = [
    ("no", ("Tre personer er drept i Kharkiv og fire i Kherson-regionen, opplyser lokale myndigheter.\n\n"
           "I Kherson-regionen ble to personer drept i et angrep, ifølge guvernøren."), (2, 4)),
    ("en", ("Three people were killed in Kharkiv and four in Kherson region, local officials said.\n\n"
           "In Kherson region, two people were killed in an attack, according to the governor."), (2, 4)),
]


@pytest.mark.parametrize(("lang", "text", "conflict"), SAME_REGION)
def test_a_regional_part_meets_the_same_region(lang: str, text: str, conflict: tuple[float, ...]) -> None:
    assert conflict in _conflicts(text, lang)


# A sentence that tells of a workplace closing sets the place of the layoff figures after it: two firms'
# layoffs in one round-up never conflict.
CLOSING = [
    ("sv", ("Bolagets fabrik i Umeå läggs ned. 51 anställda förlorar jobben, skriver tidningen. "
           "Företaget i Luleå varslar 24 anställda, uppger radion.")),
    ("no", ("Selskapets fabrikk i Bodø legges ned. 51 ansatte mister jobben, skriver avisen. "
           "Bedriften i Narvik sier opp 24 ansatte, opplyser radioen.")),
    ("da", ("Virksomhedens fabrik i Vejle lukkes. 51 ansatte mister jobbet, skriver avisen. "
           "Firmaet i Horsens fyrer 24 ansatte, oplyser radioen.")),
    ("de", ("Das Werk in Kassel wird geschlossen. 51 Mitarbeiter verlieren ihre Stelle, schreibt die Zeitung. "
           "Die Firma in Fulda streicht 24 Stellen, meldet der Sender.")),
    ("en", ("The company's plant in Dayton shuts down. 51 workers will lose their jobs, the paper wrote. "
           "The firm in Akron will cut 24 jobs, the station reported.")),
]


@pytest.mark.parametrize(("lang", "text"), CLOSING)
def test_a_closing_sets_the_place_of_the_layoffs_after_it(lang: str, text: str) -> None:
    assert not _conflicts(text, lang)


# A sentence that names the weapons of a strike tells of an event: its day dates the toll after it,
# so Friday's toll never meets Saturday's.
WEAPONS = [
    ("de", ("Am Samstag sind in der Stadt nach offiziellen Angaben sieben Menschen getötet worden.\n\n"
           "Erst am Freitag war die Hafenstadt Ziel russischer Raketen. Bei dem Angriff starb ein Mensch, "
           "weitere zwölf wurden verletzt.")),
    ("sv", ("På lördagen dödades sju människor i staden, enligt myndigheterna.\n\n"
           "Redan i fredags var hamnstaden mål för ryska robotar. Vid attacken dödades två personer.")),
    ("en", ("On Saturday, seven people were killed in the city, officials said.\n\n"
           "On Friday the port city was the target of Russian missiles. Two people died in the strike.")),
]


@pytest.mark.parametrize(("lang", "text"), WEAPONS)
def test_a_strike_by_weapons_dates_the_toll_after_it(lang: str, text: str) -> None:
    assert not _conflicts(text, lang)


# A count of bodies (found, washed ashore, burned) is a part of the dead, never a rival toll: it still
# counts as killed.
BODIES = [
    ("da", "Myndighederne siger, at mindst 6000 mennesker er omkommet. Ifølge en hjælpeorganisation er omkring 900 lig skyllet i land."),
    ("no", "Myndighetene sier at minst 6000 mennesker er omkommet. Ifølge en hjelpeorganisasjon er rundt 900 lik skylt i land."),
    ("sv", "Myndigheterna säger att minst 6000 människor har omkommit. Enligt en hjälporganisation har omkring 900 kroppar flutit i land."),
    ("de", "Die Behörden sagen, mindestens 6000 Menschen seien ums Leben gekommen. Laut einer Hilfsorganisation wurden 900 Leichen angespült."),
    ("en", "Officials say at least 6,000 people have died. An aid group said some 900 bodies had washed ashore."),
]


@pytest.mark.parametrize(("lang", "text"), BODIES)
def test_a_count_of_bodies_is_no_rival_toll(lang: str, text: str) -> None:
    assert any(v == 900 and key.startswith("killed") for v, key in _keys(text, lang))
    assert not _conflicts(text, lang)


# "out of" and "ud af" open a partitive as "of" does: the first number is a part, the second the whole.
OUT_OF = [
    ("en", "The air force said 18 out of 24 drones were shot down overnight."),
    ("da", "Luftvåbnet melder, at 18 ud af 24 droner blev skudt ned i nat."),
    ("no", "Luftforsvaret melder at 18 ut av 24 droner ble skutt ned i natt."),
    ("sv", "Flygvapnet uppger att 18 av 24 drönare sköts ned i natt."),
    ("de", "Die Luftwaffe meldete, 18 von 24 Drohnen seien in der Nacht abgeschossen worden."),
]


@pytest.mark.parametrize(("lang", "text"), OUT_OF)
def test_out_of_opens_a_partitive(lang: str, text: str) -> None:
    found = dict(_keys(text, lang))
    assert found[18].startswith("destroyed|destroyed|drone") and found[18].endswith("|subset")
    assert found[24].startswith("other|total|drone")


# A part of the figure just counted ("two of the three", "To af dem") never rivals that figure.
PART_OF_WHOLE = [
    ("da", "Tre opgange blev evakueret. Beboerne i to ud af tre opgange er vendt tilbage, fortæller chefen."),
    ("no", "Tre oppganger ble evakuert. Beboerne i to av de tre oppgangene er flyttet tilbake, sier sjefen."),
    ("sv", "Tre trappuppgångar evakuerades. Boende i två av de tre uppgångarna har flyttat tillbaka, säger chefen."),
    ("en", "Three buildings were evacuated. Residents of two of the three buildings have returned, the chief said."),
]


@pytest.mark.parametrize(("lang", "text"), PART_OF_WHOLE)
def test_a_part_never_rivals_its_whole(lang: str, text: str) -> None:
    assert not _conflicts(text, lang)


# A part of a whole it names ("18 of 24 drones") never rivals a figure that is no part ("11 drones").
OWN_WHOLE = [
    ("da", "Guvernøren melder, at 11 droner blev skudt ned. Luftvåbnet melder, at 18 ud af 24 droner blev skudt ned."),
    ("no", "Guvernøren melder at 11 droner ble skutt ned. Luftforsvaret melder at 18 av 24 droner ble skutt ned."),
    ("sv", "Guvernören uppger att 11 drönare sköts ned. Flygvapnet uppger att 18 av 24 drönare sköts ned."),
    ("de", "Der Gouverneur meldete, 11 Drohnen seien abgeschossen worden. Die Luftwaffe meldete, 18 von 24 Drohnen seien abgeschossen worden."),
    ("en", "The governor said 11 drones were shot down. The air force said 18 out of 24 drones were shot down."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_WHOLE)
def test_a_part_of_its_own_whole_rivals_no_other_figure(lang: str, text: str) -> None:
    assert not _conflicts(text, lang)


# A figure placed at the scene of the sentence before is marked so (`scene`): only a figure that names its
# place itself meets a regional part of that place.
SCENE_MARK = [
    ("en", "Russian missiles struck Kharkiv on Monday. Three people were killed, the mayor said.", 3),
    ("no", "Russiske raketter traff Kharkiv mandag. Tre personer ble drept, sier ordføreren.", 3),
]


@pytest.mark.parametrize(("lang", "text", "value"), SCENE_MARK)
def test_a_place_of_the_sentence_before_is_marked(lang: str, text: str, value: float) -> None:
    key = dict(_keys(text, lang))[value]
    assert "place=kharkiv" in key and "scene=1" in key


def test_an_own_place_is_not_marked() -> None:
    key = dict(_keys("In Kharkiv, three people were killed on Monday, the mayor said.", "en"))[3]
    assert "place=kharkiv" in key and "scene=1" not in key
