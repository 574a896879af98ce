"""Round no44 Norwegian source types: figures (Nynorsk "tal"), results, warnings, accounts given, databases and
Nynorsk statements are documents, compounds by their ending ("Halvårsresultatet"); the opposition is an organisation;
investors and those responsible ("smittevernsansvarlige") are people; Nynorsk plural "medium" are media. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.sourcetype import classify

CASES = [
    ("Nye tal", "document"),
    ("Halvårsresultatet", "document"),
    ("Valresultata", "document"),
    ("Advarselen fra etaten", "document"),
    ("Åtvaringa", "document"),
    ("En ny redegjørelse", "document"),
    ("Databasen", "document"),
    ("Utsegna frå styret", "document"),
    ("Den samlede opposisjonen", "organization"),
    ("Investorene", "person"),
    ("De brannansvarlige", "person"),
    ("Lokale medium", "media"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_norwegian_source_types(text: str, expected: str) -> None:
    assert classify(tokenize(text), lexicon("no")) == expected
