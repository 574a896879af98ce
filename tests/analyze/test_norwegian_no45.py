"""Issue 10, no45: Norwegian shapes unseen pages missed. Verb forms the cue paradigms lacked (speculating,
confessing in the perfect and the Nynorsk past, arguing and insisting), bokmål and nynorsk. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

PARADIGMS: list[tuple[str, str, list[Row]]] = [
    ("Fagbladet spekulerer i at fabrikken kan bli solgt.", "no",
     [("Fagbladet", "spekulerer", "fabrikken kan bli solgt")]),
    ("Flere har spekulert i at treneren går av.", "no", [("Flere", "spekulert", "treneren går av")]),
    ("Sjåføren har tilstått to ran i fjor.", "no", [("Sjåføren", "tilstått", "to ran i fjor")]),
    ("Guten tilstod at han hadde knust vindauget.", "no", [("Guten", "tilstod", "han hadde knust vindauget")]),
    ("Forbundet argumenterer for at lønna må opp.", "no",
     [("Forbundet", "argumenterer for", "lønna må opp")]),
    ("Leverandøren insisterte på at varene var levert.", "no",
     [("Leverandøren", "insisterte", "varene var levert")]),
    # the other senses report nothing: trading, arguing at length, insisting on doing
    ("Banken spekulerer i valuta og råvarer.", "no", []),
    ("Forsvareren argumenterte lenge i lagmannsretten.", "no", []),
    ("Styreleiaren insisterer på å møte revisoren.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", PARADIGMS)
def test_paradigms(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
