"""Attribution stage (placeholder until the attribution component lands)."""
from __future__ import annotations

from enligt.models import Article, Attribution


def attribute(article: Article) -> tuple[Attribution, ...]:
    return ()
