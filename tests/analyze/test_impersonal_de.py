"""German impersonal tags with "weiter" before the preposition that names the source (lang/de/cues_speech.tsv,
class impersonal): "…, heißt es weiter im Bericht" gives the report as source. Every sentence is written for its
test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

FURTHER: list[tuple[str, list[Row]]] = [
    ("„Der Spielplatz bleibt vorerst gesperrt“, heißt es weiter im Schreiben des Bauamts.",
     [("Schreiben des Bauamts", "heißt es weiter im", "Der Spielplatz bleibt vorerst gesperrt")]),
    ("„Die Fähre fährt ab Mai wieder“, hieß es weiter in der Pressemitteilung.",
     [("der Pressemitteilung", "hieß es weiter in", "Die Fähre fährt ab Mai wieder")]),
]


@pytest.mark.parametrize(("text", "expected"), FURTHER)
def test_weiter_before_the_source_preposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
