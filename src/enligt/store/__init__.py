"""The corpus database: analysed pages stored for search and cross-article analysis.

Public API (keyword-only arguments; query results are plain JSON-ready dicts, see docs/corpus.md):

    store = open_store("enligt.db")          # or None, "sqlite:///path", ":memory:"
    report = ingest(["pages/"], store=store, options=Options(), progress=True)
    store.overview(); store.get_article(1); store.search("Reuters", lang="en")
    store.sources(); store.get_source("reuters"); store.citation_graph()
    store.corpus_conflicts(); store.unsourced_claims(); store.export("sources", "csv", sys.stdout)

All SQL lives in this package behind the backend protocol of `enligt.store.base`.
"""
from __future__ import annotations

from enligt.store.api import DEFAULT_DB, Store, open_store
from enligt.store.base import Backend, IngestReport
from enligt.store.writer import ingest, ingest_analyses, ingest_pages, store_analysis

__all__ = ["DEFAULT_DB", "Backend", "IngestReport", "Store", "ingest", "ingest_analyses", "ingest_pages",
           "open_store", "store_analysis"]
