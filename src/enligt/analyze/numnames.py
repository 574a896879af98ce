"""The words of two names of one source: a headline's source within the body's, or sharing a root with it.

Read by `enligt.analyze.quantities` (rule 5: one record per figure per source, at its first mention).
"""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.lang import SUPPORTED, wordset
from enligt.lang.subjects import nationality_of

NAME_WORD: Final = 5  # letters: a shorter word ("der", "the") names no body
ROOT: Final = 4  # letters: the shortest shared root of two names of one body ("iran" of "Irans", "Iranische")


def words_within(words: set[str], other: set[str]) -> bool:
    """Whether every word of a title's source is a word of the body's source or the head of one of its
    compounds ("Ukrainske styrker" in "de ukrainske forsvarsstyrker", "Polizei" in "Bundespolizei")."""
    return all(w in other or (len(w) >= NAME_WORD and any(o.endswith(w) for o in other)) for w in words)


def shared_root(words: set[str], other: set[str]) -> bool:
    """Whether a headline's source and a body source share a word or its root, as a headline shortens the name
    of one body ("Russisk TV" over "russisk fjernsyn", "Iranische Regierung" over "Irans Gesundheitsministerium"):
    one word starts the other, and the shorter has at least `ROOT` letters ("Ukraina" does not start "ukrainska")."""
    return any(len(u) >= ROOT and len(v) >= ROOT and (u.startswith(v) or v.startswith(u)) for u in words for v in other)


def national(word: str, lang: str) -> bool:
    """Whether a word of a source is a nationality or a country ("russian", "ryska", "Frankreichs"): bodies of
    one country share it without being one body ("the Russian Railways company", "the Russian Health Ministry")."""
    if lang not in SUPPORTED:
        return False
    bare = word.strip(".,:;()\"'").removesuffix("'s").removesuffix("’s")
    countries = _countries(lang)
    return nationality_of(bare, lang) is not None or bare in countries or bare.removesuffix("s") in countries


@cache
def _countries(lang: str) -> frozenset[str]:
    """The country names of `lang` (`countries.txt`), lower-cased."""
    return frozenset(w.lower() for w in wordset(lang, "countries"))
