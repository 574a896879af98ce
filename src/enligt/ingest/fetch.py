"""Fetch a URL into pages: the one seam around httpx.

Every hop is checked before it is requested: the scheme (http/https only), the host's resolved
addresses (loopback, private, link-local, multicast and reserved ranges are refused unless
`options.allow_private`), so a public page cannot redirect us into the local network. Redirects
are followed by hand (at most `MAX_REDIRECTS`). The body is streamed and cut at
`options.max_bytes`; the whole fetch (every hop, headers and body) must finish within
`options.timeout` seconds, however slowly the server sends (`enligt.ingest.deadline`). The charset
comes from the Content-Type header, then the page's meta tag, then `enligt.ingest.decode`.
A feed (RSS/Atom by content type or by its first element) yields the pages of its items.
Errors say what happened: DNS, TLS, timeout, HTTP status, too large, not HTML.

The address check resolves the host before httpx connects; a host whose DNS answer changes
between the two lookups (DNS rebinding) is outside what this check can see.
"""
from __future__ import annotations

import functools
import ipaddress
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from enligt.errors import (
    BlockedAddressError,
    ContentTypeError,
    DNSError,
    EnligtError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    TLSError,
    TooLargeError,
)
from enligt.ingest import feed
from enligt.ingest.deadline import Deadline
from enligt.ingest.read import page_from_bytes
from enligt.models import Failure, Item
from enligt.settings import Options

MAX_REDIRECTS = 10
REDIRECTS = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
              "application/feed+json")
_FEED_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]",
                         re.DOTALL)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w:.-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Fetched:
    """The body of a successful fetch, with where it finally came from."""

    url: str
    status: int
    content_type: str
    charset: str | None
    data: bytes
    fetched: str


def _resolve(host: str, port: int) -> list[str]:
    """Addresses `host` resolves to (a seam the tests replace)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def is_blocked_ip(address: str) -> bool:
    """True for loopback, private, link-local, multicast, reserved and other non-global addresses."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        # an IPv4 address inside an IPv6 one (mapped, or 6to4: 2002:7f00:1:: is 127.0.0.1) is judged by that address
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            ip = embedded
    return not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_unspecified


def check_url(url: str, options: Options) -> None:
    """Refuse a URL we must not request: wrong scheme, unresolvable host, or a blocked address."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # "http://[::1": a traceback once
        raise FetchError(f"malformed URL ({exc})", where=url) from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {parts.scheme!r} (only http and https)", where=url)
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host", where=url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"bad port in URL ({exc})", where=url) from exc
    try:
        addresses = _resolve(host, port)
    except (socket.gaierror, UnicodeError) as exc:
        raise DNSError(f"cannot resolve host {host!r} (DNS: {getattr(exc, 'strerror', None) or exc})",
                       where=url) from exc
    if options.allow_private:
        return
    for address in addresses:
        if is_blocked_ip(address):
            raise BlockedAddressError(
                f"host {host!r} resolves to {address}, a loopback/private/reserved address "
                "(pass --allow-private to fetch it)", where=url)


def _client(options: Options, transport: Any = None) -> Any:
    import httpx

    # No kept-alive connections: each hop opens its own, so the deadline's watchdog sees its socket.
    return httpx.Client(timeout=httpx.Timeout(options.timeout), follow_redirects=False, trust_env=False,
                        limits=httpx.Limits(max_keepalive_connections=0),
                        headers={"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,"
                                 "application/rss+xml,application/atom+xml,text/plain;q=0.8,*/*;q=0.5"},
                        transport=transport)


def _read_body(response: Any, url: str, options: Options, deadline: Deadline) -> bytes:
    length = response.headers.get("content-length")
    if length and length.isdigit() and int(length) > options.max_bytes:
        raise TooLargeError(f"response of {int(length):,} bytes is over the {options.max_bytes:,} byte limit "
                            "(see --max-bytes)", where=url)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # each chunk as it arrives: a byte a second is checked every second
        size += len(chunk)
        if size > options.max_bytes:
            raise TooLargeError(f"response is over the {options.max_bytes:,} byte limit (see --max-bytes)",
                                where=url)
        deadline.check(url)
        chunks.append(chunk)
    # A body that ends when the server closes the connection (no Content-Length) also "ends" when the
    # watchdog shuts the socket down at the deadline: that is a cut page, not a whole one.
    deadline.check(url)
    return b"".join(chunks)


def _translate(exc: Exception, url: str, options: Options) -> EnligtError:
    """An httpx exception as one of our errors, saying what happened."""
    import httpx

    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return FetchTimeoutError(f"no answer within {options.timeout:g} s ({type(exc).__name__})", where=url)
    if isinstance(exc, httpx.ConnectError) and re.search(r"ssl|tls|certificate", text, re.IGNORECASE):
        return TLSError(f"TLS failed: {text}", where=url)
    if isinstance(exc, httpx.ConnectError):
        return FetchError(f"cannot connect: {text}", where=url)
    return FetchError(f"fetch failed: {text}", where=url)


def fetch(url: str, options: Options, *, transport: Any = None) -> Fetched:
    """GET `url`, following redirects by hand and checking every hop. Raises `FetchError` subclasses."""
    import httpx

    current = url
    deadline = Deadline(options.timeout)  # for the whole fetch, redirects included
    with _client(options, transport) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current, options)
            deadline.check(current)
            try:
                with deadline.watch() as extensions, client.stream(
                        "GET", current, timeout=httpx.Timeout(max(deadline.remaining(), 0.001)),
                        extensions=extensions) as response:
                    if response.status_code in REDIRECTS and response.headers.get("location"):
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise HTTPStatusError(f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                                              where=current, status=response.status_code)
                    data = _read_body(response, current, options, deadline)
                    ctype = response.headers.get("content-type", "")
            except httpx.InvalidURL as exc:  # not an HTTPError: a Location such as 'javascript:alert(1)' was a traceback
                raise FetchError(f"invalid URL in the request or a redirect ({exc})", where=current) from exc
            except httpx.HTTPError as exc:
                if deadline.expired():  # the watchdog ended a read that was still going
                    raise deadline.error(current) from exc
                raise _translate(exc, current, options) from exc
            m = _CHARSET.search(ctype)
            return Fetched(url=current, status=response.status_code, content_type=ctype.split(";")[0].strip().lower(),
                           charset=m.group(1) if m else None, data=data,
                           fetched=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M"))
    raise FetchError(f"more than {MAX_REDIRECTS} redirects", where=url)


def is_feed(content_type: str, data: bytes) -> bool:
    """An RSS/Atom/RDF feed by its content type or its first element."""
    if content_type in FEED_TYPES[:3]:
        return True
    return _FEED_START.match(data[:2048]) is not None


def page_kind_name(content_type: str, url: str) -> str:
    """A file name that tells `page_from_bytes` the page kind the server declared."""
    if content_type in HTML_TYPES:
        return "page.html"
    if content_type in TEXT_TYPES:
        return "page.txt"
    return urlsplit(url).path or "page"


def pages_from_response(got: Fetched, *, where: str, options: Options, feeds: bool = True) -> Iterator[Item]:
    """The page (or a feed's item pages) in a fetched body."""
    if is_feed(got.content_type, got.data):
        if not feeds:
            raise ContentTypeError("a feed inside a feed is not followed", where=where)
        yield from feed.pages_from_feed(got.data, where=where, base_url=got.url, follow=follow_links(options))
        return
    if got.content_type and got.content_type not in HTML_TYPES + TEXT_TYPES:
        raise ContentTypeError(f"not HTML or text: the server sent {got.content_type}", where=where)
    yield page_from_bytes(got.data, where=where, name=page_kind_name(got.content_type, got.url), url=got.url,
                          declared=got.charset, fetched=got.fetched)


def read_url(url: str, options: Options, *, feeds: bool = True, transport: Any = None) -> Iterator[Item]:
    """The pages behind `url`: one page, or the items of a feed. Failures are yielded, never raised."""
    try:
        got = fetch(url, options, transport=transport)
        yield from pages_from_response(got, where=url, options=options, feeds=feeds)
    except EnligtError as exc:
        exc.where = exc.where or url
        yield Failure(url, exc)


def follow_links(options: Options) -> feed.Follow:
    """The reader of a feed item's link: these URL rules, and no feed inside a feed."""
    return functools.partial(read_url, options=options, feeds=False)
