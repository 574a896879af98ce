"""Ingest and analyse on many workers: the client's side of a run.

The client plans the tasks (`enligt.scale.work.plan`), asks the corpus which of their pages are
stored already (`known_hashes`: those are skipped unanalysed), runs them on a runner (a Dask
cluster, or this process) and takes their outcomes in input order: with SQLite it is the one writer
and commits the rows the workers return (batches and savepoints as `enligt.corpus` does, so article
ids come out as in a one-process run); with PostgreSQL and a Parquet dataset the workers write
themselves and the client tallies. Bad pages are reported as they come, the progress bar counts
pages, and a WARC archive's note (pages read, records skipped) is printed once at the end.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from enligt.corpus import above_bar, progress_bar
from enligt.errors import StoreError
from enligt.ingest.warc import NOTES, Counts
from enligt.models import Failure
from enligt.scale.cluster import LocalRunner, Runner, connect
from enligt.scale.work import PAGES_PER_TASK, Task, plan
from enligt.scale.worker import Outcome, Result, Sink, run_task
from enligt.settings import Options
from enligt.store.base import Database, IngestReport
from enligt.store.parquet import clean_dataset, pyarrow
from enligt.store.writer import BatchWriter, OnFailure, Prepared, known_hashes

DATASET_PREFIX = "parquet:"


@contextmanager
def runner(*, workers: int | None = None, scheduler: str | None = None) -> Iterator[Runner]:
    """A Dask runner when `workers` or `scheduler` is given, else one that runs here."""
    if workers is None and not scheduler:
        yield LocalRunner()
        return
    with connect(workers=workers, scheduler=scheduler) as dask_runner:
        yield dask_runner


def dataset_folder(out: str) -> str:
    """The folder of `--out parquet:DIR`."""
    if not out.startswith(DATASET_PREFIX) or not out[len(DATASET_PREFIX):]:
        raise StoreError(f"--out takes parquet:DIR, not {out!r}")
    return out[len(DATASET_PREFIX):]


def _sink(store: Database | None, out: str | None) -> Sink:
    if out is not None:
        pyarrow()  # say now, not on every worker, that it is missing
        folder = dataset_folder(out)
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file of that name ('File exists', a traceback once), no permission, a full disk
            raise StoreError(f"cannot make the dataset folder: {exc.strerror or exc}", where=folder) from exc
        return Sink("parquet", folder)
    if store is None:
        raise StoreError("ingest needs a database or --out parquet:DIR")
    shared = store.backend.shared_url
    return Sink("db", shared) if shared else Sink("rows")


def _with_known(tasks: Iterable[Task], store: Database | None) -> Iterator[Task]:
    for task in tasks:
        yield replace(task, known=known_hashes(store, task.work.keys())) if store is not None else task


def _note_archives(counts: dict[str, Counts]) -> None:
    for path, tally in counts.items():
        if tally.opened:
            NOTES.info(tally.note(path))


class _Tally:
    """The client's account of a run whose workers write themselves (PostgreSQL, Parquet)."""

    def __init__(self, on_failure: OnFailure | None) -> None:
        self.on_failure = on_failure
        self.added = self.updated = self.unchanged = self.duplicates = 0
        self.failures: list[Failure] = []
        self.ids: list[int] = []
        self.start = time.perf_counter()

    def take(self, outcome: Outcome) -> None:
        self.added, self.updated = self.added + outcome.added, self.updated + outcome.updated
        self.unchanged, self.duplicates = self.unchanged + outcome.unchanged, self.duplicates + outcome.duplicates
        self.ids.extend(outcome.article_ids)
        for item in outcome.items:
            if isinstance(item, Failure):
                self.failures.append(item)
                if self.on_failure is not None:
                    self.on_failure(item)

    def report(self) -> IngestReport:
        return IngestReport(added=self.added, updated=self.updated, unchanged=self.unchanged,
                            duplicates=self.duplicates, failures=tuple(self.failures), seconds=time.perf_counter() - self.start,
                            article_ids=tuple(self.ids))


def _write(writer: BatchWriter, outcome: Outcome) -> None:
    for item in outcome.items:
        if isinstance(item, Prepared):
            writer.add_prepared(item)
        elif isinstance(item, Failure):
            writer.fail(item)
    writer.skip("unchanged", outcome.unchanged)


def ingest_tasks(tasks: Iterable[Task], *, run_on: Runner, store: Database | None, options: Options,
                 out: str | None = None, progress: bool = False, on_failure: OnFailure | None = None,
                 watch: Any = None) -> IngestReport:
    """Run `tasks` on `run_on` into `store` (or the dataset `out`, parquet:DIR); see the module docstring.
    `watch(outcome)`, if given, sees each task's outcome (the benchmarks read the workers' memory from it)."""
    sink = _sink(store, out)
    bar = progress_bar(progress)
    report_failure = above_bar(on_failure, bar)
    writer = BatchWriter(store, on_failure=report_failure) if sink.kind == "rows" and store is not None else None
    tally = _Tally(report_failure)
    archives: dict[str, Counts] = {}
    known = _with_known(tasks, store if sink.kind != "parquet" else None)
    try:
        for outcome in run_on.run(run_task, known, sink=sink, options=options):
            if bar is not None:
                bar.update(outcome.pages)
            for path, counts in outcome.warc:
                archives.setdefault(path, Counts()).add(counts)
            if watch is not None:
                watch(outcome)
            if writer is not None:
                _write(writer, outcome)
            else:
                tally.take(outcome)
    finally:
        if writer is not None:
            writer.flush()  # also on Ctrl-C: keep what was analysed
        if bar is not None:
            bar.close()
        if sink.kind == "parquet":
            clean_dataset(sink.target)
    _note_archives(archives)
    return writer.report() if writer is not None else tally.report()


def ingest_parallel(inputs: Iterable[str], *, store: Database | None, options: Options, out: str | None = None,
                    workers: int | None = None, scheduler: str | None = None, progress: bool = False,
                    on_failure: OnFailure | None = None, pages: int = PAGES_PER_TASK) -> IngestReport:
    """`enligt ingest --workers N | --scheduler URL | --out parquet:DIR`: every page named by `inputs`,
    analysed on the workers into `store` (or the Parquet dataset `out`)."""
    with runner(workers=workers, scheduler=scheduler) as run_on:
        return ingest_tasks(plan(inputs, options=options, pages=pages), run_on=run_on, store=store,
                            options=options, out=out, progress=progress, on_failure=on_failure)


def analyze_parallel(inputs: Iterable[str], *, options: Options, fmt: str = "jsonl", width: int | None = None,
                     headed: bool = False, workers: int | None = None, scheduler: str | None = None,
                     pages: int = PAGES_PER_TASK) -> Iterator[Result]:
    """`enligt analyze --workers N`: each page as `fmt` (jsonl, json or text) text, or its `Failure`, in input
    order; `headed`: each text report starts with a line naming its input, as `enligt analyze` prints it."""
    archives: dict[str, Counts] = {}
    with runner(workers=workers, scheduler=scheduler) as run_on:
        for outcome in run_on.run(run_task, plan(inputs, options=options, pages=pages),
                                  sink=Sink("render", fmt, width, headed), options=options):
            for path, counts in outcome.warc:
                archives.setdefault(path, Counts()).add(counts)
            yield from outcome.items
    _note_archives(archives)
