"""Writing analyses (enligt.store.writer): one page's rows, updates under the same id, batches that go on."""
from __future__ import annotations

import time

import pytest

from enligt.errors import StoreError
from enligt.store import Store, ingest_analyses, open_store, store_analysis
from enligt.store import writer as writer_module
from enligt.store.writer import is_stored, prepare, write_prepared

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
    real = writer_module.write_prepared

    def flaky(tx, prepared):  # type: ignore[no-untyped-def]
        if prepared.input == "en-1":
            tx.execute("INSERT INTO articles (key) VALUES (:k)", {"k": "half-written"})
            raise StoreError("disk full (simulated)")
        return real(tx, prepared)

    monkeypatch.setattr(writer_module, "write_prepared", flaky)
    report = ingest_analyses(tiny_corpus(), store=store)
    assert report.added == 3 and [f.input for f in report.failures] == ["en-1"]
    assert store.list_articles()["total"] == 3

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
