"""The scale benchmark runs end to end on a few pages (figures are printed, never asserted)."""
from __future__ import annotations

import pytest

from enligt.bench.scale import scale_benchmark

from ..conftest import PG_URL

pytest.importorskip("distributed")


@pytest.mark.parametrize("text", [False, True])
def test_scale_benchmark_compares_runs_and_names_the_limit(text: bool) -> None:
    out = scale_benchmark(workers=[0, 1], pages=12, text=text)
    assert ("plain-text" if text else "HTML") in out and "SQLite" in out
    assert "same corpus in every run (row counts and content digests): yes" in out
    assert "1 workers: 12 pages (0 failed)" in out and "limit: " in out


@pytest.mark.skipif(not PG_URL, reason="needs ENLIGT_TEST_POSTGRES")
def test_scale_benchmark_into_postgresql_uses_its_own_schema() -> None:
    import psycopg

    out = scale_benchmark(workers=[1], pages=8, db=PG_URL)
    assert "PostgreSQL" in out and "1 workers: 8 pages (0 failed)" in out
    with psycopg.connect(PG_URL) as conn:
        n = conn.execute("SELECT count(*) FROM enligt_bench_w1.articles").fetchone()
    assert n == (8,)
