"""The analyse form: paste text, upload a file or give a URL; see the result, or store it.

POSTs carry the signed CSRF token (checked here) and pass the Origin check of the security
middleware. The form is re-shown with a clear message and the right status when analysis fails.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from enligt.corpus import add_analysis
from enligt.errors import EnligtError, TooLargeError
from enligt.web.analysing import Submission, analyse_submission
from enligt.web.errors import BadRequest, Forbidden, status_of
from enligt.web.routes.common import render, store_of
from enligt.web.security import CSRF_COOKIE, CSRF_FIELD, check_csrf, human_size
from enligt.web.views import article_view

router = APIRouter(include_in_schema=False)


@router.get("/analyse", response_class=HTMLResponse)
def analyse_form(request: Request) -> HTMLResponse:
    return render(request, "analyse.html", {"form": {}, "error": None})


async def _read_form(request: Request) -> FormData:
    limit = request.app.state.config.max_upload
    try:
        return await request.form(max_part_size=limit + 1024)
    except EnligtError:
        raise
    except Exception as exc:  # a malformed or oversized multipart body
        text = str(exc)
        if "maximum size" in text or "exceeded" in text:
            raise TooLargeError(f"a form field is larger than the {limit:,} byte limit") from exc
        raise BadRequest(f"the form could not be read ({text})") from exc


async def _submission(form: FormData, limit: int) -> Submission:
    upload = form.get("file")
    data: bytes | None = None
    filename = ""
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(limit + 1)
        filename = upload.filename
        if len(data) > limit:
            raise TooLargeError(f"the file is larger than the {human_size(limit)} upload limit", where=filename)
    return Submission(text=str(form.get("text") or ""), data=data, filename=filename,
                      url=str(form.get("url") or ""), kind=str(form.get("kind") or "auto"),
                      lang=str(form.get("lang") or "auto"), page_url=str(form.get("page_url") or ""))


def _store_form(analysis: Any, sub: Submission) -> dict[str, str]:
    """Hidden fields that re-submit the same page (decoded) to store it."""
    page = analysis.page
    return {"text": page.content, "kind": page.kind, "lang": sub.lang, "page_url": page.url or ""}


@router.post("/analyse", response_class=HTMLResponse)
async def analyse_post(request: Request) -> Response:
    config = request.app.state.config
    form = await _read_form(request)
    if not check_csrf(config.secret, request.cookies.get(CSRF_COOKIE), str(form.get(CSRF_FIELD) or "")):
        raise Forbidden("the form's security token is missing or stale: reload the page and submit again")
    fields = {k: str(form.get(k) or "") for k in ("text", "url", "kind", "lang")}
    try:
        sub = await _submission(form, config.max_upload)
        analysis = await run_in_threadpool(analyse_submission, sub, options=config.run_options())
    except EnligtError as exc:
        return render(request, "analyse.html", {"form": fields, "error": exc.to_dict()}, status=status_of(exc))
    if form.get("action") == "store":
        article_id = await run_in_threadpool(add_analysis, analysis, store=store_of(request))
        return RedirectResponse(f"/articles/{article_id}", status_code=303)
    view = article_view(analysis)
    return render(request, "article.html", {"view": view, "store_form": _store_form(analysis, sub)})
