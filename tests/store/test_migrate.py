"""An SQLite corpus of an older schema (1: words indexed as written; 2: no ranges or keys on quantities)
is upgraded when opened (store/migrate.py)."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from enligt.store import ingest_analyses, open_store

from .conftest import tiny_corpus


def _as_schema_1(path: Path) -> None:
    """Turn a fresh database back into what schema 1 stored: unstemmed index, no content-hash index."""
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX articles_hash")
    conn.execute("DELETE FROM search_index")
    conn.execute("INSERT INTO search_index(rowid, title, body, claims) SELECT id, title, text, '' FROM articles")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()


def test_a_schema_1_database_is_upgraded_and_its_index_stemmed(tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "old.db"
    with open_store(str(db)) as store:
        ingest_analyses(tiny_corpus(), store=store)
    _as_schema_1(db)
    with caplog.at_level(logging.INFO, logger="enligt.notes"), open_store(str(db)) as store:
        assert store.search("död")["total"] == 2
        assert store.backend.rows("SELECT value FROM meta WHERE key = 'schema_version'")[0]["value"] == "3"
        assert store.backend.rows("SELECT name FROM sqlite_master WHERE name = 'articles_hash'")
    assert "upgraded to schema 3" in caplog.text and "4 articles" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="enligt.notes"), open_store(str(db)) as store:
        assert store.search("död")["total"] == 2
    assert "upgraded" not in caplog.text  # once


def test_a_schema_2_database_gets_the_range_and_key_columns(tmp_path: Path) -> None:
    db = tmp_path / "v2.db"
    with open_store(str(db)) as store:
        ingest_analyses(tiny_corpus(), store=store)
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE quantities DROP COLUMN high")
    conn.execute("ALTER TABLE quantities DROP COLUMN qkey")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with open_store(str(db)) as store:
        cols = {r["name"] for r in store.backend.rows("PRAGMA table_info(quantities)")}
        assert {"high", "qkey"} <= cols
        assert store.backend.rows("SELECT value FROM meta WHERE key = 'schema_version'")[0]["value"] == "3"
        assert isinstance(store.corpus_conflicts(), list)  # figures without a key are compared by subject


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    from enligt.errors import StoreError

    db = tmp_path / "new.db"
    open_store(str(db)).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(str(db))
