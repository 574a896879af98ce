"""Writing analyses (enligt.store.writer): one page's rows, updates under the same id, batches that go on."""
from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from enligt.errors import StoreError
from enligt.models import Analysis
from enligt.store import Store, ingest_analyses, open_store, store_analysis
from enligt.store import writer as writer_module
from enligt.store.digest import corpus_digest
from enligt.store.writer import (
    ARTICLE_COLUMNS,
    CHILD_COLUMNS,
    BatchWriter,
    is_stored,
    prepare,
    write_batch,
    write_prepared,
)

from ..conftest import PG_URL
from .conftest import make_analysis, tiny_corpus


def test_a_changed_page_replaces_the_stored_version_under_the_same_id(store: Store) -> None:
    old = make_analysis("same-key", title="Första versionen", paras=["Enligt polisen brann det."],
                        attrs=[{"source": "polisen", "cue": "Enligt", "content": "brann det"}])
    new = make_analysis("same-key", title="Andra versionen", paras=["Det brann i natt."])
    first = store_analysis(old, store=store)
    report = ingest_analyses([new], store=store)
    assert report.updated == 1 and report.article_ids == (first,)
    article = store.get_article(first)
    assert article["title"] == "Andra versionen" and article["attributions"] == []
    assert store.search("Första")["total"] == 0 and store.search("Andra")["total"] == 1

def test_a_page_that_fails_to_store_is_rolled_back_alone(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch fails as a whole, is rolled back, and is written page by page: only the bad page is left out."""
    real = writer_module.write_children

    def flaky(tx, articles):  # type: ignore[no-untyped-def]
        if any(p.input == "en-1" for _, p in articles):
            tx.execute("INSERT INTO attributions (article_id, idx, content, kind, hearsay, via, content_start, "
                       "content_end) VALUES (:a, 99, 'half', 'direct', 0, '[]', 0, 0)", {"a": articles[0][0]})
            raise StoreError("disk full (simulated)")
        return real(tx, articles)

    monkeypatch.setattr(writer_module, "write_children", flaky)
    report = ingest_analyses(tiny_corpus(), store=store)
    assert report.added == 3 and [f.input for f in report.failures] == ["en-1"]
    assert store.list_articles()["total"] == 3
    assert not store.backend.rows("SELECT 1 AS x FROM attributions WHERE idx = 99")

def test_a_page_with_unstorable_text_is_reported_and_the_batch_goes_on(store: Store) -> None:
    bad = make_analysis("bad", title="Trasig \udc80 rubrik", paras=["Text om något som hände i går."])
    good = make_analysis("good", title="Hel rubrik", paras=["Text om något annat som hände i dag."])
    report = ingest_analyses([bad, good], store=store)
    assert report.added == 1 and [f.input for f in report.failures] == ["bad"]
    assert "cannot store" in str(report.failures[0].error) and "bad" in str(report.failures[0].error)
    assert [a["title"] for a in store.list_articles()["items"]] == ["Hel rubrik"]


def test_is_stored_compares_the_content_under_the_key(store: Store) -> None:
    first = make_analysis("page-key", title="Rubrik", paras=["Det brann i natt."])
    changed = make_analysis("page-key", title="Rubrik", paras=["Det brann i natt och i morse."])
    assert not is_stored(store, first.page)
    store_analysis(first, store=store)
    assert is_stored(store, first.page) and not is_stored(store, changed.page)


def test_two_writers_of_one_new_page_at_once_store_it_once(store: Store) -> None:
    """Workers on several machines may store the same page at the same moment: the one that inserts second
    waits for the first, finds the row (ON CONFLICT on the key) and counts the page unchanged."""
    import threading

    if store.url.startswith("sqlite://:memory:"):
        pytest.skip("a private in-memory database has one connection")
    url = store.backend.shared_url or store.url
    prepared = prepare(make_analysis("raced", title="Samma sida", paras=["Enligt polisen brann det i natt."]))
    inserted, statuses = threading.Event(), []

    def first() -> None:
        with store.backend.transaction() as tx:
            statuses.append(write_prepared(tx, prepared))
            inserted.set()
            time.sleep(0.5)  # hold the uncommitted row while the second writer tries

    with open_store(url) as other:
        thread = threading.Thread(target=first)
        thread.start()
        inserted.wait(10)
        with other.backend.transaction() as tx:
            statuses.append(write_prepared(tx, prepared))
        thread.join()
    assert [s for _, s in statuses] == ["added", "unchanged"] and statuses[0][0] == statuses[1][0]
    assert store.list_articles()["total"] == 1


def _page(key: str, content: str) -> Analysis:
    return make_analysis(key, title=f"Rubrik {content}", content=content, published="2024-05-02",
                         paras=[f"Enligt polisen brann det i {content}.", "Räddningstjänsten var på plats."],
                         attrs=[{"source": "polisen", "cue": "Enligt", "content": f"brann det i {content}"}])


@pytest.fixture
def twin(store: Store, tmp_path: Path) -> Iterator[Store]:
    """A second fresh store on the backend of `store` (PostgreSQL: a schema of its own)."""
    if store.backend.shared_url is None:
        url = str(tmp_path / "twin.db")
    else:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS twin CASCADE")
            conn.execute("CREATE SCHEMA twin")
        url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3Dtwin"
    with open_store(url) as st:
        yield st


STORED = [("a", "Lund"), ("b", "Malmö")]


@pytest.mark.parametrize("batch,in_one_go", [
    ([("a", "Lund"), ("c", "Malmö"), ("d", "Ystad"), ("e", "Ystad"), ("f", "Umeå")], True),  # unchanged, duplicates, added
    ([("d", "Ystad"), ("a", "Lund")], True),
    ([("a", "Kiruna"), ("d", "Ystad"), ("e", "Kiruna")], False),  # a changed page: one by one
    ([("d", "Ystad"), ("d", "Luleå"), ("e", "Luleå")], False),  # a key twice: one by one
    ([("d", "Lund"), ("e", "Umeå")], True),  # content stored under another key
])
def test_a_batch_gives_the_statuses_and_ids_of_writing_its_pages_one_by_one(
        store: Store, twin: Store, batch: list[tuple[str, str]], in_one_go: bool) -> None:
    results = []
    for st, one_by_one in ((store, False), (twin, True)):
        ingest_analyses([_page(k, c) for k, c in STORED], store=st)
        prepared = [prepare(_page(k, c)) for k, c in batch]
        with st.backend.transaction() as tx:
            if one_by_one:
                statuses = [write_prepared(tx, p) for p in prepared]
            else:
                statuses = write_batch(tx, prepared)  # type: ignore[assignment]
                assert (statuses is not None) == in_one_go
        if statuses is None:
            statuses = list(zip(ingest_analyses([_page(k, c) for k, c in batch], store=st).article_ids,
                                ["?"] * len(batch)))
        results.append((statuses, corpus_digest(st), st.search("brann")["total"]))
    if not in_one_go:
        assert [i for i, _ in results[0][0]] == [i for i, _ in results[1][0]]
        assert results[0][1:] == results[1][1:]
    else:
        assert results[0] == results[1]


def test_a_batch_whose_page_another_writer_stores_meanwhile_is_written_page_by_page(store: Store) -> None:
    """Two workers write batches that share a new page: the second waits for the first, its batch is rolled
    back and written one page at a time, and counts the shared page unchanged."""
    import threading

    if store.url.startswith("sqlite://:memory:"):
        pytest.skip("a private in-memory database has one connection")
    shared, mine = prepare(_page("delad", "Visby")), prepare(_page("egen", "Kalmar"))
    inserted, done = threading.Event(), []

    def first() -> None:
        with store.backend.transaction() as tx:
            done.append(write_batch(tx, [shared]))
            inserted.set()
            time.sleep(0.5)  # hold the uncommitted row while the second writer tries

    with open_store(store.backend.shared_url or store.url) as other:
        thread = threading.Thread(target=first)
        thread.start()
        inserted.wait(10)
        writer = BatchWriter(other)
        for p in (mine, shared):
            writer.add_prepared(p)
        writer.flush()
        thread.join()
        report = writer.report()
    assert done[0] is not None and done[0][0][1] == "added"
    assert (report.added, report.unchanged, report.failed) == (1, 1, 0)
    assert report.article_ids[1] == done[0][0][0]
    assert store.list_articles()["total"] == 2


def test_prepared_rows_name_their_columns() -> None:
    p = prepare(_page("/news/x", "Lund"))
    assert len(p.row) == len(ARTICLE_COLUMNS) and p.key == p.article["key"] == "/news/x"
    assert (p.article["language"], p.article["title"], p.article["n_attributions"]) == ("sv", "Rubrik Lund", 1)
    assert p.rows("attributions")[0]["source"] == "polisen" and p.rows("attributions")[0]["cue"] == "Enligt"
    assert all(len(r) == len(CHILD_COLUMNS[t]) for t, rows in zip(CHILD_COLUMNS, p.children) for r in rows)
