"""HTML structurer (minimal until the HTML component lands)."""
from __future__ import annotations

from enligt.errors import ExtractionError
from enligt.models import Article, Page
from enligt.settings import Options


def structure_html(page: Page, *, options: Options) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(page.content, with_metadata=True, as_dict=True)
    if not doc:
        raise ExtractionError("no main text found", where=page.input)
    body = tuple(p for p in (doc.get("text") or "").split("\n") if p.strip())
    return Article(title=doc.get("title"), body=body, language=None if options.lang == "auto" else options.lang)
