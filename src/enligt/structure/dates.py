"""Dates as news sites print them, to ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.

Handles ISO dates, numeric `28.3.2023` / `19.01.2023`, day-month-year with month names or
abbreviations in sv/en/no/da/de (`03 mars 2022`, `2. mar. 2023`, `12 sep 2023`), US
month-day-year (`Sun January 21, 2024`), and a time anywhere on the line (`kl. 14.05`,
`14:05 Uhr`, `3:45 PM EST`). Time zones are dropped: the page's local time is kept.

`find_dates` reads a date line with labels ("Publicerad", "Updated", "Oppdatert", ...) and splits
glued pairs ("Uppdaterad: 03 mars 2022Publicerad: 02 mars 2022"). Month names, weekday names and
labels live in `lang/<code>/months.tsv`, `weekdays.txt` and `date_labels.tsv`.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from enligt.lang import SUPPORTED, alternation, table, words

# (Patterns that a search or split scans open with a character or a class, never a look-behind or a repeat, so
# that the regex engine skips to a candidate in C instead of trying a match at every position; the same matches as
# the patterns as written: tests/structure/test_scanned_patterns.py.)
ISO: Final = re.compile(r"(\d(?<!\d\d)\d{3})([-/])(\d{1,2})\2(\d{1,2})(?!\d)")
NUMERIC: Final = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4})(?!\d)")
SPACED: Final = re.compile(r"\s*(\d{4}) ([01]\d) ([0-3]\d)\s*")  # a line of its own "2023 07 02" (fullmatch only)
# "17.05.19 kl. 01:40": a two-digit year, read only with a time of day right after it
SHORT_YEAR: Final = re.compile(
    r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d\d)(?![\d.])(?=\s*(?:kl\.?\s*|um\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))"
)
CENTURY_PIVOT: Final = 70  # "69" -> 2069, "70" -> 1970
SLASHED: Final = re.compile(r"(\d(?<![\d/]\d)\d?)/(\d{1,2})/(\d{4})(?!\d)")
TIME: Final = re.compile(
    r"(?<![\d:.])(?:kl\.?\s*|klockan\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)(?::[0-5]\d)?(?![\d:]|\.\d)"
    r"(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?"
)
YEAR: Final = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")
# A cheap test before the day patterns: all but SHORT_YEAR hold four digits in a row (a scan that opens with a class)
FOUR_DIGITS: Final = re.compile(r"\d{4}")
MAX_LINE: Final = 400  # a date line is short; longer text is not scanned as one


def _months() -> dict[str, int]:
    """`_months_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _MONTHS_KEPT:
        _MONTHS_KEPT.append(_months_built())
    return _MONTHS_KEPT[0]


_MONTHS_KEPT: Final[list[dict[str, int]]] = []


def _months_built() -> dict[str, int]:
    """Month name or abbreviation (lower-case) -> month number, over all languages."""
    out: dict[str, int] = {}
    for code in SUPPORTED:
        for row in table(code, "months"):
            if len(row) >= 2 and row[1].isdigit():
                out.setdefault(row[0].lower(), int(row[1]))
    return out


# Day-month-year and month-day-year with any word as the month; the word is then looked up in
# the month lists (cheaper than one pattern with every month name of every language). The day patterns open
# with a digit, their look-behind after it (see above: the same matches as written); MDY keeps its look-behind
# first: a letter class finds a candidate at nearly every character, and the look-behind turns most down at once.
DMY: Final = re.compile(r"(\d(?<!\d\d)\d?)(?:st|nd|rd|th)?\.?\s*([^\W\d_]{3,10})\.?(?:,\s*|\s+)(\d{4})(?!\d)")
DAY_MONTH: Final = re.compile(r"\d(?<!\d\d)\d?\.?\s*([^\W\d_]{3,10})\.?(?:\s|$)")  # "3. mars", no year
MDY: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})(?!\d)")
# (the comma before the year may lack its space in a dump: "January 9,2018")
# What every MDY match ends with, its day and year ("3, 2024", "9,2018"): a text without it is not searched for MDY,
# whose letter class is tried at every word, while a scan for a digit skips the words at once.
DAY_YEAR: Final = re.compile(r"\d(?:st|nd|rd|th)?(?:,\s*|\s+)\d{4}")
WORD: Final = re.compile(r"[^\W\d_][^\W\d_]*")


def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """`_labels_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _LABELS_KEPT:
        _LABELS_KEPT.append(_labels_built())
    return _LABELS_KEPT[0]


_LABELS_KEPT: Final[list[tuple[re.Pattern[str], dict[str, str]]]] = []


def _labels_built() -> tuple[re.Pattern[str], dict[str, str]]:
    """Pattern of every published/updated label, and label -> kind."""
    kinds: dict[str, str] = {}
    for code in SUPPORTED:
        for row in table(code, "date_labels"):
            if len(row) >= 2:
                kinds.setdefault(row[0].lower(), row[1])
    # A label may be glued after a digit ("2022Publicerad"), but not after a letter.
    pat = re.compile(rf"(?<![^\W\d_])({alternation(list(kinds))})(?![^\W\d_])\s*:?", re.IGNORECASE)
    return pat, kinds


def is_filler_words(text: str) -> bool:
    """Whether `text` holds only words a date line may hold beside its numbers (a weekday, a label, "kl")."""
    found = WORD.findall(text.lower())
    return bool(found) and all(w in _filler() for w in found) and not any(ch.isdigit() for ch in text)


def _filler() -> frozenset[str]:
    """`_filler_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _FILLER_KEPT:
        _FILLER_KEPT.append(_filler_built())
    return _FILLER_KEPT[0]


_FILLER_KEPT: Final[list[frozenset[str]]] = []


def _filler_built() -> frozenset[str]:
    """Words a date line may hold beside numbers: labels, weekdays, months, 'kl', 'Uhr', 'am'/'pm'."""
    names = {w.lower() for code in SUPPORTED for w in words(code, "weekdays")}
    names |= {w for label in _labels()[1] for w in WORD.findall(label)}
    names |= set(_months())
    return frozenset(names | {"kl", "klockan", "uhr", "um", "at", "den", "am", "pm", "a", "p", "m", "om", "på",
                              "the", "of", "utc", "gmt", "d", "st", "nd", "rd", "th"})


def _valid(y: int, m: int, d: int) -> bool:
    return 1900 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31


def _find_day(text: str) -> tuple[tuple[int, int, int], tuple[int, int]] | None:
    """The first date in `text`: ((year, month, day), (start, end)) of the match."""
    if FOUR_DIGITS.search(text) is None:  # every pattern but the two-digit year's needs a year of four digits
        short = _short_year(text) if "." in text else []
        return (short[0][1], short[0][2]) if short else None
    found: list[tuple[int, tuple[int, int, int], tuple[int, int]]] = []
    for m in ISO.finditer(text) if ("-" in text or "/" in text) else ():
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
        if _valid(y, mo, d):
            found.append((m.start(), (y, mo, d), m.span()))
            break
    for pat in (NUMERIC, SLASHED):
        if (pat is NUMERIC and "." not in text) or (pat is SLASHED and "/" not in text):
            continue
        for m in pat.finditer(text):
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
            if pat is SLASHED and mo > 12 >= d:  # US month/day/year
                d, mo = mo, d
            if _valid(y, mo, d):
                found.append((m.start(), (y, mo, d), m.span()))
                break
    months = _months()
    for m in DMY.finditer(text):
        mo = months.get(m[2].lower(), 0)
        d, y = int(m[1]), int(m[3])
        if mo and _valid(y, mo, d):
            found.append((m.start(), (y, mo, d), m.span()))
            break
    for m in MDY.finditer(text) if DAY_YEAR.search(text) is not None else ():
        mo = months.get(m[1].lower(), 0)
        d, y = int(m[2]), int(m[3])
        if mo and _valid(y, mo, d):
            found.append((m.start(), (y, mo, d), m.span()))
            break
    if not found and "." in text:
        found.extend(_short_year(text))
    if not found and (sp := SPACED.fullmatch(text)) and _valid(int(sp[1]), int(sp[2]), int(sp[3])):
        found.append((sp.start(1), (int(sp[1]), int(sp[2]), int(sp[3])), (sp.start(1), sp.end(3))))
    if not found:
        return None
    _, ymd, span = min(found)
    return ymd, span


def _short_year(text: str) -> list[tuple[int, tuple[int, int, int], tuple[int, int]]]:
    """The first "17.05.19" before a time of day, its year in full."""
    for m in SHORT_YEAR.finditer(text):
        d, mo, yy = int(m[1]), int(m[2]), int(m[3])
        y = yy + (2000 if yy < CENTURY_PIVOT else 1900)
        if _valid(y, mo, d):
            return [(m.start(), (y, mo, d), m.span())]
    return []


def find_day_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the first date in `text`, else None."""
    day = _find_day(text)
    return day[1] if day is not None else None


def label_pattern() -> re.Pattern[str]:
    """The pattern of every published/updated label ("Publicerad", "Stand", "Last updated")."""
    return _labels()[0]


def _find_time(text: str) -> tuple[int, int] | None:
    for m in TIME.finditer(text):
        hour, minute = int(m[1]), int(m[2])
        ampm = (m[3] or "").lower()
        if ampm:
            if hour > 12:
                continue
            hour = hour % 12 + (12 if ampm == "p" else 0)
        return hour, minute
    return None


def parse_date(text: str, lang: str | None = None) -> str | None:
    """The first date in `text` as 'YYYY-MM-DD', with 'THH:MM' when a time stands on the line.

    `lang` is accepted for symmetry with the other rules; month names of all supported
    languages are recognised (they do not collide).
    """
    text = text[:MAX_LINE]
    day = _find_day(text)
    if day is None:
        return None
    (y, mo, d), (start, end) = day
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    rest = text[:start] + " " * (end - start) + text[end:]
    time = _find_time(rest)
    if time is not None:
        out += f"T{time[0]:02d}:{time[1]:02d}"
    return out


def date_start(text: str) -> int | None:
    """Where the first date label or date of `text` begins ("By Jane Doe | Published 5 May 2024" -> 14)."""
    text = text[:MAX_LINE]
    label = _labels()[0].search(text)
    day = _find_day(text)
    starts = [m for m in (label.start() if label else None, day[1][0] if day else None) if m is not None]
    return min(starts) if starts else None


def label_words() -> tuple[str, ...]:
    """Every published/updated label, lower-case ("publicerad", "last updated", "aktualisiert am")."""
    return tuple(_labels()[1])


def _label_first_words() -> frozenset[str]:
    """`_label_first_words_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _LABEL_FIRST_WORDS_KEPT:
        _LABEL_FIRST_WORDS_KEPT.append(_label_first_words_built())
    return _LABEL_FIRST_WORDS_KEPT[0]


_LABEL_FIRST_WORDS_KEPT: Final[list[frozenset[str]]] = []


def _label_first_words_built() -> frozenset[str]:
    return frozenset(label.split()[0] for label in _labels()[1])


def label_kind(text: str) -> str | None:
    """'published' or 'updated' when `text` starts with a date label."""
    text = text.strip()
    if text[:24].split(" ", 1)[0].rstrip(":").lower() not in _label_first_words():
        return None
    pat, kinds = _labels()
    m = pat.match(text)
    return kinds[m[1].lower()] if m else None


UPDATE_STAMP: Final = re.compile(r"\s*:?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*:$")


def is_update_stamp(text: str) -> bool:
    """A live report's update label with a clock time and a colon ("Uppdaterad 10.50:", "Updated 11:08:"): it heads
    the text added then, a subheading of the body, no date of the page's own."""
    if not text.endswith(":") or label_kind(text) != "updated":
        return False
    m = _labels()[0].match(text.strip())
    return m is not None and UPDATE_STAMP.fullmatch(text.strip()[m.end():]) is not None


@cache
def _label_vocabulary() -> frozenset[str]:
    return frozenset(w for label in _labels()[1] for w in WORD.findall(label))


def is_label_row(text: str) -> bool:
    """A row of date labels whose dates the crawler dropped ("Offentliggjort Sidst opdateret", "Publisert
    Oppdatert"): no date, and no headline either."""
    found = WORD.findall(text.lower())
    return bool(found) and not any(ch.isdigit() for ch in text) and _label_vocabulary().issuperset(found)


DAY_ONLY = len("2024-01-31")  # a date with no time of day


def find_dates(line: str, lang: str | None = None, base: str | None = None) -> tuple[str | None, str | None]:
    """(published, updated) read from one date line; an unlabelled date counts as published.

    An "updated" label with only a time ("Uppdaterad 14.12") takes its day from the published
    date on the same line, else from `base` (a published date found earlier on the page); so does a
    "published" label with only a time when `base` has no time ("May 13" above "Posted at: 11:16 a.m.").
    """
    line = line[:MAX_LINE]
    pat, kinds = _labels()
    marks = list(pat.finditer(line))
    segments: list[tuple[str, str]] = []
    if not marks:
        segments.append(("published", line))
    else:
        if line[: marks[0].start()].strip():
            segments.append(("published", line[: marks[0].start()]))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
            segments.append((kinds[m[1].lower()], line[m.end() : end]))
    published = updated = None
    for kind, seg in segments:
        if is_relative_date(seg, bare_time=False):
            continue  # "Uppdaterad igår 16.40": no day to count from
        value = parse_date(seg, lang)
        day = published or base
        if value is None and day and (kind == "updated" or marks and len(day) == DAY_ONLY) \
                and (time := _find_time(seg)) is not None:  # (or "Posted at 11:16" below a line with the day alone)
            value = f"{day[:10]}T{time[0]:02d}:{time[1]:02d}"
        if value is None:
            continue
        if kind == "updated":
            updated = updated or value
        else:
            published = published or value
    return published, updated


def _relative_words() -> tuple[frozenset[str], frozenset[str]]:
    """`_relative_words_built`, built once and kept in a list (compiled, a read of it costs a third of a `functools.cache` call)."""
    if not _RELATIVE_WORDS_KEPT:
        _RELATIVE_WORDS_KEPT.append(_relative_words_built())
    return _RELATIVE_WORDS_KEPT[0]


_RELATIVE_WORDS_KEPT: Final[list[tuple[frozenset[str], frozenset[str]]]] = []


def _relative_words_built() -> tuple[frozenset[str], frozenset[str]]:
    """(words a relative time line may hold, the marks one of which it needs: "igår", "ago", "vor")."""
    allowed: set[str] = set()
    days: set[str] = set()
    for code in SUPPORTED:
        for entry in words(code, "relative_dates"):
            entry = entry.lower()
            if entry.startswith("!"):
                entry = entry[1:].strip()
                days.add(entry)
            allowed.update(WORD.findall(entry))
    return frozenset(allowed), frozenset(days)


def relative_words() -> frozenset[str]:
    """Every word that a relative time line may hold (a cheap first test for callers)."""
    return _relative_words()[0]


MAX_RELATIVE: Final = 60  # a relative time after its labels is short: "for mindre enn 20 minutter siden"
MAX_RELATIVE_SPACES: Final = 6
LABEL_ROOM: Final = 24  # the characters that its labels may add before it (a label printed twice)
MAX_LABELS: Final = 2


def is_relative_date(line: str, bare_time: bool = True) -> bool:
    """A relative or bare time line ("i dag 10.30", "Uppdaterad igår 16.40", "2 hours ago", "14:52").

    Such a line marks where a date stands, but gives none: the day it counts from is unknown.
    `bare_time`: whether a lone time counts (not for the part after a label, which takes its day
    from the published date: "Uppdaterad kl. 14.12").
    """
    if len(line) > MAX_RELATIVE + LABEL_ROOM or line.count(" ") > MAX_RELATIVE_SPACES + 2 * MAX_LABELS:
        return False
    text = line.lower().strip()
    label = _labels()[0].match(text)
    for _ in range(MAX_LABELS):  # (a label printed twice: "Publisert: Publisert: For mindre enn 7 minutter siden")
        if (again := _labels()[0].match(text)) is None:
            break
        text = text[again.end():].strip()
    if len(text) > MAX_RELATIVE or text.count(" ") > MAX_RELATIVE_SPACES:
        return False
    allowed, marks = _relative_words()
    rest = TIME.sub(" ", text)
    found = WORD.findall(rest)
    if any(w not in allowed for w in found):
        return False
    if not found:
        return bare_time and rest != text and label is None and not any(ch.isdigit() for ch in rest)  # a bare "14:52"
    if any(ch.isdigit() for ch in rest) and not "".join(rest.split()).isalnum():
        return False  # "3/4", "1.5 hours"
    joined = " ".join(found)
    return any(m in marks for m in found) or any(m in joined for m in marks if " " in m)


def is_date_line(line: str) -> bool:
    """True when `line` holds a date and little else (labels, weekdays, time, zone, separators)."""
    if len(line) > 160 or line.count(" ") > 14:
        return False
    filler = _filler()
    relative = _relative_words()[0]
    left = loose = 0  # letters beside the date words; `loose` also counts relative words ("i går")
    for at, w in enumerate(WORD.findall(line)):  # first the cheap test: hardly any letters beside the date words
        if w.lower() in filler or (w.isupper() and (2 <= len(w) <= 4 or at == 0 and len(w) > 1)):
            continue  # label, weekday, month, "kl", time zone ("CET", "EST"), a dateline's place ("IMPHAL 27 March, 2023")
        loose += len(w)
        if w.lower() not in relative:
            left += len(w)
            if left > 3:
                return False
    # A full date may share the line with a relative one ("Publisert: 05.06.2024 Oppdatert: i går 12.01").
    if ("19" in line or "20" in line) and YEAR.search(line) is not None and parse_date(line) is not None:
        return True
    if loose > 3:
        return False
    if label_kind(line) is None:  # unlabelled, a day and month without a year at a time ("Mandag 24. mars kl. 13:10")
        return loose == 0 and _find_time(line) is not None and any(m[1].lower() in _months() for m in DAY_MONTH.finditer(line))
    # "Uppdaterad kl. 14.12"; "Publisert 3. mars" (a labelled day without a year: a date line giving no date)
    return _find_time(line) is not None or any(m[1].lower() in _months() for m in DAY_MONTH.finditer(line))
