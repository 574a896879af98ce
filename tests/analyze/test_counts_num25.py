"""Issue 11, round num25 (quantity and conflict misses pooled over the annotated real sets, the blind live12 and
live13 included): figures of one measure for different kinds of people in one sentence that add up to a figure
given before are its parts. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import conflict_values as _conflicts
from .conftest import quantity_keys as _quantities

# "Six guards and officers were hurt … three officers and three guards were hurt": the two threes split the six.
KINDS_SPLIT = [
    ("sv", "Vid bråket skadades sex vakter och poliser. En talesperson sa att tre poliser och tre vakter skadades."),
    ("no", "Seks vektere og politifolk ble skadet i slagsmålet. En talsperson sa at tre politifolk og tre vektere ble skadet."),
    ("da", "Seks vagter og betjente blev såret under slagsmålet. En talsmand sagde, at tre betjente og tre vagter blev såret."),
    ("de", ("Bei der Schlägerei wurden sechs Wachtmeister und Polizisten verletzt. Ein Sprecher sagte, drei Polizisten "
            "und drei Wachtmeister seien verletzt worden.")),
    ("en", ("Six guards and police officers were injured in the brawl. A spokesman said three police officers and three "
            "guards were injured.")),
]


@pytest.mark.parametrize(("lang", "text"), KINDS_SPLIT)
def test_kinds_adding_up_to_a_figure_are_its_parts(lang: str, text: str) -> None:
    found = _quantities(text, lang)
    assert [v for v, _ in found] == [6, 3, 3]
    assert all(key.endswith("|subset") and "whole=6" in key for v, key in found if v == 3)
    assert not _conflicts(text, lang)


# Parts that add up to no figure given before stay figures of their own.
KINDS_NO_SPLIT = [
    ("sv", "Vid bråket skadades sex vakter. Senare sa polisen att fyra vakter och tre poliser skadades."),
    ("en", "Six guards were injured in the brawl. Later police said four guards and three officers were injured."),
    ("de", ("Bei der Schlägerei wurden sechs Wachtmeister verletzt. Später sagte die Polizei, vier Wachtmeister und drei "
            "Polizisten seien verletzt worden.")),
]


@pytest.mark.parametrize(("lang", "text"), KINDS_NO_SPLIT)
def test_kinds_adding_up_to_no_figure_stay_figures(lang: str, text: str) -> None:
    assert not any(key.endswith("|subset") for _, key in _quantities(text, lang))


# A determiner, an adjective and a region word before a name place the figure there ("i den russiske regionen
# Brjansk", "in the southern province of Oruzgan"): the toll of another region is no rival figure.
REGION_NAMED = [
    ("sv", ("Tre personer dödades i staden Charkiv, uppger polisen. Två personer dödades i den ryska regionen Brjansk, "
            "uppger guvernören."), "brjansk"),
    ("no", ("Tre personer ble drept i byen Kharkiv, opplyser politiet. I den russiske regionen Brjansk opplyser "
            "guvernøren at to personer ble drept."), "brjansk"),
    ("da", ("Tre personer blev dræbt i byen Kharkiv, oplyser politiet. I den russiske region Brjansk oplyser "
            "guvernøren, at to personer blev dræbt."), "brjansk"),
    ("de", ("Drei Menschen wurden in der Stadt Charkiw getötet, teilte die Polizei mit. Zwei Menschen wurden in der "
            "russischen Region Brjansk getötet, sagte der Gouverneur."), "brjansk"),
    ("en", ("Three people were killed in the city of Kharkiv, police said. Two people were killed in the neighbouring "
            "province of Bryansk, the governor said."), "bryansk"),
]


@pytest.mark.parametrize(("lang", "text", "place"), REGION_NAMED)
def test_a_region_after_an_adjective_places_the_figure(lang: str, text: str, place: str) -> None:
    assert next(key for v, key in _quantities(text, lang) if v == 2).split("|")[4] == "place=" + place
    assert not _conflicts(text, lang)


# With no adjective and no "of", a region word and a name stay as before; a month after the region word is no place.
REGION_NOT_NAMED = [
    ("en", "Three people were killed in the province on Monday, police said.", ""),
    ("da", "Tre personer blev dræbt i den russiske region i januar, oplyser politiet.", ""),
]


@pytest.mark.parametrize(("lang", "text", "place"), REGION_NOT_NAMED)
def test_a_region_word_without_a_name_places_nothing(lang: str, text: str, place: str) -> None:
    assert not any("place=" in key for _, key in _quantities(text, lang))


# Deaths by drowning, suffocation and accident are deaths ("drowned", "drunknade", "druknet", "druknede", "ertrunken").
DROWNED = [
    ("sv", "Två barn drunknade i ån i lördags, uppger polisen."),
    ("no", "To barn druknet i elva lørdag, opplyser politiet."),
    ("da", "To børn druknede i åen lørdag, oplyser politiet."),
    ("de", "Zwei Kinder sind am Samstag ertrunken, teilte die Polizei mit."),
    ("en", "Two children drowned in the river on Saturday, police said."),
]


@pytest.mark.parametrize(("lang", "text"), DROWNED)
def test_drowning_is_a_death(lang: str, text: str) -> None:
    assert [(v, key.split("|")[0]) for v, key in _quantities(text, lang)] == [(2, "killed")]


# A predicate whose subject is nobody ("but nobody was killed", "men ingen omkom") is no measure of a number before it.
NOBODY = [
    ("sv", "Tre personer skadades, men ingen dödades."),
    ("no", "Tre personer ble skadet, men ingen omkom."),
    ("da", "Tre personer blev såret, men ingen blev dræbt."),
    ("de", "Drei Menschen wurden verletzt, aber niemand wurde getötet."),
    ("en", "Three people were hurt, but nobody was killed."),
]


@pytest.mark.parametrize(("lang", "text"), NOBODY)
def test_a_predicate_of_nobody_measures_no_number(lang: str, text: str) -> None:
    assert [(v, key.split("|")[0]) for v, key in _quantities(text, lang)] == [(3, "wounded")]


def test_searching_so_that_nobody_drowns_counts_no_dead() -> None:
    text = "Three rescue teams searched on Saturday to make sure no one else drowned, police said."
    assert not any(key.startswith("killed") for _, key in _quantities(text, "en"))
