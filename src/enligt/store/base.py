"""The storage seam: the small protocol a database backend implements, the `Database` the query
modules take, and the report types.

All SQL of enligt lives under `enligt.store`. Portable SQL is written once (in `queries`,
`sources`, `crossref`, `export`, `writer`) with named parameters (`:name`, always bound, never
formatted in); a backend runs it and supplies what is not portable: its connection handling, the
schema, and full-text search. SQLite (`enligt.store.sqlite`) and PostgreSQL
(`enligt.store.postgres`) implement it.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from enligt.models import Failure

Row = dict[str, Any]
IndexEntry = tuple[int, str | None, tuple[str, str, str], bool]
Params = Mapping[str, Any]
T = TypeVar("T")


class Tx(Protocol):
    """One open write transaction (the only writer)."""

    def execute(self, sql: str, params: Params = ...) -> int:
        """Run one statement; return the first value of an `INSERT ... RETURNING id` (else the row count)."""

    def executemany(self, sql: str, rows: Sequence[Params]) -> None: ...

    def rows(self, sql: str, params: Params = ...) -> list[Row]: ...

    def savepoint(self) -> AbstractContextManager[None]:
        """Nested atomic unit: one page's rows are written completely or not at all."""

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], *,
                    unique: str | None = None) -> int:
        """Insert `rows` (tuples in the order of `columns`; names fixed in code, never user input) in one go; with
        `unique`, a row whose `unique` column is stored already (by another writer) is left out. Return how many
        rows went in."""

    def new_article_ids(self, n: int) -> list[int]:
        """Ids for `n` new articles, ascending: those the database would give them (SQLite), or reserved (PostgreSQL)."""

    def index_articles(self, entries: Sequence[IndexEntry]) -> None:
        """Add articles to the full-text index: (article id, language for stemming, (title, body, claims),
        whether those texts are stems already, as `stems.stemmed_text` makes them on a worker)."""

    def unindex_article(self, article_id: int) -> None: ...


class Backend(Protocol):
    """What a database backend offers to the store. Reads are safe from several threads."""

    url: str
    # The URL by which other processes (workers on other machines) may write to this database at the same
    # time, or None when only this process may write (SQLite: its one writer is here).
    shared_url: str | None

    def rows(self, sql: str, params: Params = ...) -> list[Row]: ...

    def iter_rows(self, sql: str, params: Params = ..., *, batch: int = 500) -> Iterator[Row]: ...

    def transaction(self) -> AbstractContextManager[Tx]: ...

    def search(self, match: str, *, where: str, params: Params, limit: int, offset: int) -> tuple[int, list[Row]]:
        """Full-text search. `match` is already a safe query in the backend's syntax (see `fts_query`);
        `where` is an extra SQL condition on `a` (articles) with named `params`. Returns (total, rows)
        where rows have `id`, `rank` and `snippet` (matches wrapped in \\x02 ... \\x03, or None when
        the caller is to mark the matches in the article text itself)."""

    def fts_query(self, terms: list[tuple[str, bool, bool]]) -> str:
        """Build a safe full-text query from parsed user terms (text, is_phrase, is_prefix)."""

    def close(self) -> None: ...


class Database:
    """A backend and a cache of derived results that lasts until the next committed write.

    The query modules (`queries`, `sources`, `crossref`, `export`, `writer`) are functions of a
    `Database`; `enligt.store.api.Store` is one, with those functions as its methods.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._cache: dict[str, tuple[int, Any]] = {}
        self._cache_lock = threading.Lock()

    def generation(self) -> int:
        """A number that grows with every committed write (cache key for derived results)."""
        rows = self.backend.rows("SELECT value FROM meta WHERE key = 'generation'")
        return int(rows[0]["value"]) if rows else 0

    def cached(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, reused until the database changes."""
        gen = self.generation()
        with self._cache_lock:
            hit = self._cache.get(name)
            if hit is not None and hit[0] == gen:
                return hit[1]  # type: ignore[no-any-return]
        value = compute()
        with self._cache_lock:
            self._cache[name] = (gen, value)
        return value


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did. `failures` are the pages that could not be read, analysed or stored."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: tuple[Failure, ...] = ()
    duplicates: int = 0  # new pages whose content is already stored under another key: not stored again
    seconds: float = 0.0
    article_ids: tuple[int, ...] = field(default=(), repr=False)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def pages(self) -> int:
        return self.added + self.updated + self.unchanged + self.duplicates + self.failed

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "duplicates": self.duplicates, "failed": self.failed, "seconds": round(self.seconds, 3),
                "failures": [{"input": f.input, **f.error.to_dict()} for f in self.failures]}

    def summary(self) -> str:
        rate = self.pages / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.pages:,} pages: {self.added:,} added, {self.updated:,} updated, "
                f"{self.unchanged:,} unchanged, {self.duplicates:,} duplicates, {self.failed:,} failed "
                f"({rate:,.0f} pages/s)")
