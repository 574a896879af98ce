"""The HTML pages: overview, articles, sources, conflicts, search, unsourced claims, citation graph.

Each handler asks the store for a JSON-ready dict and hands it to a template; page text is
escaped by the templates (autoescape), except the article text, which the highlighter escapes.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from enligt.web.charts import Point, values_chart
from enligt.web.routes.common import PAGE_SIZE, cached, filters, page_offset, pager, render, store_of
from enligt.web.views import article_view, stored_analysis

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    data = cached(request, "overview", store_of(request).overview)
    return render(request, "overview.html", {"data": data})


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, lang: str | None = None, outlet: str | None = None,
             page: int = Query(1)) -> HTMLResponse:
    f = filters(lang=lang, outlet=outlet)
    data = store_of(request).list_articles(limit=PAGE_SIZE, offset=page_offset(page), lang=f.lang, outlet=f.outlet)
    return render(request, "articles.html", {"data": data, "f": f, "pager": pager(page, data["total"])})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: int) -> HTMLResponse:
    record = store_of(request).get_article(article_id)
    view = article_view(stored_analysis(record), article_id=article_id, extra=record)
    return render(request, "article.html", {"view": view})


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, source_type: str | None = None, page: int = Query(1)) -> HTMLResponse:
    f = filters(source_type=source_type)

    def compute() -> Any:
        return store_of(request).sources(limit=PAGE_SIZE, offset=page_offset(page), source_type=f.source_type)

    data = cached(request, f"sources:{f.source_type}", compute) if page == 1 else compute()
    return render(request, "sources.html", {"data": data, "f": f, "pager": pager(page, data["total"])})


@router.get("/sources/{key:path}", response_class=HTMLResponse)
def source(request: Request, key: str) -> HTMLResponse:
    data = store_of(request).get_source(key)
    return render(request, "source.html", {"s": data})


def conflict_chart(conflict: dict[str, Any]) -> Any:
    """The values-by-source-over-time chart of one cross-article conflict."""
    points = [Point(v.get("source") or "hearsay", v.get("date"), float(v.get("value") or 0))
              for v in conflict.get("values", ())]
    return values_chart(points, title=f"{conflict.get('measure')}: {conflict.get('subject')}")


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request) -> HTMLResponse:
    items = store_of(request).corpus_conflicts()
    charts = {c["key"]: conflict_chart(c) for c in items[:100]}
    return render(request, "conflicts.html", {"items": items, "charts": charts})


@router.get("/conflicts/{key:path}", response_class=HTMLResponse)
def conflict(request: Request, key: str) -> HTMLResponse:
    c = store_of(request).get_conflict(key)
    return render(request, "conflict.html", {"c": c, "chart": conflict_chart(c)})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", lang: str | None = None, outlet: str | None = None,
           source_type: str | None = None, date_from: str | None = None, date_to: str | None = None,
           page: int = Query(1)) -> HTMLResponse:
    f = filters(lang=lang, outlet=outlet, source_type=source_type, date_from=date_from, date_to=date_to)
    q = q[:500]
    data: dict[str, Any] = (store_of(request).search(q, limit=PAGE_SIZE, offset=page_offset(page), **f.kwargs())
                            if q.strip() else {"query": q, "total": 0, "items": []})
    params = {k: v for k, v in {"q": q, **f.kwargs()}.items() if v}
    return render(request, "search.html", {"data": data, "q": q, "quick_q": q, "f": f, "params": params,
                                           "pager": pager(page, data["total"])})


@router.get("/unsourced", response_class=HTMLResponse)
def unsourced(request: Request, page: int = Query(1)) -> HTMLResponse:
    data = store_of(request).unsourced_claims(limit=PAGE_SIZE, offset=page_offset(page))
    total = int(max(data["counts"]["hearsay"], data["counts"]["headlines"]))
    return render(request, "unsourced.html", {"data": data, "pager": pager(page, total)})


@router.get("/citations", response_class=HTMLResponse)
def citations(request: Request) -> HTMLResponse:
    graph = store_of(request).citation_graph()
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    outgoing: dict[str, list[dict[str, Any]]] = {}
    for e in graph["edges"]:
        outgoing.setdefault(e["from"], []).append(e)
    # What reached an outlet through each source it cites: the rest of every chain outlet -> source -> ...
    through: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for ch in graph["chains"]:
        path = ch["path"]
        through.setdefault(path[0], {}).setdefault(path[1], []).append({"rest": path[2:], "count": ch["count"]})
    outlets = [n for n in graph["nodes"] if "outlet" in n["roles"]]
    outlets.sort(key=lambda n: -n["cites"])
    return render(request, "citations.html", {"graph": graph, "labels": labels, "outgoing": outgoing,
                                              "outlets": outlets, "through": through})


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    """A plain, offline list of the JSON endpoints (from the OpenAPI description)."""
    spec = request.app.openapi()
    endpoints = [(method.upper(), path, op.get("summary") or "", op.get("description") or "")
                 for path, ops in spec.get("paths", {}).items() for method, op in ops.items()]
    return render(request, "api.html", {"endpoints": endpoints})
