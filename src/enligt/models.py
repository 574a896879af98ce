"""The typed objects that flow between pipeline stages: Page (or Failure) -> Article -> Analysis.

All are frozen. Every extracted thing carries `Span`s into `Article.text`, the one string that
attribution, numbers and the UI index into: the title, then each body paragraph, joined by a
blank line (see `Article.text` and `Article.paragraph_spans`).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from enligt.errors import EnligtError

PageKind = Literal["text", "html"]
Kind = Literal["direct", "indirect", "mixed"]
SourceType = Literal["person", "official", "organization", "media", "social_media", "document", "unnamed"]
Measure = Literal["killed", "wounded", "captured", "missing", "displaced", "deserted", "destroyed", "other"]

PARAGRAPH_SEP = "\n\n"

# The tokens of each block (title, paragraphs) of `Article.text` as the attribution stage read them, by the
# block's (start, end): the number stage reads its sentences from them instead of tokenising again. The
# tokens are `enligt.analyze.sentences.Tok`s, a type of the floor above this one.
BlockTokens = Mapping[tuple[int, int], list[Any]]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into `Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class Page:
    """One input page, decoded to text. `input` is the path or URL as the user gave it."""

    input: str
    content: str
    kind: PageKind
    encoding: str = "utf-8"
    url: str | None = None
    fetched: str | None = None  # ISO date of a WARC record or fetch
    meta: tuple[tuple[str, str], ...] = ()  # extra facts from the ingest layer (feed title, WARC id)


@dataclass(frozen=True)
class Failure:
    """A page (or input) that could not be read or analysed; the batch goes on without it."""

    input: str
    error: EnligtError


Item = Page | Failure  # what the ingest layer yields for each page of an input


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True)
class Article:
    """The clean article of SCHEMA.md. `body` includes the lead as its first paragraph when there is one."""

    title: str | None
    body: tuple[str, ...]
    language: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    updated: str | None = None
    lead: str | None = None
    captions: tuple[Caption, ...] = ()
    headings: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    url: str | None = None
    # Position of each heading: the index of the body paragraph it stands before.
    heading_positions: tuple[int, ...] = ()
    # What the structurer decided that a reader should know ("no headline line: title null, …");
    # the pipeline passes them on as `Analysis.notes`. Not part of the article record itself.
    notes: tuple[str, ...] = ()

    @cached_property
    def text(self) -> str:
        """Title and body paragraphs joined by blank lines: the string all spans index into."""
        parts = ([self.title] if self.title else []) + list(self.body)
        return PARAGRAPH_SEP.join(parts)

    @cached_property
    def title_span(self) -> Span | None:
        return Span(0, len(self.title)) if self.title else None

    @cached_property
    def paragraph_spans(self) -> tuple[Span, ...]:
        """Span of each body paragraph inside `text`, in order."""
        spans = []
        pos = len(self.title) + len(PARAGRAPH_SEP) if self.title else 0
        for para in self.body:
            spans.append(Span(pos, pos + len(para)))
            pos += len(para) + len(PARAGRAPH_SEP)
        return tuple(spans)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "language": self.language,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "updated": self.updated,
            "lead": self.lead,
            "captions": [{"text": c.text, "credit": c.credit} for c in self.captions],
            "headings": list(self.headings),
            "heading_positions": list(self.heading_positions),
            "body": list(self.body),
            "related": list(self.related),
            "boilerplate": list(self.boilerplate),
            "url": self.url,
        }


@dataclass(frozen=True)
class Attribution:
    """A claim tied to its source (or marked as sourceless hearsay), with spans into `Article.text`."""

    content: str
    content_span: Span
    kind: Kind = "indirect"
    source: str | None = None
    source_name: str | None = None
    source_type: SourceType | None = None
    cue: str | None = None
    via: tuple[str, ...] = ()
    source_span: Span | None = None
    cue_span: Span | None = None
    hearsay: bool = False  # a hearsay marker ("sägs", "reportedly", "soll") carries the claim

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_name": self.source_name,
            "cue": self.cue,
            "content": self.content,
            "kind": self.kind,
            "source_type": self.source_type,
            "via": list(self.via),
            "hearsay": self.hearsay,
            "spans": {
                "source": self.source_span.to_list() if self.source_span else None,
                "cue": self.cue_span.to_list() if self.cue_span else None,
                "content": self.content_span.to_list(),
            },
        }


@dataclass(frozen=True)
class Quantity:
    """A countable claim: `value` of `measure` of `subject`, carried by attribution `attribution`."""

    value: float
    measure: Measure
    subject: str
    number_span: Span
    approx: bool = False
    attribution: int | None = None  # index into Analysis.attributions
    text: str = ""  # the number as written ("cirka 500", "two dozen")
    # What the figure counts, for conflicts: measure|event|subject|nationality|qualifiers|subset.
    key: str = ""
    high: float | None = None  # the high end of a range ("between 20 and 25"); `value` is the low end
    # What narrows the count: ("place", "kyiv"), ("group", "russian"), ("period", "2022"), ("part", "of")...
    scope: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": _number(self.value),
            "approx": self.approx,
            "measure": self.measure,
            "subject": self.subject,
            "attribution": self.attribution,
            "text": self.text,
            "span": self.number_span.to_list(),
            "key": self.key,
        }
        if self.high is not None:
            out["high"] = _number(self.high)
        if self.scope:
            out["scope"] = dict(self.scope)
        return out


def _number(value: float) -> float | int:
    """An integral float as an int (JSON "5", not "5.0")."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True)
class Conflict:
    measure: Measure
    subject: str
    quantities: tuple[int, ...]  # indexes into Analysis.quantities

    def to_dict(self) -> dict[str, Any]:
        return {"measure": self.measure, "subject": self.subject, "quantities": list(self.quantities)}


@dataclass(frozen=True)
class Analysis:
    """What `enligt analyze` returns for one page."""

    page: Page
    article: Article
    attributions: tuple[Attribution, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    notes: tuple[str, ...] = field(default=())  # what the pipeline decided (encoding used, language guessed)
    # between the stages only: the attribution stage's tokens for the number stage (which drops them)
    tokens: BlockTokens | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "attributions": [a.to_dict() for a in self.attributions],
            "quantities": [q.to_dict() for q in self.quantities],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "meta": {
                "encoding": self.page.encoding,
                "kind": self.page.kind,
                "url": self.page.url or self.article.url,
                "fetched": self.page.fetched,
                "text_length": len(self.article.text),
                "notes": list(self.notes),
            },
        }
