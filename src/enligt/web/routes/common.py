"""Helpers shared by the page and API routes: the store, filter validation, paging."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import HTMLResponse

from enligt.store.protocol import CorpusStore
from enligt.web.config import LANGUAGES, SOURCE_TYPES
from enligt.web.errors import BadRequest

T = TypeVar("T")
PAGE_SIZE = 50
MAX_OFFSET = 2**31 - 1  # API offsets beyond it are refused (422), never handed to SQL
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def store_of(request: Request) -> CorpusStore:
    store: CorpusStore = request.app.state.store
    return store


def cached(request: Request, name: str, compute: Callable[[], T]) -> T:
    """`compute()` reused until the database changes (the store's generation cache).

    Used for the few aggregate views (overview, first page of sources) that scan the corpus.
    """
    return store_of(request).cached(f"web:{name}", compute)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, name, context,
                                                                          status_code=status)
    return response


@dataclass(frozen=True)
class Filters:
    """Validated search/list filters; empty form fields mean "any"."""

    lang: str | None = None
    outlet: str | None = None
    source_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def kwargs(self) -> dict[str, Any]:
        return {"lang": self.lang, "outlet": self.outlet, "source_type": self.source_type,
                "date_from": self.date_from, "date_to": self.date_to}


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def filters(lang: str | None = None, outlet: str | None = None, source_type: str | None = None,
            date_from: str | None = None, date_to: str | None = None) -> Filters:
    """Check filter values; a bad one raises `BadRequest` naming it."""
    f = Filters(_opt(lang), _opt(outlet), _opt(source_type), _opt(date_from), _opt(date_to))
    if f.lang and f.lang not in LANGUAGES:
        raise BadRequest(f"lang must be one of {', '.join(LANGUAGES)}", where="lang")
    if f.source_type and f.source_type not in SOURCE_TYPES:
        raise BadRequest(f"source_type must be one of {', '.join(SOURCE_TYPES)}", where="source_type")
    for name, value in (("date_from", f.date_from), ("date_to", f.date_to)):
        if value and not _DATE.fullmatch(value):
            raise BadRequest("dates are YYYY-MM-DD", where=name)
    if f.outlet and len(f.outlet) > 200:
        raise BadRequest("outlet is too long", where="outlet")
    return f


def page_offset(page: int) -> int:
    if page < 1 or page > 100_000:
        raise BadRequest("page must be between 1 and 100000", where="page")
    return (page - 1) * PAGE_SIZE


def pager(page: int, total: int) -> dict[str, Any]:
    """Previous/next page numbers for a listing of `total` items."""
    last = max(1, -(-int(total) // PAGE_SIZE))
    return {"page": page, "last": last, "prev": page - 1 if page > 1 else None,
            "next": page + 1 if page < last else None, "total": total}
