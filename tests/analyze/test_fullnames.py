"""A surname that speaks alone takes the full name the text gave it before, also in passing without a cue
(fullnames.full_name_before): a hyphenated first name, initials, name particles. Every sentence is written for its
test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


def _names(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(a.source, a.source_name) for a in attribute(Article(title=None, body=(text,), language=lang))]


FULL_NAMES = [
    ("Zur Sitzung kam auch Verkehrsminister Karl-Theodor zu Brenner (CSU). Brenner sagte, die Brücke sei marode.", "de",
     ("Brenner", "Karl-Theodor zu Brenner")),
    ("Der Vorsitzende Hans-Peter Kluge (SPD) war ebenfalls da. Kluge sagte, die Lage sei ernst.", "de",
     ("Kluge", "Hans-Peter Kluge")),
    ("Police spokesman T.J. Varney was at the scene. The road was closed all night, Varney said.", "en",
     ("Varney", "T.J. Varney")),
    ("Ordföranden Lars-Erik Holm var också på plats. Holm säger att bron är stängd.", "sv", ("Holm", "Lars-Erik Holm")),
    # rows where no full name stands before: the surname stays
    ("Die Kluger Straße war gesperrt. Kluger sagte, die Lage sei ernst.", "de", ("Kluger", "Kluger")),
    ("The ferry was cancelled, Varney said.", "en", ("Varney", "Varney")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FULL_NAMES)
def test_surname_takes_the_full_name(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in _names(text, lang)
