"""`open_store` and `Store`: the one object the CLI, the web app and the tests use for the corpus.

A `Store` is a `Database` (a backend, `enligt.store.base.Backend`, with a result cache), is a
context manager, has one writer (`add`) and serves reads from several threads. Its methods call
the query modules' functions; their results are plain JSON-ready dicts, whose shapes are
documented on those functions and in docs/corpus.md. The layers above see it through the
`enligt.store.protocol.CorpusStore` protocol.
"""
from __future__ import annotations

from pathlib import Path
from typing import IO, Any, Self

from enligt.errors import StoreError
from enligt.models import Analysis
from enligt.store.base import Backend, Database
from enligt.store.crossref import citation_graph, corpus_conflicts, get_conflict, unsourced_claims
from enligt.store.export import export as export_records
from enligt.store.postgres import redact
from enligt.store.queries import counts, get_article, list_articles, search
from enligt.store.sources import get_source
from enligt.store.sources import sources as list_sources
from enligt.store.writer import store_analysis

DEFAULT_DB = "enligt.db"
_PG_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def _backend_for(url: str | None, create: bool = True) -> Backend:
    target = url or DEFAULT_DB
    lower = target.lower()
    if lower.startswith(_PG_SCHEMES):
        from enligt.store.postgres import PostgresBackend

        return PostgresBackend(target)
    if lower.startswith("sqlite://"):
        rest = target[len("sqlite://"):]  # sqlite:///rel/path -> rel/path, sqlite:////abs -> /abs
        target = ":memory:" if rest in ("", ":memory:", "/:memory:") else rest.removeprefix("/")
    elif "://" in target:
        raise StoreError(f"unknown database URL scheme {target.split('://')[0]!r} (use a path, sqlite:///path "
                         "or postgresql://)", where=redact(target))
    from enligt.store.sqlite import SQLiteBackend

    if not create and target != ":memory:" and not Path(target).exists():
        raise StoreError("no such database (`enligt ingest PAGES --db PATH` builds one)", where=target)
    return SQLiteBackend(target)


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (creating if needed, unless `create` is False) the corpus database.

    None or "enligt.db" or any path: a SQLite file; "sqlite:///relative/path" or
    "sqlite:////absolute/path"; ":memory:" for a private in-memory database (tests);
    "postgresql://user@host/dbname" for PostgreSQL (needs psycopg: `pip install 'enligt[postgres]'`).
    With `create=False` a missing SQLite file raises `StoreError` instead of becoming an empty
    corpus (`export` and `serve` read a corpus; only `ingest` and `demo` build one).
    """
    return Store(_backend_for(url, create))


class Store(Database):
    """The corpus database. Query results are plain dicts; see each method's function for its shape."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    @property
    def url(self) -> str:
        return self.backend.url

    # --- writes ----------------------------------------------------------------------------------
    def add(self, analysis: Analysis) -> int:
        """Store one analysed page in its own transaction; return its article id."""
        return store_analysis(analysis, store=self)

    # --- reads -----------------------------------------------------------------------------------
    def overview(self) -> dict[str, Any]:
        """{"counts": {...}, "latest": [article summary], "top_sources": [source entry],
        "open_conflicts": [conflict] (the 5 widest, at most 20 values each), "conflicts": n}."""
        conflicts = self.corpus_conflicts(max_values=20)
        return {"counts": {**counts(self), "conflicts": len(conflicts)},
                "latest": list_articles(self, limit=10)["items"],
                "top_sources": list_sources(self, limit=10)["items"],
                "open_conflicts": conflicts[:5], "conflicts": len(conflicts)}

    def get_article(self, article_id: int) -> dict[str, Any]:
        return get_article(self, article_id)

    def list_articles(self, limit: int = 50, offset: int = 0, lang: str | None = None,
                      outlet: str | None = None) -> dict[str, Any]:
        return list_articles(self, limit=limit, offset=offset, lang=lang, outlet=outlet)

    def search(self, query: str, *, lang: str | None = None, outlet: str | None = None,
               source_type: str | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return search(self, query, lang=lang, outlet=outlet, source_type=source_type, date_from=date_from,
                      date_to=date_to, limit=limit, offset=offset)

    def sources(self, limit: int = 50, offset: int = 0, source_type: str | None = None) -> dict[str, Any]:
        return list_sources(self, limit=limit, offset=offset, source_type=source_type)

    def get_source(self, key: str) -> dict[str, Any]:
        return get_source(self, key)

    def citation_graph(self, *, limit: int = 500) -> dict[str, Any]:
        return self.cached(f"graph:{limit}", lambda: citation_graph(self, limit=limit))

    def corpus_conflicts(self, *, window_days: int = 7, max_values: int | None = 100) -> list[dict[str, Any]]:
        """Cross-article conflicts, widest spread first; each lists at most `max_values` values (None: all)."""
        return corpus_conflicts(self, window_days=window_days, max_values=max_values)

    def get_conflict(self, key: str, *, max_values: int | None = None) -> dict[str, Any]:
        """One cross-article conflict by its "key", with all its values by default. Raises `NotFoundError`."""
        return get_conflict(self, key, max_values=max_values)

    def unsourced_claims(self, *, limit: int = 100, offset: int = 0) -> dict[str, Any]:
        return unsourced_claims(self, limit=limit, offset=offset)

    def export(self, what: str, fmt: str, out: IO[str]) -> int:
        """Write `what` (articles, attributions, quantities, conflicts, sources) as jsonl or csv to `out`;
        return the number of records."""
        return export_records(self, what=what, fmt=fmt, out=out)
