"""The measure word of a count (`enligt.analyze.measureword`): a death particle that closes the counted phrase
("to death", "ihjel", "ihjäl", "zu Tode") makes the verb before the number a killing. Every sentence here was
written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article


def measures(text: str, lang: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=(text,), language=lang)
    return [(q.measure, q.value) for q in count(article, ())]


TO_DEATH = [
    ("en", "The gang was accused of burning six farmers to death in their barn.", [("killed", 6)]),
    ("en", "An intruder stabbed two guards to death early on Sunday.", [("killed", 2)]),
    ("en", "An intruder stabbed two guards on Sunday.", [("wounded", 2)]),
    ("sv", "Gärningsmannen knivhögg tre personer ihjäl i natt.", [("killed", 3)]),
    ("no", "Angriperen knivstakk to menn ihjel i helgen.", [("killed", 2)]),
    ("da", "Gerningsmanden knivstak tre mænd ihjel i weekenden.", [("killed", 3)]),
    ("de", "Der Angreifer hat zwei Wachleute zu Tode geprügelt.", [("killed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TO_DEATH)
def test_death_particle_after_the_counted_phrase(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert measures(text, lang) == expected
