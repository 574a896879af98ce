"""The crawler's "date YYYY-MM[-DD]" field that opens some dumps, and the text it runs into on the first line
(" date 2019-08 To personer har …"): a day dates the page; after a day or a month alone the text is the first
paragraph when it runs on as one, else it may be the headline (`text.split_lines`).
"""
from __future__ import annotations

import re
from typing import Final

from enligt.lang import all_languages_words
from enligt.structure.lines import Kind, Line

# A crawler's metadata field before the page text on its first line (" date 2023-03-31 Headline …").
CRAWL_HEADER: Final = re.compile(r"^date (?P<date>\d{4}-[01]\d(?P<day>-[0-3]\d)?)(?:\s+(?P<rest>.+))?$")

SENTENCE_END = frozenset(".:!?")


def runs_on(rest: str) -> bool:
    """Whether the text a crawler header runs into (" date 2019-02 Text", " date 2019-02-14 Text") is the page's first
    paragraph: it ends as a sentence or a lead-in (". : ! ?", perhaps before a closing quote) or holds a
    sentence end. A line with neither may still be the headline ("… ved permittering: – Strikken er strukket")."""
    body = rest.rstrip().rstrip("\"”’'»«")
    return body[-1:] in SENTENCE_END or any(f"{mark} " in body for mark in ".!?") or _long_clause(body)


def glued_kind(line: Line) -> Kind:
    """A short line a header runs into that is one long clause is the first paragraph, its stop lost (running
    text), as is one whose last sentence is such a clause ("Mærsk dykker. Økonom X giver her sit bud på, hvad …");
    one with a sentence end inside and a shorter last part stays short (a caption the crawler cut off)."""
    if line.kind == "short" and _long_clause(_last_sentence(line.text)):
        return "sentence"
    return line.kind


def _last_sentence(text: str) -> str:
    """The words after the last sentence end of `text` followed by a space ("A. B" -> "B"), or all of it."""
    at = max(text.rfind(f"{mark} ") for mark in ".!?")
    return text[at + 2:] if at >= 0 else text


GLUED_CLAUSE_WORDS: Final = 10  # a glued line this long with a finite verb and no colon is a paragraph that lost its stop


def _long_clause(text: str) -> bool:
    """A long line with a frequent finite verb and no colon ("En mand er natten til fredag omkommet i en brand
    på Fyn"): a lead whose full stop the dump lost; a headline is shorter or splits at a colon."""
    words = text.lower().split()
    return len(words) >= GLUED_CLAUSE_WORDS and ":" not in text \
        and not all_languages_words("finite_verbs").isdisjoint(words)


def header_line(header: re.Match[str]) -> Line:
    """The crawler's "date 2023-03-31" field that opens some dumps: a date line when it names a day
    (the publication date when the page gives none), else furniture (a month alone dates nothing)."""
    raw = f"date {header['date']}"
    return Line(raw, header["date"], "date") if header["day"] else Line(raw, raw, "furniture")


def is_crawl_header(line: Line) -> bool:
    """Whether `line` is the crawler's dated header (`header_line`), not a date the page prints."""
    return line.raw == f"date {line.text}"
