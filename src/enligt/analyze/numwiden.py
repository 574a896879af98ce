"""Figures whose scope a later sentence widens: "… og at omkring 300 fortsat er savnet. Disse tal omfatter også
nabokommunerne", "These figures also include …" (`widening` of `count_words.tsv`). The figures of
the sentence before count more than their place says: they get `WIDER`, a qualifier that keeps them apart from
every figure without it (`conflicts.same_subject`), so a region's toll and a wider one never meet.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.numkey import with_qualifiers
from enligt.analyze.numscene import rekeyed
from enligt.lang.casefold import guard_words
from enligt.models import Quantity

WIDER: Final = "wider"
LEAD_WORDS: Final = 6  # the widening phrase stands within the first words of its sentence ("Disse tal omfatter også")
_END: Final = re.compile(r"[.!?][\"”»']?\s+|\n")
_DIGIT: Final = re.compile(r"\d")


@cache
def _phrases(lang: str) -> re.Pattern[str] | None:
    """Any widening phrase, whole words. `\\b` before a phrase that opens with a word character is a look-behind
    after it (`phrase(?<!\\wphrase)`: the same matches), so that every branch opens with its letters and the regex
    engine skips to a candidate in C instead of trying a match at every position of the text."""
    found = sorted((" ".join(p) for p in lx.category(lang, "widening")), key=len, reverse=True)
    if not found:
        return None
    if not all(_WORD_CHAR.match(p) for p in found):
        return re.compile(r"\b(?:" + "|".join(map(re.escape, found)) + r")\b")  # (as written: no branch to lead with)
    return re.compile(r"(?:" + "|".join(rf"{re.escape(p)}(?<!\w{re.escape(p)})" for p in found) + r")\b")


_WORD_CHAR: Final = re.compile(r"\w")


def widened(out: list[Quantity], text: str, lang: str, low: str | None = None) -> list[Quantity]:
    """`out` with the figures of each sentence before a widening sentence marked `WIDER` (`low`: `text.lower()`,
    when the caller has it)."""
    pattern = _phrases(lang)
    if pattern is None or not out:
        return out
    low = text.lower() if low is None else low
    if not any(g in low for g in _guards(lang)):
        return out  # no phrase's longest word stands in the text: the pattern need not scan it
    spans = [s for m in pattern.finditer(low) if (s := _before(low, m.start())) is not None]
    if not spans:
        return out
    return [_wider(q) if any(a <= q.number_span.start < b for a, b in spans) else q for q in out]


@cache
def _guards(lang: str) -> tuple[str, ...]:
    """The longest word of each widening phrase (of two, only the one not inside the other): a text holding none
    of them holds no phrase."""
    return guard_words({max(p, key=len) for p in lx.category(lang, "widening")})


def _before(low: str, at: int) -> tuple[int, int] | None:
    """The sentence before the one whose widening phrase starts at `at`, when the phrase opens its sentence
    (within `LEAD_WORDS` words, no number before it): "Disse tal omfatter også …"."""
    ends = [m.end() for m in _END.finditer(low, 0, at)]
    start = ends[-1] if ends else 0
    lead = low[start:at]
    if len(lead.split()) > LEAD_WORDS or _DIGIT.search(lead) or start == 0:
        return None
    return (ends[-2] if len(ends) > 1 else 0), start


def _wider(q: Quantity) -> Quantity:
    return rekeyed(q, with_qualifiers(q.key, [WIDER + "=1"]))
