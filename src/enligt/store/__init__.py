"""The corpus database: analysed pages stored for search and cross-article analysis.

Public API (keyword-only arguments; query results are plain JSON-ready dicts, see docs/corpus.md):

    store = open_store("enligt.db")          # or None, "sqlite:///path", ":memory:"
    store.add(analysis); ingest_analyses(analyses, store=store)
    store.overview(); store.get_article(1); store.search("Reuters", lang="en")
    store.sources(); store.get_source("reuters"); store.citation_graph()
    store.corpus_conflicts(); store.unsourced_claims(); store.export("sources", "csv", sys.stdout)

This package only persists and queries. Reading pages, analysing them and storing them in one run
(`ingest`, `ingest_pages`, the progress bar, the write lock) is `enligt.corpus`, a floor above.
All SQL lives in this package behind the backend protocol of `enligt.store.base`; the floors above
see a store through the `CorpusStore` protocol of `enligt.store.protocol`.
"""
from __future__ import annotations

from enligt.store.api import DEFAULT_DB, Store, open_store
from enligt.store.base import Backend, Database, IngestReport
from enligt.store.protocol import CorpusStore
from enligt.store.writer import ingest_analyses, store_analysis

__all__ = ["DEFAULT_DB", "Backend", "CorpusStore", "Database", "IngestReport", "Store", "ingest_analyses",
           "open_store", "store_analysis"]
