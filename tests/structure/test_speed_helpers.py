"""The fast forms of regex alternations and substring tests match what the plain forms match."""
from __future__ import annotations

import re

import pytest

from enligt.analyze.numspans import word_before
from enligt.analyze.sentences import _upper
from enligt.lang import alternation
from enligt.structure.byline import _first_of
from enligt.structure.furniture import _guarded

NAMES = ["publicerad", "publicerad den", "published", "pub", "uppdaterad"]


@pytest.mark.parametrize("text", [
    "Publicerad den 3 mars", "publicerad 3 mars", "Published: today", "pub crawl", "Pubx", "xpublished",
    "UPPDATERAD kl. 10", "", "publicera",
])
def test_alternation_matches_as_the_flat_list(text: str) -> None:
    flat = "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
    plain = re.compile(rf"(?<![^\W\d_])({flat})(?![^\W\d_])\s*:?", re.IGNORECASE)
    trie = re.compile(rf"(?<![^\W\d_])({alternation(NAMES)})(?![^\W\d_])\s*:?", re.IGNORECASE)
    assert [(m.span(), m.groups()) for m in trie.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


@pytest.mark.parametrize("phrases", [
    ["all rights reserved", "ansvarig utgivare", "ansvarshavende redaktør", "ansvarshavende chefredaktør"],
    ["i din mejl", "i din inkorg", "to your inbox", "in your inbox"],
    [""],
])
def test_guarded_phrases_keep_every_phrase_under_a_word_it_contains(phrases: list[str]) -> None:
    groups = _guarded(phrases)
    assert sorted(p for _, group in groups for p in group) == sorted(phrases)
    assert all(guard in p for guard, group in groups for p in group)


@pytest.mark.parametrize(("text", "lo", "hi", "expected"), [
    ("Han kom ca. 5", 0, 12, "ca"), ("slut.", 0, 5, "slut"), ("A. B", 0, 2, "A"), ("...", 0, 3, ""),
    ("långt_ord!", 0, 10, "långt_ord"), ("abc def.", 5, 8, "ef"),
])
def test_word_before(text: str, lo: int, hi: int, expected: str) -> None:
    m = re.compile(r"(\w+)\W*$").search(text, lo, hi)
    assert word_before(text, lo, hi) == expected == (m.group(1) if m else "")


@pytest.mark.parametrize(("text", "expected"), [
    ("TT/NTB", "TT"), ("afp-dpa", "afp"), ("the associated press", "the"), ("reuters", "reuters"), ("a,b&c", "a"),
])
def test_first_of(text: str, expected: str) -> None:
    assert text[:_first_of(text, " /-,&")] == expected


@pytest.mark.parametrize("c", ["A", "a", "Å", "ß", "1", ".", "Σ", "σ", "ǅ", "İ"])
def test_upper(c: str) -> None:
    assert _upper(c) == c.isupper()
