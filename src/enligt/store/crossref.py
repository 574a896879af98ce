"""Across articles: conflicting figures, the citation graph, and claims nobody is named for.

- `corpus_conflicts`: the same measure of the same subject (keyed across languages by
  `keys.subject_key`) given with values that disagree by more than 10 % by different sources in
  different articles dated within `window_days` of each other;
- `citation_graph`: outlet -> source -> via chains, merged by `keys.source_key`;
- `unsourced_claims`: sourceless hearsay, and headlines that assert what the body only attributes.

Results are plain dicts; the expensive ones are cached per database generation (`Database.cached`).
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from enligt.errors import NotFoundError
from enligt.store.base import Database, Row
from enligt.store.keys import source_key, subject_key
from enligt.store.rows import as_number, attribution_dict, in_clause, page_bounds

DISAGREE = 0.10
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_FROM = ("FROM quantities q JOIN articles a ON a.id = q.article_id "
         "LEFT JOIN attributions t ON t.article_id = q.article_id AND t.idx = q.attribution_idx "
         "WHERE a.day IS NOT NULL")
# What grouping needs, for every quantity; the full record is fetched only for the values shown.
_SLIM_SQL = ("SELECT q.id AS qid, q.article_id, q.idx, q.value, q.measure, q.subject, a.outlet, a.outlet_key, "
             f"a.language, a.day, t.idx AS attribution, t.source, t.source_key {_FROM}")
_FULL_SQL = ("SELECT q.id AS qid, q.approx, q.text, q.number_start, q.number_end, a.title, a.url, "
             "t.source_name, t.source_type, t.cue, t.content, t.content_start, t.content_end, t.source_start, "
             f"t.source_end {_FROM}")
CHUNK = 500


def _who(row: Row) -> str:
    """Identity of whoever gives a figure: its source, else the outlet asserting it itself."""
    if row["attribution"] is None:
        return "outlet:" + (row["outlet_key"] or f"article-{row['article_id']}")
    return row["source_key"] or f"hearsay:{row['article_id']}:{row['attribution']}"


def _differ(x: float, y: float) -> bool:
    big = max(abs(x), abs(y))
    return big > 0 and abs(x - y) / big > DISAGREE


def _disagree(values: list[Row]) -> bool:
    """Do two different sources give values more than 10 % apart? (Comparing each source's extremes
    suffices: the widest cross-source gap is always between one's maximum and another's minimum.)"""
    spans: dict[str, tuple[float, float]] = {}
    for v in values:
        x = float(v["value"])
        lo, hi = spans.get(v["who"], (x, x))
        spans[v["who"]] = (min(lo, x), max(hi, x))
    items = list(spans.values())
    return any(_differ(a[1], b[0]) or _differ(b[1], a[0]) for i, a in enumerate(items) for b in items[i + 1:])


def _clusters(values: list[Row], window_days: int) -> list[list[Row]]:
    """Group values dated within `window_days` of the earliest value of each group."""
    out: list[list[Row]] = []
    start = 0
    for v in sorted(values, key=lambda r: r["day"]):
        day = _ordinal(v["day"])
        if out and day - start <= window_days:
            out[-1].append(v)
        else:
            out.append([v])
            start = day
    return out


@lru_cache(maxsize=4096)
def _ordinal(day: str) -> int:
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:  # a malformed stored day: keep it apart rather than fail the corpus query
        return 0


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around [start, end): from after the previous sentence end to the next one."""
    lo = max(text.rfind("\n", 0, start), max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600),
                                                                                        start)), default=-1))
    lo = max(lo, 0)
    m = _SENTENCE_END.search(text, end)
    hi = m.end() if m and text[m.start()] != "\n" else (m.start() if m else len(text))
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


def _value_dict(row: Row, text: str) -> dict[str, Any]:
    s0, s1 = sentence_span(text, row["number_start"], row["number_end"]) if text else (None, None)
    source = row["source"] if row["attribution"] is not None else row["outlet"]

    def span(name: str) -> list[int] | None:
        s, e = row[f"{name}_start"], row[f"{name}_end"]
        return [s, e] if s is not None and e is not None else None

    return {"value": as_number(row["value"]), "approx": bool(row["approx"]), "text": row["text"],
            "subject": row["subject"], "article_id": row["article_id"], "quantity": row["idx"],
            "title": row["title"], "outlet": row["outlet"], "language": row["language"], "date": row["day"],
            "url": row["url"], "attribution": row["attribution"], "source": source,
            "source_name": row["source_name"], "source_key": row["source_key"],
            "source_type": row["source_type"] if row["attribution"] is not None else "media",
            "cue": row["cue"], "content": row["content"],
            "sentence": text[s0:s1] if s0 is not None else None,
            "spans": {"number": [row["number_start"], row["number_end"]], "content": span("content"),
                      "source": span("source"), "sentence": [s0, s1] if s0 is not None else None}}


def _texts(db: Database, ids: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), CHUNK):
        clause, params = in_clause("id", ordered[i:i + CHUNK])
        out.update((int(r["id"]), r["text"]) for r in db.backend.rows(
            f"SELECT id, text FROM articles WHERE id IN {clause}", params))
    return out


def _full_rows(db: Database, rows: list[Row]) -> dict[int, Row]:
    """The complete record (slim fields + _FULL_SQL fields) of each quantity row, by quantity id."""
    slim = {int(r["qid"]): r for r in rows}
    ordered = sorted(slim)
    out: dict[int, Row] = {}
    for i in range(0, len(ordered), CHUNK):
        clause, params = in_clause("q", ordered[i:i + CHUNK])
        for r in db.backend.rows(f"{_FULL_SQL} AND q.id IN {clause}", params):
            out[int(r["qid"])] = {**slim[int(r["qid"])], **r}
    return out


def _claims(cluster: list[Row]) -> list[dict[str, Any]]:
    """Who says what in a conflict: each source with its distinct values (the first 20), range and article count."""
    by_who: dict[str, list[Row]] = defaultdict(list)
    for v in cluster:
        by_who[v["who"]].append(v)
    out = []
    for who, rows in by_who.items():
        first, values = rows[0], sorted({as_number(r["value"]) for r in rows})
        out.append({"source": first["source"] if first["attribution"] is not None else first["outlet"],
                    "source_key": who, "values": values[:20], "n_values": len(values), "min": values[0],
                    "max": values[-1], "articles": len({r["article_id"] for r in rows})})
    out.sort(key=lambda c: (-c["articles"], str(c["source"])))
    return out


def _pick(cluster: list[Row], max_values: int | None) -> list[Row]:
    """The values to show: first one per distinct (source, value), then the rest, in date order."""
    if max_values is None or len(cluster) <= max_values:
        return cluster
    seen: set[tuple[str, float]] = set()
    first: list[Row] = []
    rest: list[Row] = []
    for v in cluster:
        key = (v["who"], float(v["value"]))
        (rest if key in seen else first).append(v)
        seen.add(key)
    return sorted((first + rest)[:max_values], key=lambda r: (r["day"], r["article_id"], r["idx"]))


def find_corpus_conflicts(db: Database, *, window_days: int = 7, max_values: int | None = None) -> list[dict[str, Any]]:
    """Every cross-article conflict (uncached; see `corpus_conflicts`), widest spread first.

    `values` lists at most `max_values` of a conflict's values (all when None); `n_values` counts them all
    and `claims` sums them up per source."""
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in db.backend.iter_rows(_SLIM_SQL):
        row["who"] = _who(row)
        groups[(row["measure"], subject_key(row["subject"], row["language"]))].append(row)
    found = []
    for (measure, skey), values in groups.items():
        if len({v["article_id"] for v in values}) < 2:
            continue
        for cluster in _clusters(values, window_days):
            if len({v["article_id"] for v in cluster}) >= 2 and _disagree(cluster):
                found.append((measure, skey, cluster, _pick(cluster, max_values)))
    full = _full_rows(db, [v for *_, shown in found for v in shown])
    texts = _texts(db, {v["article_id"] for *_, shown in found for v in shown})
    out = []
    for measure, skey, cluster, shown in found:
        nums = [float(v["value"]) for v in cluster]
        subjects = Counter(v["subject"] for v in cluster)
        out.append({"key": f"{measure}|{skey}|{cluster[0]['day']}", "measure": measure,
                    "subject": subjects.most_common(1)[0][0], "subject_key": skey,
                    "subjects": sorted(subjects)[:50], "date_from": cluster[0]["day"], "date_to": cluster[-1]["day"],
                    "languages": sorted({v["language"] or "unknown" for v in cluster}),
                    "articles": len({v["article_id"] for v in cluster}), "sources": len({v["who"] for v in cluster}),
                    "min": as_number(min(nums)), "max": as_number(max(nums)), "n_values": len(cluster),
                    "claims": _claims(cluster)[:50],
                    "values": [_value_dict(full[int(v["qid"])], texts.get(v["article_id"], "")) for v in shown]})
    out.sort(key=lambda c: (-(float(c["max"]) / max(float(c["min"]), 1e-9)), c["key"]))
    return out


def corpus_conflicts(db: Database, *, window_days: int = 7, max_values: int | None = 100) -> list[dict[str, Any]]:
    """Cross-article conflicts, widest spread first, reused until the database changes; each lists at most
    `max_values` values (None: all)."""
    return db.cached(f"conflicts:{window_days}:{max_values}",
                     lambda: find_corpus_conflicts(db, window_days=window_days, max_values=max_values))


def get_conflict(db: Database, key: str, *, max_values: int | None = None) -> dict[str, Any]:
    """One cross-article conflict by its "key", with all its values by default. Raises `NotFoundError`."""
    for c in corpus_conflicts(db, max_values=max_values):
        if c["key"] == key:
            return c
    raise NotFoundError(f"no conflict {key!r}", where=key)


def citation_graph(db: Database, *, limit: int = 500) -> dict[str, Any]:
    """Who cites whom: {"nodes": [{id, label, roles, cited, cites}], "edges": [{from, to, count, via}],
    "chains": [{path: [node ids], count}]}. Each attribution gives the chain outlet -> outermost
    via -> ... -> innermost via -> source; `via` on an edge is true when it is not the outlet's own
    citation. The `limit` most used edges are kept (and the nodes they touch)."""
    edges: Counter[tuple[str, str]] = Counter()
    direct: set[tuple[str, str]] = set()
    chains: Counter[tuple[str, ...]] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, set[str]] = defaultdict(set)
    rows = db.backend.iter_rows(
        "SELECT a.outlet, a.outlet_key, t.source, t.source_name, t.source_key, t.via FROM attributions t "
        "JOIN articles a ON a.id = t.article_id WHERE t.source_key IS NOT NULL")
    for r in rows:
        outlet = r["outlet_key"] or "unknown outlet"
        labels[outlet][r["outlet"] or "unknown outlet"] += 1
        roles[outlet].add("outlet")
        path = [outlet]
        for name in reversed(json.loads(r["via"]) if r["via"] != "[]" else ()):
            key = source_key(name)
            if key:
                labels[key][name] += 1
                roles[key].add("via")
                path.append(key)
        labels[r["source_key"]][r["source_name"] or r["source"]] += 1
        roles[r["source_key"]].add("source")
        path.append(r["source_key"])
        path = [k for i, k in enumerate(path) if i == 0 or k != path[i - 1]]
        for a, b in pairwise(path):
            edges[(a, b)] += 1
        if len(path) >= 2:
            direct.add((path[0], path[1]))
        if len(path) >= 3:
            chains[tuple(path)] += 1
    kept = edges.most_common(max(1, int(limit)))
    node_ids = {k for e, _ in kept for k in e}
    cited: Counter[str] = Counter()
    cites: Counter[str] = Counter()
    for (a, b), n in kept:
        cites[a] += n
        cited[b] += n
    nodes = [{"id": k, "label": max(labels[k].items(), key=lambda kv: (kv[1], kv[0][:1].isupper()))[0],
              "roles": sorted(roles[k]), "cited": cited[k], "cites": cites[k]} for k in sorted(node_ids)]
    return {"nodes": nodes,
            "edges": [{"from": a, "to": b, "count": n, "via": (a, b) not in direct} for (a, b), n in kept],
            "chains": [{"path": list(p), "count": n} for p, n in chains.most_common(100)]}


def unsourced_claims(db: Database, *, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Claims nobody is named for: {"counts": {hearsay, headlines}, "hearsay": [attribution + article
    fields], "headlines": [{article_id, title, outlet, day, overlap, attribution}]}, newest first."""
    limit, offset = page_bounds(limit, offset)
    page = {"limit": limit, "offset": offset}
    hearsay = db.backend.rows(
        "SELECT t.*, a.title AS title, a.outlet AS outlet, a.language AS language, a.day AS day "
        "FROM attributions t JOIN articles a ON a.id = t.article_id WHERE t.source IS NULL "
        "ORDER BY a.day IS NULL, a.day DESC, t.article_id DESC, t.idx LIMIT :limit OFFSET :offset", page)
    heads = db.backend.rows(
        "SELECT h.overlap AS overlap, t.*, a.title AS title, a.outlet AS outlet, a.language AS language, "
        "a.day AS day FROM headline_claims h JOIN articles a ON a.id = h.article_id "
        "JOIN attributions t ON t.article_id = h.article_id AND t.idx = h.attribution_idx "
        "ORDER BY a.day IS NULL, a.day DESC, h.article_id DESC LIMIT :limit OFFSET :offset", page)
    n = db.backend.rows("SELECT (SELECT count(*) FROM attributions WHERE source IS NULL) AS hearsay, "
                           "(SELECT count(*) FROM headline_claims) AS headlines")[0]

    def ctx(r: Row) -> dict[str, Any]:
        return {"article_id": r["article_id"], "title": r["title"], "outlet": r["outlet"],
                "language": r["language"], "day": r["day"]}

    return {"counts": {"hearsay": n["hearsay"], "headlines": n["headlines"]},
            "hearsay": [{**ctx(r), **attribution_dict(r)} for r in hearsay],
            "headlines": [{**ctx(r), "overlap": r["overlap"], "attribution": attribution_dict(r)} for r in heads]}
