"""Number words: the values of words and compounds a language writes numbers with.

From `lang/<code>/numbers.tsv` (word, value, and `mult`, `part`, `frac` or `one`) and the language
profile (the joiner of "einundzwanzig", the "-tal" of "ett tjugotal"): the value of one word or
compound ("tolvtusen" 12000, "twenty-five" 25), the value of a sequence of pieces ("two dozen",
"sex tusen"), whether a word continues the number before it, and fractions before a multiplier
("en halv miljon"). Finding the words in a text is `enligt.analyze.numtokens`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from enligt.lang import profile, table


@cache
def tens_suffixes(lang: str) -> tuple[str, ...]:
    """The ending of an approximate tens word ("ett tjugotal"), if the language has one (its profile)."""
    suffix = profile(lang).tens_suffix
    return (suffix,) if suffix else ()


@cache
def word_tens_suffixes(lang: str) -> tuple[str, ...]:
    """The endings of an approximate tens word, definite forms first ("tiotalet döda", "titallet"):
    a word needs no article to be one. A digit form stays `tens_suffixes` ("70-talet" is a decade)."""
    out: list[str] = []
    for suffix in tens_suffixes(lang):
        out += [suffix + "let", suffix + "et"] if not suffix.endswith("ll") else [suffix + "et"]
        out.append(suffix)
    return tuple(out)


def number_words(lang: str) -> dict[str, tuple[float, bool]]:
    """`_number_words_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _NUMBER_WORDS_KEPT.get(lang)
    if got is None:
        got = _NUMBER_WORDS_KEPT.setdefault(lang, _number_words_built(lang))
    return got


_NUMBER_WORDS_KEPT: Final[dict[str, dict[str, tuple[float, bool]]]] = {}


def _number_words_built(lang: str) -> dict[str, tuple[float, bool]]:
    """word -> (value, is_multiplier) from `lang/<code>/numbers.tsv`."""
    out: dict[str, tuple[float, bool]] = {}
    for row in table(lang, "numbers"):
        if len(row) >= 2 and not (len(row) > 2 and row[2] == "frac"):
            out[row[0].lower()] = (float(row[1]), len(row) > 2 and row[2] == "mult")
    return out


@cache
def _fraction_before(lang: str) -> re.Pattern[str]:
    """A fraction right before a multiplier word: "½ miljon", "1½ miljoner", "en halv miljon",
    "half a million" (the words marked `frac` in `numbers.tsv`; the glyphs by their Unicode value)."""
    fracs = sorted((re.escape(r[0].lower()) for r in table(lang, "numbers") if len(r) > 2 and r[2] == "frac"),
                   key=len, reverse=True)
    alt = "|".join(fracs) or "(?!)"
    return re.compile(rf"(?:(?P<int>\d+)?(?P<glyph>[½¼¾⅓⅔])|\b(?P<word>{alt}))[ \u00a0\u202f]+\Z", re.IGNORECASE)


def leading_fraction(text: str, start: int, lang: str) -> tuple[float, int] | None:
    """(value, start) of a fraction that ends right before `start`, or None."""
    m = _fraction_before(lang).search(text, max(0, start - 24), start)
    if m is None:
        return None
    if m.group("glyph"):
        whole = float(m.group("int")) if m.group("int") else 0.0
        return whole + unicodedata.numeric(m.group("glyph")), m.start()
    value = next(float(r[1]) for r in table(lang, "numbers")
                 if len(r) > 2 and r[2] == "frac" and r[0].lower() == m.group("word").lower())
    return value, m.start()


@cache
def number_entries(lang: str) -> frozenset[str]:
    """Every entry of `numbers.tsv`, lower-cased, fractions included ("fem", "fifteen", "half"); `number_words`
    leaves the fractions out."""
    return frozenset(r[0].lower() for r in table(lang, "numbers") if r and r[0])


@cache
def number_starts(lang: str) -> frozenset[str]:
    """The first words of the number words ("half", "two", "nine"): a word that may open a number written in
    words (the topic, figure and time rules ask whether one follows)."""
    return frozenset(w.split()[0] for w in number_entries(lang))


def parts_only(lang: str) -> frozenset[str]:
    """`_parts_only_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _PARTS_ONLY_KEPT.get(lang)
    if got is None:
        got = _PARTS_ONLY_KEPT.setdefault(lang, _parts_only_built(lang))
    return got


_PARTS_ONLY_KEPT: Final[dict[str, frozenset[str]]] = {}


def _parts_only_built(lang: str) -> frozenset[str]:
    """Words that are numbers only inside a compound ("ein" in "einundzwanzig", "one" in "twenty-one")."""
    return frozenset(r[0].lower() for r in table(lang, "numbers") if len(r) > 2 and r[2] == "part")


@cache
def stressed_ones(lang: str) -> frozenset[str]:
    """Stressed numerals "one" that are no article ("én person", "ét hus"): a count of one on their own."""
    return frozenset(r[0].lower() for r in table(lang, "numbers") if len(r) > 2 and r[2] == "one")


@cache
def number_pieces(lang: str) -> tuple[str, ...]:
    """Number words longest first, for splitting compounds like "tolvtusen"."""
    joiner = profile(lang).number_joiner
    joiners = (joiner,) if joiner else ()
    return tuple(sorted(list(number_words(lang)) + list(joiners), key=len, reverse=True))


def split_compound(token: str, lang: str) -> list[str] | None:
    """Split a number word into known pieces ("tolvtusen" -> ["tolv", "tusen"]), or None."""
    token = token.lower().replace("-", "")
    pieces = number_pieces(lang)
    out: list[str] = []
    pos = 0
    while pos < len(token):
        for p in pieces:
            if token.startswith(p, pos):
                out.append(p)
                pos += len(p)
                break
        else:
            return None
        if len(out) > 8:
            return None
    return out


def word_value(token: str, lang: str) -> float | None:
    """Value of one number word or compound ("sextio" 60, "tvåhundra" 200), or None."""
    parts = split_compound(token, lang)
    if not parts:
        return None
    table_ = number_words(lang)
    joiner = profile(lang).number_joiner
    if joiner and joiner in parts:  # einundzwanzig, enogtyve: units before tens
        i = parts.index(joiner)
        if i == 0 or i == len(parts) - 1:
            return None
        parts = parts[i + 1 : i + 2] + parts[:i] + parts[i + 2 :]
    parts = [p for p in parts if p in table_]
    return combine_values([table_[p] for p in parts])


def combine_values(values: list[tuple[float, bool]]) -> float | None:
    """Evaluate a sequence of (value, multiplier) pieces: two dozen 24, sex tusen 6000."""
    if not values:
        return None
    total, current = 0.0, 0.0
    last: float | None = None  # the unit or tens piece since the last multiplier
    top = 0.0  # the largest multiplier below a thousand since the last thousands
    for value, mult in values:
        if mult:
            if value < 1000 and top >= value:
                return None  # "two hundred and three hundred": two numbers (a range), not one of 20 300
            top = max(top, value) if value < 1000 else 0.0
            current = (current or 1.0) * value
            last = None
            if value >= 1000:
                total, current = total + current, 0.0
        else:
            if last is not None and not (20 <= last < 100 and last % 10 == 0 and value < 10):
                return None  # "fem-seks", "two-three": two numbers, not one compound
            current += value
            last = value
    return total + current


def word_number(token: str, lang: str) -> tuple[float, bool] | None:
    """(value, approx) of a number word, a compound or an "X-tal" form; None for other words."""
    low = token.lower()
    table_ = number_words(lang)
    if low in parts_only(lang):
        return None
    if low in table_:
        return table_[low][0], False
    for suffix in word_tens_suffixes(lang):
        if low.endswith(suffix):
            value = word_value(low[: -len(suffix)].rstrip("-"), lang)
            if value is not None and value >= 10:  # "ett tjugotal"; never "total" (to + tal)
                return value, True
    value = word_value(low, lang)
    return (value, False) if value is not None else None

def word_pair(low: str, lang: str) -> tuple[float, float] | None:
    """The two values of two number words joined by a hyphen in one token ("fem-seks", "two-three"),
    the second larger: a range. None for anything else."""
    if low.count("-") != 1:
        return None
    a, b = (word_number(part, lang) for part in low.split("-"))
    return (a[0], b[0]) if a is not None and b is not None and a[0] < b[0] and not a[1] and not b[1] else None


def continues_number(pending: list[tuple[float, bool]], nxt: tuple[float, bool]) -> bool:
    """Whether a number word continues the previous one ("twenty five", "hundred and five")."""
    last_value, last_mult = pending[-1]
    if last_mult:
        return True
    return last_value >= 20 and last_value % 10 == 0 and last_value < 100 and nxt[0] < 10

