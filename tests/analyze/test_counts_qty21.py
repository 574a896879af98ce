"""Issue 11, round qty21 (quantity misses pooled over the annotated real sets): every form of the verbs of
being driven from home counts the displaced. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value) for q in count(article, attribute(article))]


# fordrive / fördriva / vertreiben / displace, uproot: active, passive and the participle noun
# ("internt fordrevne", "Binnenvertriebene").
DISPLACED = [
    ("da", "Oversvømmelserne har fordrevet omkring 40.000 mennesker fra deres hjem.", 40000),
    ("da", "Mere end 12.000 syrere er nu internt fordrevne i provinsen.", 12000),
    ("no", "Flommen har fordrevet 8000 mennesker fra hjemmene sine.", 8000),
    ("no", "Over 5000 sudanere er internt fordrevne etter kampene.", 5000),
    ("sv", "Striderna har fördrivit 30 000 människor från sina hem.", 30000),
    ("sv", "Omkring 9 000 människor har fördrivits av översvämningarna.", 9000),
    ("de", "Die Kämpfe haben 25.000 Menschen aus ihren Häusern vertrieben.", 25000),
    ("de", "In der Provinz leben inzwischen 14.000 Binnenvertriebene.", 14000),
    ("en", "The floods have uprooted 60,000 people in the province.", 60000),
    ("en", "About 7,000 people have been driven from their homes by the fighting.", 7000),
]


@pytest.mark.parametrize(("lang", "text", "value"), DISPLACED)
def test_driven_from_home_counts_the_displaced(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [("displaced", value)]


# "vertrieben" alone is also "sold": goods sold are no displaced people.
def test_goods_sold_are_not_displaced() -> None:
    assert ("displaced", 3000) not in _read("Die Firma hat im letzten Jahr 3000 Geräte vertrieben.", "de")
