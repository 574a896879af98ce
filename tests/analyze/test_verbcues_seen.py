"""German seeing as judging (verbcues._seen, class `seen`, `judged_nouns.txt`): a verb of seeing reports its object
when a noun of a judgement, or a compound ending in one, stands in its clause; a thing or a person seen reports
nothing. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

SEEN: list[tuple[str, list[Row]]] = [
    ("Die Gemeinde sieht keinen Handlungsbedarf.", [("Die Gemeinde", "sieht", "keinen Handlungsbedarf")]),
    ("Die Gutachterin sah die Verantwortung beim Bauherrn.",
     [("Die Gutachterin", "sah", "die Verantwortung beim Bauherrn")]),
    ("Am Montag sah der Verband eine Gefahr für die Branche.",
     [("der Verband", "sah", "eine Gefahr für die Branche")]),
    # a thing or a person seen
    ("Passanten sahen einen Radfahrer stürzen.", []),
    ("Die Streife sah im Hintergrund ein Auto.", []),
]


@pytest.mark.parametrize(("text", "expected"), SEEN)
def test_seeing_as_judging(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
