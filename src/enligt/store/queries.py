"""Read queries over the corpus: overview, articles, full-text search. Results are plain dicts (JSON-ready).

Every user value reaches SQL as a bound parameter; the only SQL built at run time joins fixed
fragments chosen by which filters are set. A user search query is parsed into words and phrases
and quoted by the backend (`fts_query`), so no input can inject full-text operators or SQL.
"""
from __future__ import annotations

import json
import re
from typing import Any

from enligt.errors import NotFoundError
from enligt.store.base import Database, Row
from enligt.store.keys import source_key
from enligt.store.rows import as_number, attribution_dict, in_clause, page_bounds
from enligt.store.stems import Matcher

_SUMMARY = ("a.id, a.title, a.outlet, a.language, a.published, a.updated, a.day, a.url, a.input, a.lead, "
            "a.n_attributions, a.n_quantities")
_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
MAX_TERMS = 32
MAX_ID = 2**63 - 1  # the largest id SQL can store or bind


def article_filters(*, lang: str | None = None, outlet: str | None = None, source_type: str | None = None,
                    date_from: str | None = None, date_to: str | None = None) -> tuple[str, dict[str, Any]]:
    """SQL condition on `a` (articles) and its bound parameters for the filters that are set."""
    clauses, params = ["1 = 1"], {}
    if lang:
        clauses.append("a.language = :lang")
        params["lang"] = lang
    if outlet:
        clauses.append("a.outlet_key = :outlet_key")
        params["outlet_key"] = source_key(outlet) or ""
    if source_type:
        clauses.append("EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = a.id "
                       "AND t.source_type = :source_type)")
        params["source_type"] = source_type
    if date_from:
        clauses.append("a.day >= :date_from")
        params["date_from"] = date_from
    if date_to:
        clauses.append("a.day <= :date_to")
        params["date_to"] = date_to
    return " AND ".join(clauses), params


def parse_query(query: str) -> list[tuple[str, bool, bool]]:
    """User search text -> terms (text, is_phrase, is_prefix). Operators and punctuation become plain words.

    `"exact phrase"` stays a phrase, `word*` a prefix search; everything else is matched as words.
    """
    terms: list[tuple[str, bool, bool]] = []
    for m in _TERM.finditer(query or ""):
        phrase, bare = m.group(1), m.group(2)
        words = _WORD.findall(phrase if phrase is not None else bare)
        if not words:
            continue
        prefix = bare is not None and bare.endswith("*")
        terms.append((" ".join(words), phrase is not None, prefix))
        if len(terms) >= MAX_TERMS:
            break
    return terms


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """Split a backend snippet (matches inside \\x02...\\x03) into [{text, match}] for safe rendering."""
    parts: list[dict[str, Any]] = []
    for chunk in re.split(r"(\x02[^\x03]*\x03)", snippet or ""):
        if chunk.startswith("\x02"):
            parts.append({"text": chunk.strip("\x02\x03"), "match": True})
        elif chunk:
            parts.append({"text": chunk.replace("\x02", "").replace("\x03", ""), "match": False})
    return parts


def search(db: Database, query: str, *, lang: str | None = None, outlet: str | None = None,
           source_type: str | None = None, date_from: str | None = None, date_to: str | None = None,
           limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Full-text search over titles, bodies and attributed claims.

    Words match by their Snowball stem ("död" finds "döda"; see `enligt.store.stems`). Returns
    {"query", "total", "items": [article summary + "rank", "snippet" (plain text), "snippet_parts"
    ([{text, match}]), "matched_attributions" (see `matched_attributions`)]}, best match first.
    Any input is safe.
    """
    limit, offset = page_bounds(limit, offset)
    terms = parse_query(query)
    if not terms:
        return {"query": query, "total": 0, "items": []}
    where, params = article_filters(lang=lang, outlet=outlet, source_type=source_type, date_from=date_from,
                                    date_to=date_to)
    total, hits = db.backend.search(db.backend.fts_query(terms), where=where, params=params, limit=limit,
                                       offset=offset)
    ids = [int(h["id"]) for h in hits]
    summaries = _summaries(db, ids)
    matcher = Matcher.of(terms)
    texts = _texts(db, [i for i, h in zip(ids, hits, strict=True) if h["snippet"] is None])
    matched = matched_attributions(db, ids, matcher)
    items = []
    for article_id, hit in zip(ids, hits, strict=True):
        snippet = hit["snippet"] if hit["snippet"] is not None else matcher.snippet([texts.get(article_id, "")])
        parts = snippet_parts(snippet)
        items.append({**summaries[article_id], "rank": hit["rank"], "snippet": "".join(p["text"] for p in parts),
                      "snippet_parts": parts, "matched_attributions": matched.get(article_id, [])})
    return {"query": query, "total": total, "items": items}


def _texts(db: Database, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    clause, params = in_clause("id", ids)
    return {int(r["id"]): r["text"] for r in db.backend.rows(f"SELECT id, text FROM articles WHERE id IN {clause}",
                                                                 params)}


MAX_MATCHED = 5  # matched attributions listed per search result


def matched_attributions(db: Database, ids: list[int], matcher: Matcher) -> dict[int, list[dict[str, Any]]]:
    """Per article, the attributions whose claim or source holds a matching word (at most `MAX_MATCHED`):
    idx, source, source_type, cue, content, kind and `content_parts`/`source_parts` ([{text, match}])."""
    if not ids:
        return {}
    clause, params = in_clause("id", ids)
    rows = db.backend.rows("SELECT article_id, idx, source, source_name, source_type, cue, content, kind "
                              f"FROM attributions WHERE article_id IN {clause} ORDER BY article_id, idx", params)
    out: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        found = out.setdefault(int(r["article_id"]), [])
        if len(found) >= MAX_MATCHED:
            continue
        content, source = matcher.marked(r["content"] or ""), matcher.marked(r["source"] or "")
        if "\x02" in content or "\x02" in source:
            found.append({"idx": r["idx"], "source": r["source"], "source_name": r["source_name"],
                          "source_type": r["source_type"], "cue": r["cue"], "content": r["content"],
                          "kind": r["kind"], "content_parts": snippet_parts(content),
                          "source_parts": snippet_parts(source)})
    return out


def _summaries(db: Database, ids: list[int]) -> dict[int, Row]:
    if not ids:
        return {}
    clause, params = in_clause("id", ids)
    rows = db.backend.rows(f"SELECT {_SUMMARY} FROM articles a WHERE a.id IN {clause}", params)
    return {int(r["id"]): r for r in rows}


def list_articles(db: Database, *, limit: int = 50, offset: int = 0, lang: str | None = None,
                  outlet: str | None = None) -> dict[str, Any]:
    """Articles newest first: {"total", "items": [summary]} (summary: id, title, outlet, language,
    published, updated, day, url, input, lead, n_attributions, n_quantities)."""
    limit, offset = page_bounds(limit, offset)
    where, params = article_filters(lang=lang, outlet=outlet)
    total = db.backend.rows(f"SELECT count(*) AS n FROM articles a WHERE {where}", params)[0]["n"]
    items = db.backend.rows(
        f"SELECT {_SUMMARY} FROM articles a WHERE {where} "
        "ORDER BY a.day IS NULL, a.day DESC, a.id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset})
    return {"total": total, "items": items}


def get_article(db: Database, article_id: int) -> dict[str, Any]:
    """One article with everything stored about it. Raises `NotFoundError` for an unknown id.

    Keys: id, key, input, url, kind, encoding, fetched, outlet, language, title, lead, authors,
    published, updated, day, ingested, text (what all spans index into), article (Article.to_dict():
    body, captions, headings, related, boilerplate), boilerplate, notes, attributions, quantities,
    conflicts (within the article), headline_claims ([{attribution, overlap}]).
    """
    in_range = 0 < int(article_id) <= MAX_ID  # a larger id cannot be stored, nor bound as a parameter
    rows = db.backend.rows("SELECT * FROM articles WHERE id = :id", {"id": int(article_id)}) if in_range else []
    if not rows:
        raise NotFoundError(f"no article {article_id}", where=str(article_id))
    row, args = rows[0], {"id": int(article_id)}
    article = json.loads(row.pop("article_json"))
    attrs = db.backend.rows("SELECT * FROM attributions WHERE article_id = :id ORDER BY idx", args)
    quants = db.backend.rows("SELECT * FROM quantities WHERE article_id = :id ORDER BY idx", args)
    confs = db.backend.rows("SELECT * FROM conflicts WHERE article_id = :id ORDER BY idx", args)
    heads = db.backend.rows("SELECT * FROM headline_claims WHERE article_id = :id", args)
    return {
        **{k: v for k, v in row.items() if k not in ("content_hash", "outlet_key")},
        "authors": json.loads(row["authors"]), "notes": json.loads(row["notes"]),
        "article": article, "boilerplate": article.get("boilerplate", []),
        "attributions": [attribution_dict(a) for a in attrs],
        "quantities": [{"idx": q["idx"], "value": as_number(q["value"]), "approx": bool(q["approx"]),
                        "measure": q["measure"], "subject": q["subject"], "attribution": q["attribution_idx"],
                        "text": q["text"], "span": [q["number_start"], q["number_end"]],
                        **({"high": as_number(q["high"])} if q.get("high") is not None else {}),
                        "key": q.get("qkey") or ""} for q in quants],
        "conflicts": [{"measure": c["measure"], "subject": c["subject"],
                       "quantities": json.loads(c["quantities"])} for c in confs],
        "headline_claims": [{"attribution": h["attribution_idx"], "overlap": h["overlap"]} for h in heads],
    }


def counts(db: Database) -> dict[str, Any]:
    """Corpus totals: articles, attributions, quantities, sources, outlets, unsourced, by language."""
    one = db.backend.rows(
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM attributions) AS attributions, "
        "(SELECT count(*) FROM quantities) AS quantities, "
        "(SELECT count(DISTINCT source_key) FROM attributions) AS sources, "
        "(SELECT count(DISTINCT outlet_key) FROM articles) AS outlets, "
        "(SELECT count(*) FROM attributions WHERE source IS NULL) AS unsourced_hearsay, "
        "(SELECT count(*) FROM headline_claims) AS headline_claims")[0]
    langs = db.backend.rows("SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY n DESC")
    return {**one, "languages": {r["language"] or "unknown": r["n"] for r in langs}}
