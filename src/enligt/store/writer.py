"""Ingest: analyse pages and store them, idempotently, resumably, reporting bad pages as it goes.

A page is identified by its key (URL, else input path) and the sha256 of its decoded content.
A page already stored with the same hash is skipped before analysis ("unchanged"); a changed
page replaces the stored version under the same article id ("updated"). Pages are written in
batches (one transaction per batch, a savepoint per page), so a killed run loses at most the
last uncommitted batch and a rerun picks up where it stopped.
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from enligt.errors import StoreError
from enligt.ingest.sources import iter_pages
from enligt.models import Analysis, Failure, Item
from enligt.settings import Options
from enligt.store.base import IngestReport, Tx
from enligt.store.keys import content_hash, day_of, headline_claims, page_key, source_key

if TYPE_CHECKING:
    from enligt.store.api import Store

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
    "number_end) VALUES (:article_id, :idx, :value, :approx, :measure, :subject, :attribution_idx, :text, "
    ":number_start, :number_end)")
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
               "number_start": q.number_span.start, "number_end": q.number_span.end}
              for i, q in enumerate(analysis.quantities)]
    confs = [{"article_id": article_id, "idx": i, "measure": c.measure, "subject": c.subject,
              "quantities": json.dumps(list(c.quantities))} for i, c in enumerate(analysis.conflicts)]
    heads = [{"article_id": article_id, "attribution_idx": i, "overlap": o} for i, o in headline_claims(analysis)]
    return {"attributions": attrs, "quantities": quants, "conflicts": confs, "headline_claims": heads}


def write_analysis(tx: Tx, analysis: Analysis) -> tuple[int, str]:
    """Store one analysis inside an open transaction; return (article id, added|updated|unchanged)."""
    row = _article_row(analysis)
    found = tx.rows("SELECT id, content_hash FROM articles WHERE key = :key", {"key": row["key"]})
    if found and found[0]["content_hash"] == row["content_hash"]:
        return int(found[0]["id"]), "unchanged"
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
                     claims="\n".join(a.content for a in analysis.attributions))
    return article_id, status


def store_analysis(analysis: Analysis, *, store: Store) -> int:
    """Store one analysed page (in its own transaction) and return its article id."""
    with store.backend.transaction() as tx:
        article_id, _ = write_analysis(tx, analysis)
    return article_id


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0})
    failures: list[Failure] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    start: float = field(default_factory=time.perf_counter)

    def report(self) -> IngestReport:
        return IngestReport(added=self.counts["added"], updated=self.counts["updated"],
                            unchanged=self.counts["unchanged"], failures=tuple(self.failures),
                            seconds=time.perf_counter() - self.start, article_ids=tuple(self.ids))


class _Writer:
    """Buffers analyses and writes them a batch per transaction, one savepoint per page."""

    def __init__(self, store: Store, tally: _Tally, fail: OnFailure) -> None:
        self.store, self.tally, self.fail = store, tally, fail
        self.pending: list[Analysis] = []
        self.last = time.monotonic()

    def add(self, analysis: Analysis) -> None:
        self.pending.append(analysis)
        if len(self.pending) >= BATCH_PAGES or time.monotonic() - self.last > BATCH_SECONDS:
            self.flush()

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


def _progress_bar(enabled: bool) -> Any:
    """A tqdm bar on stderr, only when asked for and stderr is a terminal (never in logs or pipes)."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm  # type: ignore[import-untyped]

    return tqdm(unit=" pages", file=sys.stderr, mininterval=0.5, delay=1.0, dynamic_ncols=True, leave=False)


def _failure_sink(tally: _Tally, on_failure: OnFailure | None, bar: Any) -> OnFailure:
    def fail(failure: Failure) -> None:
        tally.failures.append(failure)
        if on_failure is None:
            return
        if bar is not None:
            with bar.external_write_mode(file=sys.stderr):
                on_failure(failure)
        else:
            on_failure(failure)
    return fail


def ingest_pages(items: Iterable[Item], *, store: Store, options: Options, progress: bool = False,
                 on_failure: OnFailure | None = None) -> IngestReport:
    """Analyse and store a stream of pages (`Page` or `Failure`, e.g. generated pages for benchmarks).

    Pages already stored unchanged are skipped before analysis. `on_failure` is called for each bad
    page as it happens (the CLI prints one line); `progress` shows a tqdm bar when stderr is a terminal.
    """
    from enligt.pipeline import analyze_items

    tally = _Tally()
    bar = _progress_bar(progress)
    fail = _failure_sink(tally, on_failure, bar)
    writer = _Writer(store, tally, fail)

    def fresh() -> Iterator[Item]:
        for item in items:
            if bar is not None:
                bar.update(1)
            if not isinstance(item, Failure) and _stored_hash(store, page_key(item)) == content_hash(item):
                tally.counts["unchanged"] += 1
                continue
            yield item

    try:
        for res in analyze_items(fresh(), options=options):
            if isinstance(res, Failure):
                fail(res)
            else:
                writer.add(res)
    finally:
        writer.flush()  # also on Ctrl-C: keep what was analysed
        if bar is not None:
            bar.close()
    return tally.report()


def _stored_hash(store: Store, key: str) -> str | None:
    rows = store.backend.rows("SELECT content_hash FROM articles WHERE key = :key", {"key": key})
    return str(rows[0]["content_hash"]) if rows else None


def ingest(inputs: Iterable[str], *, store: Store, options: Options, progress: bool = False,
           on_failure: OnFailure | None = None) -> IngestReport:
    """Analyse every page named by `inputs` (files, folders, URLs, feeds, WARC) into the store."""
    return ingest_pages(iter_pages(inputs, options=options), store=store, options=options, progress=progress,
                        on_failure=on_failure)


def ingest_analyses(analyses: Iterable[Analysis | Failure], *, store: Store,
                    on_failure: OnFailure | None = None) -> IngestReport:
    """Store already-analysed pages (a `Failure` is counted and reported, not stored)."""
    tally = _Tally()
    fail = _failure_sink(tally, on_failure, None)
    writer = _Writer(store, tally, fail)
    try:
        for res in analyses:
            if isinstance(res, Failure):
                fail(res)
            else:
                writer.add(res)
    finally:
        writer.flush()
    return tally.report()
