"""Norwegian source types by a body's kind (sourcetype.classify, lang/no/source_types.tsv): a federation named in the
indefinite ("Norges Skiforbund") and a body's department, alone or "i" its body,
are organizations, not a state body or a person. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import source_types

FEDERATIONS_AND_DEPARTMENTS: list[tuple[str, str, dict[str | None, str | None]]] = [
    ("Norges Skiforbund opplyser at rennet er avlyst.", "no", {"Norges Skiforbund": "organization"}),
    ("Norsk Elektrikerforbund mener at prisene må ned.", "no", {"Norsk Elektrikerforbund": "organization"}),
    ("Presseavdelingen i forbundet bekrefter at kampen er flyttet.", "no",
     {"Presseavdelingen i forbundet": "organization"}),
    ("Økonomiavdelinga i kommunen meiner at budsjettet held.", "no",
     {"Økonomiavdelinga i kommunen": "organization"}),
    # a person named by a role of the department stays a person
    ("Avdelingsleder Kari Moe sier at køen er borte.", "no", {"Avdelingsleder Kari Moe": "person"}),
]


@pytest.mark.parametrize("text,lang,expected", FEDERATIONS_AND_DEPARTMENTS)
def test_federations_and_departments(text: str, lang: str, expected: dict[str | None, str | None]) -> None:
    assert source_types(text, lang) == expected
