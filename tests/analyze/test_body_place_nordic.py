"""Tests of body place (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import attributions

# Source spans in sv/no/da (round src27): a body named after the cue keeps the place it serves ("skriver
# anklagemyndigheden ved Fyns Politi på Twitter"). Every sentence is written for its test.
Row = tuple[str | None, str]  # source, content


def sourced(text: str, lang: str) -> list[Row]:
    return [(a.source, a.content) for a in attributions(text, lang)]


BODY_AND_ITS_PLACE_AFTER_THE_CUE = [
    # a body after the cue keeps the place it serves (a capitalised name after "i"/"ved"), not a platform or a
    # lower-case phrase after it
    ("– Alle er evakuert, opplyser operasjonssentralen i Vest politidistrikt ved 22-tiden.", "no",
     [("operasjonssentralen i Vest politidistrikt", "Alle er evakuert")]),
    ("Etterforskningen fortsetter, skriver påtalemyndigheten ved Oslo politidistrikt på Twitter.", "no",
     [("påtalemyndigheten ved Oslo politidistrikt", "Etterforskningen fortsetter")]),
    ("Efterforskningen fortsætter, skriver anklagemyndigheden ved Fyns Politi på Twitter.", "da",
     [("anklagemyndigheden ved Fyns Politi", "Efterforskningen fortsætter")]),
    ("Utredningen fortsätter, skriver åklagarmyndigheten i Malmö på Twitter.", "sv",
     [("åklagarmyndigheten i Malmö", "Utredningen fortsätter")]),
    ("Vejen er spærret, skriver politiet på Facebook.", "da", [("politiet", "Vejen er spærret")]),
    ("Vejen er spærret, oplyser kommunen i en pressemeddelelse.", "da", [("kommunen", "Vejen er spærret")]),
]


@pytest.mark.parametrize("text,lang,expected", BODY_AND_ITS_PLACE_AFTER_THE_CUE)
def test_a_body_after_the_cue_keeps_the_place_it_serves(text: str, lang: str, expected: list[Row]) -> None:
    assert sourced(text, lang) == expected
