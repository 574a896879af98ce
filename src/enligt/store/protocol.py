"""What the floors above see of the corpus: the `CorpusStore` protocol, which `enligt.store.api.Store` implements.

The web layer and the orchestration layer type their store by this protocol, never by the
concrete class, so a read-only store, a cached one or a test double fits the same seam. Results
are plain JSON-ready dicts; their shapes are documented on the query functions and in docs/corpus.md.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any, Protocol, TypeVar

from enligt.models import Analysis

T = TypeVar("T")


class CorpusStore(Protocol):
    """An open corpus: reads from several threads, one writer (`add`)."""

    @property
    def url(self) -> str: ...

    def close(self) -> None: ...

    def cached(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, reused until the database changes."""

    def add(self, analysis: Analysis) -> int:
        """Store one analysed page; return its article id."""

    def overview(self) -> dict[str, Any]: ...

    def get_article(self, article_id: int) -> dict[str, Any]: ...

    def list_articles(self, limit: int = 50, offset: int = 0, lang: str | None = None,
                      outlet: str | None = None) -> dict[str, Any]: ...

    def search(self, query: str, *, lang: str | None = None, outlet: str | None = None,
               source_type: str | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 50, offset: int = 0) -> dict[str, Any]: ...

    def sources(self, limit: int = 50, offset: int = 0, source_type: str | None = None) -> dict[str, Any]: ...

    def get_source(self, key: str) -> dict[str, Any]: ...

    def citation_graph(self, *, limit: int = 500) -> dict[str, Any]: ...

    def corpus_conflicts(self, *, window_days: int = 7, max_values: int | None = 100) -> list[dict[str, Any]]: ...

    def get_conflict(self, key: str, *, max_values: int | None = None) -> dict[str, Any]: ...

    def unsourced_claims(self, *, limit: int = 100, offset: int = 0) -> dict[str, Any]: ...

    def export(self, what: str, fmt: str, out: IO[str]) -> int: ...
