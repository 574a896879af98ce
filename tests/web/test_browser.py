"""Browser tests: the real server (`enligt serve` in a subprocess on a free loopback port) over a database
built from samples/ plus hand-made articles, driven by Debian's Chromium through Playwright.

Screenshots of each page go to test-artifacts/ at the repository root. Skipped only when
/usr/bin/chromium is absent (never downloads a browser).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import PAGE_TEXT, hostile_analysis, sample_analyses

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")]


def _build_db(path: Path) -> dict[str, int]:
    """Samples first (through the real pipeline), then the hand-made articles; return their ids."""
    from enligt.store import open_store, store_analysis
    from enligt.web.demo import build_demo, samples_dir

    build_demo(db=path, samples=samples_dir())
    with open_store(str(path)) as store:
        ids = [store_analysis(a, store=store) for a in sample_analyses()]
        evil = store_analysis(hostile_analysis(), store=store)
    return {"harbour": ids[0], "toll": ids[1], "evil": evil}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from enligt.bench.serve import serving

    db = tmp_path_factory.mktemp("browser") / "browser.db"
    ids = _build_db(db)
    with serving(str(db)) as base:
        yield {"base": base, "ids": ids}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert errors == [], errors  # no CSP violations, script errors or failed loads


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_overview(page: Any, server: dict[str, Any]) -> None:
    page.goto(server["base"] + "/")
    assert page.locator("h1").inner_text() == "Corpus overview"
    assert page.locator(".card").count() >= 5
    shot(page, "overview")


def test_article_shows_highlighted_attributions_and_via_on_click(page: Any, server: dict[str, Any]) -> None:
    page.goto(f"{server['base']}/articles/{server['ids']['harbour']}")
    assert page.locator(".doc .hl.hl-source").count() >= 2
    assert page.locator(".doc .hl.hl-claim").count() >= 2
    assert page.locator(".panel li.att").count() == 3
    witness = page.locator(".doc .hl.hl-source", has_text="a witness")
    assert witness.get_attribute("title") == "a witness → the local radio"  # shown on hover
    witness.click()
    detail = page.locator("#detail")
    detail.wait_for(state="visible")
    assert "the local radio" in detail.inner_text()
    assert "a witness" in detail.inner_text()
    assert page.locator("li.att.active").get_attribute("id") == "a-1"
    assert page.locator(".doc .hl.sel").count() >= 2  # the attribution's pieces light up together
    shot(page, "article")


def test_a_sample_article_renders(page: Any, server: dict[str, Any]) -> None:
    page.goto(server["base"] + "/articles")
    page.locator(".results a").first.click()
    page.wait_for_load_state()
    assert page.locator("article.doc h1").inner_text()
    assert page.locator(".doc .text p").count() >= 1
    shot(page, "article-sample")


def test_conflict_page_shows_the_chart(page: Any, server: dict[str, Any]) -> None:
    page.goto(server["base"] + "/conflicts")
    assert page.locator("svg.chart").count() >= 1
    chart, section = page.locator("svg.chart").first.bounding_box(), page.locator(".conflict").first.bounding_box()
    assert chart["width"] >= 0.9 * (section["width"] - 40)  # the chart uses the page's width
    page.locator(".figures summary").first.click()  # each figure's sentence one click away
    assert page.locator(".figures td.sentence").first.is_visible()
    shot(page, "conflicts")
    page.locator(".conflict h2 a").first.click()
    page.wait_for_load_state()
    assert page.locator("svg.chart circle").count() >= 2
    assert page.locator("table tr").count() >= 3
    shot(page, "conflict")


def test_search_with_filters(page: Any, server: dict[str, Any]) -> None:
    page.goto(server["base"] + "/")
    page.fill(".quicksearch input[name=q]", "harbour")
    page.press(".quicksearch input[name=q]", "Enter")
    page.wait_for_url("**/search?q=harbour")
    assert page.locator(".results li").count() >= 2
    assert page.locator(".snippet mark").count() >= 1
    page.select_option("select[name=lang]", "en")
    page.fill("input[name=date_from]", "2024-05-03")
    page.click("#search-form button[type=submit]")
    page.wait_for_load_state()
    assert "date_from=2024-05-03" in page.url
    assert page.locator(".results li").count() >= 1
    shot(page, "search")


def test_analyse_form_with_pasted_text(page: Any, server: dict[str, Any]) -> None:
    from enligt.pipeline import analyze_text
    from enligt.settings import Options

    expected = len(analyze_text(PAGE_TEXT, options=Options()).attributions)
    page.goto(server["base"] + "/analyse")
    shot(page, "analyse-form")
    page.fill("#text", PAGE_TEXT)
    page.click("#analyse-button")
    page.wait_for_load_state()
    assert page.locator("article.doc h1").inner_text() == "Fire at the harbour warehouse forces evacuation"
    assert page.locator(".notice").inner_text().startswith("This analysis is not stored")
    assert page.locator(".panel li.att").count() == expected
    if expected:
        assert page.locator(".doc .hl[data-a]").count() >= expected
    shot(page, "analyse-result")
    page.click(".notice button")  # store it
    page.wait_for_url("**/articles/*")
    assert page.locator("article.doc h1").inner_text() == "Fire at the harbour warehouse forces evacuation"


def test_hostile_page_runs_no_script(page: Any, server: dict[str, Any]) -> None:
    page.goto(f"{server['base']}/articles/{server['ids']['evil']}")
    assert "<script>" in page.locator("article.doc h1").inner_text()  # shown as text
    page.locator(".doc .hl").first.click()
    for link in page.locator("a").all():
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith("javascript:")
    page.wait_for_timeout(200)
    assert page.dialogs == []  # type: ignore[attr-defined]
    shot(page, "hostile")


@pytest.mark.parametrize(("path", "name", "heading"), [
    ("/sources", "sources", "Sources"), ("/unsourced", "unsourced", "Claims nobody is named for"),
    ("/citations", "citations", "Who cites whom"), ("/api", "api", "JSON API"),
])
def test_listing_pages_render(page: Any, server: dict[str, Any], path: str, name: str, heading: str) -> None:
    page.goto(server["base"] + path)
    assert page.locator("h1").inner_text().startswith(heading)
    shot(page, name)
