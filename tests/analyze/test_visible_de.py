"""Tests of `enligt.analyze.visible` (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German claims shown by a medium or taken from a text (de24, analyze/visible.py): "C, wie auf Videos zu sehen war",
# "C, wie dem Fahrplan zu entnehmen ist", "Wie einer Mitteilung zu entnehmen ist, C", "Auf der Homepage war zu lesen,
# dass C", "Auf Fotos war ein umgestürzter Wagen zu sehen", "Im Video ist zu hören, wie C". Nothing reported without a
# medium ("Rauch war aus weiter Ferne zu sehen", "In Berlin war zu sehen, wie …"), with a negation ("Auf den Bildern
# war nichts zu sehen") or without the auxiliary ("Er hat viel zu lesen"). Every sentence is written for its test.
run = rows_in("de")

VISIBLE = [
    ("Die Menschen stritten um ihre Stimmen, wie auf Videos zu sehen war.",
     [("Videos", "zu sehen war", "Die Menschen stritten um ihre Stimmen")]),
    ("Zwei Züge fielen aus, wie dem Fahrplan der Bahn zu entnehmen ist.",
     [("dem Fahrplan der Bahn", "zu entnehmen ist", "Zwei Züge fielen aus")]),
    ("Wie einer Mitteilung der Stadt zu entnehmen ist, bleibt die Brücke gesperrt.",
     [("einer Mitteilung der Stadt", "zu entnehmen ist", "bleibt die Brücke gesperrt")]),
    ("Auf der Homepage des Vereins war zuletzt nur zu lesen, dass der Spieler verletzt sei.",
     [("der Homepage des Vereins", "war zu lesen", "der Spieler verletzt sei")]),
    ("Auf Fotos war mindestens ein umgestürzter Wagen zu sehen.",
     [("Fotos", "war zu sehen", "mindestens ein umgestürzter Wagen")]),
    ("Im Video ist zu hören, wie ein Mann schreit.", [("Video", "ist zu hören", "ein Mann schreit")]),
    ("In dem oft geteilten Handyvideo ist zu sehen, dass der Fahrer flieht.",
     [("dem oft geteilten Handyvideo", "ist zu sehen", "der Fahrer flieht")]),
    # no medium, a negation, no auxiliary: nothing reported
    ("Rauch war aus weiter Ferne zu sehen.", []),
    ("In Berlin war zu sehen, wie die Menschen feierten.", []),
    ("Auf den Bildern war nichts zu sehen.", []),
    ("Er hat am Wochenende viel zu lesen.", []),
]


@pytest.mark.parametrize(("text", "expected"), VISIBLE)
def test_visible(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
