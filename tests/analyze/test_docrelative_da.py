"""Danish: a comma stands before every relative clause, so a document source keeps the restrictive one after its comma
when a verb of making or publishing names its maker ("en måling, som X har foretaget"), and drops one that only says
where the document went ("en opgørelse, som X har sendt til Y"; docrelative.document_relative_end with
`comma_relative_document`; dan46). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None]  # source, cue


def run(text: str) -> list[Row]:
    article = Article(title=None, body=(text,), language="da")
    return [(a.source, a.cue) for a in attribute(article)]


COMMA_RELATIVES = [
    ("Flere unge ryger. Det viser en undersøgelse, som Kræftens Bekæmpelse har lavet.",
     [("en undersøgelse, som Kræftens Bekæmpelse har lavet", "viser")]),
    ("Ifølge en måling, som Epinion har foretaget, vil flertallet beholde kronen.",
     [("en måling, som Epinion har foretaget", "Ifølge")]),
    ("Køerne er blevet længere. Det viser en opgørelse, som styrelsen har sendt til udvalget.",
     [("en opgørelse", "viser")]),
]


@pytest.mark.parametrize("text,expected", COMMA_RELATIVES)
def test_relative_after_comma_naming_maker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
