"""Export the corpus as JSON lines or CSV, streaming: articles, attributions, quantities, conflicts, sources.

JSON lines keep lists and nested objects as JSON; CSV has one flat row per record, with list and
object cells written as JSON text. A CSV text cell that a spreadsheet would run as a formula (it
starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'` (OWASP's rule for
CSV injection); JSON lines are left as they are. Cross-article conflicts are one object per conflict in JSON
lines and one row per conflicting value (with the conflict's key) in CSV.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from enligt.errors import StoreError
from enligt.store.base import Database
from enligt.store.crossref import corpus_conflicts
from enligt.store.rows import as_number, attribution_dict
from enligt.store.sources import sources

WHAT = ("articles", "attributions", "quantities", "conflicts", "sources")
FORMATS = ("jsonl", "csv")


def _articles(db: Database, fmt: str) -> Iterator[dict[str, Any]]:
    for r in db.backend.iter_rows("SELECT * FROM articles ORDER BY id"):
        article = json.loads(r["article_json"])
        rec = {"id": r["id"], "key": r["key"], "input": r["input"], "url": r["url"], "outlet": r["outlet"],
               "language": r["language"], "title": r["title"], "authors": json.loads(r["authors"]),
               "published": r["published"], "updated": r["updated"], "day": r["day"], "lead": r["lead"],
               "n_attributions": r["n_attributions"], "n_quantities": r["n_quantities"], "kind": r["kind"],
               "encoding": r["encoding"], "content_hash": r["content_hash"], "ingested": r["ingested"]}
        if fmt == "jsonl":
            rec["article"] = article
        else:
            rec["text"] = r["text"]
        yield rec


def _attributions(db: Database, fmt: str) -> Iterator[dict[str, Any]]:
    for r in db.backend.iter_rows(
            "SELECT t.*, a.title AS title, a.outlet AS outlet, a.language AS language, a.day AS day "
            "FROM attributions t JOIN articles a ON a.id = t.article_id ORDER BY t.article_id, t.idx"):
        yield {"article_id": r["article_id"], "outlet": r["outlet"], "language": r["language"], "day": r["day"],
               "title": r["title"], **attribution_dict(r)}


def _quantities(db: Database, fmt: str) -> Iterator[dict[str, Any]]:
    for r in db.backend.iter_rows(
            "SELECT q.*, a.outlet AS outlet, a.language AS language, a.day AS day, t.source AS source, "
            "t.source_key AS source_key FROM quantities q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN attributions t ON t.article_id = q.article_id AND t.idx = q.attribution_idx "
            "ORDER BY q.article_id, q.idx"):
        yield {"article_id": r["article_id"], "idx": r["idx"], "outlet": r["outlet"], "language": r["language"],
               "day": r["day"], "value": as_number(r["value"]), "approx": bool(r["approx"]), "measure": r["measure"],
               "subject": r["subject"], "text": r["text"], "attribution": r["attribution_idx"],
               "source": r["source"], "source_key": r["source_key"], "span": [r["number_start"], r["number_end"]]}


def _conflicts(db: Database, fmt: str) -> Iterator[dict[str, Any]]:
    for c in corpus_conflicts(db, max_values=None):
        if fmt == "jsonl":
            yield c
            continue
        for v in c["values"]:
            yield {"conflict": c["key"], "measure": c["measure"], "subject_key": c["subject_key"],
                   **{k: v[k] for k in ("value", "approx", "text", "subject", "article_id", "outlet", "language",
                                        "date", "source", "source_type", "cue", "content", "sentence", "spans")}}


def _sources(db: Database, fmt: str) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = sources(db, limit=500, offset=offset)
        yield from page["items"]
        offset += 500
        if offset >= page["total"]:
            return


_RECORDS: dict[str, Callable[[Database, str], Iterator[dict[str, Any]]]] = {
    "articles": _articles, "attributions": _attributions, "quantities": _quantities,
    "conflicts": _conflicts, "sources": _sources,
}


def records(db: Database, *, what: str, flat: bool = False) -> Iterator[dict[str, Any]]:
    """The records of `what`, nested as JSON lines show them, or `flat` as CSV and Parquet hold them (the
    article text instead of the nested article; one record per conflicting value)."""
    if what not in _RECORDS:
        raise StoreError(f"cannot export {what!r}: choose one of {', '.join(WHAT)}")
    return _RECORDS[what](db, "csv" if flat else "jsonl")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value  # a page's text must never run as a spreadsheet formula
    return "" if value is None else value


def export(db: Database, *, what: str, fmt: str, out: IO[str]) -> int:
    """Write every record of `what` to `out` in `fmt`; return how many were written."""
    if what not in _RECORDS:
        raise StoreError(f"cannot export {what!r}: choose one of {', '.join(WHAT)}")
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose jsonl or csv")
    n = 0
    writer: csv.DictWriter[str] | None = None
    for rec in _RECORDS[what](db, fmt):
        if fmt == "jsonl":
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                # CRLF rows (RFC 4180): the writer then quotes every cell holding a CR or LF, so a stray CR in
                # a page cannot break a row (with "\n" rows it left such cells unquoted)
                writer = csv.DictWriter(out, fieldnames=list(rec), extrasaction="ignore", lineterminator="\r\n")
                writer.writeheader()
            writer.writerow({k: _cell(v) for k, v in rec.items()})
        n += 1
    return n
