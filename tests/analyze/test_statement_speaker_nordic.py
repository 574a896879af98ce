"""Tests of statement speaker (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

# A source phrase that names what its speaker said, a statement noun and then "fra"/"från" (stop 31, da27):
# the speaker after the preposition is the source ("lød det i en erklæring fra kommunen" gives "kommunen").
# A noun of no statement keeps the whole phrase. Every sentence is written for its test.
Row = tuple[str | None, str | None]  # source, cue


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue) for a in attribute(article)]


DA = [
    ("»Vi har styr på branden«, lød det i en erklæring fra kommunen.", [("kommunen", "lød det")]),
    ("»Alle er kommet ud«, lød meldingen fra vagtchef Lars Bech.", [("vagtchef Lars Bech", "lød")]),
    ("Ifølge en udtalelse fra rederiet er færgen sejlet igen.", [("rederiet", "Ifølge")]),
    ("Ifølge en rapport fra ministeriet er ventetiden faldet.", [("en rapport fra ministeriet", "Ifølge")]),
]

NO = [
    ("«Vi har kontroll på brannen», het det i en uttalelse fra kommunen.", [("kommunen", "het det")]),
    ("Ifølge en rapport fra departementet har ventetiden gått ned.", [("en rapport fra departementet", "Ifølge")]),
]

SV = [
    ("Enligt ett uttalande från rederiet har färjan gått igen.", [("rederiet", "Enligt")]),
    ("Enligt en rapport från departementet har väntetiden minskat.", [("en rapport från departementet", "Enligt")]),
]


@pytest.mark.parametrize("lang,text,expected", [("da", t, x) for t, x in DA] + [("no", t, x) for t, x in NO]
                         + [("sv", t, x) for t, x in SV])
def test_statement_speaker(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
