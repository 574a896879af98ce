"""The ingest benchmark runs end to end on a few pages (figures are printed, never asserted)."""
from __future__ import annotations

from pathlib import Path

from enligt.bench.ingest import build_corpus, ingest_benchmark
from enligt.store import open_store


def test_build_corpus_ingests_generated_pages(tmp_path: Path) -> None:
    db = tmp_path / "web.db"
    assert "4 added" in build_corpus(str(db), pages=4)
    with open_store(str(db)) as st:
        assert st.list_articles()["total"] == 4


def test_ingest_benchmark_prints_every_stage() -> None:
    out = ingest_benchmark(pages=4)
    for label in ("analysis only", "storage only", "ingest (analyse + store into sqlite)", "rerun (idempotent): 4"):
        assert label in out
