"""`enligt bench serve`: page latency of the web UI on a generated corpus (figures printed, never asserted).

Builds an N-article SQLite corpus from `enligt.bench.synth` through `enligt.corpus.ingest_pages`, starts
`enligt serve` on loopback in a subprocess (so client and server do not share a GIL), then times
sequential keep-alive requests with httpx: article pages, search pages, and the article JSON.
"""
from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from enligt.bench.ingest import build_corpus
from enligt.errors import EnligtError
from enligt.web.demo import free_port

QUERIES = ("soldiers", "soldater", "killed", "dödats", "Kramatorsk", "Odesa", "officials", "källor",
           '"Kyiv Post"', "explosions", "evakuerats", "Ukrainian army", "Kreml*", "basement", "striderna")


def _wait_ready(client: httpx.Client, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise EnligtError(f"the server exited with status {proc.returncode}")
        try:
            if client.get("/api/overview", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise EnligtError("the server did not start in time")


@contextmanager
def serving(db: str) -> Iterator[str]:
    """Run `enligt serve` on `db` in a subprocess on a free loopback port; yield its base URL once it answers."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "enligt", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            _wait_ready(client, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _time(client: httpx.Client, paths: list[str]) -> list[float]:
    out = []
    for path in paths:
        start = time.perf_counter()
        resp = client.get(path)
        out.append((time.perf_counter() - start) * 1000)
        if resp.status_code != 200:
            raise EnligtError(f"GET {path} answered {resp.status_code}")
    return out


def _line(label: str, ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100)
    return f"{label:<22} n={len(ms):<4} p50 {q[49]:6.1f} ms   p95 {q[94]:6.1f} ms   max {max(ms):6.1f} ms"


def _measure(base: str, requests: int) -> list[str]:
    rnd = random.Random(7)
    articles = 1
    plans: list[tuple[str, Callable[[], str]]] = [
        ("article page", lambda: f"/articles/{rnd.randint(1, articles)}"),
        ("search page", lambda: f"/search?q={rnd.choice(QUERIES)}"),
        ("search + filters", lambda: f"/search?q={rnd.choice(QUERIES)}&lang={rnd.choice(['sv', 'en'])}"
                                     "&date_from=2023-03-01&date_to=2023-03-20"),
        ("article JSON", lambda: f"/api/articles/{rnd.randint(1, articles)}"),
    ]
    lines = []
    with httpx.Client(base_url=base, timeout=30) as client:
        articles = max(1, int(client.get("/api/overview").json()["counts"]["articles"]))
        lines.append(f"serving {articles:,} articles at {base}")
        for label, make in plans:
            _time(client, [make() for _ in range(20)])  # warm caches and connections
            lines.append(_line(label, _time(client, [make() for _ in range(requests)])))
        lines.append(_line("overview page", _time(client, ["/"] * max(20, requests // 10))))
    return lines


def serve_benchmark(*, articles: int = 10_000, requests: int = 300, db: str | None = None) -> str:
    """Build (or reuse, when `db` exists) a generated corpus, serve it, and report p50/p95 latencies."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(db) if db else Path(tmp) / "bench-serve.db"
        lines = [f"database: {path}"]
        if not path.exists():
            start = time.perf_counter()
            lines.append(f"built: {build_corpus(str(path), pages=articles)} in {time.perf_counter() - start:,.1f} s")
        with serving(str(path)) as base:
            lines += _measure(base, requests)
        lines.append("targets: article page < 50 ms and search < 100 ms at p95 (sequential requests, loopback)")
    return "\n".join(lines)
