"""German: a quote, then a sentence opened by "mit" + a noun of saying that points back at it ("„Q.“ Mit dieser
Aussage hat X …", "Mit diesen Worten verabschiedete sich X"): the quote is the subject's, with no cue, when no verb
of saying stands there (issue 10, decont12). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

CASES = [
    ("„Wir bleiben hier.“ Mit diesen Worten verabschiedete sich die Trainerin.",
     [("die Trainerin", None, "Wir bleiben hier")]),
    ("„Das Geld ist weg. Alles.“ Mit dieser Aussage hat Finanzminister Kurz den Landtag verärgert.",
     [("Finanzminister Kurz", None, "Das Geld ist weg. Alles")]),
    ("„Wer zu spät kommt, zahlt.“ Mit diesem alten Spruch beendete der Wirt den Abend.",
     [("der Wirt", None, "Wer zu spät kommt, zahlt")]),
    # a verb of saying after the phrase: its cue
    ("„Wir bleiben hier.“ Mit diesen Worten kommentierte die Trainerin das Spiel.",
     [("die Trainerin", "kommentierte", "Wir bleiben hier")]),
    # no noun of saying: no tag
    ("„Wir bleiben hier.“ Mit dem Zug fuhr die Trainerin nach Hause.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_said_with(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
