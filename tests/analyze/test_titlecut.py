"""A title's claim opened by a verb cue ends before a colon or a spaced dash that starts the headline's second
statement (titlecut.py); a "X: claim" title and a title quotation keep their content. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def title_rows(title: str, body: str, lang: str) -> list[Row]:
    article = Article(title=title, body=(body,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article) if a.content_span.start < len(title)]


SECOND_STATEMENT = [
    ("sv", "Kommunen varnar för giftig svamp – hittade flera i parken", "I lördags hittades svamp i parken.",
     [("Kommunen", "varnar för", "giftig svamp")]),
    ("no", "Politiet bekrefter brann i Bergen – to personer skadd", "Brannen startet natt til lørdag.",
     [("Politiet", "bekrefter", "brann i Bergen")]),
    ("da", "Forskere siger kaffe er sundt: Nu vil flere drikke det", "En ny undersøgelse er udgivet.",
     [("Forskere", "siger", "kaffe er sundt")]),
]


@pytest.mark.parametrize("lang,title,body,expected", SECOND_STATEMENT)
def test_a_title_claim_ends_before_the_second_statement(lang: str, title: str, body: str,
                                                        expected: list[Row]) -> None:
    assert title_rows(title, body, lang) == expected


COLON_TITLE_KEPT = [
    ("no", "Fylkeslegen: Smitten er under kontroll – ingen nye tilfeller", "Det ble ikke meldt nye tilfeller.",
     "Smitten er under kontroll – ingen nye tilfeller"),
]


@pytest.mark.parametrize("lang,title,body,content", COLON_TITLE_KEPT)
def test_a_colon_title_keeps_its_whole_claim(lang: str, title: str, body: str, content: str) -> None:
    assert [row[2] for row in title_rows(title, body, lang)] == [content]
