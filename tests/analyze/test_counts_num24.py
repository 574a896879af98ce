"""Issue 11, round num24 (conflicts pooled over the annotated real sets): a part that counts things of its own
takes no measure of the figure before; a sentence that widens the scope of the figures before it; a figure
"in the city" placed where the article's other figures are; "from" before a town word and a name opens a place.
Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import conflict_values as _conflicts
from .conftest import quantity_keys as _quantities

# A part with no measure of its own that names things ("to ud af tre opgange er vendt tilbage") counts those
# things: it takes no measure of the figure before it.
OWN_THINGS = [
    ("da", "Beredskabet måtte evakuere fire opgange.\n\nBeboerne i to ud af fire opgange er flyttet hjem igen."),
    ("no", "Brannvesenet måtte evakuere fire bygninger.\n\nBeboerne i to av fire bygninger har flyttet hjem igjen."),
    ("en", "Firefighters had to evacuate four buildings.\n\nResidents of two of the four buildings have moved back."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_THINGS)
def test_a_part_naming_things_takes_no_measure_of_the_figure_before(lang: str, text: str) -> None:
    assert not any(v == 2 and key.startswith("displaced") for v, key in _quantities(text, lang))


# A sentence that says the figures before it also count other places ("Disse tal omfatter også …") gives them a
# wider scope: they meet none of the figures of the one place.
WIDENING = [
    ("da", ("Politiet siger, at 700 mennesker er omkommet i byen Aarby.\n\n"
           "Ifølge Røde Kors er omkring 900 mennesker omkommet. Disse tal omfatter også andre områder i landet.")),
    ("no", ("Politiet sier at 700 mennesker er omkommet i byen Aarby.\n\n"
           "Ifølge Røde Kors er rundt 900 mennesker omkommet. Disse tallene omfatter også andre områder i landet.")),
    ("sv", ("Polisen säger att 700 människor har omkommit i staden Aarby.\n\n"
           "Enligt Röda korset har omkring 900 människor omkommit. Dessa siffror omfattar även andra områden i landet.")),
    ("de", ("Die Polizei sagt, 700 Menschen seien in der Stadt Aarby ums Leben gekommen.\n\n"
           "Laut dem Roten Kreuz sind etwa 900 Menschen ums Leben gekommen. Diese Zahlen umfassen auch andere Gebiete.")),
    ("en", ("Police say 700 people have died in the town of Aarby.\n\n"
           "The Red Cross said about 900 people have died. These figures also include other parts of the country.")),
]


@pytest.mark.parametrize(("lang", "text"), WIDENING)
def test_a_widened_figure_meets_no_narrow_one(lang: str, text: str) -> None:
    assert not _conflicts(text, lang)


@pytest.mark.parametrize(("lang", "text"), WIDENING)
def test_without_the_widening_the_figures_meet(lang: str, text: str) -> None:
    assert _conflicts(text.rsplit(".", 2)[0] + ".", lang) == [(700, 900)]


# A figure "in the city" that no scene placed is placed where the article's other figures are.
TOWN = [
    ("da", ("Myndighederne har oplyst, at mindst 500 mennesker mistede livet i byen.\n\n"
           "Borgmesteren sagde, at op mod 2000 mennesker er omkommet i Aarby.")),
    ("no", ("Myndighetene har opplyst at minst 500 mennesker mistet livet i byen.\n\n"
           "Ordføreren sa at opp mot 2000 mennesker er omkommet i Aarby.")),
]


@pytest.mark.parametrize(("lang", "text"), TOWN)
def test_a_figure_in_the_city_meets_the_figure_of_the_named_place(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == [(500, 2000)]


# "from" before a town word and a name opens a place ("från staden Aarby"): that figure is the town's.
FROM_TOWN = [
    ("sv", "Från staden Aarby kommer rapporter om tio döda i attackerna.", "aarby"),
    ("no", "Fra byen Aarby kommer det meldinger om ti drepte i angrepene.", "aarby"),
    ("da", "Fra byen Aarby kommer der meldinger om ti dræbte i angrebene.", "aarby"),
    ("de", "Aus der Stadt Aarby kommen Berichte über zehn Tote bei den Angriffen.", "aarby"),
]


@pytest.mark.parametrize(("lang", "text", "place"), FROM_TOWN)
def test_from_a_town_word_and_a_name_is_a_place(lang: str, text: str, place: str) -> None:
    assert any(v == 10 and f"place={place}" in key for v, key in _quantities(text, lang))


# A part of one family ("two of her children", "zwei ihrer Kinder") is a part of the toll, never a rival of it.
KIN = [
    ("en", "Six civilians, including three children, were killed. A father said two of his children were killed."),
    ("no", "Seks sivile, blant dem tre barn, ble drept. En far sa at to av hans barn ble drept."),
    ("sv", "Sex civila, bland dem tre barn, dödades. En pappa sa att två av hans barn dödades."),
    ("da", "Seks civile, heriblandt tre børn, blev dræbt. En far sagde, at to af hans børn blev dræbt."),
    ("de", "Sechs Zivilisten, darunter drei Kinder, wurden getötet. Ein Vater sagte, zwei seiner Kinder seien getötet worden."),
]


@pytest.mark.parametrize(("lang", "text"), KIN)
def test_a_part_of_one_family_is_no_rival_toll(lang: str, text: str) -> None:
    assert any(v == 2 and key.endswith("|subset") for v, key in _quantities(text, lang))
    assert not _conflicts(text, lang)


# "ihjel" after the counted noun closes a particle verb split around it ("har slået to personer ihjel"): killed.
IHJEL = [
    ("da", "Angrebet har slået to personer ihjel i byen, oplyser politiet."),
    ("da", "Føreren kørte tre fodgængere ihjel i går."),
    ("no", "Angrepet slo to personer ihjel i byen, opplyser politiet."),
    ("no", "Sjåføren kjørte tre fotgjengere ihjel i går."),
    ("sv", "Attacken slog två personer ihjäl i staden, uppger polisen."),
]


@pytest.mark.parametrize(("lang", "text"), IHJEL)
def test_a_split_particle_verb_of_killing_counts_the_dead(lang: str, text: str) -> None:
    assert any(key.startswith("killed") for _, key in _quantities(text, lang))
