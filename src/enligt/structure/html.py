"""HTML structurer, stage 1 of the pipeline for HTML pages: a thin entry point.

The work is done in `htmlarticle`, which brings lxml, trafilatura and the `html*` rule modules with
it; it is imported with the first HTML page, so a plain-text run or `enligt --version` never loads them.
"""
from __future__ import annotations

from enligt.models import Article, Page
from enligt.settings import Options


def structure_html(page: Page, *, options: Options) -> Article:
    """The article of an HTML page. Raises `ExtractionError` when the page has no main text."""
    from enligt.structure.htmlarticle import article_from_html  # lxml and trafilatura: for HTML pages only

    return article_from_html(page, options=options)
