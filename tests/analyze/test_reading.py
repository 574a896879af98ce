"""What a number counts (`enligt.analyze.reading`), rules shared by all languages: the total of a past conflict
named with it (a civil war, a genocide; `history` in `count_words.tsv`) with no day of its own is background, no
toll. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article


def readings(text: str, lang: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=(text,), language=lang)
    return [(q.measure, q.value) for q in count(article, ())]


HISTORY = [
    ("en", "The country is still scarred by a civil war that left some 90,000 people dead.", []),
    ("en", "Survivors of the genocide, in which about 300,000 people were killed, gathered in the capital.", []),
    ("en", "Three soldiers were killed on Friday as the civil war spread to the north.", [("killed", 3)]),
    ("sv", "Inbördeskriget, som pågick i tolv år, krävde omkring 75 000 människors liv.", []),
    ("no", "Borgerkrigen, som varte i tolv år, kostet rundt 75.000 mennesker livet.", []),
    ("da", "Omkring 75.000 mennesker blev dræbt under borgerkrigen i landet.", []),
    ("de", "Im Bürgerkrieg des Landes wurden rund 75.000 Menschen getötet.", []),
    ("de", "Bei den Kämpfen im Bürgerkrieg wurden am Montag vier Menschen getötet.", [("killed", 4)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HISTORY)
def test_a_past_conflicts_total_is_background(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert readings(text, lang) == expected
