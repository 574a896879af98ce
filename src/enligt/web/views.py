"""View models: what a template needs, built from library objects, with page text still unescaped.

Templates escape everything (Jinja2 autoescape); the only pre-built markup is the highlighted text
from `enligt.web.highlight`, which escapes each piece itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from enligt.models import Analysis, Article, Attribution, Caption, Conflict, Page, Quantity, Span
from enligt.web.highlight import analysis_marks, highlight

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def no_bidi(value: object) -> Markup:
    """`value` (already escaped) without bidi control characters: for the window title, where CSS cannot isolate
    a page title's right-to-left override (U+202E) from the words after it."""
    return Markup(str(value).translate(BIDI_CONTROLS))


def http_url(value: object) -> str | None:
    """`value` when it is an absolute http(s) URL, else None: page links never become javascript: etc."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\x00\r\n\t<>\"'` "):
        return None
    return url


@dataclass(frozen=True)
class Paragraph:
    heading: str | None
    html: Markup


@dataclass(frozen=True)
class NumberRow:
    index: int
    quantity: Quantity
    source: str | None  # who gives the number, or None when the article asserts it


@dataclass(frozen=True)
class ConflictRow:
    conflict: Conflict
    numbers: tuple[NumberRow, ...]


@dataclass(frozen=True)
class ArticleView:
    """An analysed article ready for `article.html` (a stored one has an `id`)."""

    analysis: Analysis
    id: int | None
    title_html: Markup
    paragraphs: tuple[Paragraph, ...]
    attributions: tuple[tuple[int, Attribution], ...]
    numbers: tuple[NumberRow, ...]
    conflicts: tuple[ConflictRow, ...]
    link: str | None
    extra: dict[str, Any]

    @property
    def article(self) -> Any:
        return self.analysis.article


def via_chain(att: Attribution) -> list[str]:
    """The claim's path to this text: its source, then each outer source (innermost first)."""
    return [att.source or "(no source: hearsay)", *att.via]


def _paragraphs(analysis: Analysis, marks: list[Any]) -> tuple[Paragraph, ...]:
    art = analysis.article
    headings = dict(zip(art.heading_positions, art.headings))
    text = art.text
    return tuple(
        Paragraph(headings.get(i), highlight(text, marks, start=span.start, end=span.end))
        for i, span in enumerate(art.paragraph_spans)
    )


def article_view(analysis: Analysis, *, article_id: int | None = None,
                 extra: dict[str, Any] | None = None) -> ArticleView:
    """The highlighted text and side-panel rows of one analysis."""
    art = analysis.article
    marks = analysis_marks(analysis)
    title_span = art.title_span
    title_html = highlight(art.text, marks, start=title_span.start, end=title_span.end) if title_span else Markup("")
    atts = analysis.attributions

    def number(j: int, q: Quantity) -> NumberRow:
        ok = q.attribution is not None and 0 <= q.attribution < len(atts)
        return NumberRow(j, q, atts[q.attribution].source if ok else None)  # type: ignore[index]

    numbers = tuple(number(j, q) for j, q in enumerate(analysis.quantities))
    conflicts = tuple(
        ConflictRow(c, tuple(numbers[k] for k in c.quantities if 0 <= k < len(numbers)))
        for c in analysis.conflicts
    )
    return ArticleView(
        analysis=analysis, id=article_id, title_html=title_html, paragraphs=_paragraphs(analysis, marks),
        attributions=tuple(enumerate(atts)), numbers=numbers, conflicts=conflicts,
        link=http_url(analysis.page.url or art.url), extra=extra or {},
    )


def _span(pair: Any) -> Span | None:
    if isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(v, int) for v in pair):
        return Span(int(pair[0]), int(pair[1]))
    return None


def _attribution(d: dict[str, Any]) -> Attribution:
    spans = d.get("spans") or {}
    return Attribution(
        content=d.get("content") or "", content_span=_span(spans.get("content")) or Span(0, 0),
        kind=d.get("kind") or "indirect", source=d.get("source"), source_name=d.get("source_name"),
        source_type=d.get("source_type"), cue=d.get("cue"), via=tuple(d.get("via") or ()),
        source_span=_span(spans.get("source")), cue_span=_span(spans.get("cue")), hearsay=bool(d.get("hearsay")),
    )


def _quantity(d: dict[str, Any]) -> Quantity:
    return Quantity(value=float(d.get("value") or 0), measure=d.get("measure") or "other",
                    subject=d.get("subject") or "", number_span=_span(d.get("span")) or Span(0, 0),
                    approx=bool(d.get("approx")), attribution=d.get("attribution"), text=d.get("text") or "")


def stored_analysis(record: dict[str, Any]) -> Analysis:
    """Rebuild the `Analysis` of a stored article (the dict of `get_article`) so one template serves both."""
    a = record.get("article") or {}
    article = Article(
        title=a.get("title"), body=tuple(a.get("body") or ()), language=a.get("language"), outlet=a.get("outlet"),
        authors=tuple(a.get("authors") or ()), published=a.get("published"), updated=a.get("updated"),
        lead=a.get("lead"), captions=tuple(Caption(c.get("text") or "", c.get("credit")) for c in a.get("captions") or ()),
        headings=tuple(a.get("headings") or ()), related=tuple(a.get("related") or ()),
        boilerplate=tuple(a.get("boilerplate") or ()), url=a.get("url"),
        heading_positions=tuple(a.get("heading_positions") or ()),
    )
    notes = tuple(record.get("notes") or ())
    if record.get("text") is not None and record["text"] != article.text:
        notes += ("the stored text differs from the stored paragraphs: highlights may be misplaced",)
    page = Page(input=record.get("input") or "", content="", kind=record.get("kind") or "text",
                encoding=record.get("encoding") or "utf-8", url=record.get("url"), fetched=record.get("fetched"))
    return Analysis(
        page=page, article=article, attributions=tuple(_attribution(x) for x in record.get("attributions") or ()),
        quantities=tuple(_quantity(x) for x in record.get("quantities") or ()),
        conflicts=tuple(Conflict(c.get("measure") or "other", c.get("subject") or "", tuple(c.get("quantities") or ()))
                        for c in record.get("conflicts") or ()),
        notes=notes,
    )
