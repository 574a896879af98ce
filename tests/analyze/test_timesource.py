"""A fronted time phrase before a V2 cue is never the source (timesource.py): "En time senere skrev politiet på
nytt" has no claim; a real source after the verb stays. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=("Innledning", text), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


TIME_BEFORE_CUE = [
    ("no", "En time senere skrev kommunen på nytt.", []),
    ("no", "Senere samme dag tvitret brannvesenet igjen.", []),
    ("no", "Senere samme dag skrev kommunen at veien var stengt.", [("kommunen", "skrev", "veien var stengt")]),
]


@pytest.mark.parametrize("lang,text,expected", TIME_BEFORE_CUE)
def test_a_fronted_time_phrase_is_no_source(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
