"""The source index: each source merged across articles and spellings, with its counts.

Attributions are merged on `source_key` (see `enligt.store.keys`), computed from the canonical
`source_name` when the text resolved one ("tidningen" -> "The Sun") and from the source as
written otherwise. A source's display name is its most used canonical name or spelling.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from enligt.errors import NotFoundError
from enligt.store.base import Database, Row
from enligt.store.rows import attribution_dict, in_clause, page_bounds

_COUNTS = ("count(*) AS attributions, count(DISTINCT t.article_id) AS articles, "
           "sum(t.hearsay) AS hearsay, "
           "sum(CASE WHEN t.kind = 'direct' THEN 1 ELSE 0 END) AS direct, "
           "sum(CASE WHEN t.kind = 'indirect' THEN 1 ELSE 0 END) AS indirect, "
           "sum(CASE WHEN t.kind = 'mixed' THEN 1 ELSE 0 END) AS mixed")


def display_name(spellings: Counter[str], names: Counter[str]) -> str:
    """The most used canonical name, else the most used spelling (capitalised spellings win ties)."""
    pool = names or spellings
    return max(pool.items(), key=lambda kv: (kv[1], kv[0][:1].isupper(), kv[0]))[0] if pool else ""


def _details(db: Database, keys: list[str] | None) -> dict[str, dict[str, Any]]:
    """Spellings, canonical names, types and outlets of each source key (of every source for None)."""
    clause, params = in_clause("k", keys) if keys is not None else ("", {})
    where = f"t.source_key IN {clause}" if keys is not None else "t.source_key IS NOT NULL"
    rows = db.backend.iter_rows(
        "SELECT t.source_key AS key, t.source AS source, t.source_name AS source_name, "
        "t.source_type AS source_type, a.outlet AS outlet, count(*) AS n "
        f"FROM attributions t JOIN articles a ON a.id = t.article_id WHERE {where} "
        "GROUP BY t.source_key, t.source, t.source_name, t.source_type, a.outlet", params)
    acc: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        d = acc[r["key"]]
        d["spellings"][r["source"]] += r["n"]
        if r["source_name"]:
            d["names"][r["source_name"]] += r["n"]
        d["types"][r["source_type"] or "unknown"] += r["n"]
        d["outlets"][r["outlet"] or "unknown"] += r["n"]
    out = {}
    for key, d in acc.items():
        types = d["types"]
        out[key] = {"name": display_name(d["spellings"], d["names"]),
                    "spellings": [s for s, _ in d["spellings"].most_common()],
                    "source_type": types.most_common(1)[0][0] if types else None,
                    "by_type": dict(types.most_common()), "by_outlet": dict(d["outlets"].most_common())}
    return out


def _entry(row: Row, details: dict[str, Any]) -> dict[str, Any]:
    return {"key": row["key"], **details, "attributions": row["attributions"], "articles": row["articles"],
            "hearsay": row["hearsay"] or 0,
            "by_kind": {"direct": row["direct"] or 0, "indirect": row["indirect"] or 0, "mixed": row["mixed"] or 0}}


def source_index(db: Database) -> list[dict[str, Any]]:
    """Every source, most cited first (uncached: `sources()` reuses it until the database changes)."""
    rows = db.backend.rows(
        f"SELECT t.source_key AS key, {_COUNTS} FROM attributions t WHERE t.source_key IS NOT NULL "
        "GROUP BY t.source_key")
    details = _details(db, None)
    entries = [_entry(r, details.get(r["key"], {})) for r in rows]
    entries.sort(key=lambda e: (-e["attributions"], e["key"]))
    return entries


def sources(db: Database, *, limit: int = 50, offset: int = 0, source_type: str | None = None) -> dict[str, Any]:
    """The source index, most cited first: {"total", "items": [{key, name, spellings, source_type,
    attributions, articles, hearsay, by_kind, by_type, by_outlet}]}. `source_type` keeps sources
    cited at least once with that type."""
    limit, offset = page_bounds(limit, offset)
    entries = db.cached("sources", lambda: source_index(db))
    if source_type:
        entries = [e for e in entries if source_type in e.get("by_type", {})]
    return {"total": len(entries), "items": entries[offset:offset + limit]}


def get_source(db: Database, key: str, *, limit: int = 500) -> dict[str, Any]:
    """One source: its index entry plus its attributions across articles, grouped by outlet.

    Keys: everything of a `sources()` item, "items" (attributions with article_id, title, outlet,
    language, day, newest first) and "outlets" ({outlet: [attribution, ...]}). Raises `NotFoundError`.
    """
    rows = db.backend.rows(
        f"SELECT t.source_key AS key, {_COUNTS} FROM attributions t WHERE t.source_key = :key "
        "GROUP BY t.source_key", {"key": key})
    if not rows:
        raise NotFoundError(f"no source {key!r}", where=key)
    entry = _entry(rows[0], _details(db, [key]).get(key, {}))
    attrs = db.backend.rows(
        "SELECT t.*, a.title AS title, a.outlet AS outlet, a.language AS language, a.day AS day, a.url AS url "
        "FROM attributions t JOIN articles a ON a.id = t.article_id WHERE t.source_key = :key "
        "ORDER BY a.day IS NULL, a.day DESC, t.article_id DESC, t.idx LIMIT :limit",
        {"key": key, "limit": max(1, min(int(limit), 5000))})
    items = [{**attribution_dict(r), "article_id": r["article_id"], "title": r["title"], "outlet": r["outlet"],
              "language": r["language"], "day": r["day"], "url": r["url"]} for r in attrs]
    outlets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        outlets[it["outlet"] or "unknown"].append(it)
    return {**entry, "items": items, "outlets": dict(outlets)}
