"""`enligt demo`: the bundled sample pages ingested into a fresh database, then served.

The sample pages ship inside the package (`enligt/samples/`), so a pip install has them too. The
demo database is a new file in a fresh private temporary folder (`tempfile.mkdtemp`: one per run
and per user, removed when the demo stops serving) unless `--db` names one; a named file is
recreated on every run, and removed first only when it is an SQLite database.
"""
from __future__ import annotations

import contextlib
import socket
import tempfile
from importlib import resources
from pathlib import Path

from enligt.errors import MissingInputError, StoreError
from enligt.settings import Options

SQLITE_MAGIC = b"SQLite format 3\x00"


def default_db() -> Path:
    """A database file in a new private folder (mode 0700) of its own: nothing shared between users or runs."""
    return Path(tempfile.mkdtemp(prefix="enligt-demo-")) / "enligt-demo.db"


def bundled_samples() -> Path:
    """The sample pages shipped as package data (`enligt/samples/`)."""
    return Path(str(resources.files("enligt") / "samples"))


def samples_dir(given: str | None = None) -> Path:
    """The sample pages to ingest: `given`, else the bundled ones."""
    path = Path(given) if given else bundled_samples()
    if path.is_dir() and any(path.iterdir()):
        return path
    raise MissingInputError("no sample pages found (expected a folder of pages)", where=str(path))


def remove_default_db(path: Path) -> None:
    """Remove a demo database made by `default_db` (its WAL files and its folder), when the demo ends."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()


def reset_db(path: Path) -> None:
    """Remove an earlier demo database (and its WAL files); refuse to delete anything else."""
    if path.exists():
        with path.open("rb") as fh:
            if fh.read(16) not in (SQLITE_MAGIC, b""):
                raise StoreError("exists and is not an SQLite database: refusing to replace it", where=str(path))
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)


def build_demo(*, db: Path, samples: Path, options: Options | None = None) -> str:
    """Ingest `samples` into a fresh `db`; return a short summary (counts, failures)."""
    from enligt.corpus import ingest
    from enligt.store import open_store

    reset_db(db)
    with open_store(str(db)) as store:
        report = ingest([str(samples)], store=store, options=options or Options())
        counts = store.overview()["counts"]
    lines = [f"demo database: {db}", f"ingested {samples}: {report.summary()}",
             (f"corpus: {counts['articles']} articles, {counts['attributions']} attributions, "
              f"{counts['sources']} sources, {counts['quantities']} numbers, {counts['conflicts']} conflicts")]
    lines += [f"  failed: {f.input}: {f.error.message}" for f in report.failures]
    return "\n".join(lines)


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS says is free now (for tests, benchmarks and a busy demo port)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def pick_port(host: str, port: int) -> tuple[int, str | None]:
    """`port` when free, else a free one with a note saying so (the demo should just start)."""
    if port_free(host, port):
        return port, None
    other = free_port(host)
    return other, f"port {port} is in use; using {other} instead"
