"""The analyse form: CSRF token and Origin checks, upload limit, errors, storing, hostile pages."""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from typing import Any

import pytest

from .conftest import HOSTILE_HTML, PAGE_TEXT


def token(client: Any) -> str:
    html = client.get("/analyse").text
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "the form carries a CSRF token"
    return m.group(1)


def post(client: Any, data: dict[str, str], files: Any = None, **kw: Any) -> Any:
    return client.post("/analyse", data=data, files=files, follow_redirects=False, **kw)


def test_pasted_text_is_analysed_and_shown_without_storing(client: Any) -> None:
    r = post(client, {"csrf_token": token(client), "text": PAGE_TEXT, "action": "analyse"})
    assert r.status_code == 200, r.text
    assert "Fire at the harbour warehouse forces evacuation" in r.text
    assert "not stored" in r.text
    assert "Subscribe to our newsletter" in r.text  # furniture removed, listed
    assert client.get("/api/overview").json()["counts"]["articles"] == 2


def test_a_pasted_paragraph_without_headline_is_analysed(client: Any) -> None:
    text = "The harbour master said on Monday that the quay would reopen next week after the storm damage."
    r = post(client, {"csrf_token": token(client), "text": text, "action": "analyse"})
    assert r.status_code == 200, r.text
    assert "Untitled article" in r.text and "title null" in r.text


def test_store_button_stores_and_redirects_to_the_article(client: Any) -> None:
    r = post(client, {"csrf_token": token(client), "text": PAGE_TEXT, "action": "store"})
    assert r.status_code == 303
    location = r.headers["location"]
    assert re.fullmatch(r"/articles/\d+", location)
    assert "Fire at the harbour warehouse" in client.get(location).text


def test_the_result_page_can_store_what_it_shows(client: Any) -> None:
    page = post(client, {"csrf_token": token(client), "text": PAGE_TEXT, "action": "analyse"}).text
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
    assert fields["action"] == "store"
    import html

    data = {k: html.unescape(v) for k, v in fields.items()}
    r = post(client, data)
    assert r.status_code == 303


def test_uploaded_file_is_analysed(client: Any) -> None:
    files = {"file": ("page.txt", PAGE_TEXT.encode("utf-8"), "text/plain")}
    r = post(client, {"csrf_token": token(client), "action": "analyse"}, files=files)
    assert r.status_code == 200
    assert "Fire at the harbour warehouse forces evacuation" in r.text


def test_post_without_the_token_is_refused(client: Any) -> None:
    client.get("/analyse")
    r = post(client, {"text": PAGE_TEXT})
    assert r.status_code == 403
    assert "security token" in r.text


def test_post_with_a_token_that_does_not_match_the_cookie_is_refused(client: Any) -> None:
    token(client)
    from enligt.web.security import new_token

    r = post(client, {"csrf_token": new_token(client.app.state.config.secret), "text": PAGE_TEXT})
    assert r.status_code == 403


def test_post_from_another_origin_is_refused_even_with_a_token(client: Any) -> None:
    t = token(client)
    r = post(client, {"csrf_token": t, "text": PAGE_TEXT}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403
    assert "cross-site" in r.text
    r = post(client, {"csrf_token": t, "text": PAGE_TEXT}, headers={"referer": "https://evil.example/form"})
    assert r.status_code == 403


def test_upload_over_the_limit_gets_a_clear_413(client: Any) -> None:
    big = b"x" * (70 * 1024)  # the test app's limit is 64 KiB
    r = post(client, {"csrf_token": token(client)}, files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413
    assert "limit" in r.text and "Traceback" not in r.text


def test_streamed_body_over_the_limit_gets_413_without_a_length(client: Any) -> None:
    def chunks() -> Any:
        for _ in range(40):
            yield b"y" * 4096

    r = client.post("/analyse", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


@pytest.mark.parametrize(("data", "status", "message"), [
    ({}, 400, "nothing to analyse"),
    ({"text": "x", "url": "https://example.org/"}, 400, "only one of"),
    ({"url": "ftp://example.org/x"}, 400, "http:// or https://"),
    ({"text": "\x00\x01\x02 binary"}, 422, ""),
    ({"text": PAGE_TEXT, "lang": "xx"}, 400, "lang must be"),
])
def test_bad_submissions_reshow_the_form_with_a_message(client: Any, data: dict[str, str], status: int,
                                                        message: str) -> None:
    r = post(client, {"csrf_token": token(client), **data})
    assert r.status_code == status
    assert 'role="alert"' in r.text and message in r.text
    assert 'id="analyse-form"' in r.text


@pytest.mark.skipif(importlib.util.find_spec("enligt.ingest.fetch") is None, reason="URL fetching not built yet")
@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://localhost/", "http://10.0.0.1/", "http://[::1]/"])
def test_private_urls_are_refused_unless_allowed(client: Any, url: str) -> None:
    r = post(client, {"csrf_token": token(client), "url": url})
    assert r.status_code == 400
    assert "private" in r.text.lower() or "loopback" in r.text.lower() or "blocked" in r.text.lower()


def test_a_hostile_html_page_is_analysed_and_shown_inert(client: Any) -> None:
    r = post(client, {"csrf_token": token(client), "text": HOSTILE_HTML, "kind": "html"})
    assert r.status_code in (200, 422)
    html = r.text
    assert "<script>alert" not in html
    assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", "")
    hrefs = " ".join(re.findall(r'href="([^"]*)"', html))
    assert "javascript:" not in hrefs


@pytest.fixture
def local_page() -> Any:
    """A tiny HTTP server on loopback serving one news page as HTML."""
    import http.server
    import threading

    body = ("<!doctype html><html><head><title>Harbour fire</title></head><body><article>"
            "<h1>Fire at the harbour warehouse forces evacuation</h1>"
            + "".join(f"<p>{p}</p>" for p in PAGE_TEXT.split("\n\n")[2:6]) + "</article></body></html>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/fire.html"
    server.shutdown()
    server.server_close()


@pytest.mark.skipif(importlib.util.find_spec("enligt.ingest.fetch") is None, reason="URL fetching not built yet")
def test_a_server_started_with_allow_private_fetches_loopback_urls(store: Any, local_page: str) -> None:
    from fastapi.testclient import TestClient

    from enligt.web.app import WebConfig, create_app

    with TestClient(create_app(WebConfig(allow_private=True, allowed_hosts=("testserver",)), store=store)) as allowed:
        r = post(allowed, {"csrf_token": token(allowed), "url": local_page})
        assert r.status_code == 200, r.text
        assert "Fire at the harbour warehouse forces evacuation" in r.text
        assert local_page in r.text  # the page's own (http) URL is linked


@pytest.mark.skipif(importlib.util.find_spec("enligt.ingest.fetch") is None, reason="URL fetching not built yet")
def test_the_same_loopback_url_is_refused_by_default(client: Any, local_page: str) -> None:
    r = post(client, {"csrf_token": token(client), "url": local_page})
    assert r.status_code == 400


def test_a_bug_on_the_page_is_a_message_in_the_form_and_the_api_not_a_traceback(
        client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from enligt import pipeline

    def buggy(*args: Any, **kwargs: Any) -> Any:
        raise IndexError("list index out of range")  # as a real bug in a stage would

    monkeypatch.setattr(pipeline, "analyze_article", buggy)
    r = client.post("/api/analyse", json={"text": PAGE_TEXT})
    assert r.status_code == 500
    assert r.json()["error"] == "internal"
    assert "IndexError" in r.json()["message"] and "please report" in r.json()["message"]
    r = post(client, {"csrf_token": token(client), "text": PAGE_TEXT, "action": "analyse"})
    assert r.status_code == 500
    assert "internal error: IndexError" in r.text and "please report" in r.text
    assert "Fire at the harbour warehouse" in r.text  # the form comes back with the text kept


def test_each_pasted_text_and_upload_is_stored_as_its_own_article(client: Any) -> None:
    """Pasted text was stored under the key 'pasted text' and an upload under its bare file name: each new one
    replaced the article stored before it (the same id, 'updated'). They are keyed by their content now."""
    ids = []
    for n in (1, 2):
        text = f"Skatten höjs {n}\n\nRegeringen vill höja skatten med {n} procent, säger finansministern till TT.\n"
        ids.append(client.post("/api/analyse", json={"text": text, "store": True}).json()["id"])
        r = post(client, {"csrf_token": token(client), "action": "store"},
                 files={"file": ("page.txt", text.replace("Skatten", "Avgiften").encode(), "text/plain")})
        assert r.status_code == 303, r.text
        ids.append(int(r.headers["location"].rsplit("/", 1)[1]))
    assert len(set(ids)) == 4, ids
    again = client.post("/api/analyse", json={"text": "Skatten höjs 1\n\nRegeringen vill höja skatten med 1 procent, "
                                              "säger finansministern till TT.\n", "store": True}).json()
    assert again["id"] == ids[0]
    stored = client.get(f"/api/articles/{ids[0]}").json()
    assert stored["input"] == "<pasted text>" and stored["key"].startswith("text:")


@pytest.mark.parametrize(("encode", "headers", "message"), [
    (lambda body: body.encode("latin-1"), {}, "the body is not UTF-8 (byte 0xe4 at offset 19): send JSON encoded as UTF-8"),
    (lambda body: gzip.compress(body.encode()), {"content-encoding": "gzip"},
     "the body is sent with Content-Encoding gzip: send the JSON uncompressed"),
])
def test_a_json_body_that_cannot_be_read_says_why(client: Any, encode: Any, headers: dict[str, str],
                                                  message: str) -> None:
    """FastAPI answered both with 400 "There was an error parsing the body", which does not say what to change."""
    body = json.dumps({"text": "Polisen säger att två personer gripits."}, ensure_ascii=False)
    r = client.post("/api/analyse", content=encode(body), headers={"content-type": "application/json", **headers})
    assert r.status_code == 400
    assert r.json()["message"] == message
