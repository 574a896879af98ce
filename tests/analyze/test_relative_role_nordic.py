"""Tests of relative role (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


# A role given to a named person in a relative clause ("X, der er vagtchef ved Y", "X, som er leder for Y") is a
# mention of that person (stop 31, da27): a later definite role noun ("vagtchefen") and the tagless quotation after
# its quote take the name. Every sentence is written for its test.
def names(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(a.source, a.source_name) for a in attribute(article)]


CASES = [
    (("Vejen er spærret. Det oplyser Jens Holm, der er vagtchef ved Fyns Politi.\n\n- Vi rydder vejen nu, siger "
     "vagtchefen.\n\n- Det tager et par timer."), "da",
     [("Jens Holm", "Jens Holm"), ("vagtchefen", "Jens Holm"), ("vagtchefen", "Jens Holm")]),
    (("Veien er stengt. Det opplyser Kari Lie, som er operasjonsleder i Vest politidistrikt.\n\n– Vi rydder veien nå, "
     "sier operasjonslederen."), "no",
     [("Kari Lie", "Kari Lie"), ("operasjonslederen", "Kari Lie")]),
    (("Vägen är avstängd. Det uppger Eva Ek, som är presstalesperson vid polisen.\n\n– Vi röjer vägen nu, säger "
     "presstalespersonen."), "sv",
     [("Eva Ek", "Eva Ek"), ("presstalespersonen", "Eva Ek")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_relative_role(text: str, lang: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert names(text, lang) == expected
