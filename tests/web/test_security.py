from __future__ import annotations

import re
from typing import Any

import pytest

from enligt.web.security import check_csrf, cross_site, new_token, token_valid
from enligt.web.views import http_url

SECRET = b"k" * 32


def test_a_fresh_token_is_valid_and_a_forged_one_is_not() -> None:
    token = new_token(SECRET)
    assert token_valid(SECRET, token)
    assert not token_valid(b"other" * 8, token)
    assert not token_valid(SECRET, token.split(".")[0] + ".deadbeef")
    assert not token_valid(SECRET, "")


@pytest.mark.parametrize(("cookie", "field", "ok"), [
    ("T", "T", True), ("T", "U", False), (None, "T", False), ("T", "", False), ("T", None, False),
])
def test_double_submit_needs_the_same_signed_token_in_cookie_and_form(cookie: str | None, field: str | None,
                                                                    ok: bool) -> None:
    token = new_token(SECRET)
    sub = {"T": token, "U": new_token(SECRET), None: None, "": ""}
    assert check_csrf(SECRET, sub[cookie], sub[field]) is ok


@pytest.mark.parametrize(("headers", "foreign"), [
    ({"host": "localhost:8000"}, False),
    ({"host": "localhost:8000", "origin": "http://localhost:8000"}, False),
    ({"host": "localhost:8000", "origin": "https://evil.example"}, True),
    ({"host": "localhost:8000", "origin": "null"}, True),
    ({"host": "localhost:8000", "referer": "http://localhost:8000/analyse"}, False),
    ({"host": "localhost:8000", "referer": "https://evil.example/x"}, True),
    ({"host": "localhost:8000", "origin": "http://localhost:8001"}, True),
    # a malformed Origin or Referer raised ValueError out of urlsplit: a 500 and a traceback in the log
    ({"host": "localhost:8000", "origin": "http://[::1"}, True),
    ({"host": "localhost:8000", "referer": "http://[::1/analyse"}, True),
])
def test_cross_site_requests_are_recognised(headers: dict[str, str], foreign: bool) -> None:
    scope = {"headers": [(k.encode(), v.encode()) for k, v in headers.items()]}
    assert cross_site(scope) is foreign


@pytest.mark.parametrize(("url", "shown"), [
    ("https://news.example/a", True), ("http://news.example", True), ("HTTPS://NEWS.EXAMPLE/", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>", False), ("vbscript:x", False), ("//evil.example", False), ("/relative", False),
    ('https://x.example/"onmouseover=alert(1)', False), ("https://x.example/a b", False), (None, False), (42, False),
])
def test_only_absolute_http_links_from_pages_are_rendered(url: object, shown: bool) -> None:
    assert (http_url(url) is not None) is shown


def test_templates_never_mark_text_safe_and_have_no_inline_script_or_style() -> None:
    from pathlib import Path

    import enligt.web

    folder = Path(enligt.web.__file__).parent / "templates"
    for tpl in folder.glob("*.html"):
        text = tpl.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", ""), tpl.name
        assert "autoescape" not in text, tpl.name
        assert "<script>" not in text and " style=" not in text and "<style" not in text, tpl.name
        assert " on" + "click=" not in text.lower(), tpl.name


def test_markup_is_built_only_by_the_highlighter_and_the_chart() -> None:
    from pathlib import Path

    import enligt.web

    root = Path(enligt.web.__file__).parent
    builders = {p.relative_to(root).as_posix() for p in root.rglob("*.py") if "Markup(" in p.read_text(encoding="utf-8")}
    assert builders <= {"highlight.py", "charts.py", "views.py"}


@pytest.mark.parametrize(("header", "name"), [
    ("localhost", "localhost"), ("LocalHost:8000", "localhost"), ("127.0.0.1:8000", "127.0.0.1"),
    ("[::1]", "::1"), ("[::1]:8000", "::1"), ("news.example.", "news.example"), ("", None), (None, None),
    ("localhost:80x", None), ("[::1", None), ("[::1]x", None),
])
def test_host_names_are_read_without_port_brackets_or_case(header: str | None, name: str | None) -> None:
    from enligt.web.security import host_name

    assert host_name(header) == name


@pytest.mark.parametrize(("served", "extra", "added"), [
    ("127.0.0.1", (), set()), ("0.0.0.0", (), set()), ("::", (), set()),
    ("192.168.1.5", (), {"192.168.1.5"}), ("fe80::1", (), {"fe80::1"}), ("Box.Lan", ("proxy.example",),
                                                                          {"box.lan", "proxy.example"}),
])
def test_the_server_answers_to_loopback_names_and_the_host_it_was_started_for(
        served: str, extra: tuple[str, ...], added: set[str]) -> None:
    from enligt.web.security import LOOPBACK_NAMES, allowed_host_names

    assert allowed_host_names(served, extra) == LOOPBACK_NAMES | added


@pytest.fixture
def loopback_client(store: Any) -> Any:
    """A client over an app with the default host names only (TestClient's "testserver" is not one)."""
    from fastapi.testclient import TestClient

    from enligt.web.app import WebConfig, create_app

    return TestClient(create_app(WebConfig(), store=store))


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:8000", "[::1]:8000", "localhost"])
def test_loopback_host_names_are_served(loopback_client: Any, host: str) -> None:
    assert loopback_client.get("/api/overview", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["testserver", "evil.example", "evil.example:8000", "127.0.0.1.evil.example",
                                  "localhost.evil.example"])
def test_other_host_names_are_refused_dns_rebinding(loopback_client: Any, host: str) -> None:
    r = loopback_client.get("/api/export/articles.jsonl", headers={"host": host})
    assert r.status_code == 421
    assert "host name" in r.json()["message"]
    assert loopback_client.get("/", headers={"host": host}).status_code == 421


def test_a_rebinding_page_cannot_store_or_export(loopback_client: Any) -> None:
    """Host and Origin both set to the attacker's name (the DNS-rebinding request of issue 13)."""
    evil = {"host": "evil.example:8000", "origin": "http://evil.example:8000"}
    before = loopback_client.get("/api/overview", headers={"host": "localhost"}).json()["counts"]["articles"]
    r = loopback_client.post("/api/analyse", json={"text": "Rubrik\n\nEn text, säger hon.", "store": True},
                             headers=evil)
    assert r.status_code == 421
    assert loopback_client.get("/api/overview", headers={"host": "localhost"}).json()["counts"]["articles"] == before


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://localhost:9999", "http://[::1"])
def test_unsafe_requests_need_an_origin_of_this_server(loopback_client: Any, origin: str) -> None:
    r = loopback_client.post("/api/analyse", json={"text": "x"}, headers={"host": "localhost:8000", "origin": origin})
    assert r.status_code == 403


def test_the_host_check_knows_names_given_to_the_server(store: Any) -> None:
    from fastapi.testclient import TestClient

    from enligt.web.app import WebConfig, create_app

    client = TestClient(create_app(WebConfig(allowed_hosts=("box.lan",)), store=store))
    assert client.get("/api/overview", headers={"host": "box.lan:8000"}).status_code == 200
    assert client.get("/api/overview", headers={"host": "other.lan:8000"}).status_code == 421


def test_a_request_without_host_header_is_refused() -> None:
    import asyncio

    from enligt.web.security import SecurityMiddleware

    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        raise AssertionError("the app must not run")

    async def send(message: Any) -> None:
        sent.append(message)

    mw = SecurityMiddleware(app, secret=SECRET, max_body=1000)
    asyncio.run(mw({"type": "http", "path": "/", "method": "GET", "headers": []}, None, send))  # type: ignore[arg-type]
    assert sent[0]["status"] == 400


def test_every_inline_element_that_shows_page_text_is_a_bidi_island() -> None:
    """A right-to-left override (U+202E) in a page title or a source's name turned the words after it around
    (the escaping kept markup out, not the override). The stylesheet isolates every inline tag that templates or
    the highlighter fill with page text."""
    import re
    from pathlib import Path

    import enligt.web

    web = Path(enligt.web.__file__).parent
    isolated = re.search(r"\n([a-z, ]+) \{ unicode-bidi: isolate; \}", (web / "static/style.css").read_text())
    assert isolated, "no isolate rule"
    tags = {t.strip() for t in isolated.group(1).split(",")}
    shown = {m.group(1) for tpl in (web / "templates").glob("*.html")
             for m in re.finditer(r"<(a|span|code|em|mark|option|strong|summary|b|i|q|cite|small|label|button)"
                                  r"\b[^>]*>[^<]*\{\{", tpl.read_text(encoding="utf-8"))}
    assert {"a", "span"} <= shown and shown | {"span", "mark"} <= tags, shown - tags


def test_the_window_title_drops_bidi_controls(client: Any, store: Any) -> None:
    from enligt.store import store_analysis

    from .conftest import make_analysis

    store_analysis(make_analysis(title="Evil \u202eswen\u202c title", paragraphs=("Police said it was calm.",),
                                 claims=[], name="rtl.txt", url="https://news.example/rtl"), store=store)
    page = client.get("/articles").text
    link = re.search(r'href="(/articles/[^"]+)"[^>]*>Evil', page)
    assert link, page[:500]
    html = client.get(link.group(1)).text
    title = html[html.index("<title>"):html.index("</title>")]
    assert "Evil swen title" in title and "\u202e" not in title
    assert "\u202e" in html  # the page itself keeps the text as written (isolated by the stylesheet)
