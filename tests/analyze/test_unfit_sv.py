"""Swedish sources that are clauses (unfit._expletive_clause): an expletive and a finite verb before the noun read
as a subject ("Det är en svår vecka tror jag", "Det kan gå om styrelsen tycker att C") make no speaker; nor does a
cleft of nobody ("det är ingen som tror något annat"). A cleft with a noun keeps its record ("Det var polisen som
uppgav att C"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

CLAUSE_SOURCES: list[tuple[str, list[Row]]] = [
    # a cleft of nobody inside a quotation: only the quotation's own record
    ("– Hon är en bra tränare, det är ingen som tror något annat, säger Eva Lund.",
     [("Eva Lund", "säger", "Hon är en bra tränare, det är ingen som tror något annat")]),
    ("– Det finns inget fel i planen, det var inget som tydde på något annat, säger Ali Sand.",
     [("Ali Sand", "säger", "Det finns inget fel i planen, det var inget som tydde på något annat")]),
    # a condition's clause before the cue: no subject of the main clause
    ("– Det kan lösas i vår om styrelsen tycker att frågan är viktig, säger Ola Berg.",
     [("Ola Berg", "säger", "Det kan lösas i vår om styrelsen tycker att frågan är viktig")]),
]

CLEFTS: list[tuple[str, list[Row]]] = [
    ("Det var polisen som uppgav att vägen var avstängd.", [("Det var polisen", "uppgav", "vägen var avstängd")]),
]


@pytest.mark.parametrize("text,expected", CLAUSE_SOURCES)
def test_a_clause_is_no_source(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected


@pytest.mark.parametrize("text,expected", CLEFTS)
def test_a_cleft_keeps_its_source(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected
