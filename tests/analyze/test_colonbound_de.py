"""German: a colon inside a sentence bounds a cued claim (analyze/colonbound.py, `content_colon` in
lang/de/function_words.tsv): a claim after the cue stops at it, a claim before a tag or a hearsay marker starts after
it; one word set off by the colon stays. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

COLON: list[tuple[str, list[Row]]] = [
    ("Für die Pendler gibt es laut Bahn einen Lichtblick: Ab Montag fahren die Züge wieder nach Plan.",
     [("Bahn", "laut", "Für die Pendler gibt es einen Lichtblick")]),
    ("Die Lage bleibt angespannt: In der Nacht sei ein weiteres Lager abgebrannt, berichtete ein Anwohner.",
     [("ein Anwohner", "berichtete", "In der Nacht sei ein weiteres Lager abgebrannt")]),
    ("Die Ermittler haben eine Spur: Der Fahrer soll vor dem Unfall getrunken haben.",
     [(None, "soll", "Der Fahrer soll vor dem Unfall getrunken haben")]),
]

KEPT: list[tuple[str, list[Row]]] = [
    ("Die Imkerin hat nach eigener Aussage einen Befund erhalten, der die Ursache nennt: Milben!",
     [("Die Imkerin", "nach eigener Aussage", "hat einen Befund erhalten, der die Ursache nennt: Milben!")]),
]


@pytest.mark.parametrize(("text", "expected"), COLON)
def test_a_colon_bounds_the_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_one_word_after_a_colon_stays(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
