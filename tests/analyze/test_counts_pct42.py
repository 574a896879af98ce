"""Issue 11: a figure before the abbreviation "pct." (Danish and Norwegian, as Swedish and English already) is a
share, no count (lang/da/not_countable.txt, lang/no/not_countable.txt). Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _values(text: str, lang: str) -> list[float]:
    article = Article(title=None, body=(text,), language=lang)
    return [q.value for q in count(article, attribute(article))]


PCT_SHARES = [
    ("da", "Med et salgsfald på 30 pct. bliver der tale om en stor reduktion af medarbejdere, siger direktøren.", []),
    ("no", "Med et salgsfall på 30 pct. blir det snakk om en stor reduksjon av ansatte, sier direktøren.", []),
    ("da", "Omsætningen faldt 12 pct., og 40 ansatte mister jobbet, oplyser selskabet.", [40]),
    ("no", "Omsetningen falt 12 pct., og 40 ansatte mister jobben, opplyser selskapet.", [40]),
]


@pytest.mark.parametrize(("lang", "text", "values"), PCT_SHARES)
def test_a_figure_before_pct_is_a_share(lang: str, text: str, values: list[float]) -> None:
    assert _values(text, lang) == values
