"""Fixtures for the store tests: a tiny corpus written here (the `store` fixture, on every backend, is in
tests/conftest.py)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from enligt.models import Analysis, Article, Attribution, Page, Quantity, Span
from enligt.store import Store, ingest_analyses, keys

REAL_SUBJECT_KEY = keys.canonical_subject  # the cross-language subject keys of enligt.lang.subjects


@pytest.fixture(autouse=True)
def plain_subject_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Key subjects by their lower-case form, so these tests do not depend on the subject word lists
    (a test that wants cross-language keys patches `keys.canonical_subject` itself)."""
    monkeypatch.setattr(keys, "canonical_subject", lambda subject, lang: "")
    keys.subject_key.cache_clear()
    yield
    keys.subject_key.cache_clear()


def _span(text: str, part: str | None, start: int = 0) -> Span | None:
    if not part:
        return None
    i = text.index(part, start)
    return Span(i, i + len(part))


def make_analysis(key: str, *, title: str, paras: list[str], lang: str = "sv", outlet: str | None = "Testbladet",
                  published: str | None = "2024-05-02", attrs: list[dict[str, Any]] = (),  # type: ignore[assignment]
                  quants: list[dict[str, Any]] = (), content: str | None = None) -> Analysis:  # type: ignore[assignment]
    """An analysis built by hand: spans are found in the article text by the strings given."""
    article = Article(title=title, body=tuple(paras), language=lang, outlet=outlet, published=published,
                      lead=paras[0] if paras else None)
    text = article.text
    attributions = []
    for a in attrs:
        attributions.append(Attribution(
            content=a["content"], content_span=_span(text, a["content"]) or Span(0, 0), kind=a.get("kind", "indirect"),
            source=a.get("source"), source_name=a.get("source_name"), source_type=a.get("source_type"),
            cue=a.get("cue"), via=tuple(a.get("via", ())), source_span=_span(text, a.get("source")),
            cue_span=_span(text, a.get("cue")), hearsay=a.get("hearsay", False)))
    quantities = [Quantity(value=q["value"], measure=q.get("measure", "killed"), subject=q["subject"],
                           number_span=_span(text, q["text"]) or Span(0, 0), attribution=q.get("attribution"),
                           text=q["text"], approx=q.get("approx", False), high=q.get("high"),
                           key=q.get("key", "")) for q in quants]
    page = Page(input=key, content=content if content is not None else text, kind="text")
    return Analysis(page=page, article=article, attributions=tuple(attributions), quantities=tuple(quantities))


def tiny_corpus() -> list[Analysis]:
    """Four invented articles about one invented harbour blast, in Swedish and English."""
    sv1 = make_analysis(
        "sv-1", title="Hamnen i Norvik stängs efter explosionen", outlet="Testbladet", published="2024-05-02",
        paras=["Enligt kommunen stängs hamnen i Norvik efter explosionen.",
               "Enligt The Sun dödades 40 civila i explosionen.",
               "Tidningen skriver att räddningsarbetet pågår.",
               "Branden ska ha startat i ett lager."],
        attrs=[{"source": "kommunen", "source_type": "official", "cue": "Enligt",
                "content": "stängs hamnen i Norvik efter explosionen"},
               {"source": "The Sun", "source_type": "media", "cue": "Enligt", "content": "dödades 40 civila i explosionen"},
               {"source": "Tidningen", "source_name": "The Sun", "source_type": "media", "cue": "skriver",
                "content": "räddningsarbetet pågår"},
               {"source": None, "cue": "ska ha", "content": "Branden ska ha startat i ett lager", "hearsay": True}],
        quants=[{"value": 40, "subject": "civila", "text": "40", "attribution": 1}])
    sv2 = make_analysis(
        "sv-2", title="Polisen: 31 döda i Norvik", outlet="Kvällsposten", published="2024-05-03",
        paras=["Enligt polisen dödades 31 civila när lagret exploderade.",
               "Det uppger the Sun också, enligt polisen."],
        attrs=[{"source": "Polisen", "source_type": "official", "cue": ":", "content": "31 döda i Norvik"},
               {"source": "polisen", "source_type": "official", "cue": "Enligt",
                "content": "dödades 31 civila när lagret exploderade"},
               {"source": "the Sun", "source_type": "media", "cue": "uppger", "content": "Det",
                "via": ["polisen"]}],
        quants=[{"value": 31, "subject": "civila", "text": "31", "attribution": 1}])
    en1 = make_analysis(
        "en-1", title="Blast at Norvik harbour", lang="en", outlet="The Daily Ledger", published="2024-05-04",
        paras=["The harbour authority said 25 civilians were killed in the blast.",
               "A dock worker told the Sun that the fire spread within minutes."],
        attrs=[{"source": "The harbour authority", "source_type": "official", "cue": "said",
                "content": "25 civilians were killed in the blast"},
               {"source": "A dock worker", "source_type": "person", "cue": "told",
                "content": "the fire spread within minutes", "via": ["the Sun"]}],
        quants=[{"value": 25, "subject": "civilians", "text": "25", "attribution": 0}])
    en2 = make_analysis(
        "en-2", title="A month after the Norvik blast", lang="en", outlet="The Daily Ledger",
        published="2024-06-20", paras=["Officials said 90 civilians were killed in the blast."],
        attrs=[{"source": "Officials", "source_type": "official", "cue": "said",
                "content": "90 civilians were killed in the blast"}],
        quants=[{"value": 90, "subject": "civilians", "text": "90", "attribution": 0}])
    return [sv1, sv2, en1, en2]


@pytest.fixture
def corpus(store: Store) -> Store:
    """`store` (every backend) holding `tiny_corpus`."""
    ingest_analyses(tiny_corpus(), store=store)
    return store
