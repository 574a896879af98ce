from __future__ import annotations

import pytest

from enligt.store import Store, ingest_analyses, keys

from .conftest import tiny_corpus


@pytest.fixture
def corpus(store: Store) -> Store:
    report = ingest_analyses(tiny_corpus(), store=store)
    assert report.added == 4
    return store


def test_the_same_source_is_merged_across_spellings_and_resolved_names(corpus: Store) -> None:
    sun = corpus.get_source("sun")
    assert sun["name"] == "The Sun"
    assert sun["attributions"] == 3  # "The Sun", "Tidningen" (source_name The Sun), "the Sun"
    assert set(sun["spellings"]) == {"The Sun", "Tidningen", "the Sun"}
    assert sun["by_outlet"] == {"Testbladet": 2, "Kvällsposten": 1}
    assert sun["by_type"] == {"media": 3}
    assert {it["article_id"] for it in sun["items"]} == {1, 2}
    assert set(sun["outlets"]) == {"Testbladet", "Kvällsposten"}


def test_source_index_counts_and_filters(corpus: Store) -> None:
    index = corpus.sources(limit=50)
    by_key = {s["key"]: s for s in index["items"]}
    assert index["total"] == len(by_key) == 6
    assert by_key["polisen"]["attributions"] == 2 and by_key["polisen"]["articles"] == 1
    assert by_key["sun"]["by_kind"] == {"direct": 0, "indirect": 3, "mixed": 0}
    officials = corpus.sources(source_type="official")["items"]
    assert {s["key"] for s in officials} == {"kommunen", "polisen", "harbour authority", "officials"}
    assert corpus.sources(limit=2, offset=5)["items"][0]["key"] in by_key


def test_cross_article_conflict_links_each_value_to_its_article_and_sentence(corpus: Store) -> None:
    conflicts = corpus.corpus_conflicts()
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c["measure"], c["subject_key"], c["min"], c["max"]) == ("killed", "civila", 31, 40)
    values = {v["value"]: v for v in c["values"]}
    assert values[40]["source"] == "The Sun" and values[40]["outlet"] == "Testbladet"
    assert values[31]["source"] == "polisen" and values[31]["article_id"] == 2
    text = corpus.get_article(values[40]["article_id"])["text"]
    s, e = values[40]["spans"]["number"]
    assert text[s:e] == "40"
    s, e = values[40]["spans"]["sentence"]
    assert text[s:e] == values[40]["sentence"] == "Enligt The Sun dödades 40 civila i explosionen."
    assert corpus.get_conflict(c["key"]) == c


def test_conflicts_across_languages_use_the_subject_key(corpus: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    mapping = {"civilians": "civila"}
    monkeypatch.setattr(keys, "canonical_subject", lambda subject, lang: mapping.get(subject, subject))
    keys.subject_key.cache_clear()
    try:
        c = corpus.corpus_conflicts()[0]
    finally:
        keys.subject_key.cache_clear()
    assert sorted(v["value"] for v in c["values"]) == [25, 31, 40]  # the June article is too late to join
    assert c["languages"] == ["en", "sv"]


@pytest.mark.parametrize(("values", "expected"), [
    ((40, 39), 0),   # within 10 %: agreement
    ((40, 20), 1),
])
def test_conflict_needs_values_that_disagree(store: Store, values: tuple[int, int], expected: int) -> None:
    from .conftest import make_analysis

    pages = [make_analysis(f"p{i}", title=f"Sida {i}", paras=[f"Enligt Källa{i} dödades {v} soldater."],
                           attrs=[{"source": f"Källa{i}", "cue": "Enligt", "content": f"dödades {v} soldater"}],
                           quants=[{"value": v, "subject": "soldater", "text": str(v), "attribution": 0}])
             for i, v in enumerate(values)]
    ingest_analyses(pages, store=store)
    assert len(store.corpus_conflicts()) == expected


def test_same_source_in_two_articles_is_no_conflict(store: Store) -> None:
    from .conftest import make_analysis

    pages = [make_analysis(f"p{v}", title="Sida", paras=[f"Enligt polisen dödades {v} soldater."],
                           attrs=[{"source": "polisen", "cue": "Enligt", "content": f"dödades {v} soldater"}],
                           quants=[{"value": v, "subject": "soldater", "text": str(v), "attribution": 0}])
             for v in (10, 50)]
    ingest_analyses(pages, store=store)
    assert store.corpus_conflicts() == []


def test_citation_graph_follows_via_chains(corpus: Store) -> None:
    graph = corpus.citation_graph()
    edges = {(e["from"], e["to"]): e for e in graph["edges"]}
    assert ("daily ledger", "sun") in edges and ("sun", "dock worker") in edges
    assert edges[("sun", "dock worker")]["via"] is True
    assert edges[("testbladet", "sun")]["count"] == 2
    assert {"path": ["daily ledger", "sun", "dock worker"], "count": 1} in graph["chains"]
    labels = {n["id"]: n for n in graph["nodes"]}
    assert labels["sun"]["label"] == "The Sun" and "source" in labels["sun"]["roles"]


def test_unsourced_claims_lists_hearsay_and_headlines_asserting_attributed_claims(corpus: Store) -> None:
    un = corpus.unsourced_claims()
    assert un["counts"] == {"hearsay": 1, "headlines": 1}
    assert un["hearsay"][0]["content"] == "Branden ska ha startat i ett lager"
    head = un["headlines"][0]
    assert head["title"] == "Hamnen i Norvik stängs efter explosionen"
    assert head["attribution"]["source"] == "kommunen"


def test_overview_counts(corpus: Store) -> None:
    ov = corpus.overview()
    assert ov["counts"]["articles"] == 4 and ov["counts"]["languages"] == {"sv": 2, "en": 2}
    assert ov["conflicts"] == 1 and len(ov["open_conflicts"]) == 1
    assert ov["latest"][0]["published"] == "2024-06-20"
    assert ov["top_sources"][0]["key"] == "sun"
