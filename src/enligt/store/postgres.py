"""The PostgreSQL backend (psycopg 3): the same protocol as `enligt.store.sqlite`.

One writer connection behind a lock, one reader connection per thread, the schema in
`schema_pg.sql`, full-text search with a generated `tsvector` column built with the text-search
configuration of each article's language (swedish, english, norwegian, danish, german: PostgreSQL's
own Snowball stemmers; 'simple' for other languages) and a GIN index; a query is stemmed in every
one of them and the results ORed, since its language is not known. The portable SQL
of the store uses `:name` parameters; they are rewritten to psycopg's `%(name)s` and always bound.
Install the driver with `pip install 'enligt[postgres]'` (psycopg).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

from enligt.errors import StoreError
from enligt.store.base import IndexEntry, Params, Row

SCHEMA_VERSION = "3"  # 2: search_index.cfg, stemmed per language; 3: quantities.high and qkey
CONFIGS = {"sv": "swedish", "en": "english", "no": "norwegian", "da": "danish", "de": "german"}
_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_NO_PARAMS: dict[str, Any] = {}
_HEADLINE_OPTIONS = "StartSel=\x02, StopSel=\x03, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""


# A query stemmed by every language's configuration (and 'simple'), ORed: its language is not known.
_ANY_CONFIG = " || ".join(f"to_tsquery('{c}', :match)" for c in (*CONFIGS.values(), "simple"))
# Schema 1 -> 2: the index is rebuilt with each article's own configuration.
_MIGRATE_V1 = (
    "ALTER TABLE search_index DROP COLUMN IF EXISTS doc",
    "ALTER TABLE search_index ADD COLUMN IF NOT EXISTS cfg regconfig NOT NULL DEFAULT 'simple'",
    ("UPDATE search_index s SET cfg = (CASE a.language WHEN 'sv' THEN 'swedish' WHEN 'en' THEN 'english' "
    "WHEN 'no' THEN 'norwegian' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german' ELSE 'simple' END)::regconfig "
    "FROM articles a WHERE a.id = s.article_id"),
    ("ALTER TABLE search_index ADD COLUMN doc tsvector GENERATED ALWAYS AS (setweight(to_tsvector(cfg, title), 'A') "
    "|| setweight(to_tsvector(cfg, claims), 'B') || setweight(to_tsvector(cfg, body), 'D')) STORED"),
    "CREATE INDEX IF NOT EXISTS search_index_doc ON search_index USING GIN (doc)",
    "CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)",
    "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
)
# Schema 2 -> 3: ranges and what each figure counts, for cross-article conflicts.
_MIGRATE_V2 = (
    "ALTER TABLE quantities ADD COLUMN IF NOT EXISTS high DOUBLE PRECISION",
    "ALTER TABLE quantities ADD COLUMN IF NOT EXISTS qkey TEXT NOT NULL DEFAULT ''",
    "UPDATE meta SET value = '3' WHERE key = 'schema_version'",
)


@lru_cache(maxsize=1024)
def pg_sql(sql: str) -> str:
    """`:name` placeholders -> `%(name)s` (and a literal % doubled), leaving `::casts` alone."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


def _driver() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("the PostgreSQL backend needs psycopg: pip install 'enligt[postgres]'") from exc
    return psycopg


def redact(url: str) -> str:
    """A database URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.rsplit('@', 1)[1]}"
    return url


class PostgresTx:
    """A write transaction on the writer connection (see `Tx` in `enligt.store.base`)."""

    def __init__(self, conn: Any, where: str) -> None:
        self.conn = conn
        self.where = where

    def execute(self, sql: str, params: Params = _NO_PARAMS) -> int:
        cur = self.conn.execute(pg_sql(sql), params)
        row = cur.fetchone() if cur.description else None
        return int(next(iter(row.values()))) if row else int(cur.rowcount)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(pg_sql(sql), rows)

    def rows(self, sql: str, params: Params = _NO_PARAMS) -> list[Row]:
        return list(self.conn.execute(pg_sql(sql), params).fetchall())

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        psycopg = _driver()
        try:
            with self.conn.transaction():  # nested: a SAVEPOINT
                yield
        except (psycopg.Error, UnicodeError, ValueError, OverflowError) as exc:  # one page's data, not the batch
            raise StoreError(f"cannot store this page: {exc}") from exc

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], *,
                    unique: str | None = None) -> int:
        if not rows:
            return 0
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        with self.conn.cursor() as cur:
            if not unique:  # every row goes in, or the statement fails
                cur.executemany(sql, rows)
                return len(rows)
            # the rows that went in, counted from what they return: in pipeline mode rowcount is not kept
            cur.executemany(f"{sql} ON CONFLICT ({unique}) DO NOTHING RETURNING 1", rows, returning=True)
            n = len(cur.fetchall())
            while cur.nextset():
                n += len(cur.fetchall())
            return n

    def new_article_ids(self, n: int) -> list[int]:
        rows = self.conn.execute("SELECT nextval(pg_get_serial_sequence('articles', 'id')) AS id "
                                 "FROM generate_series(1, %s)", (n,)).fetchall()
        return sorted(int(r["id"]) for r in rows)

    def index_articles(self, entries: Sequence[IndexEntry]) -> None:
        if any(stemmed for *_, stemmed in entries):
            raise StoreError("PostgreSQL indexes the words as written, not stems", where=self.where)
        rows = [(i, CONFIGS.get(lang or "", "simple"), *texts) for i, lang, texts, _ in entries]
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany("INSERT INTO search_index (article_id, cfg, title, body, claims) "
                                "VALUES (%s, %s::regconfig, %s, %s, %s)", rows)

    def unindex_article(self, article_id: int) -> None:
        self.conn.execute("DELETE FROM search_index WHERE article_id = %s", (article_id,))


class PostgresBackend:
    """A PostgreSQL database at `url` (postgresql://user@host/dbname)."""

    def __init__(self, url: str) -> None:
        self.dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
        self.url = redact(url)
        self.shared_url: str | None = self.dsn
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[Any] = []
        self._writer = self._connect()
        self._init_schema()

    def _connect(self) -> Any:
        psycopg = _driver()
        from psycopg.rows import dict_row

        try:
            return psycopg.connect(self.dsn, autocommit=True, row_factory=dict_row, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect: {str(exc).strip().splitlines()[0]}", where=self.url) from exc

    def _init_schema(self) -> None:
        psycopg = _driver()
        text = resources.files("enligt.store").joinpath("schema_pg.sql").read_text(encoding="utf-8")
        try:
            with self._lock, self._writer.transaction():
                self._writer.execute("SELECT pg_advisory_xact_lock(7305661)")  # two openers, one creator
                for stmt in (s.strip() for s in text.split("\n;;\n")):
                    if stmt:
                        self._writer.execute(stmt)
                found = self._writer.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
                if found and found[0]["value"] == "1":
                    for stmt in _MIGRATE_V1:
                        self._writer.execute(stmt)
                    found = [{"value": "2"}]
                if found and found[0]["value"] == "2":
                    for stmt in _MIGRATE_V2:
                        self._writer.execute(stmt)
                    found = [{"value": SCHEMA_VERSION}]
                if found and found[0]["value"] != SCHEMA_VERSION:
                    raise StoreError(f"database schema version {found[0]['value']} is not {SCHEMA_VERSION}",
                                     where=self.url)
                self._writer.execute("INSERT INTO meta (key, value) VALUES ('schema_version', %s), "
                                     "('generation', '0') ON CONFLICT (key) DO NOTHING", (SCHEMA_VERSION,))
        except psycopg.Error as exc:
            raise StoreError(f"cannot create the schema: {exc}", where=self.url) from exc

    def _reader(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._readers.append(conn)
        return conn

    def rows(self, sql: str, params: Params = _NO_PARAMS) -> list[Row]:
        psycopg = _driver()
        try:
            return list(self._reader().execute(pg_sql(sql), params).fetchall())
        except psycopg.Error as exc:
            raise StoreError(f"query failed: {exc}", where=self.url) from exc

    def iter_rows(self, sql: str, params: Params = _NO_PARAMS, *, batch: int = 500) -> Iterator[Row]:
        psycopg = _driver()
        conn = self._connect()  # its own connection: a server-side cursor holds a transaction open
        try:
            with conn.transaction(), conn.cursor(name="enligt_iter") as cur:
                cur.itersize = batch
                cur.execute(pg_sql(sql), params)
                yield from cur
        except psycopg.Error as exc:
            raise StoreError(f"query failed: {exc}", where=self.url) from exc
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[PostgresTx]:
        psycopg = _driver()
        with self._lock:
            try:  # pipeline mode: statements whose results are not read go out without a round trip each
                with self._writer.pipeline(), self._writer.transaction():
                    yield PostgresTx(self._writer, self.url)
                    self._writer.execute("UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'generation'")
            except psycopg.Error as exc:
                raise StoreError(f"write failed: {exc}", where=self.url) from exc

    def fts_query(self, terms: list[tuple[str, bool, bool]]) -> str:
        # Terms hold only word characters and spaces (see queries.parse_query), so quoting is plain.
        parts = []
        for text, _phrase, prefix in terms:
            words = [f"'{w.lower()}'" for w in text.split()]
            if prefix:
                words[-1] += ":*"
            parts.append(" <-> ".join(words) if len(words) > 1 else words[0])
        return " & ".join(f"({p})" for p in parts)

    def search(self, match: str, *, where: str, params: Params, limit: int, offset: int) -> tuple[int, list[Row]]:
        hits = (f"WITH hits AS MATERIALIZED (SELECT s.article_id AS id, -ts_rank(s.doc, query.q) AS rank "
                f"FROM search_index s, (SELECT {_ANY_CONFIG} AS q) query WHERE s.doc @@ query.q) ")
        base = f"FROM hits JOIN articles a ON a.id = hits.id WHERE ({where})"
        args = {**params, "match": match}
        total = self.rows(f"{hits}SELECT count(*) AS n {base}", args)[0]["n"]
        rows = self.rows(f"{hits}SELECT a.id AS id, hits.rank AS rank {base} ORDER BY hits.rank, a.id "
                         "LIMIT :limit OFFSET :offset", {**args, "limit": limit, "offset": offset})
        if rows:
            snips = self.rows(
                "SELECT s.article_id AS id, ts_headline(s.cfg, s.title || E'\\n\\n' || s.body || E'\\n' || "
                "s.claims, to_tsquery(s.cfg, :match), :options) AS snippet FROM search_index s "
                "WHERE s.article_id = ANY(:ids)", {"match": match, "options": _HEADLINE_OPTIONS,
                                                   "ids": [r["id"] for r in rows]})
            by_id = {r["id"]: r["snippet"] for r in snips}
            for r in rows:
                r["snippet"] = by_id.get(r["id"], "")
        return int(total), rows

    def close(self) -> None:
        with self._lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
            self._writer.close()
