"""Feeds: full-content items become pages, link-only items are fetched, a non-feed is one failure."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from enligt.errors import ArchiveError, BlockedAddressError, InputError
from enligt.ingest.feed import FULL_CONTENT_CHARS, pages_from_feed, read_feed_file
from enligt.ingest.fetch import follow_links
from enligt.ingest.sources import iter_pages
from enligt.models import Failure, Page
from enligt.pipeline import analyze
from enligt.settings import Options

PARA = "<p>Kommunen meddelade på tisdagen att skolan stängs efter branden, enligt ett pressmeddelande.</p>"
OPEN = Options(allow_private=True)
LINKS = follow_links(Options())  # items with full content never reach it
FULL = "".join(PARA.replace("tisdagen", f"dag {i}") for i in range(FULL_CONTENT_CHARS // len(PARA) + 2))


def _rss(items: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>Lokalbladet</title><link>https://lokal.example/</link>{items}</channel></rss>").encode()


def _item(title: str, link: str, content: str | None = None) -> str:
    body = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (f"<item><title>{title}</title><link>{link}</link><dc:creator>Anna Berg</dc:creator>"
            f"<pubDate>Tue, 07 Mar 2023 09:15:00 +0100</pubDate><description>Kort.</description>{body}</item>")


ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atomsajten</title>'
        '<entry><title>Branden i skolan</title><link href="https://atom.example/a"/><author><name>Per Ek</name>'
        f'</author><updated>2023-03-07T10:00:00Z</updated><content type="html"><![CDATA[{FULL}]]></content>'
        "</entry></feed>").encode()


def test_full_content_items_become_pages_with_metadata() -> None:
    data = _rss(_item("Skolan stängs efter branden", "https://lokal.example/a", FULL))
    (page,) = list(pages_from_feed(data, where="f.rss", follow=LINKS))
    assert isinstance(page, Page) and page.kind == "html" and page.url == "https://lokal.example/a"
    (result,) = list(analyze_pages([page]))
    art = result.article
    assert art.title == "Skolan stängs efter branden"
    assert art.outlet == "Lokalbladet" and art.authors == ("Anna Berg",)
    assert art.published == "2023-03-07T09:15" or art.published == "2023-03-07T08:15"
    assert len(art.body) >= 10


def analyze_pages(pages: list[Page]) -> list:  # type: ignore[type-arg]
    from enligt.pipeline import analyze_items

    return list(analyze_items(pages, options=Options(attribution=False)))


def test_atom_feed() -> None:
    (page,) = list(pages_from_feed(ATOM, where="a.atom", follow=LINKS))
    assert isinstance(page, Page) and page.url == "https://atom.example/a"
    assert "Atomsajten" in page.content and "Per Ek" in page.content


@pytest.mark.parametrize("data", [
    b"<html><body><p>Just a page</p></body></html>",
    b"this is plain text, not XML at all",
    b"\x00\x01\x02 binary",
    b'<?xml version="1.0"?><note><to>x</to></note>',
])
def test_not_a_feed_is_an_archive_error(data: bytes) -> None:
    with pytest.raises(ArchiveError):
        list(pages_from_feed(data, where="x.xml", follow=LINKS))


def test_feed_file_that_is_not_xml_fails_alone(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rss"
    bad.write_bytes(b"{not: xml}")
    good = tmp_path / "good.rss"
    good.write_bytes(_rss(_item("Skolan stängs", "https://lokal.example/a", FULL)))
    items = list(iter_pages([str(bad), str(good)], options=Options()))
    assert isinstance(items[0], Failure) and isinstance(items[0].error, ArchiveError)
    assert isinstance(items[1], Page)


def test_item_without_link_or_content_fails_alone() -> None:
    data = _rss(_item("Utan länk", "") + _item("Med text", "https://lokal.example/b", FULL))
    items = list(pages_from_feed(data, where="f.rss", follow=LINKS))
    assert isinstance(items[0], Failure) and isinstance(items[0].error, InputError)
    assert isinstance(items[1], Page)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = (f"<html><head><title>Sida {self.path}</title></head><body><article><h1>Sida {self.path}</h1>"
                f"{PARA * 3}</article></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_link_items_are_fetched(server: str, tmp_path: Path) -> None:
    path = tmp_path / "links.rss"
    path.write_bytes(_rss(_item("Ett", f"{server}/ett") + _item("Två", f"{server}/tva")))
    items = list(read_feed_file(str(path), OPEN, follow=follow_links(OPEN)))
    assert [i.url for i in items if isinstance(i, Page)] == [f"{server}/ett", f"{server}/tva"]
    results = list(analyze([str(path)], options=Options(allow_private=True, attribution=False)))
    assert [r.article.title for r in results] == ["Sida /ett", "Sida /tva"]  # type: ignore[union-attr]


def test_link_items_follow_the_url_rules(server: str, tmp_path: Path) -> None:
    path = tmp_path / "links.xml"
    path.write_bytes(_rss(_item("Ett", f"{server}/ett")))
    (item,) = list(read_feed_file(str(path), Options(), follow=follow_links(Options())))
    assert isinstance(item, Failure) and isinstance(item.error, BlockedAddressError)
