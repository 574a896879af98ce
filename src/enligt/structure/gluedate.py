"""A date line that a crawl dump ran into the text beside it.

Some dumps join a page's lines, so that the date line lands at the end of the lead ("… i Arendal.
24.12.2016 kl 19:13 (Oppdatert 19:40)") or between the headline and the lead ("Warum …? Stand:
04.01.2022 16:45 Uhr Die Polizei …"). `split_glued_date` cuts such a line into the text before the
date, the date line, and the text after it. Only a date with a full day and a time of day is cut
out (a running sentence names a day, hardly ever a minute), and only

- at the end of the line after a sentence end, or after a date label ("Stand:", "Publisert"), or
- in the middle of the line when a label opens it and a capitalised sentence follows, or
- at the start of the line (a weekday before it at most) when a capitalised sentence follows.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.structure import dates

# The time after the day ("kl 19:13", "11:26 Uhr", ", um 8.15"), then an update note in brackets.
TIME_TAIL: Final = re.compile(
    r"[\s,]*(?:um\s+|kl\.?\s*|klockan\s+|at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])"
    r"(?:\s*(?:Uhr|h)\b)?(?:\s*[AaPp]\.?[Mm]\b\.?)?(?P<note>\s*\([^()]{2,40}\))?"
)
CLOCK: Final = re.compile(r"\d[:.][0-5]\d(?![\d:])")  # what every TIME_TAIL holds: a scan for it opens with a class
SENTENCE_END: Final = re.compile(r"[.!?][\"”’»]?$")
MIN_LINE: Final = 24  # a shorter line is a date line or a headline, nothing glued
MIN_AFTER_WORDS: Final = 3  # the sentence a date line that opens a line runs into
MAX_LABEL_GAP: Final = 3  # characters between a label and its date (": ", " ")


def _label_before(line: str, start: int) -> int | None:
    """Where a date label that ends right before `start` begins, else None."""
    window = max(0, start - 40)
    best = None
    for m in dates.label_pattern().finditer(line, window, start):
        if start - m.end() <= MAX_LABEL_GAP and not line[m.end():start].strip(" :"):
            best = m.start()
    return best


def _note_is_date(note: str | None) -> bool:
    """An update note in brackets ("(Oppdatert 19:40)"): a date label, a time or a date inside."""
    if not note:
        return True
    inner = note.strip()[1:-1]
    return dates.label_kind(inner) is not None or dates.is_date_line(inner)


def split_glued_date(line: str) -> list[str] | None:
    """[before, date line, after] (after may be missing) when a date line is glued into `line`, else None."""
    if len(line) < MIN_LINE or not ("19" in line or "20" in line) or (":" not in line and "." not in line):
        return None
    if CLOCK.search(line) is None:
        return None  # no time of day anywhere, so none after a day (a cheaper scan than the day patterns)
    day = dates.find_day_span(line)
    if day is None:
        return None
    start, end = day
    tail = TIME_TAIL.match(line, end)
    if tail is None or not _note_is_date(tail["note"]):
        return None
    label = _label_before(line, start)
    left = start if label is None else label
    before, piece, after = line[:left].rstrip(), line[left:tail.end()].strip(), line[tail.end():].strip()
    if _opens_line(before):
        return _opening_date(line[:tail.end()].strip(), after)
    if not dates.is_date_line(piece):
        return None
    if after:
        if label is None or not after[:1].isupper() or len(after.split()) < 3:
            return None
    elif label is None and SENTENCE_END.search(before) is None:
        return None
    return [before, piece, after] if after else [before, piece]


def _opens_line(before: str) -> bool:
    """Whether the date opens the line: nothing before it, or only a weekday or label ("Onsdag 3. april 2024 …")."""
    return not before or dates.is_filler_words(before)


def _opening_date(piece: str, after: str) -> list[str] | None:
    """[date line, text] for a date line that opens a line and runs into a capitalised sentence ("Onsdag 3. april
    2024 kl. 14:05Politiet har …"): a running sentence seldom opens with a day and its minute."""
    if not after[:1].isupper() or len(after.split()) < MIN_AFTER_WORDS or not dates.is_date_line(piece):
        return None
    return [piece, after]
