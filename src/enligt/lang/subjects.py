"""Canonical subjects: one key for "ryska soldater", "Russian troops" and "russische Soldaten".

`subject_key(subject, lang)` maps a counted noun phrase to `<nationality>-<concept>` (or just
`<concept>`) through per-language word lists: `lang/<code>/subjects.tsv` (noun -> concept) and
`lang/<code>/nationalities.tsv` (adjective or people noun -> canonical nationality). Plurals and
inflections are handled by a trailing `*` in the lists and by a few suffix rules, never by a
model. Quantities and conflicts use the same lookups (`concept_of`, `nationality_of`) to decide
which figures count the same thing, and the corpus store merges figures across articles with
`subject_key`: it lives here, on the floor both `enligt.analyze` and `enligt.store` stand on.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from enligt.lang import SUPPORTED, function_word_list, profile, table

WHOLE: Final = "whole"  # the mark of a `subjects.tsv` entry that heads no compound

_WORD: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _suffixes(lang: str) -> tuple[str, ...]:
    """Simple plural/definite endings, longest first, tried when a word is not listed (`plural_suffix`)."""
    return function_word_list(lang, "plural_suffix") if lang in SUPPORTED else ()


class _Lexicon:
    """Exact and prefix (`word*`) entries of a two-column word list; a third column `whole` keeps an entry from
    heading a compound ("enheter" are responders' units, "produktionsenheter" no responders)."""

    def __init__(self, rows: tuple[tuple[str, ...], ...]) -> None:
        self.exact: dict[str, tuple[str, ...]] = {}
        self.prefixes: list[tuple[str, tuple[str, ...]]] = []
        self.whole: frozenset[str] = frozenset(r[0].lower() for r in rows if len(r) > 2 and r[2] == WHOLE)
        for row in rows:
            if len(row) < 2 or not row[0]:
                continue
            key = row[0].lower()
            if key.endswith("*"):
                self.prefixes.append((key[:-1], row[1:]))
            else:
                self.exact[key] = row[1:]
        self.prefixes.sort(key=lambda p: len(p[0]), reverse=True)

    def get(self, word: str) -> tuple[str, ...] | None:
        hit = self.exact.get(word)
        if hit is not None:
            return hit
        for prefix, value in self.prefixes:
            if word.startswith(prefix):
                return value
        return None


@cache
def _lexicon(lang: str, name: str) -> _Lexicon:
    return _Lexicon(table(lang, name))


@lru_cache(maxsize=1 << 16)
def _lookup(word: str, lang: str, name: str) -> tuple[str, ...] | None:
    low = word.lower()
    lex = _lexicon(lang, name)
    hit = lex.get(low)
    if hit is not None:
        return hit
    for suffix in _suffixes(lang):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            hit = lex.get(low[: -len(suffix)])
            if hit is not None:
                return hit
    if lang in SUPPORTED and profile(lang).compounds:  # "bolighus" -> "hus": the last part is the head
        for i in range(3, len(low) - 2):
            hit = lex.exact.get(low[i:])
            if hit is not None and low[i:] not in lex.whole:
                return hit
    return None


@lru_cache(maxsize=1 << 16)
def concept_of(word: str, lang: str) -> str | None:
    """The canonical concept of a noun ("soldater" -> "soldier"), or None when it is not listed."""
    hit = _lookup(word, lang, "subjects")
    if hit:
        return hit[0]
    nat = nationality_of(word, lang)
    if nat and nat[1]:
        return "person"  # "ukrainare", "Ukrainians": people of a nationality
    return None


@lru_cache(maxsize=1 << 16)
def nationality_of(word: str, lang: str) -> tuple[str, bool] | None:
    """(canonical nationality, names people) of an adjective or people noun, or None."""
    hit = _lexicon(lang, "nationalities").get(word.lower())
    if hit is None:
        return None
    return hit[0], len(hit) > 1 and hit[1] == "noun"


def lemma(word: str, lang: str) -> str:
    """A crude singular for a word no list knows ("motors" -> "motor", "fartygen" -> "fartyg")."""
    low = word.lower()
    for suffix in _suffixes(lang):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return low


def subject_key(subject: str, lang: str | None) -> str:
    """One key across languages for a counted subject: "ryska soldater" -> "russian-soldier".

    The concept is the first listed noun of the phrase (else the crude lemma of its last word);
    the nationality is the first nationality word. Unknown languages fall back to lower case.
    """
    tokens = _WORD.findall(subject or "")
    if not tokens:
        return ""
    if lang not in SUPPORTED:
        return " ".join(t.lower() for t in tokens)
    code = str(lang)
    nat = ""
    concept = ""
    for tok in tokens:
        found = nationality_of(tok, code)
        if found and not nat:
            nat = found[0]
            if found[1] and not concept:
                concept = "person"
            continue
        c = concept_of(tok, code)
        if c and not concept:
            concept = c
    if not concept:
        concept = lemma(tokens[-1], code)
    return f"{nat}-{concept}" if nat else concept
