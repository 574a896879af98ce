from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from enligt.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SAMPLES = ROOT / "src" / "enligt" / "samples"  # package data; samples/ at the root links here


@pytest.fixture
def dev_corpus() -> Path:
    """The shared annotated dev corpus; tests that need it skip where it is absent."""
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev not present")
    return DEV

# PostgreSQL joins when a test database is given: ENLIGT_TEST_POSTGRES=postgresql://user@host/db (it is wiped).
PG_URL = os.environ.get("ENLIGT_TEST_POSTGRES", "")
BACKENDS = ["sqlite-memory", "sqlite-file"] + (["postgresql"] if PG_URL else [])


def _wipe_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store on each backend."""
    if request.param == "postgresql":
        _wipe_postgres(PG_URL)
        url = PG_URL
    else:
        url = ":memory:" if request.param == "sqlite-memory" else str(tmp_path / "corpus.db")
    with open_store(url) as st:
        yield st


def kept(a: object, b: object) -> bool:
    """Whether two answers of a reader are the same kept object. A tuple answer counts when its items are: compiled
    (mypyc), a function typed to return a tuple builds a new tuple object on every return to Python."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(kept(x, y) for x, y in zip(a, b))
    return a is b
