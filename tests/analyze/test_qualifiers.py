"""The day of a figure written as a date (`enligt.analyze.qualifiers._day_of_month`): figures of different
dates are different subjects, no conflict. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article, Attribution, Span


def days(text: str, lang: str) -> list[str]:
    article = Article(title=None, body=(text,), language=lang)
    return [dict(p.split("=", 1) for p in q.key.split("|")[4].split(";") if "=" in p).get("time", "")
            for q in count(article, ())]


DATES = [
    ("no", "Modellen viser at 90.000 kan være smittet 20. mai.", ["20 mai"]),
    ("sv", "Enligt prognosen kan 4 000 vara smittade den 2 juni.", ["2 juni"]),
    ("da", "Beregningen viser 7.000 smittede 11. marts.", ["11 marts"]),
    ("de", "Am 9. Mai waren 20.000 Menschen infiziert.", ["9 mai"]),
    ("en", "The model puts the number infected at 30,000 by May 20.", ["20 may"]),
    # a date after "since" starts a running total: no day of the figure
    ("no", "Siden 3. mars er 400 personer smittet i fylket.", [""]),
    ("en", "Some 400 people have been infected since March 3.", [""]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATES)
def test_a_date_is_the_day_of_a_figure(lang: str, text: str, expected: list[str]) -> None:
    assert days(text, lang) == expected


def conflicts(paragraphs: tuple[str, ...], lang: str, sources: list[str]) -> list[list[float]]:
    article = Article(title=None, body=paragraphs, language=lang)
    attributions = []
    for source, para in zip(sources, paragraphs, strict=True):
        start, s = article.text.index(para), article.text.index(source)
        attributions.append(Attribution(content=para, content_span=Span(start, start + len(para)), source=source,
                                        source_span=Span(s, s + len(source))))
    quantities = count(article, tuple(attributions))
    return [sorted(quantities[i].value for i in c.quantities) for c in find_conflicts(quantities, tuple(attributions))]


OTHER_DAYS = [
    ("no", ("Helsedirektoratet mener at 8.000 var smittet i Fylkesby på tirsdag.",
            "Statsministeren sier at 60.000 vil være smittet i Fylkesby 30. april."),
     ["Helsedirektoratet", "Statsministeren"]),
    ("en", ("The agency said 8,000 were infected in Eastshire on Tuesday.",
            "The minister said 60,000 could be infected in Eastshire on April 30."),
     ["The agency", "The minister"]),
]


@pytest.mark.parametrize(("lang", "paragraphs", "sources"), OTHER_DAYS)
def test_figures_of_other_days_do_not_conflict(lang: str, paragraphs: tuple[str, ...], sources: list[str]) -> None:
    assert conflicts(paragraphs, lang, sources) == []
