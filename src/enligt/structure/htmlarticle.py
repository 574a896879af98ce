"""HTML structurer at work: a raw page to the `Article` of SCHEMA.md (`structure.html` is its entry point).

The page is parsed once. Metadata (title, authors, dates, outlet) comes from `htmlmeta`; the DOM
parts trafilatura flattens or drops (captions, subheadings, related links, lead, furniture) from
`htmlparts`, which also prunes furniture containers; the main text from trafilatura through
`extract`. The blocks are then sorted into body paragraphs, headings, related headlines and
furniture with the same line rules the plain-text structurer uses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from enligt.errors import ExtractionError, NotAnArticleError
from enligt.lang import all_languages_words
from enligt.models import Article, Page
from enligt.settings import Options
from enligt.structure import extract, htmlmeta, htmlparts
from enligt.structure.byline import parse_byline
from enligt.structure.dates import is_date_line
from enligt.structure.furniture import is_furniture, related_label
from enligt.structure.htmllang import page_language
from enligt.structure.htmlparts import norm

MAX_PREAMBLE = 3  # blocks before the headline that trafilatura keeps (kicker, section label)
MIN_PARAGRAPH_WORDS = 10  # an article has at least one paragraph this long in words,
MIN_PARAGRAPH_CHARS = 60  # or in characters (languages written without spaces)
MIN_PROSE_WORDS = 40  # a paragraph this long, of several sentences, is read as text whatever words it holds
MIN_FALLBACK_CHARS = 500  # an article element with this much paragraph text is read even when trafilatura gives up
MAX_KICKER_WORDS = 8  # a block before the headline this short is a kicker or section label (furniture)
MAX_HEADING_WORDS = 12  # a subheading the DOM marks, printed as a paragraph, is at most this long
MAX_LABEL_LINE = 160  # characters: a longer line is never a date or byline line
MIN_PROSE_SENTENCES = 2  # sentence ends a paragraph of running text has at least
MAX_PROSE_COOKIE_WORDS = 1  # times running text may say "cookie" or "consent" in passing
_BLOCK_TAGS = ("p", "li", "h2", "h3", "h4", "blockquote")


@dataclass
class _Sorted:
    body: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


def _skip_preamble(blocks: tuple[extract.Block, ...], title: str | None) -> tuple[list[str], int]:
    """Short blocks before the headline (kicker, section label) and the index after the headline."""
    for i, b in enumerate(blocks[: MAX_PREAMBLE + 1]):
        if title and b.text == title:
            return [x.text for x in blocks[:i] if len(x.text.split()) <= MAX_KICKER_WORDS], i + 1
    return [], 0


def _is_prose(text: str) -> bool:
    """A long paragraph of several sentences that names a cookie or a comment only in passing, or
    speaks of copyright without being a copyright notice.

    trafilatura has already dropped the page's banners and footers; what it keeps at this length is
    article text (a story about tracking cookies, a writer's own "comments"), not a consent prompt.
    """
    words = text.split()
    if len(words) < MIN_PROSE_WORDS or text[-1:] not in ".!?\"”’)":
        return False
    low = text.lower()
    return (sum(text.count(c) for c in ".!?") >= MIN_PROSE_SENTENCES
            and low.count("cookie") + low.count("consent") <= MAX_PROSE_COOKIE_WORDS
            and not _notice_pattern().search(low))


@cache
def _notice_pattern() -> re.Pattern[str]:
    """A copyright notice ("© 2024", "Copyright 2019 AP", "(c) 2020", "all rights reserved"), as against
    running text that is about copyright (a court case, a licence), which stays in the body."""
    return re.compile(r"©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|\d{4}\s+copyright|all rights reserved")


def _is_interview_question(text: str) -> bool:
    """An interviewer's line set as a heading ("Q: How did it start?", "Fråga: …"): dialogue, body text."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and label.strip().lower() in all_languages_words("interview_labels")


def _sort_blocks(blocks: tuple[extract.Block, ...], parts: htmlparts.Parts, title: str | None) -> _Sorted:
    out = _Sorted()
    skipped, start = _skip_preamble(blocks, title)
    out.furniture.extend(skipped)
    drop = {title, *parts.related, *parts.related_labels}
    for cap in parts.captions:
        drop.update({cap.text, cap.credit, norm(f"{cap.text} {cap.credit or ''}")})
    headings = set(parts.headings)
    for b in blocks[start:]:
        text = b.text
        if text in drop:
            continue
        rel = related_label(text)
        if rel is not None:
            if rel[1]:
                out.related.append(rel[1])
            out.furniture.append(rel[0])
        elif (b.kind == "head" or (text in headings and len(text.split()) <= MAX_HEADING_WORDS and text[-1:] not in ".!")) \
                and not _is_interview_question(text):
            if text not in out.headings:
                out.headings.append(text)
                out.positions.append(len(out.body))
        elif text[:2] in ("| ", "- "):  # a table row or list item: content, even when it holds a date or a name
            out.body.append(text)
        elif is_furniture(text) and not _is_prose(text):
            out.furniture.append(text)
        elif len(text) <= MAX_LABEL_LINE and is_date_line(text):
            continue
        elif len(text) <= MAX_LABEL_LINE and (names := parse_byline(text)) is not None:
            out.authors.extend(names)
        else:
            out.body.append(text)
    return out


def _root_blocks(root: object) -> tuple[extract.Block, ...]:
    """The article element's own paragraphs, list items and subheadings, for pages trafilatura rejects."""
    blocks: list[extract.Block] = []
    for el in root.iter(*_BLOCK_TAGS):  # type: ignore[attr-defined]
        if any(a.tag in _BLOCK_TAGS for a in el.iterancestors()):
            continue  # a paragraph inside a list item or quote is read with it
        text = norm(el.text_content())
        if text:
            blocks.append(extract.Block("head" if el.tag in ("h2", "h3", "h4") else "p", text))
    if not blocks:
        raise ExtractionError("no main text found (no paragraphs in the article element)")
    return tuple(blocks)


def _place_lead(s: _Sorted, lead: str | None) -> None:
    """Put the standfirst first in the body (it often sits in the header, outside trafilatura's text)."""
    if not lead or (s.body and s.body[0] == lead):
        return
    if lead in s.body:
        i = s.body.index(lead)
        s.body.pop(i)
        s.positions = [p + 1 if p <= i else p for p in s.positions]
    else:
        s.positions = [p + 1 for p in s.positions]
    s.body.insert(0, lead)


def _language(options: Options, title: str | None, body: list[str], declared: str | None) -> str | None:
    if options.lang != "auto":
        return options.lang
    return page_language(title, body, declared)


def article_from_html(page: Page, *, options: Options) -> Article:
    """The article of an HTML page. Raises `ExtractionError` when the page has no main text."""
    tree = extract.parse(page.content, where=page.input)
    meta = htmlmeta.extract_meta(tree, url=page.url)
    parts = htmlparts.find_parts(tree, title=meta.title)
    extract.strip_inert(tree)
    try:
        blocks = extract.main_text(tree, where=page.input, url=page.url, expected_chars=parts.root_chars)
    except ExtractionError:
        if parts.root_chars < MIN_FALLBACK_CHARS:
            raise
        blocks = _root_blocks(parts.root)
    s = _sort_blocks(blocks, parts, meta.title)
    _place_lead(s, parts.lead)
    if not s.body:
        raise ExtractionError("no article text left after removing page furniture", where=page.input)
    if not any(len(p.split()) >= MIN_PARAGRAPH_WORDS or len(p) >= MIN_PARAGRAPH_CHARS for p in s.body):
        raise NotAnArticleError("no paragraph of running text: only menu items and labels (a truncated page, an "
                                "index or a cookie wall)", where=page.input)
    related = list(dict.fromkeys([*parts.related, *s.related]))
    furniture = list(dict.fromkeys([*s.furniture, *parts.related_labels, *parts.furniture]))
    kept = {*s.body, *s.headings, *related, meta.title}
    return Article(
        title=meta.title,
        body=tuple(s.body),
        language=_language(options, meta.title, s.body, meta.language),
        outlet=meta.outlet,
        authors=meta.authors or tuple(dict.fromkeys(s.authors)),
        published=meta.published,
        updated=meta.updated,
        lead=s.body[0],
        captions=parts.captions,
        headings=tuple(s.headings),
        related=tuple(related),
        boilerplate=tuple(f for f in furniture if f not in kept),
        url=meta.url,
        heading_positions=tuple(s.positions),
    )
