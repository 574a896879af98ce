"""Ranges and pairs of numbers: "2 500–3 000", "between 20 and 25", "two or three", "won 3-1".

`join_ranges` joins two numbers that write a range into one `NumberMatch` with `high`; it marks
the old value of a change ("from 3 to 5") `previous`, a result or vote ("won 3-1", "52 to 48")
`score`, and a range of years `YEARS`. The small words come from `count_words.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Final

from enligt.analyze.numbermatch import YEARS, NumberMatch
from enligt.lang import table

_RANGE_GAP_MAX: Final = 12  # characters between the two numbers of a range ("20 bis 25", " mellem … og ")
_RANGE_GAP: Final = re.compile(r"[ \u00a0\u202f]*([-–—]|[^\W\d_]+)[ \u00a0\u202f]*", re.IGNORECASE)
WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[ \u00a0\u202f]+\Z")


@dataclass(frozen=True, slots=True)
class _RangeWords:
    """The small words of ranges and changes, from `count_words.tsv`."""

    to: frozenset[str]  # "to", "till", "bis", "-", "or": "20–25", "two or three"
    and_: frozenset[str]  # the "and" of "between 20 and 25"
    between: frozenset[str]  # "between", "mellan", "zwischen"
    from_: frozenset[str]  # "from 3 to 5": a change, not a range
    change_to: frozenset[str]  # "von 2 auf 3": the "to" of a change
    result: frozenset[str]  # "won", "tapte", "endete": a pair after them is a match result
    from_range: frozenset[str]  # "bis": after "von" still a range ("eine Gruppe von 20 bis 30"); a change says "auf"


@cache
def _range_words(lang: str) -> _RangeWords:
    rows = table(lang, "count_words")

    def cat(name: str) -> frozenset[str]:
        return frozenset(r[1].lower() for r in rows if len(r) > 1 and r[0] == name)

    return _RangeWords(cat("rangeto"), cat("conj") | cat("rangeand"), cat("between"), cat("rangefrom"), cat("changeto"),
                       cat("result"), cat("fromrange"))


def join_ranges(found: list[NumberMatch], text: str, lang: str) -> list[NumberMatch]:
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
    """Whether `a` is the old value of "from 3 to 5", "från tre till fem", "von 2 auf 3": not a claim now.
    An estimate ("from about 15 to 25 people", "von etwa 15 bis 25") is a range, no change."""
    if b.start - a.end > _RANGE_GAP_MAX or a.approx:
        return False
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    before = WORD_BEFORE.search(text, max(0, a.start - 16), a.start)
    return bool(gap and before and before.group(1).lower() in w.from_
                and gap.group(1).lower() in (w.to - w.from_range) | w.change_to)


def _join(a: NumberMatch, b: NumberMatch, text: str, w: _RangeWords) -> NumberMatch | None:
    """`a` and `b` as one range, or None."""
    if b.start - a.end > _RANGE_GAP_MAX or a.blocked or b.blocked or a.high is not None or not a.value < b.value:
        return None
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    word = gap.group(1).lower()
    before = WORD_BEFORE.search(text, max(0, a.start - 16), a.start)
    prev = before.group(1).lower() if before else ""
    start = a.start
    if word in w.and_ and prev in w.between:
        start = before.start() if before else a.start  # "between 20 and 25": the span holds "between"
    elif word not in w.to or (prev in w.from_ and not a.approx and word not in w.from_range):
        return None  # "from 3 to 5": a change; "from about 15 to 25": a range
    if a.words != b.words and word not in ("-", "–", "—"):
        return None  # "1 or two": no range
    if _year(a) and b.value > YEAR_TO_COUNT * a.value:
        return None  # "siden oktober 2023 til 40.100": a date, then what a toll rose to
    if _year(a) and _year(b):  # "2015–2020"; "1800 bis 2000 Teilnehmer" is read as a count by its noun
        return NumberMatch(start, b.end, a.value, a.approx, text[start:b.end], a.num_start, a.words, YEARS, b.value)
    return NumberMatch(start, b.end, _scaled_low(a, b), a.approx or b.approx, text[start:b.end], a.num_start, a.words,
                       "", b.value)


def _scaled_low(a: NumberMatch, b: NumberMatch) -> float:
    """The low end of a range whose thousands are written only on the high end ("10-11.000",
    "3-4,000"): 10 000 and 3 000, when that is below the high end and within a tenth of it."""
    low = a.value * 1000
    if a.words or b.words or a.value >= 1000 or b.value % 1000 or not b.value / 10 < low < b.value:
        return a.value
    return low


YEAR_TO_COUNT: Final = 5  # a high end this many times a year-like low end is no range's end but a count of its own


def _year(n: NumberMatch) -> bool:
    return not n.words and n.end - n.num_start == 4 and 1800 <= n.value <= 2100
