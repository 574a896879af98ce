"""Errors become clear HTTP responses: JSON under /api/, a small HTML page elsewhere; never a traceback.

The status of an `enligt.errors` class is a table lookup along its class hierarchy (most specific
first), so a new error subclass inherits a sensible status.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from enligt import errors as E

log = logging.getLogger("enligt.web")

STATUS: dict[type[E.EnligtError], int] = {
    E.NotFoundError: 404,
    E.MissingInputError: 404,
    E.TooLargeError: 413,
    E.BlockedAddressError: 400,
    E.HTTPStatusError: 502,
    E.ContentTypeError: 502,
    E.FetchError: 502,
    E.InputError: 422,
    E.ExtractionError: 422,
    E.LanguageError: 422,
    E.StoreError: 500,
    E.InternalError: 500,
}


class BadRequest(E.EnligtError):
    """A request the web layer cannot act on (missing input, bad token)."""

    kind = "bad-request"


class Forbidden(E.EnligtError):
    kind = "forbidden"


class UnsupportedMediaType(E.EnligtError):
    """A request body in a format the endpoint does not take (form data sent to the JSON API)."""

    kind = "unsupported-media-type"


STATUS.update({BadRequest: 400, Forbidden: 403, UnsupportedMediaType: 415})


def status_of(exc: E.EnligtError) -> int:
    """The HTTP status for an enligt error: the entry of its nearest class in `STATUS`."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, body: dict[str, Any]) -> Response:
    """JSON for the API, the error page for the UI."""
    if _wants_json(request):
        return JSONResponse(body, status_code=status)
    templates = request.app.state.templates
    page: Response = templates.TemplateResponse(request, "error.html", {"status": status, "error": body},
                                                status_code=status)
    return page


FASTAPI_BODY_ERROR = "There was an error parsing the body"  # FastAPI's 400 when a JSON body cannot be read


def body_problem(request: Request, cause: BaseException | None) -> str:
    """Why a JSON body could not be read, in words a client can act on (FastAPI says only that it failed)."""
    encoding = request.headers.get("content-encoding", "").strip().lower()
    if encoding and encoding != "identity":
        return f"the body is sent with Content-Encoding {encoding}: send the JSON uncompressed"
    if isinstance(cause, UnicodeDecodeError):
        byte = cause.object[cause.start:cause.start + 1].hex()
        return f"the body is not UTF-8 (byte 0x{byte} at offset {cause.start}): send JSON encoded as UTF-8"
    return f"the body cannot be read as JSON ({type(cause).__name__ if cause else 'unknown reason'})"


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into a clear response."""

    @app.exception_handler(E.EnligtError)
    async def enligt_error(request: Request, exc: E.EnligtError) -> Response:
        if isinstance(exc, E.InternalError):  # a bug on one page: its traceback goes to the server log
            log.error("%s on %s", exc, request.url.path, exc_info=exc.__cause__)
        return error_response(request, status_of(exc), exc.to_dict())

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page"
        elif exc.status_code == 400 and message == FASTAPI_BODY_ERROR:
            message = body_problem(request, exc.__cause__)
        return error_response(request, exc.status_code, {"error": "http", "message": message, "where": None})

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}"
                             for e in exc.errors())
        return error_response(request, 422, {"error": "validation", "message": problems, "where": None})

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        body = {"error": "internal", "message": "internal error (see the server log)", "where": None}
        if _wants_json(request):
            return JSONResponse(body, status_code=500)
        return HTMLResponse("<!doctype html><meta charset=utf-8><title>500</title><h1>500</h1>"
                            "<p>internal error (see the server log)</p>", status_code=500)
