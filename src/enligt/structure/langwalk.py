"""The language identifier's loops, compiled: py3langid's feature walk (the byte n-gram counts of a
text, read with the model's DFA), and the count of a text's distinctive Scandinavian words.

The walk steps once per byte through the model's transition table (38 MB, one random read a step).
py3langid reads each state's row offset and feature from Python lists of Python ints, one more
object (and, past the CPU caches, one more memory read) a step; `WalkTables` holds them as compact
arrays, and `feature_counts` is compiled (mypyc, setup.py), so a step costs one table read.
"""
from __future__ import annotations

from typing import Any


class WalkTables:
    """A model's DFA as the walk reads it: transitions (state row offset + byte -> state), each
    state's row offset (its row << 8), and each state's feature (-1 for none)."""

    __slots__ = ("features", "nextmove", "rows")

    def __init__(self, nextmove: Any, rows: Any, features: Any) -> None:
        self.nextmove = nextmove
        self.rows = rows
        self.features = features


def feature_counts(tables: WalkTables, data: bytes) -> dict[int, int]:
    """How often each feature of the model occurs in `data`, in the order of first occurrence: the
    `Counter` py3langid's `visit_counts` makes (empty when there is none)."""
    nextmove, rows, features = tables.nextmove, tables.rows, tables.features
    counts: dict[int, int] = {}
    state = 0
    for byte in data:
        state = nextmove[rows[state] + byte]
        feature = features[state]
        if feature >= 0:
            counts[feature] = counts.get(feature, 0) + 1
    return counts


def word_votes(text: str, table: dict[str, str], punct: str, votes: dict[str, int]) -> dict[str, int]:
    """`votes` with one more for the language of each word of `text` (lower-cased, split at whitespace)
    that `table` lists, as written or stripped of `punct` (`langid.by_words`)."""
    for w in text.lower().split():
        c = table.get(w) or table.get(w.strip(punct))
        if c is not None:
            votes[c] += 1
    return votes
