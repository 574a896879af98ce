"""Stemmed search: the Snowball stemmers of the five languages, a stemmed copy of text for the full-text
index, query terms as stems, and the words of a text that match them (for snippets and for showing
which attributions matched).

"död" finds "döda", "dödade" and "döden": the index holds each article's words as stems of its own
language (`stemmed_text`), and a query word stands for its stem in every supported language (the
query's language is not known) plus the word itself (`variants`). Words are folded like the index
folds them (lower case, diacritics removed) before stems are compared. snowballstemmer is pure
Python; stems are cached per language, since news text repeats its words.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

SNOWBALL = {"sv": "swedish", "en": "english", "no": "norwegian", "da": "danish", "de": "german"}
WORD = re.compile(r"\w+")
CACHE_WORDS = 200_000


@cache
def _stemmer(lang: str) -> Any:
    import snowballstemmer  # type: ignore[import-untyped]

    return snowballstemmer.stemmer(SNOWBALL[lang])


@lru_cache(maxsize=CACHE_WORDS)
def stem(word: str, lang: str | None) -> str:
    """The stem of a lower-case word in `lang` (the word itself for a language without a stemmer)."""
    if lang not in SNOWBALL:
        return word
    result: str = _stemmer(lang).stemWord(word)
    return result


@lru_cache(maxsize=CACHE_WORDS)
def fold(word: str) -> str:
    """Lower case without diacritics: how the full-text index compares words ("Döda" -> "doda")."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    return "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))


def stemmed_text(text: str, lang: str | None) -> str:
    """`text` as its words' stems, space-separated, for the full-text index."""
    return " ".join(stem(w.lower(), lang) for w in WORD.findall(text))


def variants(word: str, langs: Iterable[str] = tuple(SNOWBALL)) -> list[str]:
    """What a query word matches in the index: itself (lower-cased) and its stem in each language."""
    low = word.lower()
    out = dict.fromkeys([low, *(stem(low, lang) for lang in langs)])
    return list(out)


@lru_cache(maxsize=64)
def _heads(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(s[:2] for s in stems)


@dataclass(frozen=True)
class Matcher:
    """Finds the words of a text that a search matched: words whose stem (in any supported language,
    folded) is a query stem, or that start with a prefix term. Built from `parse_query` terms."""

    stems: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, terms: Iterable[tuple[str, bool, bool]]) -> Matcher:
        stems: set[str] = set()
        prefixes: list[str] = []
        for text, _phrase, prefix in terms:
            words = text.split()
            for i, word in enumerate(words):
                if prefix and i == len(words) - 1:
                    prefixes.append(fold(word))
                stems.update(fold(v) for v in variants(word))
        return cls(frozenset(s for s in stems if s), tuple(p for p in prefixes if p))

    def matches(self, word: str) -> bool:
        folded = fold(word)
        if folded in self.stems or folded.startswith(self.prefixes or ("\0",)):
            return True
        if folded[:2] not in self._heads:  # a stem begins like its word: most words are ruled out here
            return False
        low = word.lower()
        return any(fold(stem(low, lang)) in self.stems for lang in SNOWBALL)

    @property
    def _heads(self) -> frozenset[str]:
        return _heads(self.stems)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """[start, end) of every matching word in `text`."""
        return [m.span() for m in WORD.finditer(text) if self.matches(m.group())]

    def marked(self, text: str) -> str:
        """`text` with every matching word wrapped in \\x02 ... \\x03 (the snippet markers)."""
        out, last = [], 0
        for a, b in self.spans(text):
            out += [text[last:a], "\x02", text[a:b], "\x03"]
            last = b
        return "".join(out) + text[last:]

    def snippet(self, texts: Iterable[str], words: int = 24) -> str:
        """A window of about `words` words around the first match in the first text that has one,
        matches marked, "…" where it was cut; the start of the first text when nothing matches."""
        texts = [t for t in texts if t]
        for text in texts:
            found = self.spans(text)
            if found:
                return self._window(text, found, words)
        if not texts:
            return ""
        tokens = list(WORD.finditer(texts[0]))
        end = tokens[words - 1].end() if len(tokens) > words else len(texts[0])
        return texts[0][:end] + ("…" if end < len(texts[0]) else "")

    def _window(self, text: str, found: list[tuple[int, int]], words: int) -> str:
        tokens = [m.span() for m in WORD.finditer(text)]
        first = next(i for i, t in enumerate(tokens) if t[0] == found[0][0])
        lo = max(0, first - words // 3)
        hi = min(len(tokens), lo + words)
        start = tokens[lo][0] if lo > 0 else 0
        end = tokens[hi - 1][1] if hi < len(tokens) else len(text)
        body = " ".join(self.marked(text[start:end]).split())
        return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
