"""The regex tries of analyze/lexicon.py against the flat alternations they stand for."""
from __future__ import annotations

import re
from functools import cache

import pytest

from enligt.analyze import lexicon as lx
from enligt.lang import table

_EXACT = frozenset({"dog", "dogs", "do", "cat", "a.b", ""})
_STEMS = frozenset({"hors", "horseman", "ca", "x+"})


def _flat(exact: frozenset[str], stems: frozenset[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(exact, key=len, reverse=True)) or "(?!)"
    pre = "|".join(re.escape(w) for w in sorted(stems, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?:{alt})(?!\w)|(?:{pre}))")


@pytest.mark.parametrize("exact", [_EXACT, _EXACT - {""}, frozenset()])
@pytest.mark.parametrize("stems", [_STEMS, frozenset()])
@pytest.mark.parametrize("text", ["dog", "dogs", "dogsled", "do it", "doe", "cat", "cats", "ca", "c", "horse",
                                  "horsemanship", "hor", "a.b", "a.bc", "axb", "x+1", "x", "", " dog", "_"])
def test_word_trie_matches_as_the_flat_alternation(exact: frozenset[str], stems: frozenset[str], text: str) -> None:
    trie = re.compile(lx.word_trie(exact, stems))
    flat = _flat(exact, stems)
    assert [bool(trie.match(text, i)) for i in range(len(text) + 1)] == \
           [bool(flat.match(text, i)) for i in range(len(text) + 1)]


@cache
def _old_hint(lang: str) -> re.Pattern[str]:
    """`lexicon.hinted` as one flat regex with a look-behind (its definition)."""
    exact: set[str] = set()
    stems: set[str] = set()
    rows = [tuple(r[0].lower().split()) for r in table(lang, "measures") + table(lang, "subjects") if r and r[0]]
    for parts in rows + sorted(lx.category(lang, "backref")) + sorted(lx.category(lang, "pronoun")):
        word = max(parts, key=len)
        (stems if word.endswith("*") else exact).add(word.rstrip("*"))
    return re.compile(r"(?<!\w)" + _flat(frozenset(exact), frozenset(stems)).pattern)


_HINT_TEXTS = [("en", "Police said 12 people were killed in the attack."), ("en", "the killed"),
               ("en", "unkilled 40"), ("en", "They said 40. Those were hurt."), ("sv", "Minst 30 personer dog."),
               ("sv", "polisen uppger att 30 skadades"), ("de", "Mindestens 30 Menschen starben."),
               ("no", "Over 20 omkom i ulykken."), ("da", "Mindst 20 blev dræbt."), ("en", ""), ("en", "x")]


@pytest.mark.parametrize(("lang", "text"), _HINT_TEXTS)
def test_hinted_is_the_flat_hint_on_every_slice(lang: str, text: str) -> None:
    low = text.lower()
    old = _old_hint(lang)
    for start in range(len(low) + 1):
        for end in range(start, len(low) + 1):
            assert lx.hinted(low, start, end, lang) == bool(old.search(low, start, end)), (start, end)
