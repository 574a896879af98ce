"""A page's copies of itself in a crawl dump: the article printed a second time under the first (the headline
again, then the same paragraphs), a share text above the headline that is one of the paragraphs below it, and the
site's web address printed alone on a line between them; and the headline printed twice at the head of the page
(the page's title, then the headline), which tells it from a deck or an advert printed once beside it.

None of these is more article: the second copy is furniture, the share text no standfirst, the address the
page's outlet when nothing else names one.
"""
from __future__ import annotations

from typing import Final

from enligt.structure.lines import Line
from enligt.structure.sitebyline import SITE_DOMAIN

# What a copy's head may repeat above its headline; a picture's caption or credit stays a picture (under the first
# headline, a credit alone is read as furniture: the copy's is the one the page keeps).
COPY_KINDS: Final = frozenset({"short", "name", "furniture", "gallery"})


def second_copy(lines: list[Line], title_at: int) -> int | None:
    """The index where the page's second copy of the article begins, else None: the headline printed again
    below the body, the first paragraph of running text under it one of the body's above it (a teaser or a
    share box repeats the headline, never the paragraphs). The lines straight above that headline that repeat
    lines of the first copy (`COPY_KINDS`) belong to the copy."""
    head = lines[title_at].text
    for j in range(title_at + 2, len(lines)):
        if lines[j].text != head:
            continue
        nxt = next((line for line in lines[j + 1:] if line.kind == "sentence"), None)
        if nxt is None or not any(line.kind == "sentence" and line.text == nxt.text for line in lines[title_at:j]):
            continue
        k = j
        while k - 1 > title_at and lines[k - 1].kind in COPY_KINDS \
                and any(line.text == lines[k - 1].text for line in lines[:k - 1]):
            k -= 1
        return k
    return None


def printed_below(lines: list[Line], i: int, title_at: int) -> bool:
    """Whether line i above the headline is printed again below it: a share text or a teaser of one of the
    page's own paragraphs, no standfirst."""
    text = lines[i].text
    return any(line.text == text for line in lines[title_at + 1:])


def outlet_from_address_line(lines: list[Line]) -> str | None:
    """The site's web address printed alone on a line ("harbourgazette.com"), the page's outlet when nothing else
    names one: a source's address stands in a sentence or after a label ("Källa: tt.se"), not alone."""
    for line in lines:
        if line.kind in ("short", "name") and "." in line.text and SITE_DOMAIN.match(line.text) is not None:
            return line.text
    return None


def headline_printed_twice(lines: list[Line], candidates: list[int]) -> int | None:
    """The last of a headline-like line of three words or more that the head of the page prints twice (the page's
    title, then its headline: "Headline / Deck / Headline / Lead"), when no other line there is printed twice: a
    deck, a teaser or an advert under it is printed once."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for i in candidates:
        line = lines[i]
        if line.words < 3 or line.kind not in ("short", "sentence"):
            continue
        if line.text in seen:
            found.add(line.text)
        seen[line.text] = i
    if len(found) != 1:
        return None
    return seen[found.pop()]
