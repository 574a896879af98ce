"""Upgrades of an existing SQLite corpus to the current schema, run when it is opened.

Version 2 -> 3 (issue 11): quantities get `high` (a range's high end) and `qkey` (what the figure
counts); figures stored before have an empty key and are compared by their subject as before.

Version 1 -> 2 (issue 13): the full-text index holds Snowball stems instead of the words as written
(so "död" finds "döda"), and articles get an index on their content hash (one article per content).
The index is rebuilt from the stored articles; a note on the `enligt.notes` logger says so.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable

from enligt.errors import StoreError

NOTES = logging.getLogger("enligt.notes")


def _v1_to_v2(conn: sqlite3.Connection) -> str:
    from enligt.store.stems import stemmed_text

    conn.execute("CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)")
    conn.execute("DELETE FROM search_index")
    claims: dict[int, list[str]] = {}
    for row in conn.execute("SELECT article_id, content FROM attributions ORDER BY article_id, idx"):
        claims.setdefault(int(row["article_id"]), []).append(row["content"])
    n = 0
    for row in conn.execute("SELECT id, title, language, article_json FROM articles").fetchall():
        body = "\n\n".join(json.loads(row["article_json"]).get("body", []))
        lang = row["language"]
        conn.execute("INSERT INTO search_index(rowid, title, body, claims) VALUES (?, ?, ?, ?)",
                     (row["id"], stemmed_text(row["title"] or "", lang), stemmed_text(body, lang),
                      stemmed_text("\n".join(claims.get(int(row["id"]), [])), lang)))
        n += 1
    return f"search index rebuilt with stemming ({n:,} articles)"


def _v2_to_v3(conn: sqlite3.Connection) -> str:
    have = {row["name"] for row in conn.execute("PRAGMA table_info(quantities)")}
    if "high" not in have:
        conn.execute("ALTER TABLE quantities ADD COLUMN high REAL")
    if "qkey" not in have:
        conn.execute("ALTER TABLE quantities ADD COLUMN qkey TEXT NOT NULL DEFAULT ''")
    return "quantities keep ranges and what they count (ingest pages again to compare their figures by it)"


# from-version -> (to-version, upgrade): applied in a chain until the current version
MIGRATIONS: dict[str, tuple[str, Callable[[sqlite3.Connection], str]]] = {"1": ("2", _v1_to_v2), "2": ("3", _v2_to_v3)}


def migrate(conn: sqlite3.Connection, version: str, *, where: str) -> None:
    """Upgrade an open database from `version` to the current schema, in one transaction."""
    done = []
    try:
        conn.execute("BEGIN IMMEDIATE")
        while version in MIGRATIONS:
            version, step = MIGRATIONS[version][0], MIGRATIONS[version][1]
            done.append(step(conn))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"cannot upgrade the database to schema {version}: {exc}", where=where) from exc
    NOTES.info(f"{where}: database upgraded to schema {version}: {'; '.join(done)}")
