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

OnFailure = Callable[[Failure], None]
BATCH_PAGES = 200
BATCH_SECONDS = 2.0

_ARTICLE_COLS = ("key", "content_hash", "input", "url", "kind", "encoding", "fetched", "outlet", "outlet_key",
                 "language", "title", "lead", "authors", "published", "updated", "day", "text", "article_json",
                 "notes", "n_attributions", "n_quantities", "ingested")
_INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(_ARTICLE_COLS)}) "
                   f"VALUES ({', '.join(':' + c for c in _ARTICLE_COLS)}) RETURNING id")
_UPDATE_ARTICLE = (f"UPDATE articles SET {', '.join(f'{c} = :{c}' for c in _ARTICLE_COLS)} WHERE id = :id")
_INSERT_ATTRIBUTION = (
    "INSERT INTO attributions (article_id, idx, source, source_name, source_key, source_type, cue, content, kind, "
    "hearsay, via, source_start, source_end, cue_start, cue_end, content_start, content_end) VALUES (:article_id, "
    ":idx, :source, :source_name, :source_key, :source_type, :cue, :content, :kind, :hearsay, :via, :source_start, "
    ":source_end, :cue_start, :cue_end, :content_start, :content_end)")
_INSERT_QUANTITY = (
    "INSERT INTO quantities (article_id, idx, value, approx, measure, subject, attribution_idx, text, number_start, "
    "number_end, high, qkey) VALUES (:article_id, :idx, :value, :approx, :measure, :subject, :attribution_idx, :text, "
    ":number_start, :number_end, :high, :qkey)")
_INSERT_CONFLICT = ("INSERT INTO conflicts (article_id, idx, measure, subject, quantities) "
                    "VALUES (:article_id, :idx, :measure, :subject, :quantities)")
_INSERT_HEADLINE = ("INSERT INTO headline_claims (article_id, attribution_idx, overlap) "
                    "VALUES (:article_id, :attribution_idx, :overlap)")
_CHILD_TABLES = ("attributions", "quantities", "conflicts", "headline_claims")


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


def _children(article_id: int, analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    attrs = []
    for i, a in enumerate(analysis.attributions):
        (ss, se), (cs, ce) = _span(a.source_span), _span(a.cue_span)
        attrs.append({"article_id": article_id, "idx": i, "source": a.source, "source_name": a.source_name,
                      "source_key": source_key(a.source_name or a.source), "source_type": a.source_type,
                      "cue": a.cue, "content": a.content, "kind": a.kind, "hearsay": int(a.hearsay),
                      "via": json.dumps(list(a.via), ensure_ascii=False), "source_start": ss, "source_end": se,
                      "cue_start": cs, "cue_end": ce, "content_start": a.content_span.start,
                      "content_end": a.content_span.end})
    quants = [{"article_id": article_id, "idx": i, "value": float(q.value), "approx": int(q.approx),
               "measure": q.measure, "subject": q.subject, "attribution_idx": q.attribution, "text": q.text,
               "number_start": q.number_span.start, "number_end": q.number_span.end,
               "high": None if q.high is None else float(q.high), "qkey": q.key}
              for i, q in enumerate(analysis.quantities)]
    confs = [{"article_id": article_id, "idx": i, "measure": c.measure, "subject": c.subject,
              "quantities": json.dumps(list(c.quantities))} for i, c in enumerate(analysis.conflicts)]
    heads = [{"article_id": article_id, "attribution_idx": i, "overlap": o} for i, o in headline_claims(analysis)]
    return {"attributions": attrs, "quantities": quants, "conflicts": confs, "headline_claims": heads}


def write_analysis(tx: Tx, analysis: Analysis) -> tuple[int, str]:
    """Store one analysis inside an open transaction; return (article id, added|updated|unchanged|duplicate)."""
    row = _article_row(analysis)
    found = tx.rows("SELECT id, content_hash FROM articles WHERE key = :key", {"key": row["key"]})
    if found and found[0]["content_hash"] == row["content_hash"]:
        return int(found[0]["id"]), "unchanged"
    if not found and (same := _stored_content(tx, row["content_hash"])) is not None:
        return same, "duplicate"
    if found:
        article_id, status = int(found[0]["id"]), "updated"
        for table in _CHILD_TABLES:  # fixed names from a tuple, never user input
            tx.execute(f"DELETE FROM {table} WHERE article_id = :id", {"id": article_id})
        tx.unindex_article(article_id)
        tx.execute(_UPDATE_ARTICLE, {**row, "id": article_id})
    else:
        article_id, status = tx.execute(_INSERT_ARTICLE, row), "added"
    kids = _children(article_id, analysis)
    tx.executemany(_INSERT_ATTRIBUTION, kids["attributions"])
    tx.executemany(_INSERT_QUANTITY, kids["quantities"])
    tx.executemany(_INSERT_CONFLICT, kids["conflicts"])
    tx.executemany(_INSERT_HEADLINE, kids["headline_claims"])
    art = analysis.article
    tx.index_article(article_id, title=art.title or "", body="\n\n".join(art.body),
                     claims="\n".join(a.content for a in analysis.attributions), lang=art.language)
    return article_id, status


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
        self.pending: list[Analysis] = []
        self.last = time.monotonic()

    def add(self, analysis: Analysis) -> None:
        self.pending.append(analysis)
        if len(self.pending) >= BATCH_PAGES or time.monotonic() - self.last > BATCH_SECONDS:
            self.flush()

    def skip(self, status: str = "unchanged") -> None:
        self.tally.counts[status] += 1

    def fail(self, failure: Failure) -> None:
        self.tally.failures.append(failure)
        if self.on_failure is not None:
            self.on_failure(failure)

    def flush(self) -> None:
        batch, self.pending, self.last = self.pending, [], time.monotonic()
        if not batch:
            return
        with self.store.backend.transaction() as tx:
            for analysis in batch:
                try:
                    with tx.savepoint():
                        article_id, status = write_analysis(tx, analysis)
                except StoreError as exc:
                    exc.where = exc.where or analysis.page.input
                    self.fail(Failure(analysis.page.input, exc))
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
