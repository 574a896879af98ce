"""Writing analyses into the corpus: one page's rows, batches of pages, and the tally of a run.

A page is identified by its key (URL, else input path) and the sha256 of its decoded content
(`enligt.store.keys`). A page written again with the same hash is left as it is ("unchanged"); a
changed page replaces the stored version under the same article id ("updated"). A new key whose
content is already stored under another key (the same page copied to another folder) is a
"duplicate": counted, not stored again, so its figures do not count twice in conflicts. `BatchWriter`
writes a batch per transaction, so a killed run loses at most the last uncommitted batch and a rerun
picks up where it stopped. A batch is written in a few statements (`write_batch`: one query for the
stored keys, one for the stored contents, one `executemany` a table), with the statuses and article ids
that writing its pages one by one gives; a batch that holds a changed page, a key twice or a page that
cannot be stored is written one page at a time (`write_prepared`), a savepoint each, so a bad page is
reported and the others stored. Reading and analysing the pages is the orchestration layer's part
(`enligt.corpus`), which asks `stored_as` before analysing a page.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
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
IN_CHUNK = 500  # values in one IN list

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
_CHILD_TABLES = tuple(CHILD_COLUMNS)


_LANGUAGE = ARTICLE_COLUMNS.index("language")


@dataclass(frozen=True, slots=True)
class Prepared:
    """One analysed page as the rows it is stored as: made wherever the page was analysed (a Dask worker),
    written by whoever holds the database (`write_batch`, `write_prepared`). Rows are tuples in
    column order (compact to send from a worker, and what `executemany` takes): `row` the articles row
    (`ARTICLE_COLUMNS`), `children` one tuple of rows per child table (`CHILD_COLUMNS`, without `article_id`).
    `index` is the full-text index's title, body and claims; `stemmed`: as stems already (a worker made them for
    SQLite's index, which holds stems)."""

    input: str
    row: tuple[Any, ...]
    children: tuple[tuple[tuple[Any, ...], ...], ...]
    index: tuple[str, str, str]
    stemmed: bool = False

    @property
    def key(self) -> str:
        return str(self.row[0])

    @property
    def content_hash(self) -> str:
        return str(self.row[1])

    @property
    def language(self) -> str | None:
        lang = self.row[_LANGUAGE]
        return str(lang) if lang is not None else None

    @property
    def article(self) -> dict[str, Any]:
        """The articles row by column name."""
        return dict(zip(ARTICLE_COLUMNS, self.row))

    def rows(self, table: str) -> list[dict[str, Any]]:
        """The rows of the child table `table` by column name."""
        columns = CHILD_COLUMNS[table]
        return [dict(zip(columns, r)) for r in self.children[_CHILD_TABLES.index(table)]]


def _article_row(analysis: Analysis) -> tuple[Any, ...]:
    page, art = analysis.page, analysis.article
    return (page_key(page), content_hash(page), page.input, page.url or art.url, page.kind, page.encoding,
            page.fetched, art.outlet, source_key(art.outlet), art.language, art.title, art.lead,
            json.dumps(list(art.authors), ensure_ascii=False), art.published, art.updated,
            day_of(art.published, art.updated, page.fetched), art.text,
            json.dumps(art.to_dict(), ensure_ascii=False), json.dumps(list(analysis.notes), ensure_ascii=False),
            len(analysis.attributions), len(analysis.quantities), datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def _span(span: Any) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _children(analysis: Analysis) -> tuple[tuple[tuple[Any, ...], ...], ...]:
    """The child rows of one page, in the order of `CHILD_COLUMNS` (tables and columns)."""
    attrs = tuple((i, a.source, a.source_name, source_key(a.source_name or a.source), a.source_type, a.cue, a.content,
                   a.kind, int(a.hearsay), json.dumps(list(a.via), ensure_ascii=False), *_span(a.source_span),
                   *_span(a.cue_span), a.content_span.start, a.content_span.end)
                  for i, a in enumerate(analysis.attributions))
    quants = tuple((i, float(q.value), int(q.approx), q.measure, q.subject, q.attribution, q.text, q.number_span.start,
                    q.number_span.end, None if q.high is None else float(q.high), q.key)
                   for i, q in enumerate(analysis.quantities))
    confs = tuple((i, c.measure, c.subject, json.dumps(list(c.quantities))) for i, c in enumerate(analysis.conflicts))
    heads = tuple((i, o) for i, o in headline_claims(analysis))
    return (attrs, quants, confs, heads)


def prepare(analysis: Analysis, *, stem: bool = False) -> Prepared:
    """The rows of one analysed page; with `stem`, its search index text as stems (SQLite's full-text index
    holds stems: a worker makes them so that the one writer does not). Raises `StoreError` for a page whose
    data cannot be stored."""
    try:
        art = analysis.article
        index = (art.title or "", "\n\n".join(art.body), "\n".join(a.content for a in analysis.attributions))
        if stem:
            index = (stemmed_text(index[0], art.language), stemmed_text(index[1], art.language),
                     stemmed_text(index[2], art.language))
        return Prepared(input=analysis.page.input, row=_article_row(analysis), children=_children(analysis),
                        index=index, stemmed=stem)
    except (ValueError, UnicodeError, OverflowError) as exc:
        raise StoreError(f"cannot store this page: {exc}", where=analysis.page.input) from exc


def write_prepared(tx: Tx, prepared: Prepared) -> tuple[int, str]:
    """Store one page's rows inside an open transaction; return (article id, added|updated|unchanged|duplicate)."""
    key, digest = prepared.key, prepared.content_hash
    found = tx.rows("SELECT id, content_hash FROM articles WHERE key = :key", {"key": key})
    if not found:
        if (same := _stored_content(tx, digest)) is not None:
            return same, "duplicate"
        inserted = tx.rows(_INSERT_ARTICLE, prepared.article)
        if inserted:
            return write_children(tx, [(int(inserted[0]["id"]), prepared)])[0], "added"
        found = tx.rows("SELECT id, content_hash FROM articles WHERE key = :key", {"key": key})
    if found[0]["content_hash"] == digest:
        return int(found[0]["id"]), "unchanged"
    article_id = int(found[0]["id"])
    for table in _CHILD_TABLES:  # fixed names from a tuple, never user input
        tx.execute(f"DELETE FROM {table} WHERE article_id = :id", {"id": article_id})
    tx.unindex_article(article_id)
    tx.execute(_UPDATE_ARTICLE, {**prepared.article, "id": article_id})
    return write_children(tx, [(article_id, prepared)])[0], "updated"


def write_children(tx: Tx, articles: Sequence[tuple[int, Prepared]]) -> list[int]:
    """Write the child rows and the search index of these stored articles (id, rows); one statement a table."""
    for t, (table, columns) in enumerate(CHILD_COLUMNS.items()):
        tx.insert_rows(table, ("article_id", *columns), [(i, *r) for i, p in articles for r in p.children[t]])
    tx.index_articles([(i, p.language, p.index, p.stemmed) for i, p in articles])
    return [i for i, _ in articles]


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


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(values), IN_CHUNK):
        yield values[i:i + IN_CHUNK]


def _stored_keys(tx: Tx, keys: list[str]) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(keys):
        clause, params = in_clause("k", chunk)
        for r in tx.rows(f"SELECT id, key, content_hash FROM articles WHERE key IN {clause}", params):
            out[str(r["key"])] = (int(r["id"]), str(r["content_hash"]))
    return out


def _first_holders(tx: Tx, hashes: list[str]) -> dict[str, int]:
    """The first (lowest) article id that holds each of these content hashes, for those stored."""
    out: dict[str, int] = {}
    for chunk in _chunks(hashes):
        clause, params = in_clause("h", chunk)
        for r in tx.rows(f"SELECT content_hash AS h, min(id) AS id FROM articles WHERE content_hash IN {clause} "
                         "GROUP BY content_hash", params):
            out[str(r["h"])] = int(r["id"])
    return out


def _statuses(tx: Tx, batch: Sequence[Prepared]) -> tuple[list[tuple[int, str]], list[Prepared]] | None:
    """(article id or -k for the k-th new page, status) of each page, and the new pages in order; None when the
    batch needs the page-by-page path (a key twice, or a changed page)."""
    keys = [p.key for p in batch]
    if len(set(keys)) != len(keys):
        return None
    stored = _stored_keys(tx, keys)
    if any(p.key in stored and stored[p.key][1] != p.content_hash for p in batch):
        return None
    holders = _first_holders(tx, sorted({p.content_hash for p in batch if p.key not in stored}))
    out: list[tuple[int, str]] = []
    new: list[Prepared] = []
    for p in batch:
        if p.key in stored:
            out.append((stored[p.key][0], "unchanged"))
        elif p.content_hash in holders:
            out.append((holders[p.content_hash], "duplicate"))
        else:
            new.append(p)
            holders[p.content_hash] = -len(new)  # its id once it has one
            out.append((-len(new), "added"))
    return out, new


def write_batch(tx: Tx, batch: Sequence[Prepared]) -> list[tuple[int, str]] | None:
    """Store `batch` inside the open transaction `tx`; return (article id, status) of each page, or None (nothing
    written) when the batch must be written page by page (see the module docstring)."""
    try:
        with tx.savepoint():
            planned = _statuses(tx, batch)
            if planned is None:
                return None
            out, new = planned
            ids = tx.new_article_ids(len(new)) if new else []
            rows = [(i, *p.row) for i, p in zip(ids, new)]
            if tx.insert_rows("articles", ("id", *ARTICLE_COLUMNS), rows, unique="key") != len(rows):
                raise StoreError("another writer stored some of these pages meanwhile")  # rolls the batch back
            write_children(tx, list(zip(ids, new)))
    except StoreError:
        return None
    return [(ids[-i - 1], status) if i < 0 else (i, status) for i, status in out]


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0,
                                                            "duplicate": 0})
    failures: list[Failure] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    start: float = field(default_factory=time.perf_counter)


class BatchWriter:
    """Buffers analyses and writes them a batch per transaction (`write_batch`, else a savepoint per page); tallies
    the run.

    `fail` records a page that could not be read, analysed or stored (and passes it to `on_failure`);
    `skip` counts a page the caller found stored (unchanged, or a duplicate); `report` sums the run up. Call `flush`
    when the stream ends, also when it ends with an exception, to keep what was done (`write_all` does both for a
    stream of results).
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

    def write_all(self, results: Iterable[Analysis | Failure]) -> None:
        """Add each analysis and record each failure of a stream, then flush, also when the stream ends with an
        exception (Ctrl-C): what was analysed is kept."""
        try:
            for res in results:
                if isinstance(res, Failure):
                    self.fail(res)
                else:
                    self.add(res)
        finally:
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
            if (done := write_batch(tx, batch)) is not None:
                for article_id, status in done:
                    self.tally.counts[status] += 1
                    self.tally.ids.append(article_id)
                return
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
    writer.write_all(analyses)
    return writer.report()
