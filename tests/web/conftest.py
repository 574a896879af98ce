"""Fixtures for the web tests: hand-built analyses (so the tests do not depend on the attribution
rules), a store holding them, and a TestClient over the app."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enligt.models import Analysis, Article, Attribution, Caption, Conflict, Page, Quantity, Span


def pytest_configure(config: pytest.Config) -> None:
    # Starlette's TestClient warns that it wraps httpx; the tests use it as documented.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


# A news page written for these tests (plain-text crawl dump shape).
PAGE_TEXT = """Harbour Times
News  World  Sport
Fire at the harbour warehouse forces evacuation

A fire broke out at a warehouse in the harbour on Tuesday night, the fire brigade said.

By Jane Roe
Published 4 June 2024

"We saw flames rising above the roofs," said Tom Berg, who lives nearby.

According to the police, at least 12 people were evacuated from nearby homes. The local radio reported that 30 people had been evacuated.

The cause of the fire is reportedly still unknown.

Subscribe to our newsletter
"""

HOSTILE_HTML = """<!doctype html><html><head><title>Evil</title><script>alert("head")</script></head><body>
<article><h1>Harbour <script>alert("title")</script> fire spreads</h1>
<p>A fire broke out in the harbour on Tuesday night, the fire brigade said. <a href="javascript:alert('link')">More</a>
<img src=x onerror="alert('img')"></p>
<p>"We saw flames &lt;script&gt;alert('quoted')&lt;/script&gt; above the roofs," said Tom Berg, who lives nearby.</p>
<p>According to the police, at least 12 people were evacuated from nearby homes on Tuesday evening.</p>
</article><a href="javascript:alert('nav')">Related</a></body></html>
"""

HOSTILE = '<script>alert("x")</script>'


def _at(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def make_analysis(*, title: str, paragraphs: tuple[str, ...], claims: list[dict[str, Any]],
                  numbers: list[dict[str, Any]] = (), conflicts: tuple[Conflict, ...] = (),  # type: ignore[assignment]
                  name: str = "page.txt", url: str | None = None, outlet: str = "Testbladet",
                  language: str = "en", published: str = "2024-05-02", **article: Any) -> Analysis:
    """An analysis whose spans are found by searching for the given strings in the article text."""
    art = Article(title=title, body=paragraphs, language=language, outlet=outlet, published=published, url=url,
                  **article)
    text = art.text
    atts = tuple(
        Attribution(content=c["content"], content_span=_at(text, c["content"]), kind=c.get("kind", "indirect"),
                    source=c.get("source"), source_type=c.get("type"), cue=c.get("cue"),
                    via=tuple(c.get("via", ())), hearsay=c.get("hearsay", False),
                    source_span=_at(text, c["source"]) if c.get("source") else None,
                    cue_span=_at(text, c["cue"]) if c.get("cue") else None)
        for c in claims)
    qs = tuple(Quantity(value=n["value"], measure=n["measure"], subject=n["subject"],
                        number_span=_at(text, n["text"]), attribution=n.get("attribution"), text=n["text"])
               for n in numbers)
    page = Page(input=name, content=text, kind="text", url=url)
    return Analysis(page=page, article=art, attributions=atts, quantities=qs, conflicts=conflicts)


def sample_analyses() -> list[Analysis]:
    """Two articles reporting different death tolls (a cross-article conflict), one with a via chain."""
    a = make_analysis(
        title="Ten killed in harbour blast, officials say",
        paragraphs=("Ten people were killed in the blast, the coastguard said on Thursday.",
                    "According to the local radio, a witness recalled that the fire spread fast.",
                    "The blast reportedly started in a warehouse."),
        claims=[{"content": "Ten people were killed in the blast", "source": "the coastguard", "cue": "said",
                 "type": "official"},
                {"content": "the fire spread fast", "source": "a witness", "cue": "recalled", "type": "person",
                 "via": ["the local radio"]},
                {"content": "The blast reportedly started in a warehouse", "cue": "reportedly", "hearsay": True}],
        numbers=[{"value": 10, "measure": "killed", "subject": "people", "text": "Ten", "attribution": 0}],
        name="a.txt", url="https://news.example/a", outlet="Harbour Times", published="2024-05-02",
        boilerplate=("Subscribe to our newsletter",), related=("Storm hits the coast",),
        captions=(Caption("Smoke over the harbour.", "Jane Roe"),))
    b = make_analysis(
        title="Blast toll rises to 25",
        paragraphs=("At least 25 people were killed, according to the fire brigade.",
                    "Police say the harbour remains closed."),
        claims=[{"content": "At least 25 people were killed", "source": "the fire brigade", "cue": "according to",
                 "type": "organization"},
                {"content": "the harbour remains closed", "source": "Police", "cue": "say", "type": "official"}],
        numbers=[{"value": 25, "measure": "killed", "subject": "people", "text": "25", "attribution": 0}],
        name="b.txt", url="https://news.example/b", outlet="Coast Post", published="2024-05-03")
    return [a, b]


def hostile_analysis() -> Analysis:
    """A page whose every field tries to inject markup or a javascript: link."""
    evil_src = '<img src=x onerror="alert(1)">'
    return make_analysis(
        title=f"Breaking {HOSTILE} news",
        paragraphs=(f'{evil_src} said that <a href="javascript:alert(2)">click</a> {HOSTILE} was true.',
                    "Nothing else."),
        claims=[{"content": '<a href="javascript:alert(2)">click</a>', "source": evil_src, "cue": "said",
                 "type": "person", "via": [HOSTILE, "javascript:alert(3)"]}],
        name="evil.txt", url="javascript:alert(4)", outlet=f"Evil {HOSTILE} Post", published="2024-05-04",
        boilerplate=(HOSTILE,), related=('<a href="javascript:alert(5)">more</a>',), authors=(HOSTILE,),
        captions=(Caption(HOSTILE, HOSTILE),), headings=(HOSTILE,), heading_positions=(1,))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Any]:
    from enligt.store import open_store, store_analysis

    with open_store(str(tmp_path / "web.db")) as st:
        for analysis in sample_analyses():
            store_analysis(analysis, store=st)
        yield st


@pytest.fixture
def app(store: Any) -> Any:
    from enligt.web.app import WebConfig, create_app

    return create_app(WebConfig(max_upload=64 * 1024, allowed_hosts=("testserver",)), store=store)


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://testserver") as c:
        yield c
