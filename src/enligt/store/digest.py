"""A fingerprint of a corpus: row counts and a content digest per table, blind to ids and ingest times.

Two databases that hold the same pages analysed the same way have the same digest, whatever order
the pages were written in and however many workers wrote them (article ids and the `ingested`
time differ; child rows are keyed by their page's key instead of its id). The benchmarks and tests
of `enligt.scale` compare runs with it.
"""
from __future__ import annotations

import hashlib
import json

from enligt.store.base import Database
from enligt.store.writer import ARTICLE_COLUMNS, CHILD_COLUMNS

_SKIP = ("ingested",)  # when a page was written, not what it holds


def _queries() -> dict[str, str]:
    cols = ", ".join(c for c in ARTICLE_COLUMNS if c not in _SKIP)
    out = {"articles": f"SELECT {cols} FROM articles ORDER BY key"}
    for table, columns in CHILD_COLUMNS.items():  # fixed names, never user input
        picked = ", ".join(f"t.{c}" for c in columns)
        out[table] = (f"SELECT a.key AS article_key, {picked} FROM {table} t JOIN articles a ON a.id = t.article_id "
                      f"ORDER BY a.key, t.{columns[0]}")
    return out


def corpus_digest(db: Database) -> dict[str, tuple[int, str]]:
    """{table: (rows, sha256 of its rows)} for the articles and each child table."""
    out = {}
    for table, sql in _queries().items():
        h, n = hashlib.sha256(), 0
        for row in db.backend.iter_rows(sql):
            h.update(json.dumps(list(row.values()), ensure_ascii=False, default=str).encode("utf-8", "surrogatepass"))
            h.update(b"\n")
            n += 1
        out[table] = (n, h.hexdigest())
    return out
