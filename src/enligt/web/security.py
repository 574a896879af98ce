"""The web layer's defences, as one small ASGI middleware and a CSRF token helper.

- Security headers on every response (CSP `default-src 'self'`, no inline scripts or styles,
  `frame-ancestors 'none'`, nosniff, a same-origin referrer policy so browsers still send Origin).
- A request body cap (`max_body`): a declared Content-Length over it, or a streamed body that grows
  past it, gets a clear 413 before the application parses anything.
- Host names: a request whose Host header is not a name the server answers to (the loopback
  names, plus the `--host` it was started with and any `allowed_hosts`) gets 421 (400 without a
  Host header), so a page on another site cannot reach a server on loopback through DNS rebinding.
- Cross-site posting: an unsafe request whose Origin (or, lacking it, Referer) names another host,
  or a host the server does not answer to, is refused with 403; HTML forms also carry a signed
  double-submit token (`CSRF_COOKIE` cookie, `CSRF_FIELD` form field) checked by `check_csrf`.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "enligt_csrf"
CSRF_FIELD = "csrf_token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", ""})


def host_name(value: str | None) -> str | None:
    """The name in a Host header or URL netloc, lower-cased, without port or IPv6 brackets
    ("LocalHost:8000" -> "localhost", "[::1]:80" -> "::1"); None when it is no valid host."""
    if not value:
        return None
    value = value.strip().lower()
    if value.startswith("["):
        name, sep, rest = value[1:].partition("]")
        if not sep or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return name
    name, _, port = value.partition(":")
    if port and not port.isdigit():
        return None
    return name.rstrip(".") or None


def allowed_host_names(served: str | None = None, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The names a server answers to: loopback, the address it listens on (unless a wildcard), `extra`."""
    names = set(LOOPBACK_NAMES)
    for given in (served, *extra):
        name = host_name(f"[{given}]" if given and ":" in given and not given.startswith("[") else given)
        if name and name not in WILDCARD_ADDRESSES:
            names.add(name)
    return frozenset(names)


def human_size(n: int) -> str:
    """A byte count as people read it: "5 MB", "64 KB", "900 bytes"."""
    if n >= 2**20:
        return f"{n / 2**20:g} MB"
    if n >= 1024:
        return f"{n / 1024:g} KB"
    return f"{n} bytes"


def _sign(secret: bytes, nonce: str) -> str:
    return hmac.new(secret, nonce.encode(), hashlib.sha256).hexdigest()[:32]


def new_token(secret: bytes) -> str:
    """A fresh signed token: `nonce.signature`."""
    nonce = secrets.token_urlsafe(18)
    return f"{nonce}.{_sign(secret, nonce)}"


def token_valid(secret: bytes, token: str | None) -> bool:
    if not token or "." not in token or len(token) > 200:
        return False
    nonce, _, sig = token.partition(".")
    return hmac.compare_digest(sig, _sign(secret, nonce))


def check_csrf(secret: bytes, cookie: str | None, field: str | None) -> bool:
    """True when the form's token equals the cookie's and carries our signature."""
    return bool(cookie and field) and hmac.compare_digest(str(cookie), str(field)) and token_valid(secret, cookie)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _netloc(url: str) -> str | None:
    """The host[:port] of a URL in a header, or None when it is malformed ("http://[::1" raised ValueError,
    a 500 for what is a foreign or broken origin)."""
    try:
        return urlsplit(url).netloc
    except ValueError:
        return None


def cross_site(scope: Scope) -> bool:
    """True when the request says it comes from another origin than the host it was sent to."""
    host = _header(scope, b"host")
    origin = _header(scope, b"origin")
    if origin is not None:
        return origin == "null" or (net := _netloc(origin)) is None or net != host
    referer = _header(scope, b"referer")
    return referer is not None and ((net := _netloc(referer)) is None or net != host)


def _cookie_token(scope: Scope, secret: bytes) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except CookieError:  # a malformed Cookie header is the client's problem: treat as absent
        return None
    morsel = jar.get(CSRF_COOKIE)
    return morsel.value if morsel and token_valid(secret, morsel.value) else None


def foreign_origin(scope: Scope, allowed: frozenset[str]) -> bool:
    """True when an Origin (or Referer) header names a host outside `allowed`."""
    for name in (b"origin", b"referer"):
        value = _header(scope, name)
        if value is not None and value != "null":
            return host_name(_netloc(value)) not in allowed
    return False


class SecurityMiddleware:
    """Host check, headers, body cap, Origin check and the CSRF cookie, for every HTTP request."""

    def __init__(self, app: ASGIApp, *, secret: bytes, max_body: int, limit_label: str | None = None,
                 allowed_hosts: frozenset[str] = LOOPBACK_NAMES) -> None:
        self.app = app
        self.secret = secret
        self.max_body = max_body
        self.allowed_hosts = allowed_hosts
        self.limit_text = f"the request is larger than the {limit_label or human_size(max_body)} upload limit"

    async def _refuse(self, scope: Scope, send: Send, status: int, message: str) -> None:
        api = str(scope.get("path", "")).startswith("/api/")
        if api:
            body = json.dumps({"error": "http", "message": message, "where": None}).encode()
            ctype = b"application/json"
        else:
            body = (f"<!doctype html><meta charset=utf-8><title>{status}</title>"
                    f"<h1>{status}</h1><p>{message}</p><p><a href=\"/\">Back to the overview</a></p>").encode()
            ctype = b"text/html; charset=utf-8"
        headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), *HEADERS]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = _header(scope, b"host")
        if host is None:
            await self._refuse(scope, send, 400, "the request has no Host header")
            return
        if host_name(host) not in self.allowed_hosts:
            await self._refuse(scope, send, 421, "this server does not answer to that host name (see --host)")
            return
        limit_text = self.limit_text
        declared = _header(scope, b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            await self._refuse(scope, send, 413, limit_text)
            return
        if scope.get("method") in UNSAFE and (cross_site(scope) or foreign_origin(scope, self.allowed_hosts)):
            await self._refuse(scope, send, 403, "cross-site request refused (Origin/Referer is not this site)")
            return
        token = _cookie_token(scope, self.secret)
        fresh = token is None
        token = token or new_token(self.secret)
        scope.setdefault("state", {})["csrf_token"] = token
        state = {"received": 0, "refused": False, "started": False}

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > self.max_body and not state["started"]:
                    state["refused"] = True
                    state["started"] = True
                    await self._refuse(scope, send, 413, limit_text)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if state["refused"]:
                return  # a 413 went out already: drop what the application answers after it
            if message["type"] == "http.response.start":
                state["started"] = True
                headers = list(message.get("headers", [])) + list(HEADERS)
                if fresh:
                    cookie = f"{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
                    headers.append((b"set-cookie", cookie.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not state["refused"]:
                raise
