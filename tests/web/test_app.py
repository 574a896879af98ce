"""The HTML pages through FastAPI's TestClient: status codes, content, escaping, security headers."""
from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import HOSTILE, hostile_analysis

PAGES = ["/", "/articles", "/articles/1", "/articles/2", "/sources", "/conflicts", "/search?q=killed",
         "/unsourced", "/citations", "/analyse", "/api"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_security_headers(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text  # our only script is an external file
    assert ' style="' not in r.text  # the CSP forbids inline styles: none are used


def test_overview_shows_counts_latest_articles_top_sources_and_conflicts(client: Any) -> None:
    html = client.get("/").text
    assert "Ten killed in harbour blast, officials say" in html
    assert "Blast toll rises to 25" in html
    assert "the coastguard" in html
    assert "/conflicts/killed" in html  # the two death tolls disagree across articles


def test_article_page_highlights_sources_cues_claims_and_lists_them(client: Any) -> None:
    html = client.get("/articles/1").text
    assert re.search(r'<span class="hl hl-source st-official"[^>]*>the coastguard</span>', html)
    assert re.search(r'<span class="hl hl-cue st-person"[^>]*>recalled</span>', html)
    assert 'class="hl hl-claim' in html
    assert 'id="a-1"' in html and "the local radio" in html  # side panel with the via chain
    assert 'title="a witness → the local radio"' in html  # the via chain on hover
    assert "Subscribe to our newsletter" in html  # furniture that was removed
    assert "Smoke over the harbour." in html and "Jane Roe" in html
    assert 'href="https://news.example/a"' in html
    assert "hearsay" in html


def test_unknown_article_source_or_conflict_is_a_clear_404_page(client: Any) -> None:
    for path in ("/articles/999", "/sources/nobody-at-all", "/conflicts/none|none|2020-01-01", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "Traceback" not in r.text
        assert "<h1>404" in r.text


def test_bad_filter_values_are_refused_with_a_message(client: Any) -> None:
    r = client.get("/search?q=x&lang=xx")
    assert r.status_code == 400 and "lang must be one of" in r.text
    r = client.get("/search?q=x&date_from=yesterday")
    assert r.status_code == 400 and "YYYY-MM-DD" in r.text
    assert client.get("/articles?page=0").status_code == 400
    assert client.get("/articles?page=abc").status_code == 422


def test_sources_list_and_source_page(client: Any) -> None:
    html = client.get("/sources").text
    links = re.findall(r'href="(/sources/[^"]+)"', html)
    assert links
    page = client.get(links[0])
    assert page.status_code == 200
    assert "claims in" in page.text
    official = client.get("/sources?source_type=official").text
    assert "the coastguard" in official and "the fire brigade" not in official


def test_conflicts_page_draws_a_chart_of_values_by_source(client: Any) -> None:
    html = client.get("/conflicts").text
    assert "<svg" in html and "<polyline" not in html.split("<svg")[0]
    assert "the coastguard: 10 (2024-05-02)" in html and "the fire brigade: 25 (2024-05-03)" in html
    key = re.search(r'href="(/conflicts/[^"]+)"', html)
    assert key
    one = client.get(key.group(1))
    assert one.status_code == 200 and "Values by source over time" in one.text and "<svg" in one.text


def test_search_finds_articles_and_applies_filters(client: Any) -> None:
    html = client.get("/search?q=harbour").text
    assert "2 results" in html
    assert "<mark>" in html
    assert "1 result" in client.get("/search?q=harbour&date_from=2024-05-03").text
    assert "1 result" in client.get("/search?q=harbour&outlet=Coast+Post").text
    assert "1 result" in client.get("/search?q=harbour&source_type=person").text
    assert "Nothing found" in client.get("/search?q=harbour&lang=de").text


@pytest.mark.parametrize("query", ['"unclosed', "AND OR NOT", "a:b", "*", "NEAR(", "'; DROP TABLE articles; --"])
def test_search_survives_operator_and_sql_like_input(client: Any, query: str) -> None:
    r = client.get("/search", params={"q": query})
    assert r.status_code == 200
    assert client.get("/articles/1").status_code == 200


def test_unsourced_and_citations_pages(client: Any) -> None:
    assert "The blast reportedly started in a warehouse" in client.get("/unsourced").text
    html = client.get("/citations").text
    assert "Harbour Times" in html and "the local radio" in html


def test_api_page_lists_endpoints_and_links_openapi_without_a_cdn(client: Any) -> None:
    html = client.get("/api").text
    assert 'href="/openapi.json"' in html
    assert "/api/articles/{article_id}" in html
    assert "cdn" not in html.lower()
    assert client.get("/docs").status_code == 404


@pytest.fixture
def hostile_client(store: Any, client: Any) -> Any:
    from enligt.store import store_analysis

    store_analysis(hostile_analysis(), store=store)
    return client


HOSTILE_PAGES = ["/", "/articles", "/articles/3", "/sources", "/search?q=news", "/search?q=script",
                 "/unsourced", "/citations", "/conflicts"]


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_a_hostile_page_never_injects_markup_or_javascript_links(hostile_client: Any, path: str) -> None:
    r = hostile_client.get(path)
    assert r.status_code == 200
    html = r.text
    assert '<script>alert("x")</script>' not in html
    assert "<img src=x" not in html
    assert "javascript:" not in re.sub(r"&[a-z#0-9]+;", "", " ".join(re.findall(r'href="[^"]*"', html)))
    assert "onerror=\"alert" not in html


def test_the_hostile_article_is_still_shown_as_text(hostile_client: Any) -> None:
    html = hostile_client.get("/articles/3").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert(&quot;x&quot;)" in html
    assert "javascript:alert(4)" not in html  # the page URL is not http(s): not linked, not shown
    sources = hostile_client.get("/sources").text
    link = re.findall(r'href="(/sources/[^"]+)"', sources)
    for href in link:
        assert hostile_client.get(href.replace("&amp;", "&")).status_code == 200
    assert HOSTILE not in sources


def test_a_stored_article_is_rebuilt_with_the_same_text_and_spans(store: Any) -> None:
    from enligt.web.views import stored_analysis

    from .conftest import sample_analyses

    original = sample_analyses()[0]
    rebuilt = stored_analysis(store.get_article(1))
    assert rebuilt.article.text == original.article.text
    assert [a.to_dict() for a in rebuilt.attributions] == [a.to_dict() for a in original.attributions]
    assert [q.to_dict() for q in rebuilt.quantities] == [q.to_dict() for q in original.quantities]
    assert rebuilt.notes == ()


class _BrokenStore:
    """A store whose every read fails unexpectedly (a bug, not an enligt error)."""

    def cached(self, name: str, compute: Any) -> Any:
        return compute()

    def overview(self) -> Any:
        raise RuntimeError("secret internal detail")

    def get_article(self, article_id: int) -> Any:
        from enligt.errors import StoreError

        raise StoreError("database disk image is malformed", where="web.db")

    def close(self) -> None:
        pass


def test_unexpected_errors_give_a_clean_500_without_a_traceback() -> None:
    from fastapi.testclient import TestClient

    from enligt.web.app import WebConfig, create_app

    client = TestClient(create_app(WebConfig(allowed_hosts=("testserver",)), store=_BrokenStore()), raise_server_exceptions=False)
    for path in ("/", "/api/overview"):
        r = client.get(path)
        assert r.status_code == 500
        assert "internal error" in r.text
        assert "Traceback" not in r.text and "secret internal detail" not in r.text
    r = client.get("/api/articles/1")
    assert r.status_code == 500 and r.json()["error"] == "store" and "malformed" in r.json()["message"]
    assert "malformed" in client.get("/articles/1").text


def test_search_page_matches_by_stem_and_shows_the_matched_attributions(client: Any) -> None:
    """Searching "kill" finds "killed" and lists the claim that said it, the word marked."""
    html = client.get("/search", params={"q": "kill"}).text
    assert "Ten killed in harbour blast" in html or "Blast toll rises" in html
    assert '<ul class="matched small">' in html
    assert "<mark>killed</mark>" in html and "the coastguard" in html
    data = client.get("/api/search", params={"q": "kill"}).json()
    matched = [m for item in data["items"] for m in item["matched_attributions"]]
    assert {m["source"] for m in matched} >= {"the coastguard", "the fire brigade"}
