"""Issue 11, round conf19 (numbers and conflicts pooled over the annotated real sets): "or more" after a
figure ends its noun phrase; a severity inside the wounded phrase ("in critical condition") marks a part of
the wounded; a restated figure with a day of its own counts another day. Every sentence here was written
for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[float, str, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.value, q.key.split("|")[2], q.key.split("|")[4]) for q in count(article, attribute(article))]


def _conflicts(text: str, lang: str) -> list[list[float]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    atts = attribute(article)
    qs = count(article, atts)
    return [sorted(qs[i].value for i in c.quantities) for c in find_conflicts(qs, atts)]


# "120,000 or more": "or" ("eller", "oder") ends the counted phrase like "and" does; the noun is the one before.
OR_MORE = [
    ("en", "Police put the crowd at 80,000 or more on Sunday.", 80000, "person"),
    ("sv", "Polisen räknade 3 000 demonstranter eller mer.", 3000, "attendee"),
    ("no", "Politiet anslår 3000 deltakere eller flere.", 3000, "attendee"),
    ("da", "Politiet anslår 3000 deltagere eller flere.", 3000, "attendee"),
    ("de", "Die Polizei sprach von 3000 Teilnehmern oder mehr.", 3000, "attendee"),
]


@pytest.mark.parametrize(("lang", "text", "value", "subject"), OR_MORE)
def test_or_more_ends_the_counted_phrase(lang: str, text: str, value: float, subject: str) -> None:
    assert [(v, s) for v, s, _ in _read(text, lang)] == [(value, subject)]


# The police's and the organisers' crowd estimates disagree.
CROWDS = [
    ("en", "Police put the crowd at 40,000 or more, while organisers estimated the crowd at about 90,000.",
     [[40000, 90000]]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CROWDS)
def test_crowd_estimates_conflict(lang: str, text: str, expected: list[list[float]]) -> None:
    assert _conflicts(text, lang) == expected


# "in critical condition", "i kritisk tilstand", "in kritischem Zustand": the phrase names the severity, so the
# few in critical condition are a part of all the wounded, never a rival toll.
CRITICAL = [
    ("en", "Four people died and 25 were hurt, the police said. Six people were in critical condition, a doctor said."),
    ("sv", "Fyra personer dog och 25 skadades, säger polisen. Sex personer är i kritiskt tillstånd, säger en läkare."),
    ("no", "Fire personer døde og 25 ble skadd, sier politiet. Seks personer er i kritisk tilstand, sier en lege."),
    ("da", "Fire personer døde og 25 blev såret, siger politiet. Seks personer er i kritisk tilstand, siger en læge."),
    ("de", "Vier Menschen starben, 25 wurden verletzt, teilte die Polizei mit. Sechs Menschen sind in kritischem Zustand, sagte ein Arzt."),
]


@pytest.mark.parametrize(("lang", "text"), CRITICAL)
def test_critical_condition_is_a_part(lang: str, text: str) -> None:
    read = _read(text, lang)
    assert (6, "person/critical") in [(v, s) for v, s, _ in read]
    assert _conflicts(text, lang) == []


# "I går var antallet 24": a figure restated through "the number" with a day of its own counts that day.
DATED = [
    ("da", "Nu er 12 personer i isolation på sygehuset, oplyser regionen. I går var antallet 24.", 24, "period=i går"),
    ("no", "Nå er 12 personer i isolasjon på sykehuset, opplyser kommunen. I går var antallet 24.", 24, "period=i går"),
    ("sv", "Nu är 12 personer isolerade på sjukhuset, uppger regionen. I går var antalet 24.", 24, "period=i går"),
]


@pytest.mark.parametrize(("lang", "text", "value", "qual"), DATED)
def test_restated_figure_of_another_day(lang: str, text: str, value: float, qual: str) -> None:
    read = _read(text, lang)
    assert any(v == value and qual in q.split(";") for v, _, q in read), read
    assert _conflicts(text, lang) == []
