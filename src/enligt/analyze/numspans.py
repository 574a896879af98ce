"""Sentence spans for the number stage: where a sentence ends in running text (not after an abbreviation,
an initial or the ordinal dot of a date), and long stretches without punctuation cut into pieces."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.numbermatch import ONE, YEARS, NumberMatch
from enligt.lang import profile, wordset
from enligt.lang.subjects import concept_of

MAX_SENTENCE: Final = 800  # characters: a longer "sentence" (no punctuation) is read in pieces

# Possessive `\s++` and a bounded look-ahead: a long run of spaces is scanned once.
_BOUNDARY: Final = re.compile(r"[.!?…][\"”’»]*+\s++(?=[\"“”„«»–—(-]?\s?[^\W_a-zäöåæøü])")
NEXT_WORD: Final = re.compile(r"[\s\u00a0\u202f]*([^\W\d_]+|%)")


def _abbreviations(lang: str) -> frozenset[str]:
    """`_abbreviations_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _ABBREVIATIONS_KEPT.get(lang)
    if got is None:
        got = _ABBREVIATIONS_KEPT.setdefault(lang, _abbreviations_built(lang))
    return got


_ABBREVIATIONS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _abbreviations_built(lang: str) -> frozenset[str]:
    return wordset(lang, "abbreviations") | lx.words_of(lang, "abbrev")


def sentence_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of text[start:end]; a full stop after an abbreviation
    ("ca.", "Capt.", an initial) or in a date ("19. Januar") ends no sentence."""
    out: list[tuple[int, int]] = []
    pos = start
    abbreviations = _abbreviations(lang)
    for m in _BOUNDARY.finditer(text, start, end):
        word = word_before(text, max(start, m.start() - 20), m.start() + 1)
        if text[m.start()] == "." and (word.lower() in abbreviations or (len(word) == 1 and word.isupper())):
            continue
        if word.isdigit() and profile(lang).ordinal_dot:
            nxt = NEXT_WORD.match(text, m.end())
            if nxt and nxt.group(1).lower() in lx.months(lang):
                continue
        out.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def word_before(text: str, lo: int, hi: int) -> str:
    """The last run of word characters in text[lo:hi] with only non-word characters after it, or "": what
    `(\\w+)\\W*$` finds there (read backwards from `hi`, not tried at every position)."""
    q = hi
    while q > lo and not (text[q - 1].isalnum() or text[q - 1] == "_"):
        q -= 1
    p = q
    while p > lo and (text[p - 1].isalnum() or text[p - 1] == "_"):
        p -= 1
    return text[p:q]


def pieces(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentences cut at whitespace into pieces of at most `MAX_SENTENCE` characters."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut + 1 if cut > start else start + MAX_SENTENCE
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def last_sentence(text: str, span: tuple[int, int] | None, lang: str) -> tuple[int, int] | None:
    """The last sentence of the paragraph `span` when it may name a place (a place preposition before a
    capitalised word: "I Zimbabwe har …"); split only when a figure after it asks for its scene."""
    if span is None or not _place_hint(lang).search(text, span[0], span[1]):
        return None
    found = pieces(sentence_spans(text, span[0], span[1], lang), text)
    return found[-1] if found and _place_hint(lang).search(text, *found[-1]) else None


def _place_hint(lang: str) -> re.Pattern[str]:
    """`_place_hint_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _PLACE_HINT_KEPT.get(lang)
    if got is None:
        got = _PLACE_HINT_KEPT.setdefault(lang, _place_hint_built(lang))
    return got


_PLACE_HINT_KEPT: Final[dict[str, re.Pattern[str]]] = {}


def _place_hint_built(lang: str) -> re.Pattern[str]:
    words = sorted((w for w in lx.words_of(lang, "place") if " " not in w), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?i:" + "|".join(map(re.escape, words)) + r")\s+[A-ZÄÖÅÆØÜÉ]")


COMPOUND_MIN: Final = 7  # letters: a shorter word after a number is no compound worth the lookup


def compound_after(text: str, end: int, lang: str) -> bool:
    """Whether a compound with a counted noun as its last part follows a number ending at `end` ("zwei
    Rechtsanwaltskanzleien", "40 næringsbygninger"): the hint words of `lexicon.hinted` match whole words only."""
    nxt = NEXT_WORD.match(text, end)
    return nxt is not None and len(nxt.group(1)) >= COMPOUND_MIN and profile(lang).compounds and bool(
        concept_of(nxt.group(1), lang))


def quick_skip(text: str, n: NumberMatch, lang: str) -> bool:
    """A cheap look at the raw text: blocked numbers, years, money, units and dates need no tokens."""
    if n.blocked and n.blocked not in (YEARS, ONE):
        return True
    nxt = NEXT_WORD.match(text, n.end)
    word = nxt.group(1).lower() if nxt else ""
    if n.blocked == YEARS or (not n.words and n.end - n.num_start == 4 and 1800 <= n.value <= 2100):
        return not (concept_of(word, lang) or _measure_noun(word, lang) or word in lx.words_of(lang, "without"))
        # a year, unless a counted noun or a state ("1900 uten strøm") follows
    return bool(word) and (lx.is_not_countable(word, lang) or word in lx.months(lang))


def _measure_noun(word: str, lang: str) -> bool:
    """Whether `word` is a measure noun ("2000 lig", "2000 Tote"): a year-like number before it counts."""
    t = lx.trigger_at([word], 0, lang) if word else None
    return t is not None and t.kind == "noun"
