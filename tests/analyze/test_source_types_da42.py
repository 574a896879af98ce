"""da42: Danish bodies named by their kind (lang/da/source_types.tsv): a club, a school, a museum, a foundation and
a paper by its kind ("dagbladet X") are organizations or media; an embassy and a rescue service official bodies.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import source_types

TYPES = [
    ("Kampen er flyttet til søndag, oplyser håndboldklubben.", "håndboldklubben", "organization"),
    ("Eleverne får fri fredag, skriver skolen på sin hjemmeside.", "skolen", "organization"),
    ("Maleriet er ægte, vurderer kunstmuseet.", "kunstmuseet", "organization"),
    ("Pengene går til forskning, oplyser fonden.", "fonden", "organization"),
    ("Ingen danskere er kommet til skade, oplyser ambassaden.", "ambassaden", "official"),
    ("Turisterne er i sikkerhed, skriver ugebladet Ude og Hjemme.", "ugebladet Ude og Hjemme", "media"),
]


@pytest.mark.parametrize("text,source,expected", TYPES)
def test_source_type_da42(text: str, source: str, expected: str) -> None:
    assert source_types(text, "da").get(source) == expected
