"""What a Norwegian number counts (`enligt.analyze.reading`): complaints ("klager") are reports, as English
"complaints"; murders ("drap") are killings. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article


def readings(text: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=(text,), language="no")
    return [(q.measure, q.value) for q in count(article, ())]


COMPLAINTS = [
    ("Etaten mottok 64 klager på støy fra festivalen.", [("other", 64)]),
    ("Det har kommet inn over 120 klager på e-post siden mandag.", [("other", 120)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINTS)
def test_complaints_are_counted(text: str, expected: list[tuple[str, float]]) -> None:
    assert readings(text) == expected


MURDERS = [
    ("Den dømte var tiltalt for tre drap i Nordby.", [("killed", 3)]),
    ("Politiet etterforsker to overlagte drap begått samme natt.", [("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), MURDERS)
def test_murders_are_killings(text: str, expected: list[tuple[str, float]]) -> None:
    assert readings(text) == expected
