"""`enligt bench ingest`: generated pages analysed and stored into a fresh SQLite database; prints pages/s."""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from enligt.bench.measure import Clock
from enligt.bench.synth import synthetic_pages
from enligt.corpus import ingest_pages
from enligt.ingest.read import page_from_bytes
from enligt.models import Page
from enligt.pipeline import analyze_items
from enligt.settings import Options
from enligt.store import ingest_analyses, open_store


def _pages(n: int, seed: int = 0) -> Iterator[Page]:
    return (page_from_bytes(text.encode(), where=name) for name, text in synthetic_pages(n, seed=seed))


def build_corpus(db: str, *, pages: int, options: Options | None = None, progress: bool = False) -> str:
    """Ingest `pages` generated pages into `db` (the web benchmark builds its corpus with this)."""
    with open_store(db) as store:
        return ingest_pages(_pages(pages), store=store, options=options or Options(), progress=progress).summary()


def ingest_benchmark(*, pages: int = 10_000, db: str | None = None) -> str:
    """Time analysis alone, storage alone, then analysis + storage and an idempotent rerun; print pages/s."""
    options = Options()
    lines = []
    list(analyze_items(_pages(20, seed=1), options=options))  # lazy imports and caches before timing
    clock = Clock()
    analyses = list(analyze_items(_pages(min(pages, 2000)), options=options))
    lines.append(f"analysis only:  {len(analyses):,} pages, {clock.rates(len(analyses))}")
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "storage.db")) as store:
            clock = Clock()
            rep = ingest_analyses(analyses, store=store)
            lines.append(f"storage only:   {rep.pages:,} analyses, {clock.rates(rep.pages)}")
        path = db or str(Path(tmp) / "bench.db")
        with open_store(path) as store:
            clock = Clock()
            rep = ingest_pages(_pages(pages), store=store, options=options)
            lines.append(f"ingest (analyse + store into {store.url.split(':', 1)[0]}): {rep.pages:,} pages, "
                         f"{rep.added:,} added, {rep.unchanged:,} unchanged, {rep.failed:,} failed, "
                         f"{clock.rates(rep.pages)}")
            clock = Clock()
            rep = ingest_pages(_pages(pages), store=store, options=options)
            lines.append(f"rerun (idempotent): {rep.unchanged:,} unchanged, {clock.rates(rep.pages)}")
        if Path(path).is_file():
            size = sum(f.stat().st_size for f in Path(path).parent.glob(Path(path).name + "*"))
            lines.append(f"database: {path} {size / 2**20:,.1f} MB")
    return "\n".join(lines)
