"""Danish: a cue coordinated after a quotation's tag ("– Q, siger X og tilføjer, at C", "– Q, roser X, men peger på,
at C") takes the tag's subject, past a comma before "men" and past the medium told ("siger X til avisen og
tilføjer"), which is no part of the speaker (conjunct._tag_subject; dan46). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    article = Article(title=None, body=(text,), language="da")
    return [(a.source, a.cue, a.content) for a in attribute(article)]


TAGGED = [
    ("- Koncerten var en succes, fortæller arrangøren, men peger på, at køen var for lang.",
     [("arrangøren", "fortæller", "Koncerten var en succes"), ("arrangøren", "peger på", "køen var for lang")]),
    ("- Vi er godt tilfredse, siger direktøren til Børsen og tilføjer, at regnskabet kommer i marts.",
     [("direktøren", "siger", "Vi er godt tilfredse"), ("direktøren", "tilføjer", "regnskabet kommer i marts")]),
    ("- Sæsonen gik fint, siger hun til lokalavisen, men understreger, at kassen er tom.",
     [("hun", "siger", "Sæsonen gik fint"), ("hun", "understreger", "kassen er tom")]),
]


@pytest.mark.parametrize("text,expected", TAGGED)
def test_cue_coordinated_after_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
