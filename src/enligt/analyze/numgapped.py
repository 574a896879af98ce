"""A gapped item of a list of counts: "Fem er anholdt for tyveri, én for vold og to for hærværk".

The items after the first leave out the predicate; each is a count, a preposition of a charge or cause
(`reason` in `count_words.tsv`: "for", "för", "wegen") and what it names. Such an item counts what the
count before it in its sentence counts, for a reason of its own: `reason=` in its key (the first
letters of the word after the preposition) keeps two equal items apart ("én for vold og én for
hærværk" are two counts, not one said again).
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.countwords import count_words
from enligt.analyze.numkey import key_qualifiers, with_qualifiers
from enligt.analyze.numsentence import Sentence
from enligt.analyze.readrecord import Memory, Reading

REASON_LETTERS: Final = 5  # letters of the word after the preposition kept as the item's reason


def gapped_item(s: Sentence, first: int, b: int, memory: Memory, lang: str) -> Reading | None:
    """The reading of the number ending at token `b` (its first token `first`) when it is a gapped item:
    a comma or "and" before it, a `reason` preposition right after it, a count read before it in this
    sentence, and the same preposition between that count and this one (the items run parallel)."""
    w = count_words(lang)
    latest = memory.latest
    if latest is None or memory.latest_sentence != s.index or first < 2 or b + 1 >= len(s.lows):
        return None
    if s.lows[b] not in w.reason or not (s.lows[first - 1] == "," or s.lows[first - 1] in w.conj):
        return None
    before = next((k for k in range(first - 2, -1, -1) if k in s.numtoks), None)
    if before is None or not any(s.lows[k] == s.lows[b] for k in range(before + 1, first - 1)):
        return None  # no parallel item before: "won 3 for 2" is no list of charges
    reason = "reason=" + s.lows[b + 1][:REASON_LETTERS]
    key = with_qualifiers(latest.key, [reason], lambda q: q.startswith("reason="))
    return Reading(latest.measure, latest.concept, latest.subject, key)


def gapped(key: str) -> bool:
    """Whether a quantity key is that of a gapped item."""
    return "reason=" in key_qualifiers(key)
