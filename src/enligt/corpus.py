"""Building the corpus: pages read (`enligt.ingest`), analysed (`enligt.pipeline`) and stored (`enligt.store`).

The one room that runs all three. `ingest` reads what the user names, `ingest_pages` takes a
stream of pages (generated pages, a WARC); both skip a page already stored unchanged before
analysing it, write in batches (`enligt.store.writer.BatchWriter`), report each bad page as it
happens and show a progress bar when stderr is a terminal. `add_analysis` stores one analysed
page for the web server: concurrent requests write one at a time (one writer).
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from enligt.ingest.sources import iter_pages
from enligt.models import Analysis, Failure, Item
from enligt.pipeline import analyze_items
from enligt.settings import Options
from enligt.store.base import Database, IngestReport
from enligt.store.protocol import CorpusStore
from enligt.store.writer import BatchWriter, OnFailure, stored_as

_WRITE_LOCK = threading.Lock()


def progress_bar(enabled: bool) -> Any:
    """A tqdm bar on stderr, only when asked for and stderr is a terminal (never in logs or pipes)."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm  # type: ignore[import-untyped]

    return tqdm(unit=" pages", file=sys.stderr, mininterval=0.5, delay=1.0, dynamic_ncols=True, leave=False)


def above_bar(on_failure: OnFailure | None, bar: Any) -> OnFailure | None:
    """`on_failure`, printing above the progress bar instead of through it."""
    if on_failure is None or bar is None:
        return on_failure

    def report(failure: Failure) -> None:
        with bar.external_write_mode(file=sys.stderr):
            on_failure(failure)
    return report


def ingest_pages(items: Iterable[Item], *, store: Database, options: Options, progress: bool = False,
                 on_failure: OnFailure | None = None) -> IngestReport:
    """Analyse and store a stream of pages (`Page` or `Failure`, e.g. generated pages for benchmarks).

    Pages already stored unchanged, or whose content is stored under another key (duplicates), are
    skipped before analysis. `on_failure` is called for each bad
    page as it happens (the CLI prints one line); `progress` shows a tqdm bar when stderr is a terminal.
    Interrupted (Ctrl-C), it keeps what was analysed.
    """
    bar = progress_bar(progress)
    writer = BatchWriter(store, on_failure=above_bar(on_failure, bar))

    def fresh() -> Iterator[Item]:
        for item in items:
            if bar is not None:
                bar.update(1)
            if not isinstance(item, Failure) and (status := stored_as(store, item)) is not None:
                writer.skip(status)  # unchanged, or the same content under another key
                continue
            yield item

    try:
        writer.write_all(analyze_items(fresh(), options=options))  # (flushed also on Ctrl-C)
    finally:
        if bar is not None:
            bar.close()
    return writer.report()


def ingest(inputs: Iterable[str], *, store: Database, options: Options, progress: bool = False,
           on_failure: OnFailure | None = None) -> IngestReport:
    """Analyse every page named by `inputs` (files, folders, URLs, feeds, WARC) into the store."""
    return ingest_pages(iter_pages(inputs, options=options), store=store, options=options, progress=progress,
                        on_failure=on_failure)


def add_analysis(analysis: Analysis, *, store: CorpusStore) -> int:
    """Store one analysed page and return its article id; concurrent callers (web requests) write one at a time."""
    with _WRITE_LOCK:
        return store.add(analysis)
