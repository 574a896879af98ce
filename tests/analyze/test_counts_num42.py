"""Issue 11, round num42 (quantities and conflicts of the read set read27): nationals of one kind are no rival
of people of another kind; "shot" hurts people and kills soldiers. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from .conftest import conflict_values as _conflicts
from .conftest import measure_values as _measures

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
