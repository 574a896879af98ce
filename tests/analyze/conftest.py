"""Helpers shared by the attribution tests of news-page shapes: one bylined test article per text."""
from __future__ import annotations

from enligt.analyze.attribution import attribute
from enligt.models import Article, Attribution

Row = tuple[str | None, str | None, str]  # source, cue, content


def bylined_attributions(text: str, lang: str) -> tuple[Attribution, ...]:
    """The attributions of `text` (paragraphs split at blank lines) as a paper's own bylined article."""
    return attribute(Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang,
                             outlet="Testbladet", authors=("A. Skribent",)))


def bylined_rows(text: str, lang: str) -> list[Row]:
    """(source, cue, content) of each attribution of `bylined_attributions`."""
    return [(a.source, a.cue, a.content) for a in bylined_attributions(text, lang)]
