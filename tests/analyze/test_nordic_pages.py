"""Swedish, Norwegian and Danish shapes of real news pages, a fourth round (issue 10): a coordinator before the
subject, recipients after an apposition or a relative clause, reported information inside a quotation, and more.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article, Attribution

Row = tuple[str | None, str | None, str]  # source, cue, content


def _attributions(text: str, lang: str) -> tuple[Attribution, ...]:
    return attribute(Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang,
                             outlet="Testbladet", authors=("A. Skribent",)))


def run(text: str, lang: str) -> list[Row]:
    return [(a.source, a.cue, a.content) for a in _attributions(text, lang)]


COORDINATOR_FIRST = [
    # "men"/"og"/"och" before the subject opens no fronted phrase: the subject stays before the cue
    ("Men hon bekräftar för Expressen att mötet är inställt.", "sv",
     [("hon", "bekräftar", "mötet är inställt")]),
    ("Och polisen uppger till TT att vägen är öppen.", "sv", [("polisen", "uppger", "vägen är öppen")]),
    ("Men han bekreftet overfor NRK at møtet er avlyst.", "no", [("han", "bekreftet", "møtet er avlyst")]),
    ("Og politiet sier til VG at veien er åpen.", "no", [("politiet", "sier", "veien er åpen")]),
    ("Men hun bekræfter overfor DR, at mødet er aflyst.", "da", [("hun", "bekræfter", "mødet er aflyst")]),
    ("Og politiet oplyser til Ritzau, at vejen er åben.", "da", [("politiet", "oplyser", "vejen er åben")]),
    # a coordinator before fronted adverbs still leaves the subject after the cue
    ("Men själv hävdar hon att mötet är inställt.", "sv", [("hon", "hävdar", "mötet är inställt")]),
    ("Men senere sa hun at møtet er avlyst.", "no", [("hun", "sa", "møtet er avlyst")]),
    ("Men senere sagde hun, at mødet er aflyst.", "da", [("hun", "sagde", "mødet er aflyst")]),
]


@pytest.mark.parametrize("text,lang,expected", COORDINATOR_FIRST)
def test_a_coordinator_before_the_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
