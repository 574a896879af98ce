"""English titles and ranks abbreviated before a name (abbreviations.txt: "Asst.", "Sens.", "Atty.", "Mt."): their
full stop ends no sentence, so the name stays the speaker of its tag.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.sentences import split, tokenize

from .conftest import Row, rows_in

run = rows_in("en")

TAGS: list[tuple[str, list[Row]]] = [
    ("“It was an old barn,” 1st Asst. Chief Ann Lee explained during a briefing after the fire.",
     [("1st Asst. Chief Ann Lee", "explained", "It was an old barn")]),
    ("Dist. Atty. Tom Berg said the case would go to trial in May.",
     [("Dist. Atty. Tom Berg", "said", "the case would go to trial in May")]),
]


@pytest.mark.parametrize(("text", "expected"), TAGS)
def test_an_abbreviated_title_keeps_its_name(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SENTENCES: list[tuple[str, int]] = [
    ("GOP Sens. Ann Lee and Tom Berg voted against it. The bill failed.", 2),
    ("Climbers left Mt. Hood at dawn. Two returned.", 2),
    ("Supt. Eva Ek and Insp. Tom Berg led the search. It ended at noon.", 2),
    ("Pvt. Ann Lee and Spc. Tom Berg were hurt. Both recovered.", 2),
]


@pytest.mark.parametrize(("text", "n"), SENTENCES)
def test_a_title_full_stop_ends_no_sentence(text: str, n: int) -> None:
    toks = tokenize(text)
    assert len(split(text, toks, "en")) == n
