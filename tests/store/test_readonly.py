"""A corpus on a read-only folder or medium (a mounted archive, a read-only volume) is read without locks;
writing to it is a clear error. SQLite could not open it at all: it makes its lock files (-wal, -shm) beside the
database even to read a WAL database. The medium is made read-only with `chattr +i` (root, a filesystem that
has the flag); elsewhere these tests skip."""
from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from enligt.errors import StoreError
from enligt.store import ingest_analyses, open_store

from .conftest import tiny_corpus


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", *map(str, paths)], capture_output=True, check=False).returncode:
        pytest.skip("cannot make files immutable here (chattr +i needs root and a filesystem with the flag)")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", *map(str, paths)], check=True)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    db = folder / "c.db"
    with open_store(str(db)) as st:
        ingest_analyses(tiny_corpus(), store=st)
    assert not (folder / "c.db-wal").exists()  # closing merged the changes into the database
    return db


def test_a_database_on_a_read_only_medium_is_read_and_refuses_writes(tmp_path: Path) -> None:
    db = _corpus(tmp_path / "medium")
    with read_only(db, db.parent), open_store(str(db)) as st:
        assert st.backend.rows("SELECT count(*) AS n FROM articles")[0]["n"] == len(tiny_corpus())
        with pytest.raises(StoreError, match="read-only folder or medium: it can be read, not written"):
            ingest_analyses(tiny_corpus()[:1], store=st)


def test_unmerged_changes_on_a_read_only_medium_are_an_error_that_says_what_to_do(tmp_path: Path) -> None:
    db = _corpus(tmp_path / "medium")
    (tmp_path / "medium" / "c.db-wal").write_bytes(b"")
    with read_only(db, db.parent, db.parent / "c.db-wal"), pytest.raises(StoreError, match="unmerged changes"):
        open_store(str(db))
