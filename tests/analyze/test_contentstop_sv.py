"""Swedish content ends (contentstop._own_clause_stop): a reported "att" clause ends at "och" and a main clause of
the speaker's own, a first-person subject with its verb or a fronted adverb with the verb after it ("och så är
det", "och vi fick"); a second "att" or a third-person subject keeps the clause going. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

OWN_CLAUSE: list[tuple[str, list[Row]]] = [
    ("Polisen säger att två personer har gripits och så är det ju flera som har förhörts.",
     [("Polisen", "säger", "två personer har gripits")]),
    ("Hon berättade att laget skulle läggas ned och vi fick sedan ett brev från styrelsen.",
     [("Hon", "berättade", "laget skulle läggas ned")]),
    # the reported clause goes on
    ("Polisen säger att två personer har gripits och att vi ska vara försiktiga.",
     [("Polisen", "säger", "två personer har gripits och att vi ska vara försiktiga")]),
    ("Kommunen uppger att skolan stänger och eleverna flyttas till en annan skola.",
     [("Kommunen", "uppger", "skolan stänger och eleverna flyttas till en annan skola")]),
]


@pytest.mark.parametrize("text,expected", OWN_CLAUSE)
def test_an_own_main_clause_ends_the_reported_clause(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected
