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
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from enligt.lang import all_function_words, function_words, profile, table, words

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SPACE = re.compile(r"[ \u00a0\u202f\u2009\u2007]+")
_ORDINAL_SUFFIX = re.compile(r"(?::[ae]|st\b|nd\b|rd\b|th\b|e\b)", re.IGNORECASE)
MAX_VALUE = 1e13
_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_SUFFIX = re.compile(r"(k|m|mn|bn)\b", re.IGNORECASE)
_GROUPED = {sep: re.compile(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


@dataclass(frozen=True, slots=True, init=False)
class NumberMatch:
    """One number in a text. `start`/`end` cover the number with its approximator ("cirka 500")."""

    start: int
    end: int
    value: float
    approx: bool
    text: str
    num_start: int  # where the number itself begins (after the approximator)
    words: bool = False  # written in words
    blocked: str = ""  # why it cannot be a count ("time", "ordinal", "compound", "decade"), or ""
    high: float | None = None  # the high end of a range ("2 500–3 000", "between 20 and 25"), else None

    def __init__(self, start: int, end: int, value: float, approx: bool, text: str, num_start: int,
                 words: bool = False, blocked: str = "", high: float | None = None) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "approx", approx)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "num_start", num_start)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "blocked", blocked)
        object.__setattr__(self, "high", high)


@cache
def _tal(lang: str) -> tuple[str, ...]:
    """The ending of an approximate tens word ("ett tjugotal"), if the language has one (its profile)."""
    suffix = profile(lang).tens_suffix
    return (suffix,) if suffix else ()


@cache
def _number_words(lang: str) -> dict[str, tuple[float, bool]]:
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


def _fraction(text: str, start: int, lang: str) -> tuple[float, int] | None:
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
def _parts_only(lang: str) -> frozenset[str]:
    """Words that are numbers only inside a compound ("ein" in "einundzwanzig", "one" in "twenty-one")."""
    return frozenset(r[0].lower() for r in table(lang, "numbers") if len(r) > 2 and r[2] == "part")


@cache
def _ones(lang: str) -> frozenset[str]:
    """Stressed numerals "one" that are no article ("én person", "ét hus"): a count of one on their own."""
    return frozenset(r[0].lower() for r in table(lang, "numbers") if len(r) > 2 and r[2] == "one")


@cache
def _pieces(lang: str) -> tuple[str, ...]:
    """Number words longest first, for splitting compounds like "tolvtusen"."""
    joiner = profile(lang).number_joiner
    joiners = (joiner,) if joiner else ()
    return tuple(sorted(list(_number_words(lang)) + list(joiners), key=len, reverse=True))


def split_compound(token: str, lang: str) -> list[str] | None:
    """Split a number word into known pieces ("tolvtusen" -> ["tolv", "tusen"]), or None."""
    token = token.lower().replace("-", "")
    pieces = _pieces(lang)
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
    table_ = _number_words(lang)
    joiner = profile(lang).number_joiner
    if joiner and joiner in parts:  # einundzwanzig, enogtyve: units before tens
        i = parts.index(joiner)
        if i == 0 or i == len(parts) - 1:
            return None
        parts = parts[i + 1 : i + 2] + parts[:i] + parts[i + 2 :]
    parts = [p for p in parts if p in table_]
    return _combine([table_[p] for p in parts])


def _combine(values: list[tuple[float, bool]]) -> float | None:
    """Evaluate a sequence of (value, multiplier) pieces: two dozen 24, sex tusen 6000."""
    if not values:
        return None
    total, current = 0.0, 0.0
    last: float | None = None  # the unit or tens piece since the last multiplier
    for value, mult in values:
        if mult:
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


def _digits_value(raw: str, lang: str) -> float | None:
    """Value of a digit string with the language's separators ("6.000" is 6000 in German)."""
    compact = _SPACE.sub("", raw) if not raw.isdigit() else raw
    decimal = profile(lang).decimal_mark
    thousands = "," if decimal == "." else "."
    if compact.isdigit():
        pass
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

_GLYPHS = frozenset("½¼¾⅓⅔")


@cache
def _months(lang: str) -> frozenset[str]:
    return frozenset(r[0].lower() for r in table(lang, "months") if r and len(r[0]) > 3)


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
        if suffix in _tal(lang) or suffix in profile(lang).hyphen_tens_suffixes:
            return "", end + 1 + len(suffix), True
        return ("decade" if suffix.startswith("tal") else "compound"), end, False
    if tail[:1] in ("'", "’") and tail[1:2].isalpha():
        return "decade", end, False  # "i 20'erne", "the 1990's": an age or a decade
    if _ORDINAL_SUFFIX.match(tail) and not tail[:1].isspace():
        return "ordinal", end, False
    if tail[:1].isalpha() and not _SUFFIX.match(tail):
        return "compound", end, False  # "1e308", "5G", "3D": a code or a float, not a count
    if tail[:1] == "." and profile(lang).ordinal_dot:
        nxt = _WORD.match(tail.lstrip(". \u00a0"))
        if nxt and (nxt.group(0).lower() in _months(lang) or nxt.group(0)[0].islower()):
            return "ordinal", end, False
    return "", end, False


def _word_number(token: str, lang: str) -> tuple[float, bool] | None:
    """(value, approx) of a number word, a compound or an "X-tal" form; None for other words."""
    low = token.lower()
    table_ = _number_words(lang)
    if low in _parts_only(lang):
        return None
    if low in table_:
        return table_[low][0], False
    for suffix in _tal(lang):
        if low.endswith(suffix):
            value = word_value(low[: -len(suffix)].rstrip("-"), lang)
            if value is not None and value >= 10:  # "ett tjugotal"; never "total" (to + tal)
                return value, True
    value = word_value(low, lang)
    return (value, False) if value is not None else None


def _trie(words_: list[str]) -> str:
    """A regex alternation of `words_` factored by common prefixes (faster to try than a flat list)."""
    root: dict[str, dict] = {}
    for w in words_:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(root)


def _firsts(lang: str) -> list[str]:
    """The number words a number word can start with (units start compounds only where they come
    first: "einundzwanzig", "enogtyve")."""
    prof = profile(lang)
    return [p for p in _pieces(lang) if p != prof.number_joiner and (p not in _parts_only(lang) or prof.units_first)]


@cache
def _finder(lang: str) -> re.Pattern[str]:
    """Digits, or a whole word built of number words: matched at the candidate positions `_candidates` finds."""
    pieces = _trie(list(_pieces(lang)))
    tal = "|".join(_tal(lang)) or "(?!)"
    word = rf"\b(?={_trie(_firsts(lang))}){pieces}{{1,8}}(?:-{pieces}{{1,8}})?(?:-?(?:{tal}))?(?![\w-])"
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


_NON_ASCII_DECIMAL = re.compile(r"[^\x00-\x7f\D]")
_ASCII_DIGITS = "0123456789"


@cache
def _seed_starts(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any of `_seeds` at the text's start, and after a non-word character (that character and a
    look-ahead: a regex with a character class first is scanned for in C)."""
    seeds = _trie(list(_seeds(lang))) or "(?!)"
    return re.compile(seeds), re.compile(rf"\W(?={seeds})")


def _candidates(low: str, lang: str) -> list[int] | None:
    """Sorted positions where `_finder` can match: ASCII digits (`str.find`) and word starts that begin
    a number word (one regex scan; a search with `_finder` itself tries every position). None when the
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


_DIGIT_RUN = re.compile(r"[\d.,:/\w]*")
# Digits, optionally grouped by thousands (space, NBSP, narrow NBSP, thin space, dot or comma:
# checked per language afterwards), optionally with a decimal part. Bounded repetitions keep it linear.
_DIGITS_AT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009\u2007.,]\d{3}){1,4}(?!\d)|\d+(?:[.,]\d+)?")


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


_ISO_DATE_HEAD = re.compile(r"(?<!\d)(?:1[89]|20)\d\d-(?:\d\d-)?\Z")
_TWO_DIGITS = re.compile(r"\d\d(?!\d)")
_MODEL_HEAD = re.compile(r"(?<![\w-])[^\W\d_]+\d+-\Z")  # letters then digits before the hyphen


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


def _scan(text: str, lang: str, limit: int, low: str | None = None) -> list[tuple[int, int, float, bool, bool, str]]:
    """Raw numbers: (start, end, value, approx, in_words, blocked), multi-word numbers merged;
    at most `limit` of them (`low`: the lower-cased text, when the caller has it)."""
    table_ = _number_words(lang)
    full_stop_groups = profile(lang).decimal_mark != "."  # "kl. 14.30", "10.00": no decimal mark here
    gap = _gap()
    out: list[tuple[int, int, float, bool, bool, str]] = []
    pending: list[tuple[float, bool]] = []
    start = end = 0
    words_ = approx = False
    blocked = ""

    def flush() -> None:
        if pending:
            value = _combine(pending)
            lone_one = words_ and value == 1 and not approx and text[start:end].lower() not in _ones(lang)
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
        if adjacent and words_ and low in table_ and _joins(pending, table_[low]):
            pending.append(table_[low])
            end = m_end
            continue
        flush()
        if low in table_ and table_[low][1]:  # "½ miljon", "en halv miljon", "half a million"
            frac = _fraction(text, m_start, lang)
            if frac is not None:
                start, end, words_, approx, blocked = frac[1], m_end, True, False, ""
                pending.extend([(frac[0], False), table_[low]])
                continue
        parsed = _word_number(low, lang)
        if parsed is not None:
            start, end, words_, approx, blocked = m_start, m_end, True, parsed[1], ""
            pending.append((parsed[0], False))
        elif (pair := _word_pair(low, lang)) is not None:  # "fem-seks skud": two numbers, read as a range
            cut = m_start + low.index("-")
            out += [(m_start, cut, pair[0], False, True, ""), (cut + 1, m_end, pair[1], False, True, "")]
    flush()
    return out


def _word_pair(low: str, lang: str) -> tuple[float, float] | None:
    """The two values of two number words joined by a hyphen in one token ("fem-seks", "two-three"),
    the second larger: a range. None for anything else."""
    if low.count("-") != 1:
        return None
    a, b = (_word_number(part, lang) for part in low.split("-"))
    return (a[0], b[0]) if a is not None and b is not None and a[0] < b[0] and not a[1] and not b[1] else None


def _joins(pending: list[tuple[float, bool]], nxt: tuple[float, bool]) -> bool:
    """Whether a number word continues the previous one ("twenty five", "hundred and five")."""
    last_value, last_mult = pending[-1]
    if last_mult:
        return True
    return last_value >= 20 and last_value % 10 == 0 and last_value < 100 and nxt[0] < 10


_NONSPACE = re.compile(r"\S+")


@cache
def _last_words(lang: str) -> frozenset[str]:
    return _approx_last_words(lang) | function_words(lang, "indefinite") | _parts_only(lang)


@cache
def _approx_set(lang: str) -> frozenset[str]:
    return frozenset(" ".join(p.lower().split()) for p in words(lang, "approx"))


def _words_before(text: str, start: int, lang: str) -> list[tuple[int, str]]:
    """Up to three words right before `start` as (offset, lower-cased word), nearest last."""
    if start == 0 or not text[start - 1].isspace():
        return []
    lo = max(0, start - 40)
    last = max(text.rfind(" ", lo, start - 1), text.rfind("\u00a0", lo, start - 1), text.rfind("\n", lo, start - 1))
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


@cache
def _approx_last_words(lang: str) -> frozenset[str]:
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
    hit = _number_words(lang).get(raw.lower())
    return hit is not None and hit[1]


def find_numbers(text: str, lang: str, limit: int = 10**9, low: str | None = None) -> list[NumberMatch]:
    """Every number in `text` (the first `limit`), with approximators and "ett X-tal" folded in.
    `low` is `text.lower()` when the caller has it already.

    Linear in len(text)."""
    out: list[NumberMatch] = []
    for start, end, value, approx, in_words, blocked in _scan(text, lang, limit, low):
        num_start = start
        before = _words_before(text, start, lang)
        lone = in_words and _lone_multiplier(text[start:end], lang)
        if before and before[-1][1] in _parts_only(lang) and lone:
            start = before[-1][0]  # "one thousand", "ein Dutzend": the part word belongs to the number
            before = before[:-1] if start > 0 and text[start - 1].isspace() else []
            lone = False
        elif before and before[-1][1] in function_words(lang, "indefinite") and (approx or lone):
            start = before[-1][0]  # "ett tjugotal", "a dozen": the article belongs to the number
            before = before[:-1] if start > 0 and text[start - 1].isspace() else []
        elif lone and not blocked and (value not in (100, 1000) or _vague_before(text, start, lang)):
            blocked = "vague"  # "miljoner människor", "mange tusen": no number says how many ("hundre raketter" does)
        found = _approximator(before, lang)
        if found is not None:
            start, approx = found, True
        out.append(NumberMatch(start, end, value, approx, text[start:end], num_start, in_words, blocked))
    return _ranges(_with_ones(out, text, lang, low), text, lang)


def _vague_before(text: str, start: int, lang: str) -> bool:
    """Whether a vague quantifier stands right before a number ("mange tusen", "several hundred")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in _vague_words(lang)


@cache
def _vague_words(lang: str) -> frozenset[str]:
    return frozenset(r[1].lower() for r in table(lang, "count_words") if len(r) > 1 and r[0] == "vague")


ONE = "one"  # the blocked reason of a lone "one" (English): a count only when a counted noun follows


def _with_ones(found: list[NumberMatch], text: str, lang: str, low: str | None) -> list[NumberMatch]:
    """`found` with the ones an article word hides: "at least one", "mindestens ein", "minst en"
    (`count_words.tsv` `atleast` before a word of `one`) count one; where the profile says the word
    is never an article (`lone_one`: English "one"), a lone "one" is kept, blocked `ONE`, for the
    reader to count when a counted noun follows."""
    patterns = _ones_patterns(lang)
    if patterns is None:
        return found
    low = text.lower() if low is None or len(low) != len(text) else low
    starts = [n.start for n in found]
    extra: list[NumberMatch] = [NumberMatch(start, end, 1.0, False, text[start:end], start, True)
                                for start, end in _partitive_ones(low, lang)
                                if not ((k := bisect_left(starts, end)) > 0 and found[k - 1].end > start)]
    extra += [n for n in _coordinated_ones(found, low, text, lang)  # "tre politibetjenter og en sivil"
              if not ((k := bisect_left(starts, n.end)) > 0 and found[k - 1].end > n.start)]
    partitive = {n.start for n in extra}
    for start, num_start, end in _one_matches(low, patterns[0], patterns[1]):
        k = bisect_left(starts, end)
        if (k > 0 and found[k - 1].end > start) or num_start in partitive:
            continue  # "at least one thousand": a number already
        least = start != num_start
        extra.append(NumberMatch(start, end, 1.0, least, text[start:end], num_start, True, "" if least else ONE))
    if not extra:
        return found
    return sorted(found + extra, key=lambda n: n.start)


def _coordinated_ones(found: list[NumberMatch], low: str, text: str, lang: str) -> list[NumberMatch]:
    """The article of a noun joined by "og"/"and"/"und" to a number's noun: the numeral one ("tre
    politibetjenter og en sivil", "two soldiers and a civilian"), read by an anchored match after
    each number."""
    pattern = _coordinated_pattern(lang)
    out: list[NumberMatch] = []
    for n in found:
        m = pattern.match(low, n.end) if n.value > 1 and not n.blocked else None
        if m is not None:
            out.append(NumberMatch(m.start("one"), m.end("one"), 1.0, False, text[m.start("one"):m.end("one")],
                                   m.start("one"), True))
    return out


@cache
def _coordinated_pattern(lang: str) -> re.Pattern[str]:
    """A word, "and" (`number_and`), an indefinite article and the start of a word."""
    conj = "|".join(re.escape(w) for w in sorted(function_words(lang, "number_and"), key=len, reverse=True)) or "(?!)"
    ones = "|".join(re.escape(w) for w in sorted(function_words(lang, "indefinite"), key=len, reverse=True)) or "(?!)"
    gap = r"[ \t\u00a0]+"
    return re.compile(rf"{gap}[^\W\d_]+{gap}(?:{conj}){gap}(?P<one>(?:{ones})){gap}(?=[^\W\d_])")


def _partitive_ones(low: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each article word that a partitive makes the numeral one ("en av dem", "einer
    der", `count_words.tsv` `oneof`: the phrase with its word for one first), found with `str.find`."""
    out: list[tuple[int, int]] = []
    for phrase, one in _oneof(lang):
        i = low.find(phrase)
        while i >= 0:
            end = i + len(phrase)
            if (i == 0 or not low[i - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                out.append((i, i + one))
            i = low.find(phrase, end)
    return sorted(out)


@cache
def _oneof(lang: str) -> tuple[tuple[str, int], ...]:
    """The `oneof` phrases of `lang` with the length of their first word."""
    rows = table(lang, "count_words")
    return tuple((r[1].lower(), len(r[1].split()[0])) for r in rows if len(r) > 1 and r[0] == "oneof" and r[1])


def _one_matches(low: str, least: re.Pattern[str], lone: re.Pattern[str] | None) -> list[tuple[int, int, int]]:
    """(start, start of the word for one, end) of each "at least one" (`least`) and, with `lone`, each
    lone "one", left to right and not overlapping: the matches of the one pattern "(at least )?one"
    would give, found by two patterns that each open with literal text (the regex engine skips to it)."""
    out: list[tuple[int, int, int]] = []
    a = least.search(low)
    b = lone.search(low) if lone is not None else None
    while a is not None or b is not None:
        if a is not None and (b is None or a.start() <= b.start()):
            out.append((a.start(), a.start("one"), a.end()))
            pos = a.end()
        elif b is not None:
            out.append((b.start(), b.start(), b.end()))
            pos = b.end()
        if a is not None and a.start() < pos:
            a = least.search(low, pos)
        if b is not None and lone is not None and b.start() < pos:
            b = lone.search(low, pos)
    return out


@cache
def _ones_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """"at least one" (an `atleast` phrase before a word of `one`), and a lone "one" where it is never an article."""
    rows = table(lang, "count_words")
    least = sorted((r[1].lower() for r in rows if len(r) > 1 and r[0] == "atleast"), key=len, reverse=True)
    ones = sorted((r[1].lower() for r in rows if len(r) > 1 and r[0] == "one"), key=len, reverse=True)
    if not ones:
        return None
    alts = "|".join(_word_led(w) for w in least) or "(?!)"
    one = "|".join(re.escape(w) for w in ones)
    with_least = re.compile(rf"(?:(?P<least>(?:{alts}))\s+)(?P<one>\b(?:{one}))(?![\w-])")
    lone = "|".join(_word_led(w) for w in ones)
    return with_least, re.compile(rf"(?:{lone})(?![\w-])") if profile(lang).lone_one else None


def _word_led(phrase: str) -> str:
    """`\\b` and `phrase` (a space: any run of whitespace), the word boundary tested as a look-behind
    after the first word: the pattern opens with that word's letters, which the regex engine scans for."""
    first, space, rest = phrase.partition(" ")
    tail = re.escape(space + rest).replace(r"\ ", r"\s+")
    if not first or not (first[0].isalnum() or first[0] == "_"):
        return r"\b" + re.escape(first) + tail
    return rf"{re.escape(first)}(?<!\w{re.escape(first)}){tail}"


YEARS = "years"  # the blocked reason of a range of years: a date unless a counted noun follows

_RANGE_GAP_MAX = 12  # characters between the two numbers of a range ("20 bis 25", " mellem … og ")
_RANGE_GAP = re.compile(r"[ \u00a0\u202f]*([-–—]|[^\W\d_]+)[ \u00a0\u202f]*", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0\u202f]+\Z")


@dataclass(frozen=True, slots=True)
class _RangeWords:
    """The small words of ranges and changes, from `count_words.tsv`."""

    to: frozenset[str]  # "to", "till", "bis", "-", "or": "20–25", "two or three"
    and_: frozenset[str]  # the "and" of "between 20 and 25"
    between: frozenset[str]  # "between", "mellan", "zwischen"
    from_: frozenset[str]  # "from 3 to 5": a change, not a range
    change_to: frozenset[str]  # "von 2 auf 3": the "to" of a change
    result: frozenset[str]  # "won", "tapte", "endete": a pair after them is a match result


@cache
def _range_words(lang: str) -> _RangeWords:
    rows = table(lang, "count_words")

    def cat(name: str) -> frozenset[str]:
        return frozenset(r[1].lower() for r in rows if len(r) > 1 and r[0] == name)

    return _RangeWords(cat("rangeto"), cat("conj") | cat("rangeand"), cat("between"), cat("rangefrom"), cat("changeto"),
                       cat("result"))


def _ranges(found: list[NumberMatch], text: str, lang: str) -> list[NumberMatch]:
    """Join "2 500–3 000", "20 to 25", "two or three" and "between 20 and 25" / "mellem 2000 og 4000"
    into one number with `high`; "from 3 to 5" (a change) and a falling pair ("won 3-1") stay two."""
    words_ = _range_words(lang)
    out: list[NumberMatch] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        score = b is not None and not _change(a, b, text, words_) and _score(a, b, text, words_)
        joined = _join(a, b, text, words_) if b is not None and not score else None
        if joined is not None:
            out.append(joined)
            i += 2
        elif b is not None and score:
            out += [replace(a, blocked="score"), replace(b, blocked="score")]
            i += 2
        else:
            out.append(replace(a, blocked="previous") if b is not None and _change(a, b, text, words_) else a)
            i += 1
    return out


def _score(a: NumberMatch, b: NumberMatch, text: str, w: _RangeWords) -> bool:
    """Whether two digit numbers are a result, a vote or a code, never a range: joined by a dash or
    colon with no space, falling, level or with a leading zero ("won 3-1", "endte 2-0", "555-0199");
    or falling across "to"/"mot"/"zu" ("The vote was 52 to 48")."""
    if a.words or b.words or a.blocked or b.blocked or b.start - a.end > _RANGE_GAP_MAX:
        return False
    if a.end + 1 == b.start and text[a.end] in "-–:":
        before = text[max(0, a.start - 24) : a.start].lower().split()[-2:]
        return b.value <= a.value or text[b.start] == "0" or not w.result.isdisjoint(before)  # "tapte 1-4"
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    return gap is not None and gap.group(1).lower() in w.to and gap.group(1) not in "-–—" and b.value < a.value


def _change(a: NumberMatch, b: NumberMatch, text: str, w: _RangeWords) -> bool:
    """Whether `a` is the old value of "from 3 to 5", "från tre till fem", "von 2 auf 3": not a claim now."""
    if b.start - a.end > _RANGE_GAP_MAX:
        return False
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    before = _WORD_BEFORE.search(text, max(0, a.start - 16), a.start)
    return bool(gap and before and before.group(1).lower() in w.from_
                and gap.group(1).lower() in w.to | w.change_to)


def _join(a: NumberMatch, b: NumberMatch, text: str, w: _RangeWords) -> NumberMatch | None:
    """`a` and `b` as one range, or None."""
    if b.start - a.end > _RANGE_GAP_MAX or a.blocked or b.blocked or a.high is not None or not a.value < b.value:
        return None
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    word = gap.group(1).lower()
    before = _WORD_BEFORE.search(text, max(0, a.start - 16), a.start)
    prev = before.group(1).lower() if before else ""
    start = a.start
    if word in w.and_ and prev in w.between:
        start = before.start() if before else a.start  # "between 20 and 25": the span holds "between"
    elif word not in w.to or prev in w.from_:
        return None
    if a.words != b.words and word not in ("-", "–", "—"):
        return None  # "1 or two": no range
    if _year(a) and _year(b):  # "2015–2020"; "1800 bis 2000 Teilnehmer" is read as a count by its noun
        return NumberMatch(start, b.end, a.value, a.approx, text[start:b.end], a.num_start, a.words, YEARS, b.value)
    return NumberMatch(start, b.end, a.value, a.approx or b.approx, text[start:b.end], a.num_start, a.words,
                       "", b.value)


def _year(n: NumberMatch) -> bool:
    return not n.words and n.end - n.num_start == 4 and 1800 <= n.value <= 2100
