"""The page's own outlet as the one who learned a claim ("X erfarer, at C") gives the claim no source, as an
anonymous tip does; another medium that learned it keeps its name. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None]  # source, cue


def run(text: str, lang: str, outlet: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang, outlet=outlet)
    return [(a.source, a.cue) for a in attribute(article)]


CASES = [
    ("da", "Nordposten", "Nordposten erfarer, at to mænd er anholdt efter branden.", [(None, "erfarer")]),
    ("da", "Nordposten", "Men Nordposten erfarede, at skolen lukker til sommer.", [(None, "erfarede")]),
    ("da", "Nordposten", "Sydavisen erfarer, at to mænd er anholdt efter branden.", [("Sydavisen", "erfarer")]),
    ("no", "Fjordposten", "Fjordposten erfarer at to menn er pågrepet etter brannen.", [(None, "erfarer")]),
    ("no", "Fjordposten", "Fjordposten erfarte at skolen blir lagt ned.", [(None, "erfarte")]),
    ("no", "Fjordposten", "Dalebladet erfarer at to menn er pågrepet etter brannen.", [("Dalebladet", "erfarer")]),
    ("sv", "Skärgårdsbladet", "Skärgårdsbladet erfar att två män har gripits efter branden.", [(None, "erfar")]),
    ("sv", "Skärgårdsbladet", "Dalatidningen erfar att två män har gripits efter branden.", [("Dalatidningen", "erfar")]),
]


@pytest.mark.parametrize("lang,outlet,text,expected", CASES)
def test_own_outlet_learning_has_no_source(lang: str, outlet: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang, outlet) == expected
