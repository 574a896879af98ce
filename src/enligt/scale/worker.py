"""What a worker does with one task: read its pages, skip those stored unchanged, analyse the rest, and
hand them to the run's sink.

Sinks (`Sink.kind`):
- `rows`: return each page as the rows it is stored as (`enligt.store.writer.Prepared`); the client,
  the one writer of a SQLite corpus, commits them;
- `db`: write into a database that many writers share (PostgreSQL) with the store's idempotent keys,
  pages in key order (so two workers never wait on each other in a circle);
- `parquet`: write the task's pages as one part of a Parquet dataset (`enligt.store.parquet`);
- `render`: return each page as `enligt analyze` prints it (jsonl, json or text).

A task is safe to run twice (Dask reruns the tasks of a worker that died): rows are returned, not
kept; the database keys and the dataset's part names make a second write a no-op. Runs in the
worker process; `run_task` is also called in the client's own process when no cluster is used.
"""
from __future__ import annotations

import functools
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

from enligt.errors import StoreError
from enligt.ingest.warc import Counts
from enligt.models import Analysis, Failure, Item, Page
from enligt.output.jsonout import analysis_json
from enligt.output.report import printable, render
from enligt.pipeline import analyze_items
from enligt.scale.work import Task
from enligt.settings import Options
from enligt.store import Store, open_store
from enligt.store.keys import content_hash, page_key
from enligt.store.parquet import part_done, part_rows, write_part
from enligt.store.writer import BatchWriter, Prepared, prepare

Result = Prepared | str | Failure


@dataclass(frozen=True)
class Sink:
    """Where analysed pages go: `kind` (rows, db, parquet, render) and its `target` (the database URL, the
    dataset folder, or the output format); `width` is the text report's width, `headed` whether each text
    report starts with a line naming its input."""

    kind: str
    target: str = ""
    width: int | None = None
    headed: bool = False


@dataclass(frozen=True)
class Outcome:
    """What one task did. `items`: the pages in input order (rows, rendered output and failures) for the
    rows and render sinks, the failures only for the others. `pid`, `rss_mb` and `cpu` describe the worker."""

    seq: int
    pages: int
    items: tuple[Result, ...] = ()
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    article_ids: tuple[int, ...] = ()
    warc: tuple[tuple[str, Counts], ...] = ()
    pid: int = 0
    rss_mb: float = 0.0
    cpu: float = 0.0
    seconds: float = 0.0


def rss_mb() -> float:
    """Resident memory of this process, in MB."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@functools.cache
def _shared_store(url: str) -> Store:
    """One connection per worker process and database, kept for the worker's life."""
    return open_store(url)


def _fresh(items: Iterator[Item], task: Task, skipped: list[int]) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Page) and task.known.get(page_key(item)) == content_hash(item):
            skipped[0] += 1
            continue
        yield item


def _rendered(analysis: Analysis, sink: Sink) -> str:
    if sink.target == "jsonl":
        return analysis_json(analysis, input_name=analysis.page.input, indent=None)
    if sink.target == "json":
        return analysis_json(analysis)
    head = f"==> {printable(analysis.page.input)} <==\n\n" if sink.headed else ""
    return head + render(analysis, width=sink.width)


def _result(res: Analysis | Failure, sink: Sink) -> Result:
    if isinstance(res, Failure):
        return res
    if sink.kind == "render":
        return _rendered(res, sink)
    try:
        return prepare(res, stem=sink.kind == "rows")  # the SQLite writer's stems, made here
    except StoreError as exc:
        return Failure(res.page.input, exc)


def _write_db(base: Outcome, url: str, results: list[Result]) -> Outcome:
    writer = BatchWriter(_shared_store(url))
    for res in sorted((r for r in results if isinstance(r, Prepared)), key=lambda p: p.key):
        writer.add_prepared(res)
    writer.flush()
    rep = writer.report()
    fails = tuple(r for r in results if isinstance(r, Failure)) + rep.failures
    return replace(base, items=fails, added=rep.added, updated=rep.updated, unchanged=base.unchanged + rep.unchanged,
                   duplicates=rep.duplicates, article_ids=rep.article_ids)


def _write_parquet(base: Outcome, folder: str, part: str, results: list[Result]) -> Outcome:
    rows = [r for r in results if isinstance(r, Prepared)]
    return replace(base, items=tuple(r for r in results if isinstance(r, Failure)),
                   added=write_part(folder, part, rows))


def run_task(task: Task, *, sink: Sink, options: Options) -> Outcome:
    """Read, analyse and deliver one task's pages (see the module docstring)."""
    start, cpu = time.perf_counter(), time.process_time()
    part = task.work.ident()
    if sink.kind == "parquet" and part_done(sink.target, part):  # written by an earlier run or attempt
        n = part_rows(sink.target, part)
        return Outcome(task.seq, n, unchanged=n, pid=os.getpid(), rss_mb=rss_mb())
    counts: dict[str, Counts] = {}
    skipped = [0]
    results = [_result(r, sink) for r in analyze_items(_fresh(task.work.read(options, counts), task, skipped),
                                                       options=options)]
    out = Outcome(task.seq, len(results) + skipped[0], items=tuple(results), unchanged=skipped[0],
                  warc=tuple(counts.items()))
    if sink.kind == "db":
        out = _write_db(out, sink.target, results)
    elif sink.kind == "parquet":
        out = _write_parquet(out, sink.target, part, results)
    return replace(out, pid=os.getpid(), rss_mb=rss_mb(), cpu=time.process_time() - cpu,
                   seconds=time.perf_counter() - start)
