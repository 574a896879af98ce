"""Whether a plain-text page's settled flow is a list of headlines with teasers rather than an article
(issue 10: refuse only what has no prose). A teaser list's items are about different stories, each a heading
and a short teaser, and share few content words with one another. An article printed in many short lines
keeps to one topic, carries quotations and verbs of saying, and runs on from line to line. A quotation
line or a stopped sentence between paragraphs is no headline of a list, whatever `settle.py` made of it.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import all_languages_words
from enligt.structure.settle import QUOTE_MARKS, speech_forms

LIST_HEADINGS: Final = 4  # fewer headline lines make no list
HEADING_SHARE: Final = 6  # tenths: headline lines at least this share of the paragraphs
TEASER_WORDS: Final = 30  # a teaser's paragraphs average fewer words than this
SPOKEN_ITEMS: Final = 2  # lines with a quotation, a verb of saying or a run-on start that make the page an article
SHARED_TENTHS: Final = 5  # tenths of the paragraphs that share a content word with another for one topic
STEM: Final = 5  # letters of a content word compared ("badhuset", "badhusets"; "council", "councils")
MIN_CONTENT: Final = 4  # letters of a content word at least
_WORD: Final = re.compile(r"[^\W\d_]+")
_DASHES: Final = ("–", "—", "- ")
# closed-class words of every language: no content word says what a paragraph is about
_CLOSED: Final = ("prepositions", "determiners", "auxiliaries", "modals", "finite_verbs", "complementizers",
                  "coordinators", "interrogatives", "negation", "first_person", "second_person", "expletives")


def headline_list(body: list[str], headings: list[str], title: str | None) -> bool:
    """Whether the page is a list of headlines with teasers: four headline lines or more, as many as six in ten
    of the paragraphs, short paragraphs, and no one story told in them (`one_story`)."""
    listed = [h for h in headings if list_headline(h)]
    words = sum(p.count(" ") + 1 for p in body)
    if len(listed) < LIST_HEADINGS or len(listed) * 10 < len(body) * HEADING_SHARE \
            or words >= TEASER_WORDS * len(body):
        return False
    return not one_story(body, headings, title)


def list_headline(text: str) -> bool:
    """A heading line that may be a list's headline: no quotation ("“We waited too long”", "– Helt nødvendig")
    and no sentence closed by a full stop."""
    stripped = text.strip()
    return not (stripped[:1] in QUOTE_MARKS or stripped.startswith(_DASHES)
                or (stripped.endswith(".") and not stripped.endswith("..")))


def one_story(body: list[str], headings: list[str], title: str | None) -> bool:
    """Whether the paragraphs tell one story: two lines or more carry a quotation, a verb of saying or run on
    from the line above (a lower-case start), and half the paragraphs share a content word with another
    paragraph or the title."""
    spoken = sum(1 for text in body + headings if _spoken(text))
    return spoken >= SPOKEN_ITEMS and _shared(body, title) * 10 >= len(body) * SHARED_TENTHS


def _spoken(text: str) -> bool:
    stripped = text.strip()
    if stripped[:1].islower() or stripped.startswith(_DASHES) or any(mark in stripped for mark in QUOTE_MARKS):
        return True
    return not speech_forms().isdisjoint(w.lower() for w in _WORD.findall(stripped))


def _shared(body: list[str], title: str | None) -> int:
    """How many paragraphs share a content word's stem with another paragraph or the title."""
    stems = [_stems(p) for p in body]
    seen: dict[str, int] = dict.fromkeys(_stems(title or ""), 2)
    for own in stems:
        for stem in own:
            seen[stem] = seen.get(stem, 0) + 1
    return sum(1 for own in stems if any(seen[stem] >= 2 for stem in own))


def _stems(text: str) -> frozenset[str]:
    closed = _closed_words()
    return frozenset(w[:STEM] for w in (m.lower() for m in _WORD.findall(text))
                     if len(w) >= MIN_CONTENT and w not in closed)


def _closed_words() -> frozenset[str]:
    """The closed-class words of every supported language, kept once built."""
    if not _CLOSED_KEPT:
        out: set[str] = set()
        for name in _CLOSED:
            out |= {w.lower() for w in all_languages_words(name)}
        _CLOSED_KEPT.append(frozenset(out))
    return _CLOSED_KEPT[0]


_CLOSED_KEPT: Final[list[frozenset[str]]] = []
