"""The JSON API under /api/: the same data as the pages, plus analysis and exports.

Responses are the store's JSON-ready dicts unchanged (their shapes are documented in
docs/corpus.md and docs/web.md); errors are `{"error", "message", "where"}` with a 4xx/5xx status.
POST /api/analyse takes JSON only, which a cross-site HTML form cannot send without a CORS
preflight this server never grants.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from enligt.corpus import add_analysis
from enligt.store.export import WHAT as EXPORTS
from enligt.web.analysing import Submission, analyse_submission
from enligt.web.config import LANGUAGES
from enligt.web.errors import BadRequest, UnsupportedMediaType
from enligt.web.routes.common import MAX_OFFSET, cached, filters, store_of

router = APIRouter(prefix="/api", tags=["api"])
MEDIA = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}
Json = dict[str, Any]
if TYPE_CHECKING:
    LangChoice = str
else:  # the choices of the form, from the one list of languages (enligt.lang.SUPPORTED)
    LangChoice = Literal[("auto", *LANGUAGES)]


class AnalyseRequest(BaseModel):
    """Analyse pasted text (or HTML) or a URL; `store` keeps the result in the corpus."""

    text: str = Field("", description="page text or HTML to analyse")
    url: str = Field("", description="an http(s) URL to fetch and analyse (private addresses need --allow-private)")
    kind: Literal["auto", "text", "html"] = "auto"
    lang: LangChoice = "auto"
    store: bool = False


@router.get("/overview", summary="Corpus counts, latest articles, top sources, open conflicts")
def overview(request: Request) -> Json:
    result: Json = cached(request, "overview", store_of(request).overview)
    return result


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
             lang: str | None = None, outlet: str | None = None) -> Json:
    f = filters(lang=lang, outlet=outlet)
    result: Json = store_of(request).list_articles(limit=limit, offset=offset, lang=f.lang, outlet=f.outlet)
    return result


@router.get("/articles/{article_id}", summary="One article: text, attributions, numbers, conflicts")
def article(request: Request, article_id: int) -> Json:
    result: Json = store_of(request).get_article(article_id)
    return result


@router.get("/search", summary="Full-text search with filters")
def search(request: Request, q: str = Query(..., max_length=500), lang: str | None = None,
           outlet: str | None = None, source_type: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int = Query(50, ge=1, le=1000),
           offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Json:
    f = filters(lang=lang, outlet=outlet, source_type=source_type, date_from=date_from, date_to=date_to)
    result: Json = store_of(request).search(q, limit=limit, offset=offset, **f.kwargs())
    return result


@router.get("/sources", summary="The source index, most cited first")
def sources(request: Request, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
            source_type: str | None = None) -> Json:
    f = filters(source_type=source_type)
    result: Json = store_of(request).sources(limit=limit, offset=offset, source_type=f.source_type)
    return result


@router.get("/sources/{key:path}", summary="One source and its attributions across articles")
def source(request: Request, key: str) -> Json:
    result: Json = store_of(request).get_source(key)
    return result


@router.get("/conflicts", summary="Conflicting figures across articles")
def conflicts(request: Request) -> list[Json]:
    result: list[Json] = store_of(request).corpus_conflicts()
    return result


@router.get("/conflicts/{key:path}", summary="One cross-article conflict")
def conflict(request: Request, key: str) -> Json:
    result: Json = store_of(request).get_conflict(key)
    return result


@router.get("/unsourced", summary="Sourceless hearsay and headlines that assert attributed claims")
def unsourced(request: Request, limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Json:
    result: Json = store_of(request).unsourced_claims(limit=limit, offset=offset)
    return result


@router.get("/citations", summary="The citation graph: outlets, sources, via chains")
def citations(request: Request) -> Json:
    result: Json = store_of(request).citation_graph()
    return result


def json_only(request: Request) -> None:
    """Refuse a body that is not JSON by its Content-Type, saying so (form data got "body: Input should be a
    valid dictionary or object to extract fields from", which does not name the problem)."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
        raise UnsupportedMediaType(f"the body must be JSON (Content-Type: application/json), not {media[:80]}",
                                   where="content-type")


@router.post("/analyse", summary="Analyse text or a URL; optionally store the result",
             dependencies=[Depends(json_only)])
async def analyse(request: Request, body: AnalyseRequest) -> Json:
    config = request.app.state.config
    sub = Submission(text=body.text, url=body.url, kind=body.kind, lang=body.lang)
    analysis = await run_in_threadpool(analyse_submission, sub, options=config.run_options())
    article_id = None
    if body.store:
        article_id = await run_in_threadpool(add_analysis, analysis, store=store_of(request))
    return {"id": article_id, "stored": article_id is not None, "text": analysis.article.text,
            **analysis.to_dict()}


def _chunks(spool: Any) -> Iterator[bytes]:
    try:
        spool.seek(0)
        while chunk := spool.read(64 * 1024):
            yield chunk.encode("utf-8")
    finally:
        spool.close()


@router.get("/export/{name}", summary="Export as JSON Lines or CSV: /api/export/{what}.jsonl or .csv",
            description=f"what is one of {', '.join(EXPORTS)}.")
async def export(request: Request, name: str) -> StreamingResponse:
    what, _, fmt = name.rpartition(".")
    if what not in EXPORTS or fmt not in MEDIA:
        raise BadRequest(f"export names are {{{'|'.join(EXPORTS)}}}.{{jsonl|csv}}", where=name)
    # Closed by `_chunks` once the response is sent, so no `with` block here.
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 2**20, mode="w+", encoding="utf-8",  # noqa: SIM115
                                          newline="")
    try:
        await run_in_threadpool(store_of(request).export, what, fmt, spool)
    except Exception:
        spool.close()
        raise
    headers = {"content-disposition": f'attachment; filename="enligt-{what}.{fmt}"'}
    return StreamingResponse(_chunks(spool), media_type=MEDIA[fmt], headers=headers)
