"""URL fetching against a local HTTP server the tests start (127.0.0.1 only, no outside network).

The server is on loopback, so happy paths pass allow_private=True; refusal is checked without it.
A redirect from a public host into a private range is checked with httpx's MockTransport and a
replaced resolver, so no packet ever goes to a private address.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from enligt.errors import (
    BlockedAddressError,
    ContentTypeError,
    DNSError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    TLSError,
    TooLargeError,
)
from enligt.ingest import fetch
from enligt.models import Failure, Page
from enligt.pipeline import analyze
from enligt.settings import Options

HTML = "<html><head><title>Rubrik här | Sajten</title></head><body><article><h1>Rubrik här</h1><p>{}</p></article></body></html>"
SV = "Blåbär och smörgås till frukost i Göteborg, sade kocken på restaurangen vid hamnen i morse."


def _rss(base: str) -> bytes:
    items = "".join(f"<item><title>Item {p}</title><link>{base}/{p}</link></item>" for p in ("page", "latin"))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>{items}</channel></rss>'.encode()


DRIP_BYTES, DRIP_GAP = 100, 0.05  # a 5-second drip
DRIPPED: dict[str, int] = {}
DRIP_DONE = threading.Event()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _drip(self, path: str) -> None:
        """Send a byte every DRIP_GAP seconds (in the headers or in the body); count what got out."""
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        body = b"<p>" + b"d" * DRIP_BYTES + b"</p>"
        if path == "/drip-headers":
            slow, fast = head + b"X-Pad: " + b"p" * DRIP_BYTES + b"\r\n", b"\r\n" + body
        elif path == "/drip-close":  # no Content-Length: the body ends when the connection closes
            slow, fast = b"", head + b"Connection: close\r\n\r\n"
        else:
            slow, fast = b"", head + f"Content-Length: {len(body)}\r\n\r\n".encode()
        sent = 0
        try:
            self.wfile.write(fast if path in ("/drip-body", "/drip-close") else b"")
            for i in range(len(slow) if slow else len(body)):
                self.wfile.write((slow or body)[i:i + 1])
                self.wfile.flush()
                sent += 1
                time.sleep(DRIP_GAP)
            self.wfile.write(b"" if path in ("/drip-body", "/drip-close") else fast)
        except OSError:
            pass  # the client gave up
        finally:
            DRIPPED[path] = sent
            DRIP_DONE.set()

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/page": lambda: self._send(200, "text/html; charset=utf-8", HTML.format(SV).encode()),
            "/latin": lambda: self._send(200, "text/html; charset=iso-8859-1", HTML.format(SV).encode("latin-1")),
            "/meta": lambda: self._send(200, "text/html", HTML.format(SV).replace(
                "<head>", '<head><meta charset="windows-1252">').replace("frukost", "“frukost”").encode("cp1252")),
            "/wrong": lambda: self._send(200, "text/html; charset=utf-8", HTML.format(SV).encode("latin-1")),
            "/ua": lambda: self._send(200, "text/html", HTML.format(self.headers.get("User-Agent")).encode()),
            "/redirect": lambda: self._redirect("/page"),
            "/relative": lambda: self._redirect("page"),
            "/loop": lambda: self._redirect("/loop"),
            "/missing": lambda: self._send(404, "text/html", b"<html><body>Not here</body></html>"),
            "/image": lambda: self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100),
            "/declared-big": lambda: self._send(200, "text/html", b"<p>" + b"x" * 200_000),
            "/feed": lambda: self._send(200, "application/rss+xml", _rss(base)),
            "/feed-as-xml": lambda: self._send(200, "text/xml", _rss(base)),
        }
        if self.path in routes:
            routes[self.path]()
        elif self.path == "/streamed-big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
        elif self.path in ("/drip-body", "/drip-headers", "/drip-close"):
            self._drip(self.path)
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", HTML.format("late").encode())
        else:
            self._send(404, "text/plain", b"no route")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the timeout test) is expected


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


OPEN = Options(allow_private=True, timeout=5.0)


def _one(url: str, options: Options = OPEN) -> Page | Failure:
    items = list(fetch.read_url(url, options))
    assert len(items) == 1
    return items[0]


def _error(url: str, options: Options = OPEN) -> Exception:
    item = _one(url, options)
    assert isinstance(item, Failure), item
    return item.error


@pytest.mark.parametrize("path", ["/page", "/latin", "/meta", "/wrong"])
def test_charsets_decode_to_the_same_text(server: str, path: str) -> None:
    page = _one(server + path)
    assert isinstance(page, Page) and page.kind == "html"
    assert SV.replace("frukost", "“frukost”") in page.content or SV in page.content
    assert page.url == server + path and page.fetched


@pytest.mark.parametrize("path", ["/redirect", "/relative"])
def test_redirects_are_followed(server: str, path: str) -> None:
    page = _one(server + path)
    assert isinstance(page, Page) and page.url == server + "/page"


@pytest.mark.parametrize("path,error,text", [
    ("/loop", FetchError, "redirects"),
    ("/missing", HTTPStatusError, "404"),
    ("/image", ContentTypeError, "image/png"),
    ("/declared-big", TooLargeError, "limit"),
    ("/streamed-big", TooLargeError, "limit"),
])
def test_errors_say_what_happened(server: str, path: str, error: type, text: str) -> None:
    exc = _error(server + path, Options(allow_private=True, max_bytes=100_000))
    assert isinstance(exc, error) and text in str(exc)


def test_404_carries_its_status(server: str) -> None:
    exc = _error(server + "/missing")
    assert isinstance(exc, HTTPStatusError) and exc.status == 404


def test_timeout(server: str) -> None:
    exc = _error(server + "/slow", Options(allow_private=True, timeout=0.3))
    assert isinstance(exc, FetchTimeoutError)


def test_tls_error_against_a_plain_http_server(server: str) -> None:
    exc = _error(server.replace("http://", "https://") + "/page")
    assert isinstance(exc, TLSError)


def test_user_agent_is_sent(server: str) -> None:
    page = _one(server + "/ua", Options(allow_private=True, user_agent="enligt-test/9"))
    assert isinstance(page, Page) and "enligt-test/9" in page.content


@pytest.mark.parametrize("path", ["/feed", "/feed-as-xml"])
def test_feed_url_yields_its_items_pages(server: str, path: str) -> None:
    items = list(fetch.read_url(server + path, OPEN))
    assert [i.url for i in items if isinstance(i, Page)] == [server + "/page", server + "/latin"]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_refused_without_allow_private(server: str, host: str) -> None:
    url = server.replace("127.0.0.1", host) + "/page"
    assert isinstance(_error(url, Options()), BlockedAddressError)


def test_pipeline_analyses_a_url(server: str) -> None:
    (result,) = list(analyze([server + "/page"], options=Options(allow_private=True, attribution=False)))
    assert not isinstance(result, Failure)
    assert result.article.title == "Rubrik här"


@pytest.mark.parametrize("address,blocked", [
    ("127.0.0.1", True), ("10.1.2.3", True), ("172.16.0.1", True), ("192.168.1.1", True),
    ("169.254.169.254", True), ("224.0.0.1", True), ("0.0.0.0", True), ("240.0.0.1", True), ("100.64.0.1", True),
    ("::1", True), ("fe80::1", True), ("fc00::1", True), ("::ffff:127.0.0.1", True), ("ff02::1", True),
    ("93.184.216.34", False), ("2606:4700::1111", False),
    # 6to4 addresses carry an IPv4 address: 2002:7f00:1:: is 127.0.0.1, 2002:a00:1:: is 10.0.0.1 (were let through)
    ("2002:7f00:1::", True), ("2002:a00:1::", True), ("2002:5db8:d822::1", False),
])
def test_blocked_addresses(address: str, blocked: bool) -> None:
    assert fetch.is_blocked_ip(address) is blocked


def _fake_resolver(table: dict[str, str]):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> list[str]:
        if host in table:
            return [table[host]]
        try:
            socket.inet_aton(host)
            return [host]
        except OSError:
            raise socket.gaierror(-2, "Name or service not known") from None
    return resolve


def test_redirect_into_a_private_range_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://10.0.0.1/admin"})

    monkeypatch.setattr(fetch, "_resolve", _fake_resolver({"news.example": "93.184.216.34"}))
    items = list(fetch.read_url("http://news.example/a", Options(), transport=httpx.MockTransport(handler)))
    assert isinstance(items[0], Failure) and isinstance(items[0].error, BlockedAddressError)
    assert "10.0.0.1" in str(items[0].error)
    assert asked == ["http://news.example/a"]  # the private hop was never requested


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "_resolve", _fake_resolver({}))
    exc = _error("http://no-such-host.example/", Options())
    assert isinstance(exc, DNSError) and "no-such-host.example" in str(exc)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "http:///nohost"])
def test_bad_urls(url: str) -> None:
    with pytest.raises(FetchError):
        fetch.check_url(url, Options())


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers", "/drip-close"])
def test_timeout_is_a_total_deadline_for_a_server_that_drips(server: str, path: str) -> None:
    """A byte every 50 ms never trips a per-read timeout; the fetch must still give up at --timeout,
    long before the server has sent everything (it counts what it got out before the client left). A body
    without Content-Length (/drip-close) was cut at the deadline and analysed as if it were the whole page."""
    DRIP_DONE.clear()
    exc = _error(server + path, Options(allow_private=True, timeout=0.5))
    assert isinstance(exc, FetchTimeoutError) and "0.5 s" in str(exc)
    assert DRIP_DONE.wait(30)
    assert DRIPPED[path] < DRIP_BYTES // 2, DRIPPED


@pytest.mark.parametrize(("url", "message"), [
    # each was a ValueError traceback out of urlsplit (httpx itself refuses such a redirect Location)
    ("http://[::1", "http://[::1: malformed URL (Invalid IPv6 URL)"),
    ("https://[2001:db8::1/page", "https://[2001:db8::1/page: malformed URL (Invalid IPv6 URL)"),
])
def test_malformed_urls_are_fetch_errors(url: str, message: str) -> None:
    items = list(fetch.read_url(url, Options()))
    assert len(items) == 1 and isinstance(items[0], Failure) and isinstance(items[0].error, FetchError)
    assert str(items[0].error) == message


@pytest.mark.parametrize("location", ["javascript:alert(1)", "mailto:x@example.com"])
def test_a_redirect_to_an_invalid_url_is_a_fetch_error(monkeypatch: pytest.MonkeyPatch, location: str) -> None:
    """httpx refuses such a Location with InvalidURL, which is no httpx.HTTPError: it was a traceback that ended
    the batch."""
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": location})

    monkeypatch.setattr(fetch, "_resolve", _fake_resolver({"news.example": "93.184.216.34"}))
    items = list(fetch.read_url("http://news.example/a", Options(), transport=httpx.MockTransport(handler)))
    assert len(items) == 1 and isinstance(items[0], Failure) and type(items[0].error) is FetchError
    assert str(items[0].error).startswith("http://news.example/a: invalid URL in the request or a redirect (")
