"""Number parsing: every way a news text writes a count, with its span and approximation.

`find_numbers(text, lang)` returns each number in `text` as a `NumberMatch`: digits with any
thousands separator of the language ("6 000" with space, NBSP or narrow NBSP, "6.000", "6,000"),
decimals with a multiplier ("2,3 miljoner"), number words and their compounds ("sex tusen",
"tolvtusen", "two dozen", "twenty-five", "einundzwanzig"), the Scandinavian approximate forms
("ett tjugotal", "ett 70-tal", "et titall") and a preceding approximator ("cirka", "at least",
"opptil", "etwa") from `lang/<code>/approx.txt`.

It also says why a number cannot be a count (`blocked`): a time ("14:20"), a date part, an
ordinal ("47:e", "14th", "19."), a hyphen compound ("63-jähriger", "34-year-old") or a decade
("1990-talet"). What the number counts is the job of `enligt.analyze.quantities`.

The parts: `numbermatch` (the record), `numwords` (the values of number words), `numtokens` (where
a text writes a number, and its raw value and block), `numones` (the ones an article word writes)
and `numranges` (ranges, changes and results); this module adds approximators and articles.
"""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.numbermatch import NumberMatch
from enligt.analyze.numones import with_ones
from enligt.analyze.numranges import WORD_BEFORE, join_ranges
from enligt.analyze.numtokens import scan_numbers
from enligt.analyze.numwords import number_words, parts_only
from enligt.lang import function_words, table, words


def _last_words(lang: str) -> frozenset[str]:
    """`_last_words_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _LAST_WORDS_KEPT.get(lang)
    if got is None:
        got = _LAST_WORDS_KEPT.setdefault(lang, _last_words_built(lang))
    return got


_LAST_WORDS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _last_words_built(lang: str) -> frozenset[str]:
    return _approx_last_words(lang) | function_words(lang, "indefinite") | parts_only(lang)


def _approx_set(lang: str) -> frozenset[str]:
    """`_approx_set_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _APPROX_SET_KEPT.get(lang)
    if got is None:
        got = _APPROX_SET_KEPT.setdefault(lang, _approx_set_built(lang))
    return got


_APPROX_SET_KEPT: Final[dict[str, frozenset[str]]] = {}


def _approx_set_built(lang: str) -> frozenset[str]:
    return frozenset(" ".join(p.lower().split()) for p in words(lang, "approx"))


def _words_before(text: str, start: int, lang: str) -> list[tuple[int, str]]:
    """Up to three words right before `start` as (offset, lower-cased word), nearest last."""
    if start == 0 or not text[start - 1].isspace():
        return []
    lo = max(0, start - 40)
    stop = start - 1
    while stop > lo and text[stop - 1].isspace():
        stop -= 1  # "at least  80": a crawl's doubled space
    last = max(text.rfind(" ", lo, stop), text.rfind("\u00a0", lo, stop), text.rfind("\n", lo, stop))
    if text[last + 1 : start].strip().lower().lstrip("(–—-") not in _last_words(lang):
        return []  # the word before is no approximator and no article: the common case
    window = text[lo:start]
    out: list[tuple[int, str]] = []
    cut = len(window)
    for part in reversed(window.split()[-3:]):
        cut = window.rfind(part, 0, cut)
        out.append((lo + cut, part.lower()))
    out.reverse()
    return out


def _approx_last_words(lang: str) -> frozenset[str]:
    """`_approx_last_words_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _APPROX_LAST_WORDS_KEPT.get(lang)
    if got is None:
        got = _APPROX_LAST_WORDS_KEPT.setdefault(lang, _approx_last_words_built(lang))
    return got


_APPROX_LAST_WORDS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _approx_last_words_built(lang: str) -> frozenset[str]:
    return frozenset(p.split()[-1] for p in _approx_set(lang))


def _approximator(before: list[tuple[int, str]], lang: str) -> int | None:
    """Start of the approximator phrase among the words `before` a number ("cirka", "at least")."""
    if not before or before[-1][1].lstrip("(–—-") not in _approx_last_words(lang):
        return None
    phrases = _approx_set(lang)
    for k in range(len(before)):
        phrase = " ".join(w for _, w in before[k:])
        if phrase in phrases or phrase.lstrip("(–—-") in phrases:
            return before[k][0] + (len(phrase) - len(phrase.lstrip("(–—-")))
    return None


def _lone_multiplier(raw: str, lang: str) -> bool:
    """Whether `raw` is one multiplier word alone ("dozen", "miljoner", "Million")."""
    hit = number_words(lang).get(raw.lower())
    return hit is not None and hit[1]


def find_numbers(text: str, lang: str, limit: int = 10**9, low: str | None = None) -> list[NumberMatch]:
    """Every number in `text` (the first `limit`), with approximators and "ett X-tal" folded in.
    `low` is `text.lower()` when the caller has it already.

    Linear in len(text)."""
    out: list[NumberMatch] = []
    for start, end, value, approx, in_words, blocked in scan_numbers(text, lang, limit, low):
        num_start = start
        before = _words_before(text, start, lang)
        lone = in_words and _lone_multiplier(text[start:end], lang)
        if before and before[-1][1] in parts_only(lang) and lone:
            start = before[-1][0]  # "one thousand", "ein Dutzend": the part word belongs to the number
            before = before[:-1] if start > 0 and text[start - 1].isspace() else []
            lone = False
        elif before and before[-1][1] in function_words(lang, "indefinite") and (approx or lone or (
                in_words and _fraction_first(text[start:end], lang))):
            start = before[-1][0]  # "ett tjugotal", "a dozen", "en halv million": the article belongs to the number
            before = before[:-1] if start > 0 and text[start - 1].isspace() else []
        elif lone and not blocked and (value not in (100, 1000) or _vague_before(text, start, lang)):
            blocked = "vague"  # "miljoner människor", "mange tusen": no number says how many ("hundre raketter" does)
        elif in_words and not blocked and not approx and value < ARTICLE_NOUNS and " " not in text[start:end] and before and (
                before[-1][1] in function_words(lang, "indefinite") and before[-1][0] + len(before[-1][1]) + 1 == start):
            blocked = "noun"  # "bussen traff et tre" (a tree), "en elva" (a team): an article makes the word a noun
        found = _approximator(before, lang)
        if found is not None:
            start, approx = found, True
        out.append(NumberMatch(start, end, value, approx, text[start:end], num_start, in_words, blocked))
    return _shared_approx(join_ranges(with_ones(out, text, lang, low), text, lang), text, lang)


ARTICLE_NOUNS: Final = 100  # number words below this after an article are nouns ("et tre"); "et hundre og femti" counts


SHARED_GAP: Final = 3  # words between two joined counts whose first approximator is read for both ("57 Tote und")


def _shared_approx(found: list[NumberMatch], text: str, lang: str) -> list[NumberMatch]:
    """An approximator before the first of two counts joined by "and" is read for both: "mindestens 57 Tote und
    169 Verletzte", "at least 57 dead and 169 injured", "minst 57 døde og 169 skadde"."""
    out = list(found)
    conj = lx.words_of(lang, "conj")
    for i in range(1, len(out)):
        prev, n = out[i - 1], out[i]
        if not prev.approx or prev.start == prev.num_start or n.approx or n.start != n.num_start:
            continue
        gap = text[prev.end : n.start].split()
        if 2 <= len(gap) <= SHARED_GAP and gap[-1].lower() in conj and all(w.isalpha() for w in gap):
            out[i] = NumberMatch(n.start, n.end, n.value, True, n.text, n.num_start, n.words, n.blocked, n.high)
    return out


def _fraction_first(raw: str, lang: str) -> bool:
    """Whether a number in words opens with a fraction word ("halv million", "halbe Million": `frac` in `numbers.tsv`)."""
    first = raw.split(maxsplit=1)[0].lower() if raw.strip() else ""
    return first in _fraction_words(lang)


@cache
def _fraction_words(lang: str) -> frozenset[str]:
    return frozenset(r[0].lower() for r in table(lang, "numbers") if len(r) > 2 and r[2] == "frac")


def _vague_before(text: str, start: int, lang: str) -> bool:
    """Whether a vague quantifier stands right before a number ("mange tusen", "several hundred")."""
    before = WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in _vague_words(lang)


@cache
def _vague_words(lang: str) -> frozenset[str]:
    return frozenset(r[1].lower() for r in table(lang, "count_words") if len(r) > 1 and r[0] == "vague")

