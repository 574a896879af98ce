"""Plain-text structurer (minimal until the structurer component lands)."""
from __future__ import annotations

from enligt.errors import NotAnArticleError
from enligt.models import Article, Page
from enligt.settings import Options


def structure_text(page: Page, *, options: Options) -> Article:
    paras = [" ".join(p.split()) for p in page.content.split("\n\n") if p.strip()]
    if not paras:
        raise NotAnArticleError("no text", where=page.input)
    return Article(title=paras[0], body=tuple(paras[1:]), language=None if options.lang == "auto" else options.lang)
