"""The language of an HTML page: the language identifier (`structure.langid`), guided by `<html lang>`.

The identifier is restricted to the languages news pages in scope are written in, so a page that
declares a language outside that set (`<html lang="ko">`) keeps its declaration instead of being
forced into the nearest candidate. Otherwise the identifier decides, and the declaration is the
fallback for text too short to tell.
"""
from __future__ import annotations

from enligt.structure.langid import CANDIDATES, identify


def page_language(title: str | None, body: list[str], declared: str | None) -> str | None:
    """ISO 639-1 code of the page's language: the identifier, else the declaration."""
    if declared and declared not in CANDIDATES:
        return declared
    sample = " ".join([title or "", *body[:8]])
    return identify(sample) or declared
