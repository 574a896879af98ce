"""The SQLite backend when the disk fails under it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from enligt.store.sqlite import SQLiteBackend

_FULL = """
import resource, sys
from enligt.errors import StoreError
from enligt.store.sqlite import SQLiteBackend

backend = SQLiteBackend(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))  # no file may grow past 200 kB: a full disk
try:
    with backend.transaction() as tx:
        with tx.savepoint():
            tx.execute("INSERT INTO meta(key, value) VALUES ('big', :v)", {"v": "x" * 2_000_000})
except StoreError as exc:
    print(type(exc).__name__, exc)
"""


def test_a_full_disk_is_a_store_error_and_the_database_stays_whole(tmp_path: Path) -> None:
    """When a write fails for want of room, SQLite rolls the transaction back itself; our ROLLBACK then failed
    ('cannot rollback - no transaction is active') and `enligt ingest` ended in a traceback."""
    db = tmp_path / "full.db"
    SQLiteBackend(str(db)).close()
    done = subprocess.run([sys.executable, "-c", _FULL, str(db)], capture_output=True, text=True, timeout=60, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stdout.startswith(f"StoreError {db}: write failed: "), done.stdout
    backend = SQLiteBackend(str(db))
    assert backend.rows("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    assert backend.rows("SELECT count(*) AS n FROM meta WHERE key = 'big'") == [{"n": 0}]
    backend.close()
