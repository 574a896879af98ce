"""The JSON API: shapes, errors, exports, and a valid OpenAPI description."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from .conftest import PAGE_TEXT


def test_overview_shape(client: Any) -> None:
    data = client.get("/api/overview").json()
    assert {"counts", "latest", "top_sources", "open_conflicts"} <= set(data)
    assert data["counts"]["articles"] == 2
    assert data["counts"]["conflicts"] >= 1


def test_articles_list_and_one_article(client: Any) -> None:
    listing = client.get("/api/articles", params={"limit": 1}).json()
    assert listing["total"] == 2 and len(listing["items"]) == 1
    art = client.get("/api/articles/1").json()
    assert art["title"] == "Ten killed in harbour blast, officials say"
    text = art["text"]
    for a in art["attributions"]:
        start, end = a["spans"]["content"]
        assert text[start:end] == a["content"]
    assert [a["via"] for a in art["attributions"]][1] == ["the local radio"]


def test_search_sources_conflicts_unsourced_citations(client: Any) -> None:
    found = client.get("/api/search", params={"q": "harbour", "lang": "en"}).json()
    assert found["total"] == 2 and all("snippet" in it for it in found["items"])
    sources = client.get("/api/sources").json()
    keys = [s["key"] for s in sources["items"]]
    assert client.get(f"/api/sources/{keys[0]}").json()["key"] == keys[0]
    conflicts = client.get("/api/conflicts").json()
    assert conflicts and conflicts[0]["measure"] == "killed"
    assert sorted(v["value"] for v in conflicts[0]["values"]) == [10, 25]
    one = client.get(f"/api/conflicts/{conflicts[0]['key']}").json()
    assert one["key"] == conflicts[0]["key"]
    assert client.get("/api/unsourced").json()["counts"]["hearsay"] == 1
    graph = client.get("/api/citations").json()
    assert {"nodes", "edges", "chains"} <= set(graph)


@pytest.mark.parametrize(("path", "status"), [
    ("/api/articles/999", 404), ("/api/articles/abc", 422), ("/api/sources/nobody", 404),
    ("/api/search?q=x&lang=zz", 400), ("/api/search", 422), ("/api/articles?limit=0", 422),
    ("/api/export/secrets.jsonl", 400), ("/api/export/articles.xml", 400), ("/api/nothing", 404),
])
def test_errors_are_json_with_a_message(client: Any, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    body = r.json()
    assert {"error", "message"} <= set(body) and body["message"]


@pytest.mark.parametrize("what", ["articles", "attributions", "quantities", "conflicts", "sources"])
def test_exports_as_json_lines_and_csv(client: Any, what: str) -> None:
    r = client.get(f"/api/export/{what}.jsonl")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in r.headers["content-disposition"]
    records = [json.loads(line) for line in r.text.splitlines() if line]
    assert records
    c = client.get(f"/api/export/{what}.csv")
    assert c.status_code == 200 and c.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(c.text)))
    assert rows
    if what == "articles":
        assert len(records) == len(rows) == 2


def test_openapi_description_is_valid_and_covers_the_api(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"] == "enligt"
    paths = spec["paths"]
    for path in ("/api/overview", "/api/articles", "/api/articles/{article_id}", "/api/search", "/api/sources",
                 "/api/conflicts", "/api/unsourced", "/api/citations", "/api/analyse", "/api/export/{name}"):
        assert path in paths, path
    assert not [p for p in paths if not p.startswith("/api/")]  # HTML pages are not in the API description
    for ops in paths.values():  # every $ref resolves
        for ref in _refs(ops):
            name = ref.rsplit("/", 1)[1]
            assert name in spec["components"]["schemas"], ref
    body = paths["/api/analyse"]["post"]["requestBody"]["content"]
    assert "application/json" in body


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_analyse_json_returns_the_analysis_without_storing(client: Any) -> None:
    r = client.post("/api/analyse", json={"text": PAGE_TEXT})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["stored"] is False and data["id"] is None
    assert {"article", "attributions", "quantities", "conflicts", "meta", "text"} <= set(data)
    assert client.get("/api/overview").json()["counts"]["articles"] == 2


def test_analyse_json_takes_one_pasted_paragraph(client: Any) -> None:
    text = "The harbour master said on Monday that the quay would reopen next week. Fishermen said they were relieved."
    r = client.post("/api/analyse", json={"text": text})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["article"]["title"] is None and data["text"] == text
    assert len(data["attributions"]) == 2 and data["meta"]["notes"]


def test_analyse_json_can_store(client: Any) -> None:
    r = client.post("/api/analyse", json={"text": PAGE_TEXT, "store": True})
    data = r.json()
    assert data["stored"] is True and isinstance(data["id"], int)
    assert client.get(f"/api/articles/{data['id']}").status_code == 200


@pytest.mark.parametrize(("payload", "status"), [
    ({}, 400), ({"text": "  "}, 400), ({"text": "a", "url": "https://x.example"}, 400),
    ({"url": "ftp://x.example/file"}, 400), ({"text": "x", "kind": "pdf"}, 422), ({"text": "x", "lang": "xx"}, 422),
])
def test_analyse_json_refuses_bad_requests_clearly(client: Any, payload: dict[str, Any], status: int) -> None:
    r = client.post("/api/analyse", json=payload)
    assert r.status_code == status
    assert r.json()["message"]


@pytest.mark.parametrize(("kwargs", "message"), [
    # each was 422 "body: Input should be a valid dictionary or object to extract fields from"
    ({"data": {"text": "Storm\n\nWind."}},
     "the body must be JSON (Content-Type: application/json), not application/x-www-form-urlencoded"),
    ({"content": b"Storm", "headers": {"content-type": "text/plain; charset=utf-8"}},
     "the body must be JSON (Content-Type: application/json), not text/plain"),
    ({"files": {"file": ("a.txt", b"Storm")}},
     "the body must be JSON (Content-Type: application/json), not multipart/form-data"),
])
def test_analyse_api_takes_json_only_so_html_forms_cannot_post_to_it(client: Any, kwargs: dict[str, Any],
                                                                     message: str) -> None:
    r = client.post("/api/analyse", **kwargs)
    assert r.status_code == 415
    assert r.json() == {"error": "unsupported-media-type", "message": message, "where": "content-type"}


@pytest.mark.parametrize("media", ["application/json", "application/json; charset=utf-8", "application/ld+json"])
def test_analyse_api_takes_every_json_content_type(client: Any, media: str) -> None:
    r = client.post("/api/analyse", content=b'{"text": "Storm"}', headers={"content-type": media})
    assert r.status_code != 415


def test_analyse_api_refuses_other_origins(client: Any) -> None:
    r = client.post("/api/analyse", json={"text": "Storm\n\nWind."}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403
    assert "cross-site" in r.json()["message"]


def test_oversized_json_body_gets_413(client: Any) -> None:
    r = client.post("/api/analyse", json={"text": "x" * (70 * 1024)})
    assert r.status_code == 413
    assert "limit" in r.json()["message"]


BIG, HUGE = str(2**63), str(2**64)
# Fuzz finds (issue 13): each once answered 500; a bad parameter is the client's error (4xx).
BAD_REQUESTS: list[tuple[str, str, str | None, int]] = [
    ("GET", f"/api/articles?offset={BIG}", None, 422),
    ("GET", f"/api/search?q=harbour&offset={BIG}", None, 422),
    ("GET", f"/api/unsourced?offset={BIG}", None, 422),
    ("GET", f"/api/sources?offset={BIG}", None, 422),
    ("GET", f"/api/articles/{HUGE}", None, 404),
    ("GET", f"/api/articles/{BIG}", None, 404),
    ("GET", f"/api/articles/-{HUGE}", None, 404),
    ("GET", f"/articles/{HUGE}", None, 404),
    ("POST", "/api/analyse", '{"text": "\\ud800"}', 400),
    ("POST", "/api/analyse", '{"text": "Rubrik\\n\\nHej \\udc00 du, sa hon i morse."}', 400),
    ("POST", "/api/analyse", '{"url": "http://\\ud800.example/"}', 400),
]


@pytest.mark.parametrize(("method", "url", "body", "status"), BAD_REQUESTS)
def test_bad_parameters_are_4xx_not_500(client: Any, method: str, url: str, body: str | None, status: int) -> None:
    r = client.request(method, url, content=body, headers={"content-type": "application/json"} if body else {})
    assert r.status_code == status, r.text
    if url.startswith("/api/"):
        assert r.json()["error"] in ("validation", "not-found", "bad-request")


def test_the_store_never_binds_an_out_of_range_integer(client: Any) -> None:
    from enligt.errors import NotFoundError

    store = client.app.state.store
    assert store.list_articles(offset=2**70)["items"] == []
    with pytest.raises(NotFoundError):
        store.get_article(2**70)
