"""The pipeline: Page -> Article -> attributions -> quantities -> conflicts -> Analysis.

Each stage is a small function in its own module; the runner calls them in order. A stage is
named in a registry by import path and imported on first use, so nothing heavy (trafilatura,
lxml) loads until a page needs it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib import import_module
from typing import Any

from enligt.errors import EnligtError, InternalError
from enligt.ingest.sources import iter_pages
from enligt.lang import SUPPORTED
from enligt.models import Analysis, Article, Failure, Item, Page
from enligt.settings import Options

# Page kind -> structurer "module:function", each `(page, *, options) -> Article`.
STRUCTURERS: dict[str, str] = {
    "text": "enligt.structure.text:structure_text",
    "html": "enligt.structure.html:structure_html",
}
ATTRIBUTE = "enligt.analyze.attribution:attribute"
COUNT = "enligt.analyze.quantities:count"
CONFLICTS = "enligt.analyze.conflicts:find_conflicts"


@cache
def _load(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    fn: Callable[..., Any] = getattr(import_module(module), name)
    return fn


def structure(page: Page, *, options: Options) -> Article:
    """Stage 1: the clean article of a page (plain-text dump or HTML)."""
    return _load(STRUCTURERS[page.kind])(page, options=options)  # type: ignore[no-any-return]


def analyze_article(page: Page, article: Article, *, options: Options) -> Analysis:
    """Stages 2-4 on an article: attributions, quantities, conflicts."""
    if not options.attribution:
        return Analysis(page=page, article=article)
    if article.language not in SUPPORTED:
        note = f"no word lists for language {article.language!r}: attribution skipped"
        return Analysis(page=page, article=article, notes=(note,))
    attributions = _load(ATTRIBUTE)(article)
    quantities = _load(COUNT)(article, attributions)
    conflicts = _load(CONFLICTS)(quantities, attributions)
    return Analysis(page=page, article=article, attributions=attributions, quantities=quantities,
                    conflicts=conflicts)


def analyze_page(page: Page, *, options: Options) -> Analysis:
    """The whole pipeline on one page. Raises `EnligtError` subclasses for bad pages.

    This is the one place a page is analysed (the CLI, ingest and the web app all come here), so an
    unexpected exception (a bug) becomes that page's `InternalError` and never stops a batch.
    """
    try:
        return analyze_article(page, structure(page, options=options), options=options)
    except EnligtError:
        raise
    except RecursionError as exc:  # deeply nested markup: report, never crash the batch
        raise EnligtError(f"page too deeply nested to analyse ({exc})", where=page.input) from exc
    except Exception as exc:
        raise InternalError.wrap(exc, where=page.input) from exc


def analyze_text(text: str, *, options: Options, name: str = "<text>", kind: str = "text") -> Analysis:
    """Analyse a string (pasted text or HTML), as the web form and the tests do."""
    page = Page(input=name, content=text, kind="html" if kind == "html" else "text")
    return analyze_page(page, options=options)


def analyze_items(items: Iterable[Item], *, options: Options) -> Iterator[Analysis | Failure]:
    """Analyse a stream of pages; a page that fails becomes a `Failure` and the stream goes on."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield analyze_page(item, options=options)
        except EnligtError as exc:
            exc.where = exc.where or item.input
            yield Failure(item.input, exc)


def analyze(inputs: Iterable[str], *, options: Options) -> Iterator[Analysis | Failure]:
    """Every page named by `inputs` (files, folders, `-`, URLs, feeds, WARC), analysed in order."""
    return analyze_items(iter_pages(inputs, options=options), options=options)
