"""Writing analyses into the corpus: one page's rows, batches of pages, and the tally of a run.

A page is identified by its key (URL, else input path) and the sha256 of its decoded content
(`enligt.store.keys`). A page written again with the same hash is left as it is ("unchanged"); a
changed page replaces the stored version under the same article id ("updated"). A new key whose
content is already stored under another key (the same page copied to another folder) is a
"duplicate": counted, not stored again, so its figures do not count twice in conflicts. `BatchWriter`
writes a batch per transaction and a savepoint per page, so a killed run loses at most the last
uncommitted batch and a rerun picks up where it stopped. Reading and analysing the pages is the
orchestration layer's part (`enligt.corpus`), which asks `stored_as` before analysing a page.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from enligt.errors import StoreError
from enligt.models import Analysis, Failure, Page
from enligt.store.base import Database, IngestReport, Tx
from enligt.store.keys import content_hash, day_of, headline_claims, page_key, source_key
from enligt.store.rows import in_clause
from enligt.store.stems import stemmed_text

OnFailure = Callable[[Failure], None]
BATCH_PAGES = 200
BATCH_SECONDS = 2.0

ARTICLE_COLUMNS = ("key", "content_hash", "input", "url", "kind", "encoding", "fetched", "outlet", "outlet_key",
                   "language", "title", "lead", "authors", "published", "updated", "day", "text", "article_json",
                   "notes", "n_attributions", "n_quantities", "ingested")
# The columns of each child table, as `Prepared.children` holds its rows (the writer adds `article_id`).
CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "attributions": ("idx", "source", "source_name", "source_key", "source_type", "cue", "content", "kind",
                     "hearsay", "via", "source_start", "source_end", "cue_start", "cue_end", "content_start",
                     "content_end"),
    "quantities": ("idx", "value", "approx", "measure", "subject", "attribution_idx", "text", "number_start",
                   "number_end", "high", "qkey"),
    "conflicts": ("idx", "measure", "subject", "quantities"),
    "headline_claims": ("attribution_idx", "overlap"),
}


def _insert(table: str, columns: tuple[str, ...], tail: str = "") -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}){tail}"


# ON CONFLICT: writers on several machines (PostgreSQL) may store the same key at once; the one that
# comes second finds the row and treats the page as unchanged or updated.
_INSERT_ARTICLE = _insert("articles", ARTICLE_COLUMNS, " ON CONFLICT (key) DO NOTHING RETURNING id")
_UPDATE_ARTICLE = f"UPDATE articles SET {', '.join(f'{c} = :{c}' for c in ARTICLE_COLUMNS)} WHERE id = :id"
_INSERTS = {table: _insert(table, ("article_id", *cols)) for table, cols in CHILD_COLUMNS.items()}
_CHILD_TABLES = tuple(CHILD_COLUMNS)


@dataclass(frozen=True)
class Prepared:
    """One analysed page as the rows it is stored as: made wherever the page was analysed (a Dask worker),
    written by whoever holds the database (`write_prepared`). Child rows lack their `article_id`."""

    input: str
    article: dict[str, Any]
    children: dict[str, list[dict[str, Any]]]
    index: tuple[str, str, str]  # full-text index: title, body, claims
    stemmed: tuple[str, str, str] | None = None  # the same as stems (SQLite's index), when made by a worker

    @property
    def key(self) -> str:
        return str(self.article["key"])


def _article_row(analysis: Analysis) -> dict[str, Any]:
    page, art = analysis.page, analysis.article
    return {
        "key": page_key(page), "content_hash": content_hash(page), "input": page.input,
        "url": page.url or art.url, "kind": page.kind, "encoding": page.encoding, "fetched": page.fetched,
        "outlet": art.outlet, "outlet_key": source_key(art.outlet), "language": art.language, "title": art.title,
        "lead": art.lead, "authors": json.dumps(list(art.authors), ensure_ascii=False),
        "published": art.published, "updated": art.updated, "day": day_of(art.published, art.updated, page.fetched),
        "text": art.text, "article_json": json.dumps(art.to_dict(), ensure_ascii=False),
        "notes": json.dumps(list(analysis.notes), ensure_ascii=False),
        "n_attributions": len(analysis.attributions), "n_quantities": len(analysis.quantities),
        "ingested": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _span(span: Any) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _children(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    attrs = []
    for i, a in enumerate(analysis.attributions):
        (ss, se), (cs, ce) = _span(a.source_span), _span(a.cue_span)
        attrs.append({"idx": i, "source": a.source, "source_name": a.source_name,
                      "source_key": source_key(a.source_name or a.source), "source_type": a.source_type,
                      "cue": a.cue, "content": a.content, "kind": a.kind, "hearsay": int(a.hearsay),
                      "via": json.dumps(list(a.via), ensure_ascii=False), "source_start": ss, "source_end": se,
                      "cue_start": cs, "cue_end": ce, "content_start": a.content_span.start,
                      "content_end": a.content_span.end})
    quants = [{"idx": i, "value": float(q.value), "approx": int(q.approx),
               "measure": q.measure, "subject": q.subject, "attribution_idx": q.attribution, "text": q.text,
               "number_start": q.number_span.start, "number_end": q.number_span.end,
               "high": None if q.high is None else float(q.high), "qkey": q.key}
              for i, q in enumerate(analysis.quantities)]
    confs = [{"idx": i, "measure": c.measure, "subject": c.subject,
              "quantities": json.dumps(list(c.quantities))} for i, c in enumerate(analysis.conflicts)]
    heads = [{"attribution_idx": i, "overlap": o} for i, o in headline_claims(analysis)]
    return {"attributions": attrs, "quantities": quants, "conflicts": confs, "headline_claims": heads}


def prepare(analysis: Analysis, *, stem: bool = False) -> Prepared:
    """The rows of one analysed page; with `stem`, its search index text as stems too (SQLite's full-text index
    holds stems: a worker makes them so that the one writer does not). Raises `StoreError` for a page whose
    data cannot be stored."""
    try:
        art = analysis.article
        index = (art.title or "", "\n\n".join(art.body), "\n".join(a.content for a in analysis.attributions))
        stemmed = (stemmed_text(index[0], art.language), stemmed_text(index[1], art.language),
                   stemmed_text(index[2], art.language)) if stem else None
        return Prepared(input=analysis.page.input, article=_article_row(analysis), children=_children(analysis),
                        index=index, stemmed=stemmed)
    except (ValueError, UnicodeError, OverflowError) as exc:
        raise StoreError(f"cannot store this page: {exc}", where=analysis.page.input) from exc


def write_prepared(tx: Tx, prepared: Prepared) -> tuple[int, str]:
    """Store one page's rows inside an open transaction; return (article id, added|updated|unchanged|duplicate)."""
    row = prepared.article
    found = tx.rows("SELECT id, content_hash FROM articles WHERE key = :key", {"key": row["key"]})
    if not found:
        if (same := _stored_content(tx, row["content_hash"])) is not None:
            return same, "duplicate"
        inserted = tx.rows(_INSERT_ARTICLE, row)
        if inserted:
            return _write_children(tx, int(inserted[0]["id"]), prepared), "added"
        found = tx.rows("SELECT id, content_hash FROM articles WHERE key = :key", {"key": row["key"]})
    if found[0]["content_hash"] == row["content_hash"]:
        return int(found[0]["id"]), "unchanged"
    article_id = int(found[0]["id"])
    for table in _CHILD_TABLES:  # fixed names from a tuple, never user input
        tx.execute(f"DELETE FROM {table} WHERE article_id = :id", {"id": article_id})
    tx.unindex_article(article_id)
    tx.execute(_UPDATE_ARTICLE, {**row, "id": article_id})
    return _write_children(tx, article_id, prepared), "updated"


def _write_children(tx: Tx, article_id: int, prepared: Prepared) -> int:
    for table, sql in _INSERTS.items():
        tx.executemany(sql, [{**r, "article_id": article_id} for r in prepared.children[table]])
    title, body, claims = prepared.index
    tx.index_article(article_id, title=title, body=body, claims=claims, lang=prepared.article["language"],
                     stemmed=prepared.stemmed)
    return article_id


def write_analysis(tx: Tx, analysis: Analysis) -> tuple[int, str]:
    """Store one analysis inside an open transaction; return (article id, added|updated|unchanged|duplicate)."""
    return write_prepared(tx, prepare(analysis))


def _stored_content(tx: Tx, digest: str) -> int | None:
    """The id of an article already stored with this content hash, if any."""
    rows = tx.rows("SELECT id FROM articles WHERE content_hash = :h ORDER BY id LIMIT 1", {"h": digest})
    return int(rows[0]["id"]) if rows else None


def store_analysis(analysis: Analysis, *, store: Database) -> int:
    """Store one analysed page (in its own transaction) and return its article id."""
    with store.backend.transaction() as tx:
        article_id, _ = write_analysis(tx, analysis)
    return article_id


def is_stored(store: Database, page: Page) -> bool:
    """True when `page` is stored under its key with this very content (so analysing it again would change nothing)."""
    rows = store.backend.rows("SELECT content_hash FROM articles WHERE key = :key", {"key": page_key(page)})
    return bool(rows) and str(rows[0]["content_hash"]) == content_hash(page)


def stored_as(store: Database, page: Page) -> str | None:
    """What writing `page` would be without analysing it: "unchanged" (stored under its key with this
    content), "duplicate" (a new key, its content stored under another), or None (it must be analysed)."""
    digest = content_hash(page)
    rows = store.backend.rows("SELECT content_hash FROM articles WHERE key = :key", {"key": page_key(page)})
    if rows:
        return "unchanged" if str(rows[0]["content_hash"]) == digest else None
    found = store.backend.rows("SELECT 1 AS x FROM articles WHERE content_hash = :h LIMIT 1", {"h": digest})
    return "duplicate" if found else None


def known_hashes(store: Database, keys: Iterable[str], *, chunk: int = 500) -> dict[str, str]:
    """The stored content hash of each of `keys` that is stored (to skip unchanged pages before analysing them)."""
    wanted = sorted(set(keys))
    out: dict[str, str] = {}
    for i in range(0, len(wanted), chunk):
        clause, params = in_clause("k", wanted[i:i + chunk])
        for r in store.backend.rows(f"SELECT key, content_hash FROM articles WHERE key IN {clause}", params):
            out[str(r["key"])] = str(r["content_hash"])
    return out


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0,
                                                            "duplicate": 0})
    failures: list[Failure] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    start: float = field(default_factory=time.perf_counter)


class BatchWriter:
    """Buffers analyses and writes them a batch per transaction, one savepoint per page; tallies the run.

    `fail` records a page that could not be read, analysed or stored (and passes it to `on_failure`);
    `skip` counts a page the caller found stored (unchanged, or a duplicate); `report` sums the run up. Call `flush`
    when the stream ends, also when it ends with an exception, to keep what was done.
    """

    def __init__(self, store: Database, *, on_failure: OnFailure | None = None) -> None:
        self.store, self.on_failure = store, on_failure
        self.tally = _Tally()
        self.pending: list[Prepared] = []
        self.last = time.monotonic()

    def add(self, analysis: Analysis) -> None:
        try:
            prepared = prepare(analysis)
        except StoreError as exc:
            self.fail(Failure(analysis.page.input, exc))
            return
        self.add_prepared(prepared)

    def add_prepared(self, prepared: Prepared) -> None:
        """Queue rows prepared elsewhere (by a worker) for the next batch."""
        self.pending.append(prepared)
        if len(self.pending) >= BATCH_PAGES or time.monotonic() - self.last > BATCH_SECONDS:
            self.flush()

    def skip(self, status: str = "unchanged", n: int = 1) -> None:
        self.tally.counts[status] += n

    def fail(self, failure: Failure) -> None:
        self.tally.failures.append(failure)
        if self.on_failure is not None:
            self.on_failure(failure)

    def flush(self) -> None:
        batch, self.pending, self.last = self.pending, [], time.monotonic()
        if not batch:
            return
        with self.store.backend.transaction() as tx:
            for prepared in batch:
                try:
                    with tx.savepoint():
                        article_id, status = write_prepared(tx, prepared)
                except StoreError as exc:
                    exc.where = exc.where or prepared.input
                    self.fail(Failure(prepared.input, exc))
                    continue
                self.tally.counts[status] += 1
                self.tally.ids.append(article_id)

    def report(self) -> IngestReport:
        t = self.tally
        return IngestReport(added=t.counts["added"], updated=t.counts["updated"], unchanged=t.counts["unchanged"],
                            duplicates=t.counts["duplicate"], failures=tuple(t.failures), seconds=time.perf_counter() - t.start,
                            article_ids=tuple(t.ids))


def ingest_analyses(analyses: Iterable[Analysis | Failure], *, store: Database,
                    on_failure: OnFailure | None = None) -> IngestReport:
    """Store already-analysed pages (a `Failure` is counted and reported, not stored)."""
    writer = BatchWriter(store, on_failure=on_failure)
    try:
        for res in analyses:
            if isinstance(res, Failure):
                writer.fail(res)
            else:
                writer.add(res)
    finally:
        writer.flush()
    return writer.report()
