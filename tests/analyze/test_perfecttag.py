"""perfecttag: a V2 tag in the perfect whose inverted subject a relative clause follows before the participle ("C,
har X, som …, skrevet"), in a plain sentence and after a dash quotation: X speaks. Every sentence is written for its
test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

CASES: list[tuple[str, str, list[Row]]] = [
    ("Saken må behandles på nytt, har forsvareren, som møtte i tingretten, skrevet i et brev.", "no",
     [("forsvareren", "skrevet", "Saken må behandles på nytt")]),
    ("Fristen er for kort, har rektor Ola Dahl, som leder skolen, sagt til avisen.", "no",
     [("rektor Ola Dahl", "sagt", "Fristen er for kort")]),
    ("– Vi må vente. Ingen vet noe ennå, har ordføreren, som har ledet kommunen i ti år, sagt til lokalavisen.", "no",
     [("ordføreren", "sagt", "Vi må vente. Ingen vet noe ennå")]),
    # without a relative clause the tag reads as before
    ("– Vi må vente, har ordføreren sagt.", "no", [("ordføreren", "sagt", "Vi må vente")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_perfect_tag_relative(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
