"""numowned.own_sides: the search without a leading `\\b` finds what `finditer` of "\\b(?:phrases)\\b" found."""
from __future__ import annotations

import re

import pytest

from enligt.analyze.numowned import _lists, own_sides
from enligt.lang import table

CASES = [
    ("en", "moscow put its own losses at 500. then 30 more died. later 2 were hurt.", 1),
    ("en", "moscow put its town losses at 500.", 0),  # no word boundary before the phrase
    ("en", "moscow put its own lossesx at 500.", 0),  # none after it
    ("sv", "ryssland medger egna förluster. 500 döda. sedan mer.", 1),
    ("de", "russland räumt eigene opfer ein. knapp 500 tote.", 1),
    ("de", "russland räumt eigene_opfer ein.", 0),
    ("da", "rusland indrømmer egne tab. 500 døde.", 1),
    ("no", "russland innrømmer egne tap. 500 døde.", 1),
]


def _old(low: str, lang: str) -> list[int]:
    phrases = sorted({r[1].lower() for r in table(lang, "own_losses") if len(r) > 1 and r[0] == "own"}, key=len,
                     reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    return [m.end() for m in pattern.finditer(low)]


@pytest.mark.parametrize(("lang", "low", "found"), CASES)
def test_own_sides_match_the_bounded_pattern(lang: str, low: str, found: int) -> None:
    spans = own_sides(low, lang)
    assert len(spans) == found
    sides = _lists(lang)[1]
    assert [a for a, _, _ in spans] == [e for e in _old(low, lang) if any(w in low[:e] for w in sides)]


@pytest.mark.parametrize("lang", ["sv", "no", "da", "de", "en"])
def test_own_phrases_open_with_a_letter(lang: str) -> None:
    """The boundary before a phrase is read as "no word character before it": true only of a phrase that opens
    with a letter."""
    assert all(r[1][:1].isalpha() for r in table(lang, "own_losses") if len(r) > 1 and r[0] == "own")
