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


# One invented event told in three languages (written for this test): a warehouse fire in Norberg.
FIRE_SV = """Norrbladet

Fyra döda i brand på lager i Norberg

Av Eva Lund
Publicerad: 3 mars 2025 kl. 10.00

Fyra personer har omkommit i branden på lagret i Norberg, enligt polisen. Två av de döda har ännu inte identifierats, uppger polisen.

Facket uppger att sex arbetare har omkommit.
"""
FIRE_EN = """Northern Post

Five killed in Norberg warehouse fire, officials say

By Tom Hale
Published March 4, 2025 9:00 AM CET

Five people were killed in the warehouse fire in Norberg, the county board said on Tuesday.

Police said 12 people were injured in Norberg and 3 in Fagersta. The hospital said 30 people were injured.
"""
FIRE_DE = """Nordkurier

Drei Tote bei Lagerbrand in Schweden

Von Jan Roth
19.03.2025, 14:05 Uhr

Bei dem Brand in einem Lager in Norberg sind nach Angaben der Polizei drei Menschen ums Leben gekommen.
"""


def _fire_corpus(store: Store) -> list[dict[str, object]]:
    from enligt.pipeline import analyze_text
    from enligt.settings import Options

    pages = [analyze_text(t, options=Options(), name=f"fire-{i}") for i, t in enumerate((FIRE_SV, FIRE_EN, FIRE_DE))]
    ingest_analyses(pages, store=store)
    return store.corpus_conflicts()


def test_one_toll_across_languages_and_kinds_of_people(store: Store) -> None:
    """'arbetare', 'personer', 'people' killed in one fire are one group; the part 'two of the dead' is
    not a toll of 2; the German article, two weeks later, is another event window."""
    killed = [c for c in _fire_corpus(store) if c["measure"] == "killed"]
    assert len(killed) == 1
    c = killed[0]
    assert sorted({v["value"] for v in c["values"]}) == [4, 5, 6]
    assert c["languages"] == ["en", "sv"] and c["subject_key"] == "person"
    assert all(v["sentence"] for v in c["values"])  # each figure's sentence, for the conflicts page


def test_regional_parts_are_not_the_whole(store: Store) -> None:
    """12 injured in Norberg and 3 in Fagersta are parts: neither conflicts with the 30 in all."""
    assert [c for c in _fire_corpus(store) if c["measure"] == "wounded"] == []


def test_overlapping_ranges_do_not_conflict(store: Store) -> None:
    from .conftest import make_analysis

    pages = [make_analysis(f"r{i}", title=f"Sida {i}", paras=[f"Enligt Källa{i} skadades {t} personer."],
                           attrs=[{"source": f"Källa{i}", "cue": "Enligt", "content": f"skadades {t} personer"}],
                           quants=[{"value": v, "high": h, "subject": "personer", "text": t, "attribution": 0}])
             for i, (v, h, t) in enumerate([(20, 25, "20–25"), (24, None, "24")])]
    ingest_analyses(pages, store=store)
    assert store.corpus_conflicts() == []
