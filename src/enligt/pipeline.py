"""The pipeline: Page -> Article -> Analysis, as typed lists of stage functions (spaCy's `nlp.pipeline`).

Stage 1 turns a page into its article with the structurer of its kind (`STRUCTURERS`). The analysis
stages (`ANALYSERS`) then each take the `Analysis` so far and return it with what they add:
attributions, then the learned verifier that drops records it judges false, then quantities
(which read the attributions and the attribution stage's tokens, `Analysis.tokens`), then
conflicts (which read both). The runner calls them in order. Nothing heavy
loads at import: the HTML structurer imports lxml and trafilatura with the first HTML page.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Protocol

from enligt.analyze.attribution import attribute_read
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.analyze.verifier import verify
from enligt.errors import EnligtError, InternalError
from enligt.ingest.sources import iter_pages
from enligt.lang import SUPPORTED
from enligt.models import Analysis, Article, Failure, Item, Page, PageKind
from enligt.settings import Options
from enligt.structure.html import structure_html
from enligt.structure.text import structure_text


class Structurer(Protocol):
    """Stage 1: a page of one kind to its clean article."""

    def __call__(self, page: Page, *, options: Options) -> Article: ...


Analyser = Callable[[Analysis], Analysis]


def add_attributions(analysis: Analysis) -> Analysis:
    """Stage 2: every claim of the article tied to its source, cue and kind (analyze/attribution.py)."""
    attributions, tokens = attribute_read(analysis.article)
    return Analysis(analysis.page, analysis.article, attributions, analysis.quantities, analysis.conflicts,
                    analysis.notes, tokens)  # `replace` by hand: `dataclasses.replace` reads the fields each call


def verify_attributions(analysis: Analysis) -> Analysis:
    """Stage 2b: drop the records the learned verifier judges false (analyze/verifier.py; `--no-verify` skips it)."""
    attributions = verify(analysis.article, analysis.attributions)
    if attributions is analysis.attributions:
        return analysis
    return Analysis(analysis.page, analysis.article, attributions, analysis.quantities, analysis.conflicts,
                    analysis.notes, analysis.tokens)


def add_quantities(analysis: Analysis) -> Analysis:
    """Stage 3: the countable claims, each tied to the attribution that carries it (analyze/quantities.py)."""
    # the last stage that reads the attribution stage's tokens: they end here (no `replace` of their own)
    quantities = count(analysis.article, analysis.attributions, analysis.tokens)
    return Analysis(analysis.page, analysis.article, analysis.attributions, quantities, analysis.conflicts,
                    analysis.notes, None)


def add_conflicts(analysis: Analysis) -> Analysis:
    """Stage 4: figures of different sources that disagree about the same thing (analyze/conflicts.py)."""
    conflicts = find_conflicts(analysis.quantities, analysis.attributions)
    return Analysis(analysis.page, analysis.article, analysis.attributions, analysis.quantities, conflicts,
                    analysis.notes, analysis.tokens)


STRUCTURERS: Mapping[PageKind, Structurer] = {"text": structure_text, "html": structure_html}
ANALYSERS: tuple[Analyser, ...] = (add_attributions, verify_attributions, add_quantities, add_conflicts)
# the stages a run with `Options.verify` off calls
UNVERIFIED: tuple[Analyser, ...] = tuple(s for s in ANALYSERS if s is not verify_attributions)


def structure(page: Page, *, options: Options) -> Article:
    """Stage 1: the clean article of a page (plain-text dump or HTML)."""
    return STRUCTURERS[page.kind](page, options=options)


def analyze_article(page: Page, article: Article, *, options: Options) -> Analysis:
    """The analysis stages on an article, in order: attributions, their verifier, quantities, conflicts."""
    analysis = Analysis(page=page, article=article, notes=article.notes)
    if not options.attribution:
        return analysis
    if article.language not in SUPPORTED:
        note = f"no word lists for language {article.language!r}: attribution skipped"
        return replace(analysis, notes=(*analysis.notes, note))
    if (listed := SUPPORTED[SUPPORTED.index(article.language)]) is not article.language:
        # the listed code itself (the detector returns a new string a page): the word lists kept by language are
        # then found by identity, not by comparing the strings at each of the rules' thousands of reads
        analysis = replace(analysis, article=replace(article, language=listed))
    for stage in ANALYSERS if options.verify else UNVERIFIED:
        analysis = stage(analysis)
    return analysis


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
