"""Number tokens: where a text writes a number, and the raw value of each.

`scan_numbers` walks the digit numbers and number words of a text left to right (`_tokens`: one
regex tried only at the positions `_candidates` finds), reads digits with the language's
separators ("6 000", "6.000", "2,3"), glued multipliers ("3m", "1.2bn") and glyph fractions
("1½"), merges multi-word numbers ("two hundred and five", "2,3 miljoner") and says why a digit
number cannot be a count (`blocked`: a time, a date part, an ordinal, a compound, a decade).
Approximators, ones and ranges are added on top by `enligt.analyze.numbers`.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Final

from enligt.analyze.numwords import (
    combine_values,
    continues_number,
    leading_fraction,
    number_pieces,
    number_words,
    parts_only,
    stressed_ones,
    tens_suffixes,
    word_number,
    word_pair,
    word_tens_suffixes,
)
from enligt.lang import all_function_words, alternation, profile, table

_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SPACE: Final = re.compile(r"[ \u00a0\u202f\u2009\u2007][ \u00a0\u202f\u2009\u2007]*")
_ORDINAL_SUFFIX: Final = re.compile(r"(?::[ae]|st\b|nd\b|rd\b|th\b|e\b)", re.IGNORECASE)
MAX_VALUE: Final = 1e13
_SUFFIXES: Final = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_SUFFIX: Final = re.compile(r"(k|m|mn|bn)\b", re.IGNORECASE)
_GROUPED: Final = {sep: re.compile(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}
# Swiss thousands: "40'000", "12’500" (an apostrophe groups thousands in every language; no decimal mark is one)
_APOSTROPHE_GROUPED: Final = re.compile(r"\d{1,3}(?:['\u2019]\d{3})+")


def _digits_value(raw: str, lang: str) -> float | None:
    """Value of a digit string with the language's separators ("6.000" is 6000 in German)."""
    compact = _SPACE.sub("", raw) if not raw.isdigit() else raw
    decimal = profile(lang).decimal_mark
    thousands = "," if decimal == "." else "."
    if compact.isdigit():
        pass
    elif _APOSTROPHE_GROUPED.fullmatch(compact):
        compact = compact.replace("'", "").replace("\u2019", "")
    elif _GROUPED[thousands].fullmatch(compact):
        compact = compact.replace(thousands, "")
    elif decimal in compact or thousands in compact:
        if compact.count(decimal) + compact.count(thousands) > 1:
            return None
        compact = compact.replace(",", ".")
    try:
        value = float(compact)
    except ValueError:
        return None
    return value if value < MAX_VALUE else None


@cache
def _gap() -> re.Pattern[str]:
    """The space (and "and": `number_and`) between the words of one number ("two hundred and five")."""
    ands = "|".join(re.escape(w) for w in sorted(all_function_words("number_and"), key=lambda w: (-len(w), w)))
    return re.compile(rf"[ \u00a0\u202f]+(?:(?:{ands})[ \u00a0\u202f]+)?")

_GLYPHS: Final = frozenset("½¼¾⅓⅔")


@cache
def _months(lang: str) -> frozenset[str]:
    """Month names after a day's full stop ("19. Januar"); abbreviations ("jan") only when they are the whole
    name ("17. mai", "3. maj", "9. Mai": the longest name of their month)."""
    rows = [r for r in table(lang, "months") if len(r) > 1]
    longest: dict[str, int] = {}
    for r in rows:
        longest[r[1]] = max(longest.get(r[1], 0), len(r[0]))
    return frozenset(r[0].lower() for r in rows if len(r[0]) > 3 or len(r[0]) == longest[r[1]])


def _digit_block(text: str, end: int, lang: str) -> tuple[str, int, bool]:
    """Look right after a digit number: (blocked reason, new end, approx) for "70-tal", "14:20", "47:e"."""
    tail = text[end : end + 16]
    if tail[:1] in (":", ".") and tail[1:2].isdigit():
        return "time", end, False
    if tail[:1] == "/" and tail[1:2].isdigit():
        return "date", end, False  # "9/11", "24/7", "3/4"
    if tail[:1] == "-" and tail[1:2].isalpha():
        word = _WORD.match(tail, 1)
        suffix = word.group(0).lower() if word else ""
        if suffix in tens_suffixes(lang) or suffix in profile(lang).hyphen_tens_suffixes:
            return "", end + 1 + len(suffix), True
        return ("decade" if suffix.startswith("tal") else "compound"), end, False
    if tail[:1] in ("'", "’") and tail[1:2].isalpha():
        return "decade", end, False  # "i 20'erne", "the 1990's": an age or a decade
    if tail[:1] == "-" and _SUSPENDED.match(text, end):
        return "compound", end, False  # "i 35- till 40-årsåldern": the first half of a compound
    if _ORDINAL_SUFFIX.match(tail) and not tail[:1].isspace():
        return "ordinal", end, False
    if tail[:1].isalpha() and not _SUFFIX.match(tail):
        return "compound", end, False  # "1e308", "5G", "3D": a code or a float, not a count
    if tail[:1] == "." and profile(lang).ordinal_dot:
        nxt = _WORD.match(tail.lstrip(". \u00a0"))
        if nxt and (nxt.group(0).lower() in _months(lang) or nxt.group(0)[0].islower()):
            return "ordinal", end, False
    return "", end, False


def _firsts(lang: str) -> list[str]:
    """The number words a number word can start with (units start compounds only where they come
    first: "einundzwanzig", "enogtyve")."""
    prof = profile(lang)
    return [p for p in number_pieces(lang) if p != prof.number_joiner and (p not in parts_only(lang) or prof.units_first)]


@cache
def _finder(lang: str) -> re.Pattern[str]:
    """Digits, or a whole word built of number words: matched at the candidate positions `_candidates` finds."""
    pieces = alternation(list(number_pieces(lang)))
    tal = "|".join(word_tens_suffixes(lang)) or "(?!)"
    word = rf"\b(?={alternation(_firsts(lang))}){pieces}{{1,8}}(?:-{pieces}{{1,8}})?(?:-?(?:{tal}))?(?![\w-])"
    return re.compile(rf"(?P<d>\d)|(?P<w>{word})")


@cache
def _seeds(lang: str) -> tuple[str, ...]:
    """The shortest starts of `_firsts` (a word starting "tjugo" also starts "tju..." only if that is a first)."""
    firsts = sorted(set(_firsts(lang)), key=len)
    seeds: list[str] = []
    for f in firsts:
        if not any(f.startswith(s) for s in seeds):
            seeds.append(f)
    return tuple(seeds)


_NON_ASCII_DECIMAL: Final = re.compile(r"[^\x00-\x7f\D]")
_ASCII_DIGITS: Final = "0123456789"


# The word characters below U+0100: a class of the others ("[^...]", a bitmap test a character) is
# scanned faster than `\W` (a Unicode lookup a character). Every character from U+0100 on passes it, a
# word character too ("ł"): a candidate more, which `_finder`'s `\b` then turns down.
_LATIN1_WORD: Final = "".join(re.escape(c) for c in map(chr, range(256)) if re.fullmatch(r"\w", c))


@cache
def _seed_starts(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any of `_seeds` at the text's start, and after a character that may be no word character (that
    character and a look-ahead: a regex with a character class first is scanned for in C)."""
    seeds = alternation(list(_seeds(lang))) or "(?!)"
    return re.compile(seeds), re.compile(rf"[^{_LATIN1_WORD}](?={seeds})")


def _candidates(low: str, lang: str) -> list[int] | None:
    """Sorted positions where `_finder` can match (and a few where it cannot): ASCII digits (`str.find`)
    and word starts that begin a number word (one regex scan; a search with `_finder` itself tries every
    position). None when the
    text has non-ASCII digits, which only the regex finds."""
    if not low.isascii() and _NON_ASCII_DECIMAL.search(low):
        return None
    out: list[int] = []
    for needle in _ASCII_DIGITS:
        i = low.find(needle)
        while i >= 0:
            out.append(i)
            i = low.find(needle, i + 1)
    first, after = _seed_starts(lang)
    if first.match(low):
        out.append(0)
    out += [m.start() + 1 for m in after.finditer(low)]
    out.sort()
    return out


_DIGIT_RUN: Final = re.compile(r"[\d.,:/\w]*")
# Digits, optionally grouped by thousands (space, NBSP, narrow NBSP, thin space, dot or comma:
# checked per language afterwards), optionally with a decimal part. Bounded repetitions keep it linear.
_DIGITS_AT: Final = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009\u2007.,]\d{3}){1,4}(?!\d)|\d{1,3}(?:['\u2019]\d{3}){1,4}(?!\d)"
                               r"|\d+(?:[.,]\d+)?")


def _glued(low: str, i: int) -> bool:
    """Whether the digit at i continues a word or a code ("Covid-19", "A4", "1.5.2023")."""
    if i == 0:
        return False
    prev = low[i - 1]
    if prev == "-" and _ISO_DATE_HEAD.search(low, max(0, i - 8), i) and _TWO_DIGITS.match(low, i):
        return True  # the month or day of "2025-08-16", "2022-03"
    if prev == "-" and _MODEL_HEAD.search(low, max(0, i - 12), i):
        return True  # a model or code: "A350-900", "MH-17"
    return prev.isalnum() or prev in "_.,:/" or (prev == "-" and low[i - 2 : i - 1].isalpha())


_ISO_DATE_HEAD: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d-(?:\d\d-)?\Z")
_TWO_DIGITS: Final = re.compile(r"\d\d(?!\d)")
# a suspended compound: "35- till 40-årsåldern", "30- und 40-jährige" (the hyphen, a word, a compound)
_SUSPENDED: Final = re.compile(r"-[ \u00a0]+[^\W\d_]{1,6}[ \u00a0]+\d+-[^\W\d_]")
_MODEL_HEAD: Final = re.compile(r"(?<![\w-])[^\W\d_]+\d+-\Z")  # letters then digits before the hyphen


def _tokens(text: str, lang: str, low: str | None = None) -> Iterator[tuple[str, int, int]]:
    """("d" | "w", start, end) of each digit number and number word, left to right (`low`: the
    lower-cased text, when the caller has it)."""
    low = text.lower() if low is None else low
    if len(low) != len(text):
        low = text  # a lower-casing that changes lengths ("İ") would shift every offset
    finder = _finder(lang)
    cands = _candidates(low, lang)
    pos = ci = 0
    while True:
        if cands is None:
            m = finder.search(low, pos)
        else:  # the same matches as `search`, tried only where one can start
            m = None
            while m is None and ci < len(cands):
                if cands[ci] >= pos:
                    m = finder.match(low, cands[ci])
                ci += 1
        if m is None:
            return
        i = m.start()
        if m.group("w"):
            yield "w", i, m.end()
            pos = m.end()
        elif _glued(low, i):
            pos = _DIGIT_RUN.match(low, i).end()  # type: ignore[union-attr]
        else:
            d = _DIGITS_AT.match(low, i)
            end = d.end() if d else i + 1
            yield "d", i, end
            pos = end


def scan_numbers(text: str, lang: str, limit: int, low: str | None = None) -> list[tuple[int, int, float, bool, bool, str]]:
    """Raw numbers: (start, end, value, approx, in_words, blocked), multi-word numbers merged;
    at most `limit` of them (`low`: the lower-cased text, when the caller has it)."""
    table_ = number_words(lang)
    full_stop_groups = profile(lang).decimal_mark != "."  # "kl. 14.30", "10.00": no decimal mark here
    gap = _gap()
    out: list[tuple[int, int, float, bool, bool, str]] = []
    pending: list[tuple[float, bool]] = []
    start = end = 0
    words_ = approx = False
    blocked = ""

    def flush() -> None:
        if pending:
            value = combine_values(pending)
            lone_one = words_ and value == 1 and not approx and text[start:end].lower() not in stressed_ones(lang)
            if value is not None and not lone_one and value < MAX_VALUE:
                out.append((start, end, value, approx, words_, blocked))
        pending.clear()

    for kind, m_start, m_end in _tokens(text, lang, low):
        if len(out) >= limit:
            break
        adjacent = bool(pending) and gap.fullmatch(text, end, m_start) is not None
        if kind == "d":
            flush()
            value = _digits_value(text[m_start:m_end], lang)
            if value is None:
                continue
            blocked, new_end, approx = _digit_block(text, m_end, lang)
            raw = text[m_start:m_end]
            if full_stop_groups and "." in raw and not _GROUPED["."].fullmatch(raw):
                blocked = "time"  # "kl. 14.30", "10.00": a full stop is no decimal mark here
            glyph = text[new_end : new_end + 1]
            if glyph in _GLYPHS and not blocked:  # "1½ miljoner"
                value, new_end = value + unicodedata.numeric(glyph), new_end + 1
            suffix = _SUFFIX.match(text, m_end)
            if suffix and not blocked:  # "3m", "1.2bn", "20k": a glued multiplier
                value, new_end = value * _SUFFIXES[suffix.group(1).lower()], suffix.end()
            start, end, words_ = m_start, new_end, False
            pending.append((value, False))
            continue
        low = text[m_start:m_end].lower()
        if adjacent and low in table_ and table_[low][1]:  # "2,3 miljoner", "two dozen"
            pending.append(table_[low])
            end = m_end
            continue
        if adjacent and words_ and low in table_ and continues_number(pending, table_[low]):
            pending.append(table_[low])
            end = m_end
            continue
        flush()
        if low in table_ and table_[low][1]:  # "½ miljon", "en halv miljon", "half a million"
            frac = leading_fraction(text, m_start, lang)
            if frac is not None:
                start, end, words_, approx, blocked = frac[1], m_end, True, False, ""
                pending.extend([(frac[0], False), table_[low]])
                continue
        parsed = word_number(low, lang)
        if parsed is not None:
            start, end, words_, approx, blocked = m_start, m_end, True, parsed[1], ""
            pending.append((parsed[0], low in table_ and table_[low][1]))  # "hundred and twenty": a multiplier first
        elif (pair := word_pair(low, lang)) is not None:  # "fem-seks skud": two numbers, read as a range
            cut = m_start + low.index("-")
            out += [(m_start, cut, pair[0], False, True, ""), (cut + 1, m_end, pair[1], False, True, "")]
    flush()
    return out

