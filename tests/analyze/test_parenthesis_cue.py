"""A prepositional cue inside parentheses ("Iowa (93 percent were white, according to exit polls), Ohio …"): its
claim is the parenthetical, not the sentence around it (markers.parenthesis), in every language; parentheses
around a source or elsewhere in the sentence change nothing.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

CASES: list[tuple[str, str, list[Row]]] = [
    ("Small towns like Ede (nine in ten shops are empty, according to the council) and Backe are shrinking.", "en",
     [("the council", "according to", "nine in ten shops are empty")]),
    ("He repeated the claim (the real figure is closer to 15 percent, according to the auditors) on Friday.", "en",
     [("the auditors", "according to", "the real figure is closer to 15 percent")]),
    ("Småorter som Ede (nio av tio butiker står tomma, enligt kommunen) och Backe krymper snabbt.", "sv",
     [("kommunen", "enligt", "nio av tio butiker står tomma")]),
    ("Små steder som Ede (ni av ti butikker står tomme, ifølge kommunen) krymper raskt.", "no",
     [("kommunen", "ifølge", "ni av ti butikker står tomme")]),
    ("Små byer som Ede (ni ud af ti butikker står tomme, ifølge kommunen) skrumper hurtigt.", "da",
     [("kommunen", "ifølge", "ni ud af ti butikker står tomme")]),
    ("Kleine Orte wie Ede (neun von zehn Läden stehen leer, laut der Gemeinde) schrumpfen schnell.", "de",
     [("der Gemeinde", "laut", "neun von zehn Läden stehen leer")]),
    # parentheses that hold no cue, or a source's abbreviation, leave the sentence whole
    ("The town (population 4,000) has been cut off, according to the army.", "en",
     [("the army", "according to", "The town (population 4,000) has been cut off")]),
    ("The town has been cut off, according to the Institute for Rural Studies (IRS).", "en",
     [("the Institute for Rural Studies (IRS)", "according to", "The town has been cut off")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_a_cue_inside_parentheses_claims_the_parenthetical(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
