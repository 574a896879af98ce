"""A list of teasers at the foot of a page: the site's latest news, each item a few short lines (a picture's
caption, a headline, a sentence) closed by its age ("20 dagar sedan", "ungefär tolv timmar sedan", "3 hours
ago"). Such a list is no part of the article: its headlines are no subheadings, its captions no pictures of
the story. Lists: `lang/<code>/age_marks.txt`, `age_counts.txt`, `numbers.tsv`.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from enligt.lang import SUPPORTED, all_languages_words, table
from enligt.structure.lines import Line

MIN_ITEMS: Final = 2  # one dated line alone may be the article's own date
MAX_ITEM_LINES: Final = 4  # a caption, a headline, a sentence, the age
MAX_AGE_WORDS: Final = 5  # "ungefär en månad sedan", "for 20 dage siden"
MAX_AGE_CHARS: Final = 48  # five words of an age line at most: longer lines are read no further
_WORD: Final = re.compile(r"[^\W\d_]+")


def is_age_line(text: str) -> bool:
    """A short line that says how long ago something was published: a number (or a number word) and an age
    mark ("20 dagar sedan", "ungefär tolv timmar sedan", "vor 2 Stunden"), no sentence."""
    if len(text) > MAX_AGE_CHARS:
        return False  # (a page's long lines: no split or regex for them)
    if text[-1:] in ".!?:":
        return False  # (the cheap test first: no lower-casing for a line that ends a sentence)
    low = text.lower()  # once, for the word count and the words
    if not 2 <= len(low.split()) <= MAX_AGE_WORDS:
        return False
    found = _WORD.findall(low)
    if all_languages_words("age_marks").isdisjoint(found):
        return False
    return any(ch.isdigit() for ch in text) or not _counts().isdisjoint(found)


@cache
def _counts() -> frozenset[str]:
    """Number words (`numbers.tsv`) and the article forms that count one (`age_counts.txt`), every language."""
    out = set(all_languages_words("age_counts"))
    for code in SUPPORTED:
        out |= {row[0].lower() for row in table(code, "numbers") if row and row[0]}
    return frozenset(out)


def teaser_list_start(lines: list[Line]) -> int | None:
    """Index of the first line of a teaser list that runs to the page's end: at least two items, each of two
    to four lines closed by an age line, the items of one size; None when there is none."""
    ages = [i for i, line in enumerate(lines) if is_age_line(line.text)]
    for k in range(len(ages) - MIN_ITEMS + 1):
        run = [ages[k]]
        for at in ages[k + 1:]:
            if not 2 <= at - run[-1] <= MAX_ITEM_LINES:
                break
            run.append(at)
        size = run[1] - run[0] if len(run) >= MIN_ITEMS else 0
        if size and len(lines) - 1 - run[-1] <= size:  # the list ends the page (a last item may be cut short)
            return max(run[0] - size + 1, 0)
    return None


def mark_teaser_list(lines: list[Line]) -> None:
    """Mark the lines of a teaser list at the page's foot as furniture (`teaser_list_start`)."""
    start = teaser_list_start(lines)
    if start is None:
        return
    for i in range(start, len(lines)):
        lines[i] = lines[i]._replace(kind="furniture")
