"""Quantities stage (placeholder until the numbers component lands)."""
from __future__ import annotations

from enligt.models import Article, Attribution, Quantity


def count(article: Article, attributions: tuple[Attribution, ...]) -> tuple[Quantity, ...]:
    return ()
