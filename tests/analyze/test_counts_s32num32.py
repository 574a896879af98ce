"""Issue 11, stop 32's round num32 (quantities): the "affected" verbs in every form and language ("150 anställda
drabbas", "130 metallarbetare berörs", "150 ansatte rammes", "medarbejdere berøres"; en "affected" and de
"betroffen" were read before): staff affected by a closure are a count of a layoff. Every sentence here was
written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _counts(text: str, lang: str) -> list[tuple[str, str, float]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.key.split("|")[1], q.value) for q in count(article, attribute(article))]


AFFECTED = [
    ("sv", "Sågverket i Lycksele stängs i vår. Omkring 90 anställda drabbas.", [("other", "layoff", 90)]),
    ("sv", "Cirka 45 anställda berörs av nedläggningen av fabriken i Mora.", [("other", "layoff", 45)]),
    ("sv", "Totalt har 45 anställda berörts av varslet på fabriken i Mora.", [("other", "layoff", 45)]),
    ("sv", "Över 3 000 hushåll i Jämtland berördes av strömavbrottet under natten.", [("other", "victim", 3000)]),
    ("sv", "Strömavbrottet har berört 3 000 hushåll i Jämtland under natten.", [("other", "victim", 3000)]),
    ("no", "Sagbruket på Vinstra legges ned. Rundt 90 ansatte rammes.", [("other", "layoff", 90)]),
    ("no", "Om lag 45 ansatte berøres av nedleggelsen av fabrikken på Otta.", [("other", "layoff", 45)]),
    ("da", "Savværket i Brande lukker til foråret. Omkring 90 ansatte rammes.", [("other", "layoff", 90)]),
    ("da", "Cirka 45 medarbejdere berøres af lukningen af fabrikken i Ikast.", [("other", "layoff", 45)]),
    ("da", "Cirka 45 medarbejdere er berørt af lukningen af fabrikken i Ikast.", [("other", "layoff", 45)]),
    ("no", "Over 3 000 kunder i Valdres ble berørt av strømbruddet i natt.", [("other", "victim", 3000)]),
    # the languages that read it before, for the table
    ("de", "Das Sägewerk in Husum schließt im Frühjahr. Rund 90 Beschäftigte sind betroffen.", [("other", "layoff", 90)]),
    ("en", "The sawmill in Eugene will close in the spring. About 90 employees are affected.", [("other", "layoff", 90)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AFFECTED)
def test_staff_affected_by_a_closure_are_a_layoff_count(lang: str, text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _counts(text, lang) == expected
