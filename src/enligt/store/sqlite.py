"""The SQLite backend: one writer connection behind a lock, one read-only connection per thread.

WAL journal so a web server reads while an ingest writes; FTS5 for search over a stemmed copy of
each article (`enligt.store.stems`: Snowball stems of the article's language; query words stand
for their stems), snippets marked in Python from the original text; every statement takes bound
parameters. `:memory:` databases (tests) use the single writer connection for reads too, under
the same lock. A database of an older schema is upgraded when it is opened (`migrate`).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from enligt.errors import StoreError
from enligt.store.base import IndexEntry, Params, Row
from enligt.store.migrate import MIGRATIONS, migrate
from enligt.store.stems import SNOWBALL, stem, stemmed_text

SCHEMA_VERSION = "3"  # 2: stemmed search index, index on content_hash; 3: quantities.high and qkey
_NO_PARAMS: dict[str, Any] = {}


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
    return {d[0]: v for d, v in zip(cursor.description, row)}


def _schema_statements() -> list[str]:
    text = resources.files("enligt.store").joinpath("schema.sql").read_text(encoding="utf-8")
    return [s.strip() for s in text.split("\n;;\n") if s.strip()]


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already done so; a rollback that fails (the disk is gone)
    leaves the database as the last commit left it, so the error that led here is the one to report."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


class SQLiteTx:
    """A write transaction on the writer connection (see `Tx` in `enligt.store.base`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._depth = 0

    def execute(self, sql: str, params: Params = _NO_PARAMS) -> int:
        cur = self.conn.execute(sql, params)
        row = cur.fetchone() if cur.description else None  # INSERT ... RETURNING id
        return int(next(iter(row.values()))) if row else cur.rowcount

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def rows(self, sql: str, params: Params = _NO_PARAMS) -> list[Row]:
        return self.conn.execute(sql, params).fetchall()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        self._depth += 1
        name = f"sp{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except (sqlite3.Error, UnicodeError, ValueError, OverflowError) as exc:  # one page's data, not the batch
            if not self.conn.in_transaction:  # SQLite ended the whole transaction (disk full, I/O error): not the page
                raise
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            raise StoreError(f"cannot store this page: {exc}") from exc
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        else:
            self.conn.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], *,
                    unique: str | None = None) -> int:
        if not rows:
            return 0
        tail = f" ON CONFLICT ({unique}) DO NOTHING" if unique else ""
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}){tail}"
        return self.conn.executemany(sql, rows).rowcount

    def new_article_ids(self, n: int) -> list[int]:
        # SQLite gives a new row the largest id plus one; this writer holds the write lock, so these are its ids
        top = self.conn.execute("SELECT coalesce(max(id), 0) AS m FROM articles").fetchone()["m"]
        return list(range(top + 1, top + 1 + n))

    def index_articles(self, entries: Sequence[IndexEntry]) -> None:
        rows = [(i, *(texts if stemmed else (stemmed_text(t, lang) for t in texts))) for i, lang, texts, stemmed in entries]
        if rows:
            self.conn.executemany("INSERT INTO search_index(rowid, title, body, claims) VALUES (?, ?, ?, ?)", rows)

    def unindex_article(self, article_id: int) -> None:
        self.conn.execute("DELETE FROM search_index WHERE rowid = ?", (article_id,))


class SQLiteBackend:
    """SQLite database at `path` (or in memory for ":memory:")."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.memory = path == ":memory:"
        self.url = "sqlite://:memory:" if self.memory else f"sqlite:///{Path(path).resolve()}"
        self.shared_url: str | None = None  # one writer: workers send their rows here
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._immutable = False  # True: a database on a read-only folder or medium, read without locks
        try:
            self._writer: sqlite3.Connection | None = self._connect(readonly=False)
        except StoreError:
            if not self._on_read_only_medium():
                raise
            self._writer, self._immutable = None, True
            self._check_schema_read_only()
            return
        self._init_schema()

    def _on_read_only_medium(self) -> bool:
        """The database file is there and can be read, but SQLite cannot open it for writing (a read-only folder
        or medium, where not even its lock files can be made). With changes not yet merged into it (a -wal file
        beside it) reading it without locks would miss them: that stays an error, which says what to do."""
        path = Path(self.path)
        if self.memory or not path.is_file() or not os.access(path, os.R_OK):
            return False
        if Path(f"{self.path}-wal").exists():
            raise StoreError("the database cannot be opened for writing and has unmerged changes (a -wal file): "
                             "copy the database and its -wal file to a writable folder", where=self.path)
        return True

    def _check_schema_read_only(self) -> None:
        try:
            row = self._reader().execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"not an enligt database ({exc})", where=self.path) from exc
        if not row or row[0]["value"] != SCHEMA_VERSION:
            found = row[0]["value"] if row else "none"
            raise StoreError(f"database schema version {found} is not {SCHEMA_VERSION}, and a read-only database "
                             "cannot be upgraded: copy it to a writable folder", where=self.path)

    def _writable(self) -> sqlite3.Connection:
        if self._writer is None:
            raise StoreError("the database is on a read-only folder or medium: it can be read, not written",
                             where=self.path)
        return self._writer

    def _connect(self, *, readonly: bool) -> sqlite3.Connection:
        try:
            if readonly:
                where = quote(Path(self.path).resolve().as_posix())  # '?', '#' or '%' in a folder's name
                uri = f"file:{where}?mode=ro{'&immutable=1' if self._immutable else ''}"
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            else:
                if not self.memory and Path(self.path).parent and not Path(self.path).parent.exists():
                    raise StoreError("the folder of the database does not exist", where=self.path)
                conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            conn.row_factory = _dict_row
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly and not self.memory:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            return conn
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database: {exc}", where=self.path) from exc

    def _init_schema(self) -> None:
        writer = self._writable()
        try:
            with self._lock:
                found = writer.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchall()
                if found:
                    row = writer.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
                    if row and row[0]["value"] in MIGRATIONS:
                        migrate(writer, row[0]["value"], where=self.path)
                    elif row and row[0]["value"] != SCHEMA_VERSION:
                        raise StoreError(f"database schema version {row[0]['value']} is not {SCHEMA_VERSION}",
                                         where=self.path)
                    if row:  # ready: no write lock needed (another process may be ingesting)
                        return
                writer.execute("BEGIN IMMEDIATE")
                for stmt in _schema_statements():
                    writer.execute(stmt)
                writer.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                                     (SCHEMA_VERSION,))
                writer.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0')")
                writer.execute("COMMIT")
        except sqlite3.Error as exc:
            if writer.in_transaction:
                writer.execute("ROLLBACK")
            raise StoreError(f"not an enligt database ({exc})", where=self.path) from exc

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect(readonly=True)
            self._local.conn = conn
            with self._lock:
                self._readers.append(conn)
        return conn

    def rows(self, sql: str, params: Params = _NO_PARAMS) -> list[Row]:
        try:
            if self.memory:
                with self._lock:
                    return self._writable().execute(sql, params).fetchall()
            return self._reader().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"query failed: {exc}", where=self.path) from exc

    def iter_rows(self, sql: str, params: Params = _NO_PARAMS, *, batch: int = 500) -> Iterator[Row]:
        if self.memory:
            yield from self.rows(sql, params)
            return
        try:
            cur = self._reader().execute(sql, params)
            while chunk := cur.fetchmany(batch):
                yield from chunk
        except sqlite3.Error as exc:
            raise StoreError(f"query failed: {exc}", where=self.path) from exc

    @contextmanager
    def transaction(self) -> Iterator[SQLiteTx]:
        with self._lock:
            conn = self._writable()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write: {exc}", where=self.path) from exc
            try:
                yield SQLiteTx(conn)
                conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                _rollback(conn)  # a full disk or an I/O error may have rolled it back already ("no transaction")
                raise StoreError(f"write failed: {exc}", where=self.path) from exc
            except BaseException:
                _rollback(conn)
                raise

    def fts_query(self, terms: list[tuple[str, bool, bool]]) -> str:
        """Each term as its stems in every language, ORed; terms ANDed ("död" -> ("död" OR "dod"))."""
        parts = []
        for text, _phrase, prefix in terms:
            words = text.split()
            forms = dict.fromkeys(" ".join(stem(w.lower(), lang) for w in words) for lang in (None, *SNOWBALL))
            star = "*" if prefix else ""
            parts.append("(" + " OR ".join('"' + f.replace('"', '""') + '"' + star for f in forms) + ")")
        return " AND ".join(parts)

    def search(self, match: str, *, where: str, params: Params, limit: int, offset: int) -> tuple[int, list[Row]]:
        # The full-text match runs once, materialised, before the article filters: letting the planner
        # drive from an articles index and probe FTS5 per row is a hundred times slower.
        hits = ("WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(search_index, 10.0, 1.0, 3.0) AS rank "
                "FROM search_index WHERE search_index MATCH :match) ")
        base = f"FROM hits JOIN articles a ON a.id = hits.id WHERE ({where})"
        args = {**params, "match": match}
        total = self.rows(f"{hits}SELECT count(*) AS n {base}", args)[0]["n"]
        rows = self.rows(f"{hits}SELECT a.id AS id, hits.rank AS rank {base} ORDER BY hits.rank, a.id "
                         "LIMIT :limit OFFSET :offset", {**args, "limit": limit, "offset": offset})
        for r in rows:
            r["snippet"] = None  # the index holds stems: the caller marks the original text (stems.Matcher)
        return total, rows

    def close(self) -> None:
        with self._lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
            if self._writer is not None:
                self._writer.close()
