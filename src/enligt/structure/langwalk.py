"""The language identifier's loops, compiled: py3langid's feature walk (the byte n-gram counts of a
text, read with the model's DFA), and the count of a text's distinctive Scandinavian words.

The walk steps once per byte through the model's transition table (38 MB, one random read a step).
py3langid reads each state's row offset and feature from two Python lists of Python ints, one more
object (and, past the CPU caches, one more memory read) each a step; `WalkTables` holds both in one
compact array, one 64-bit entry a state, and `feature_counts` is compiled (mypyc, setup.py), so a
step costs one read of the transition table and one of the states.
"""
from __future__ import annotations

from typing import Any, Final

FEATURE_BITS: Final = 18  # a state's feature + 1 (0: none) in the low bits of its entry; the model has ~100,000


class WalkTables:
    """A model's DFA as the walk reads it: transitions (state row offset + byte -> state), and each
    state's entry: its row offset (its row << 8) above `FEATURE_BITS` bits holding its feature + 1 (0 for
    none), so that a step reads a state's row and feature in one read instead of two tables apart."""

    __slots__ = ("nextmove", "states")

    def __init__(self, nextmove: Any, states: Any) -> None:
        self.nextmove = nextmove
        self.states = states


def feature_counts(tables: WalkTables, data: bytes) -> dict[int, int]:
    """How often each feature of the model occurs in `data`, in the order of first occurrence: the
    `Counter` py3langid's `visit_counts` makes (empty when there is none)."""
    nextmove, states = tables.nextmove, tables.states
    counts: dict[int, int] = {}
    entry: int = states[0]
    for byte in data:
        entry = states[nextmove[(entry >> FEATURE_BITS) + byte]]
        feature = (entry & _FEATURE_MASK) - 1
        if feature >= 0:
            counts[feature] = counts.get(feature, 0) + 1
    return counts


_FEATURE_MASK: Final = (1 << FEATURE_BITS) - 1


def word_votes(text: str, table: dict[str, str], punct: str, votes: dict[str, int]) -> dict[str, int]:
    """`votes` with one more for the language of each word of `text` (lower-cased, split at whitespace)
    that `table` lists, as written or stripped of `punct` (`langid.by_words`)."""
    for w in text.lower().split():
        c = table.get(w) or table.get(w.strip(punct))
        if c is not None:
            votes[c] += 1
    return votes
