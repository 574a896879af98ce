"""Swedish, Norwegian and Danish attribution on real pages (nordic37): reporting verbs missing from the
lexicons (sv "spår att", "informerar att", "gick ut med att"; no/da "gikk ut med at", "gik ud med at"), and a
speech phrase split by its V2 subject ("gikk politiet ut med at C") read past the phrasal look-alike "gikk ut".
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


REPORTING_VERBS = [
    ("sv", "Ekonomen spår att räntan stiger i höst.", [("Ekonomen", "spår", "räntan stiger i höst")]),
    ("sv", "Kommunen informerar att skolan är stängd i dag.", [("Kommunen", "informerar", "skolan är stängd i dag")]),
    ("sv", "Bolaget gick ut med att fabriken ska läggas ned.",
     [("Bolaget", "gick ut med", "fabriken ska läggas ned")]),
    ("no", "Kommunen gikk ut med at skolen holder stengt.", [("Kommunen", "gikk ut med", "skolen holder stengt")]),
    ("da", "Kommunen gik ud med at skolen holder lukket.", [("Kommunen", "gik ud med", "skolen holder lukket")]),
]


@pytest.mark.parametrize("lang,text,expected", REPORTING_VERBS)
def test_reporting_verb(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


SPLIT_BY_SUBJECT = [
    ("sv", "På kvällen gick polisen ut med att vägen var avstängd.", [("polisen", "gick ut med", "vägen var avstängd")]),
    ("no", "På kvelden gikk politiet ut med at broen var stengt.", [("politiet", "gikk ut med", "broen var stengt")]),
    ("da", "Om aftenen gik politiet ud med at broen var lukket.", [("politiet", "gik ud med", "broen var lukket")]),
]


@pytest.mark.parametrize("lang,text,expected", SPLIT_BY_SUBJECT)
def test_phrase_split_by_its_subject(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


NOT_REPORTS = [
    ("sv", "Kommunen gick ut med en varning till bilisterna."),
    ("sv", "Polisen hittade spår av blod i bilen."),
    ("sv", "I går gick vi ut i skogen."),
    ("no", "På kvelden gikk politiet ut i gatene."),
    ("no", "Kommunen gikk ut med en advarsel til bilistene."),
    ("da", "Om aftenen gik politiet ud i gaderne."),
]


@pytest.mark.parametrize("lang,text", NOT_REPORTS)
def test_no_report(lang: str, text: str) -> None:
    assert run(text, lang) == []


def test_time_adverb_is_no_split_verb() -> None:
    """"I går gick vi ut med att C": "går" of "i går" is no verb whose subject is "gick vi"."""
    rows = run("I går gick vi ut med att bron var stängd.", "sv")
    assert rows == [("vi", "gick ut med", "bron var stängd")]
