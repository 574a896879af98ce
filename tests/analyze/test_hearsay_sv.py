"""Swedish "ska ha" (hearsay._noun_object): the hearsay perfect takes a supine, and every Swedish supine ends in
"-t" (`supine_ending`); a lower-case word without it after "ska ha", no adverb or negation, is the object of "ha":
a plan or a possession, no hearsay. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

HAVE_OBJECT: list[tuple[str, list[Row]]] = [
    ("Alla elever ska ha tillgång till en dator.", []),
    ("Väljarna ska ha förtroende för sina politiker.", []),
    ("Varje avdelning ska ha ansvar för sin egen budget.", []),
    # a supine after "ha", or an adverb before it: hearsay
    ("Båten ska ha sjunkit under natten.", [(None, "ska ha", "Båten ska ha sjunkit under natten")]),
    ("Mannen ska ha också varit beväpnad.", [(None, "ska ha", "Mannen ska ha också varit beväpnad")]),
]


@pytest.mark.parametrize("text,expected", HAVE_OBJECT)
def test_have_with_an_object_is_no_hearsay(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected
