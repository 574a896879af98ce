"""`enligt bench scale`: one generated WARC ingested with 1, 2, ... Dask workers; speed-up, memory, limits.

Writes an archive of generated HTML pages (`enligt.bench.warc`), then for each worker count starts
a LocalCluster, warms its workers (imports, word lists), and ingests the archive into a fresh
database: SQLite by default (the client is the one writer), or PostgreSQL with `--db` (the workers
write; each run gets its own schema, `enligt_bench_w<N>`, dropped first). `0` in the list is the
one-process ingest without Dask. Prints pages/s, speed-up over the first run, the CPU the workers
and the client used, each worker's resident memory along the run, whether every run made the same
corpus (`enligt.store.digest`), and what limits the speed-up. Figures only, never asserted.
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from enligt.bench.warc import html_page, text_page, write_archive
from enligt.corpus import ingest
from enligt.scale.cluster import connect
from enligt.scale.run import ingest_tasks
from enligt.scale.work import plan
from enligt.scale.worker import Outcome
from enligt.settings import Options
from enligt.store import Store, open_store
from enligt.store.digest import corpus_digest


@dataclass
class Run:
    """What one ingest with `workers` workers measured."""

    workers: int
    pages: int = 0
    failed: int = 0
    wall: float = 0.0
    client_cpu: float = 0.0
    worker_cpu: float = 0.0
    rss: dict[int, list[float]] = field(default_factory=dict)  # worker pid -> RSS after each of its tasks
    digest: dict[str, tuple[int, str]] = field(default_factory=dict)
    machine: float = 0.0  # cores the whole machine kept busy during the run (all processes)

    def watch(self, outcome: Outcome) -> None:
        self.worker_cpu += outcome.cpu
        self.rss.setdefault(outcome.pid, []).append(outcome.rss_mb)


def _warm(_: object = None) -> int:
    """Run on each worker before timing: imports, word lists and the language model."""
    from enligt.pipeline import analyze_text

    analyze_text("Rubrik\n\nEnligt polisen brann det i natt, säger hon till TT.", options=Options())
    return os.getpid()


@contextmanager
def _database(db: str | None, tmp: Path, workers: int) -> Iterator[Store]:
    """A fresh database for one run: a new SQLite file, or a new schema of the PostgreSQL database `db`."""
    if db is None or not db.startswith(("postgresql://", "postgres://")):
        path = (Path(db).with_suffix(f".w{workers}.db") if db else tmp / f"bench-w{workers}.db")
        for old in path.parent.glob(path.name + "*"):
            old.unlink()
        with open_store(str(path)) as store:
            yield store
        return
    import psycopg

    schema = f"enligt_bench_w{workers}"
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in db else "?"
    with open_store(f"{db}{joiner}options={quote(f'-csearch_path={schema}')}") as store:
        yield store


def _one(warc: Path, db: str | None, tmp: Path, workers: int) -> Run:
    run, options = Run(workers), Options()
    with _database(db, tmp, workers) as store:
        if workers == 0:
            _warm()
            wall, cpu, busy = time.perf_counter(), time.process_time(), _busy()
            report = ingest([str(warc)], store=store, options=options)
            run.worker_cpu = time.process_time() - cpu
        else:
            with connect(workers=workers) as runner:
                runner.client.run(_warm)
                wall, cpu, busy = time.perf_counter(), time.process_time(), _busy()
                report = ingest_tasks(plan([str(warc)], options=options), run_on=runner, store=store,
                                      options=options, watch=run.watch)
        run.wall, run.client_cpu = time.perf_counter() - wall, time.process_time() - cpu
        run.machine = _busy_cores(busy, _busy())
        run.pages, run.failed = report.pages, report.failed
        run.digest = corpus_digest(store)
    return run


def _cpu(run: Run) -> float:
    """CPU seconds the run used: its workers' and the client's (one process: the client's alone)."""
    return run.client_cpu + (run.worker_cpu if run.workers else 0.0) or 1e-9


def _model(run: Run, cores: int) -> str:
    """The rate this run's CPU per page allows on `cores` idle cores: each worker is one process (one core at
    most), the client one more, and all of them share the cores."""
    worker_ms = (run.worker_cpu if run.workers else run.client_cpu) / run.pages * 1000
    client_ms = run.client_cpu / run.pages * 1000 if run.workers else 0.0
    bounds = [max(run.workers, 1) * 1000 / worker_ms, cores * 1000 / (worker_ms + client_ms)]
    if client_ms:
        bounds.append(1000 / client_ms)
    return (f"CPU a page: workers {worker_ms:.2f} ms, client {client_ms:.2f} ms, so on {cores} idle cores "
            f"at most {min(bounds):,.0f} pages/s")


def _memory(run: Run) -> str:
    parts = []
    for series in run.rss.values():
        mid = series[len(series) // 2]
        parts.append(f"{series[0]:.0f}/{mid:.0f}/{series[-1]:.0f} (max {max(series):.0f})")
    return "; ".join(parts) if parts else "-"


def _busy() -> tuple[float, float]:
    """(busy, total) CPU ticks of the whole machine so far (/proc/stat; zeros where it is missing)."""
    try:
        with open("/proc/stat") as fh:
            ticks = [float(v) for v in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return (0.0, 0.0)
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0.0)  # idle + iowait
    return (sum(ticks) - idle, sum(ticks))


def _busy_cores(before: tuple[float, float], after: tuple[float, float]) -> float:
    total = after[1] - before[1]
    return (after[0] - before[0]) / total * (os.cpu_count() or 1) if total > 0 else 0.0


def _limit(run: Run, cores: int) -> str:
    """What held this run back, from the CPU its parts and the rest of the machine used."""
    workers = run.worker_cpu / run.wall if run.workers else run.client_cpu / run.wall
    client = run.client_cpu / run.wall if run.workers else 0.0
    others = max(0.0, run.machine - workers - client)
    used = f"workers {workers:.2f}, client {client:.2f}, other processes {others:.2f} of {cores} cores"
    if run.machine >= 0.9 * cores:
        return f"CPU: the cores were busy ({used})"
    if run.workers == 0:
        return f"one process: one core ({used})"
    if client >= 0.8:
        return f"the client: its scheduler and the one writer ({used})"
    if workers / run.workers < 0.8:
        return f"the workers wait: the database, the client's writer or the scheduler ({used})"
    return f"none seen ({used})"


def scale_benchmark(*, workers: list[int], pages: int = 3000, page_kb: int = 0, db: str | None = None,
                    text: bool = False) -> str:
    """Ingest one generated WARC of `pages` pages (HTML padded with `page_kb` KB of script, or plain text with
    `text`) with each worker count in `workers`; report speed, CPU, memory, same-corpus check and limits."""
    cores = os.cpu_count() or 1
    lines = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        warc = tmp / "bench.warc"
        with warc.open("wb") as fh:
            if text:
                write_archive(fh, (text_page(i) for i in range(pages)), media_type="text/plain")
            else:
                write_archive(fh, (html_page(i, padding=page_kb * 1024) for i in range(pages)))
        load = os.getloadavg()[0]
        lines.append(f"archive: {pages:,} {'plain-text' if text else 'HTML'} pages, {warc.stat().st_size / 2**20:,.1f} MB; {cores} cores; "
                     f"load average before: {load:.2f}; into {'PostgreSQL' if db and '://' in db else 'SQLite'}")
        lines.append("workers  pages/s  per worker  speed-up  worker CPU  client CPU  pages/CPU-s  "
                     "RSS per worker, MB (first/middle/last)")
        runs = []
        for n in workers:
            run = _one(warc, db, tmp, n)
            runs.append(run)
            rate = run.pages / run.wall
            base = runs[0].pages / runs[0].wall
            lines.append(f"{n:>7}  {rate:7,.0f}  {rate / max(n, 1):10,.0f}  {rate / base:7.2f}x  "
                         f"{run.worker_cpu / run.wall:9.2f}c  {run.client_cpu / run.wall:9.2f}c  "
                         f"{run.pages / _cpu(run):11,.0f}  {_memory(run)}")
        lines.append("")
        for run in runs:
            lines.append(f"{run.workers} workers: {run.pages:,} pages ({run.failed} failed) in {run.wall:,.1f} s; "
                         f"limit: {_limit(run, cores)}; {_model(run, cores)}")
        same = all(r.digest == runs[0].digest for r in runs)
        counts = {t: n for t, (n, _) in runs[0].digest.items()}
        lines.append(f"same corpus in every run (row counts and content digests): {'yes' if same else 'NO'}; {counts}")
        lines.append(f"load average after: {os.getloadavg()[0]:.2f} (other processes share these cores)")
    lines.append(f"per-worker RSS spread within each run: "
                 f"{', '.join(_spread(r) for r in runs if r.rss) or '-'}")
    return "\n".join(lines)


def _spread(run: Run) -> str:
    values = [v for s in run.rss.values() for v in s[len(s) // 4:]]  # after the first quarter (warm)
    if not values:
        return "-"
    return f"{run.workers}w ±{(max(values) - min(values)) / 2:.1f} MB around {statistics.median(values):.0f} MB"
