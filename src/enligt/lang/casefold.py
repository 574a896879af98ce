"""Case-blind patterns and lower-cased text: a cheap word test in `text.lower()` before a costly case-blind
search (refusals, a site's furniture lines) may miss a match only through a character of `ODD_CASE`.

A case-blind pattern takes "ı" (dotless) and "ſ" (long s) for "i" and "s", though they lower-case to themselves,
and "İ" for "i", though it lower-cases to two characters. Every other character it takes for a letter of our
lists lower-cases to that letter (tests/lang/test_casefold.py checks the lists' letters), so a text without these
three holds each word the pattern matches in it in its lower-cased form.
"""
from __future__ import annotations

from collections.abc import Iterable

ODD_CASE = ("\u0130", "\u0131", "\u017f")


def odd_case(text: str) -> bool:
    """Whether `text` holds a character a case-blind match may read as another letter than its lower case."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text


def guard_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words a cheap test looks for before a costly search, shortest first: of two where one holds the other,
    only the shorter (a text holding the longer holds it too), so a text holding none of them holds none of `words`."""
    out: list[str] = []
    for g in sorted(set(words), key=lambda g: (len(g), g)):
        if not any(k in g for k in out):
            out.append(g)
    return tuple(out)
