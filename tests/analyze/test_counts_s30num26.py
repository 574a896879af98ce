"""Issue 11, stop 30's round num26 (quantities of the read sets): households and customers left without power, the
adjective "power-less" in every form and the "without electricity" synonyms, in the five languages.
Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _counts(text: str, lang: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value) for q in count(article, attribute(article))]


# Left without power: "strømløse husstande", "Haushalte … stromlos", "hytter … var strømløse",
# "utan elektricitet", "lost electricity".
OUTAGES = [
    ("no", "I natt var 1.400 husstander strømløse i Levanger.", [("other", 1400)]),
    ("no", "Over 2.000 hytter på Hitra var strømløse søndag.", [("other", 2000)]),
    ("no", "Stormen gjorde 600 husstander straumlause i Sogndal.", [("other", 600)]),
    ("da", "I Vejle var der søndag 1.200 strømløse husstande.", [("other", 1200)]),
    ("da", "Stormen efterlod 500 husstande uden el i Thy.", [("other", 500)]),
    ("de", "In Passau waren am Sonntag 1.200 Haushalte stromlos.", [("other", 1200)]),
    ("de", "Rund 900 Haushalte blieben ohne Stromversorgung.", [("other", 900)]),
    ("sv", "I Sundsvall blev 700 hushåll strömlösa under natten.", [("other", 700)]),
    ("sv", "Stormen lämnade 400 hushåll utan elektricitet i Hudiksvall.", [("other", 400)]),
    ("en", "About 3,000 households lost electricity in the county overnight.", [("other", 3000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OUTAGES)
def test_households_without_power_are_counted(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected
