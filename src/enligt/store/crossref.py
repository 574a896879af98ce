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

from enligt.analyze.conflicts import GENERIC, parse_key_text
from enligt.analyze.subjects import family
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
_SLIM_SQL = ("SELECT q.id AS qid, q.article_id, q.idx, q.value, q.high, q.qkey, q.measure, q.subject, a.outlet, "
             f"a.outlet_key, a.language, a.day, t.idx AS attribution, t.source, t.source_key {_FROM}")
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
    """Do two different sources give values more than 10 % apart? A range ("20 to 25") is one claim:
    it agrees with what it overlaps. The widest cross-source gap lies between one source's smallest
    upper end and another's largest lower end, so each source's two extremes suffice."""
    spans: dict[str, tuple[float, float]] = {}
    for v in values:
        low = float(v["value"])
        high = low if v.get("high") is None else float(v["high"])
        top, bottom = spans.get(v["who"], (high, low))
        spans[v["who"]] = (min(top, high), max(bottom, low))
    items = list(spans.values())
    return any((a[0] < b[1] and _differ(a[0], b[1])) or (b[0] < a[1] and _differ(b[0], a[1]))
               for i, a in enumerate(items) for b in items[i + 1:])


def _group(row: Row) -> tuple[str, str, str] | None:
    """What a stored figure counts, across languages: (measure, event, subject key), or None for a part
    ("two of the dead"). Kinds of people count the same ("workers", "arbetare", "personer", "people"
    killed in one blast); a side or nationality, a period, a starting point or a restricting clause
    keeps figures apart. Figures stored before schema 3 have no key: their subject decides."""
    if not row.get("qkey"):
        return row["measure"], "", subject_key(row["subject"], row["language"])
    k = parse_key_text(row["qkey"])
    if k.subset or "breakdown" in k.qualifiers:
        return None  # "two of the dead", "53 on misdemeanors": parts of a count, never its toll
    concept = k.base[2] if k.base[1] == GENERIC else family(k.base[2])
    event = "" if k.base[1] == GENERIC else k.base[1]
    nat = k.nationality or k.qualifiers.get("side", "")
    strict = ";".join(f"{q}={k.qualifiers[q]}" for q in ("period", "since", "rel", "extra", "verb") if q in k.qualifiers)
    return k.base[0], event, "-".join(p for p in (nat, concept or row["subject"].lower()) if p) + (
        f"|{strict}" if strict else "")


def _regional(groups: dict[tuple[str, str, str], list[Row]]) -> dict[tuple[str, str, str], list[Row]]:
    """Regional parts apart: a figure its sentence gives for one of several places ("27 wounded in
    Kyiv and 41 in Kharkiv") is grouped by its place, never with the whole. A place alone names
    where the event happened ("in Helgådalen") and keeps the figure in the event's group, however
    other articles name the place."""
    out: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for key, rows in groups.items():
        for r in rows:
            quals = parse_key_text(r["qkey"]).qualifiers if r.get("qkey") else {}
            part = "regional" in quals and quals.get("place")
            out[(key[0], key[1], f"{key[2]}|in {quals['place']}") if part else key].append(r)
    return out


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

    return {"value": as_number(row["value"]), "high": None if row.get("high") is None else as_number(row["high"]),
            "approx": bool(row["approx"]), "text": row["text"],
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
    groups: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in db.backend.iter_rows(_SLIM_SQL):
        row["who"] = _who(row)
        group = _group(row)
        if group is not None:
            groups[group].append(row)
    found = []
    for (measure, event, skey), values in _regional(groups).items():
        if len({v["article_id"] for v in values}) < 2:
            continue
        for cluster in _clusters(values, window_days):
            if len({v["article_id"] for v in cluster}) >= 2 and _disagree(cluster):
                found.append((measure, skey, f"|{event}" if event else "", cluster, _pick(cluster, max_values)))
    full = _full_rows(db, [v for *_, shown in found for v in shown])
    texts = _texts(db, {v["article_id"] for *_, shown in found for v in shown})
    out = []
    for measure, skey, tail, cluster, shown in found:
        nums = [float(v["value"]) for v in cluster]
        subjects = Counter(v["subject"] for v in cluster)
        out.append({"key": f"{measure}|{skey}|{cluster[0]['day']}{tail}", "measure": measure,
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
