"""The FastAPI application: server-side Jinja2 pages and a JSON API over one corpus store.

`create_app(config)` builds the app; `serve(config, host, port)` runs it with uvicorn. The store is
opened once per app (its readers are per thread) and closed at shutdown. The interactive Swagger
page is disabled because it loads its assets from a CDN; `/api` is a plain page listing the
endpoints and `/openapi.json` is the machine-readable description.
"""
from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from enligt.errors import ServeError
from enligt.store import open_store
from enligt.store.export import WHAT as EXPORTS
from enligt.store.protocol import CorpusStore
from enligt.web import errors
from enligt.web.config import LANGUAGES, SOURCE_TYPES, WebConfig
from enligt.web.routes import analyse, api, pages
from enligt.web.security import SecurityMiddleware, allowed_host_names, human_size
from enligt.web.views import http_url, no_bidi, via_chain


def _package_dir(name: str) -> str:
    return str(Path(str(resources.files("enligt.web") / name)))


def fmt_value(value: float | None) -> str:
    """A number as a reader expects it: thousands separated, no trailing `.0`."""
    if value is None:
        return ""
    v = float(value)
    return f"{int(v):,}".replace(",", "\u202f") if v.is_integer() else f"{v:,.1f}".replace(",", "\u202f")


def _context(request: Request) -> dict[str, Any]:
    return {"csrf_token": getattr(request.state, "csrf_token", "")}


def make_templates() -> Jinja2Templates:
    """The template set, autoescaping everything, with the helpers templates may call."""
    env = Environment(loader=FileSystemLoader(_package_dir("templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(via_chain=via_chain, fmt_value=fmt_value, source_types=SOURCE_TYPES,
                       languages=LANGUAGES, exports=EXPORTS, human_size=human_size)
    env.filters["http_url"] = http_url
    env.filters["no_bidi"] = no_bidi
    return Jinja2Templates(env=env, context_processors=[_context])


def create_app(config: WebConfig | None = None, *, store: CorpusStore | None = None) -> FastAPI:
    """The web app over `config.db` (or over an already open `store`, which the caller then closes)."""
    config = config or WebConfig()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if app.state.owns_store and app.state.store is not None:
            app.state.store.close()

    app = FastAPI(title="enligt", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="News provenance: articles, attributions, sources, numbers and conflicts.")
    app.state.config = config
    app.state.templates = make_templates()
    app.state.owns_store = store is None
    app.state.store = open_store(config.db, create=config.create_db) if store is None else store
    errors.install(app)
    app.include_router(pages.router)
    app.include_router(analyse.router)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=_package_dir("static")), name="static")
    # The body cap leaves room for multipart framing, so an upload just under the limit is accepted
    # and one over it gets the handler's precise message.
    app.add_middleware(SecurityMiddleware, secret=config.secret, max_body=config.max_upload + 64 * 1024,
                       limit_label=human_size(config.max_upload),
                       allowed_hosts=allowed_host_names(extra=config.allowed_hosts))
    return app


def serve(config: WebConfig, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning",
          announce: Callable[[str], None] | None = None) -> None:
    """Open the store, listen on `host`:`port`, call `announce(url)`, then run the app with uvicorn until
    interrupted.

    The store is opened and the socket bound first, so a bad database, a port in use or a host that is not this
    machine's is a `ServeError`/`StoreError` before anything says "serving" (port 0 announces the port it got).
    """
    import uvicorn

    app = create_app(replace(config, allowed_hosts=(*config.allowed_hosts, host)))
    sock = listen(host, port)
    if announce is not None:
        shown = f"[{host}]" if ":" in host else host
        announce(f"http://{shown}:{sock.getsockname()[1]}/")
    server = uvicorn.Server(uvicorn.Config(app, log_level=log_level))
    with sock:
        server.run(sockets=[sock])


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket bound to `host`:`port` and listening, or a `ServeError` that says why not."""
    where = f"{host}:{port}"
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except (socket.gaierror, UnicodeError) as exc:
        raise ServeError(f"cannot listen: {host!r} is not a host name or address of this machine ({exc})",
                         where=where) from exc
    try:
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise ServeError(f"cannot listen: {reason}", where=where) from exc
