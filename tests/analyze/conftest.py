"""Helpers shared by the attribution tests: a test article from a text (paragraphs cut at blank lines)
and the attribution fields each table compares."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article, Attribution, Quantity, Span

Row = tuple[str | None, str | None, str]  # source, cue, content
KindRow = tuple[str | None, str | None, str, str]  # source, cue, content, kind
Full = tuple[str | None, str | None, str | None, str, str | None, tuple[str, ...]]  # source, name, cue, content, type, via


# a body paragraph with no attribution, for tests of titles
NEUTRAL_BODY = {
    "sv": "Det regnade hela dagen i staden.",
    "no": "Det regnet hele dagen i byen.",
    "da": "Det regnede hele dagen i byen.",
    "de": "Es regnete den ganzen Tag in der Stadt.",
    "en": "It rained all day in the town.",
}


def article_of(text: str, lang: str, title: str | None = None, outlet: str | None = None,
               authors: tuple[str, ...] = ()) -> Article:
    """A test article of `text`, its paragraphs cut at blank lines."""
    return Article(title=title, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet=outlet,
                   authors=authors)


def attributions(text: str, lang: str, title: str | None = None) -> tuple[Attribution, ...]:
    """The attributions of the test article of `text`."""
    return attribute(article_of(text, lang, title))


def quantity_keys(text: str, lang: str, title: str | None = None) -> list[tuple[float, str]]:
    """(value, key) of each quantity of the test article of `text`."""
    article = article_of(text, lang, title)
    return [(q.value, q.key) for q in count(article, attribute(article))]


def measure_values(text: str, lang: str, title: str | None = None) -> list[tuple[str, float]]:
    """(measure, value) of each quantity of the test article of `text`."""
    article = article_of(text, lang, title)
    return [(q.measure, q.value) for q in count(article, attribute(article))]


def conflict_values(text: str, lang: str, title: str | None = None) -> list[tuple[float, ...]]:
    """The values of each conflict of the test article of `text`, sorted."""
    article = article_of(text, lang, title)
    found = attribute(article)
    quantities = count(article, found)
    return [tuple(sorted(quantities[i].value for i in c.quantities)) for c in find_conflicts(quantities, found)]


def quantities_and_conflicts(text: str, lang: str) -> tuple[tuple[Quantity, ...], list[tuple[int, ...]]]:
    """The quantities of the test article of `text` and the quantity indices of each conflict."""
    article = article_of(text, lang)
    found = attribute(article)
    quantities = count(article, found)
    return quantities, [c.quantities for c in find_conflicts(quantities, found)]


def via_records(text: str, lang: str) -> list[tuple[str | None, str | None, list[str]]]:
    """(source, cue, via) of every record of the test article of `text`, on a page that shows its outlet."""
    art = article_of(text, lang, outlet="Testbladet", authors=("A. Writer",))
    return [(a.source, a.cue, list(a.via)) for a in attribute(art)]


def via_of(text: str, lang: str, source: str) -> list[str]:
    """The via of the first record of `source` in the test article of `text` (the test fails with none)."""
    got = [v for s, _, v in via_records(text, lang) if s == source]
    assert got, via_records(text, lang)
    return got[0]


def rows(text: str, lang: str, title: str | None = None) -> list[Row]:
    """(source, cue, content) of each attribution of `text`."""
    return [(a.source, a.cue, a.content) for a in attributions(text, lang, title)]


def kind_rows(text: str, lang: str, title: str | None = None) -> list[KindRow]:
    """(source, cue, content, kind) of each attribution of `text`; each content span starts where its
    content does."""
    art = article_of(text, lang, title)
    out: list[KindRow] = []
    for a in attribute(art):
        assert a.content_span.of(art.text).startswith(a.content.split(" ")[0])
        out.append((a.source, a.cue, a.content, a.kind))
    return out


def full_rows(text: str, lang: str, title: str | None = None, outlet: str | None = None) -> list[Full]:
    """(source, name, cue, content, type, via) of each attribution of `text`, as a bylined article."""
    art = article_of(text, lang, title, outlet, authors=("Eva Test",))
    return [(a.source, a.source_name, a.cue, a.content, a.source_type, a.via) for a in attribute(art)]


def source_types(text: str, lang: str, outlet: str | None = "Testbladet") -> dict[str | None, str | None]:
    """Each record's source type by its source, for the test article of `text` on a page of `outlet`."""
    return {row[0]: row[4] for row in full_rows(text, lang, outlet=outlet)}


def rows_in(lang: str) -> Callable[..., list[Row]]:
    """`rows` of one language: `run(text, title=None)`."""
    def run(text: str, title: str | None = None) -> list[Row]:
        return rows(text, lang, title)
    return run


def bylined_attributions(text: str, lang: str) -> tuple[Attribution, ...]:
    """The attributions of `text` (paragraphs split at blank lines) as a paper's own bylined article."""
    return attribute(article_of(text, lang, outlet="Testbladet", authors=("A. Skribent",)))


def bylined_rows(text: str, lang: str) -> list[Row]:
    """(source, cue, content) of each attribution of `bylined_attributions`."""
    return [(a.source, a.cue, a.content) for a in bylined_attributions(text, lang)]


def gold_pages(folder: Path) -> Iterator[tuple[dict[str, Any], Article, tuple[Attribution, ...]]]:
    """Each gold file of `folder` (an annotated corpus): the gold record, its article and its gold
    attributions (content, source, name; spans where the content stands in the text)."""
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        art = gold["article"]
        article = Article(title=art["title"], body=tuple(art["body"]), language=art["language"])
        yield gold, article, tuple(_gold_attribution(article.text, g) for g in gold["attributions"])


def _gold_attribution(text: str, g: dict[str, Any]) -> Attribution:
    start = text.find(g["content"])
    span = Span(start, start + len(g["content"])) if start >= 0 else Span(0, 0)
    return Attribution(content=g["content"], content_span=span, source=g["source"], source_name=g["source_name"])
