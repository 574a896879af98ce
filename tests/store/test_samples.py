"""The bundled sample pages (samples/) ingest cleanly and show what the corpus is for."""
from __future__ import annotations

import pytest

from enligt.corpus import ingest
from enligt.settings import Options
from enligt.store import Store, keys, open_store

from ..conftest import SAMPLES
from .conftest import REAL_SUBJECT_KEY


@pytest.fixture
def samples_store(monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(keys, "canonical_subject", REAL_SUBJECT_KEY)  # real cross-language subject keys
    keys.subject_key.cache_clear()
    store = open_store(":memory:")
    report = ingest([str(SAMPLES)], store=store, options=Options())
    assert report.failed == 0, [str(f.error) for f in report.failures]
    assert report.added == len([p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html")]) >= 5
    return store


def test_samples_cover_languages_and_outlets(samples_store: Store) -> None:
    counts = samples_store.overview()["counts"]
    assert {"sv", "en"} <= set(counts["languages"])
    assert counts["outlets"] >= 4


def test_samples_disagree_across_articles_and_languages(samples_store: Store) -> None:
    conflicts = samples_store.corpus_conflicts()
    assert conflicts, "the samples must show at least one cross-article conflict"
    assert any(len(c["languages"]) >= 2 for c in conflicts)
    for c in conflicts:
        for v in c["values"]:
            text = samples_store.get_article(v["article_id"])["text"]
            s, e = v["spans"]["number"]
            assert text[s:e] == v["text"]


def test_samples_are_idempotent(samples_store: Store) -> None:
    again = ingest([str(SAMPLES)], store=samples_store, options=Options())
    assert again.added == 0 and again.unchanged == samples_store.overview()["counts"]["articles"]
