"""RSS/Atom feeds: the one seam around feedparser.

A feed (a file, or a URL whose answer is a feed) yields one page per item. An item that
carries its full text (content:encoded, Atom content) of at least `FULL_CONTENT_CHARS`
characters becomes an HTML page built from it, with the item's title, author, date and the
feed's name as metadata, so no request is made; other items' links are handed to `follow`, the
caller's URL reader (`enligt.ingest.fetch.follow_links`: address checks, size cap, timeouts), so
this module needs no network code. A feed that is not XML, or XML that is not a feed, is an
`ArchiveError` for that input, and the batch goes on.
"""
from __future__ import annotations

import html
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from enligt.errors import ArchiveError, EnligtError, InputError
from enligt.ingest.read import read_limited
from enligt.models import Failure, Item, Page
from enligt.settings import Options

FULL_CONTENT_CHARS = 1500  # shorter content is a summary: fetch the item's page instead
MAX_ITEMS = 10_000
Follow = Callable[[str], Iterator[Item]]  # the pages behind an item's link


def _parse(data: bytes, where: str) -> Any:
    import feedparser  # type: ignore[import-untyped]

    # Bytes, never a string: feedparser fetches anything that looks like a URL or a path.
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({type(reason).__name__}: {str(reason)[:120]})" if reason else ""
        raise ArchiveError(f"not an RSS or Atom feed{detail}", where=where)
    return parsed


def _iso(struct: Any) -> str | None:
    if not struct:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M", struct)
    except (TypeError, ValueError):
        return None


def _full_content(entry: Any) -> str | None:
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if len(value) >= FULL_CONTENT_CHARS and "html" in (part.get("type") or "html"):
            return str(value)
    return None


def item_html(entry: Any, content: str, feed_title: str | None) -> str:
    """An HTML page for an item with full content, its metadata in the usual meta tags."""
    esc = html.escape
    title = entry.get("title") or ""
    metas = [f'<meta property="og:title" content="{esc(title)}">']
    if feed_title:
        metas.append(f'<meta property="og:site_name" content="{esc(feed_title)}">')
    if entry.get("author"):
        metas.append(f'<meta name="author" content="{esc(entry["author"])}">')
    # dict.get: feedparser's own get() maps missing dates onto each other, with a warning
    published = _iso(dict.get(entry, "published_parsed")) or _iso(dict.get(entry, "updated_parsed"))
    if published:
        metas.append(f'<meta property="article:published_time" content="{published}">')
    updated = _iso(dict.get(entry, "updated_parsed"))
    if updated and updated != published:
        metas.append(f'<meta property="article:modified_time" content="{updated}">')
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{esc(title)}</title>{''.join(metas)}"
            f"</head><body><article><h1>{esc(title)}</h1>{content}</article></body></html>")


def _entry_items(entry: Any, i: int, *, where: str, feed_title: str | None, follow: Follow) -> Iterator[Item]:
    link = entry.get("link") or ""
    name = f"{where}#item{i + 1}"
    content = _full_content(entry)
    meta = (("feed", where), ("feed_title", feed_title or ""), ("feed_item", str(i + 1)))
    if content:
        yield Page(input=link or name, content=item_html(entry, content, feed_title), kind="html", url=link or None,
                   meta=meta)
    elif link.startswith(("http://", "https://")):
        yield from follow(link)
    else:
        yield Failure(name, InputError("feed item has neither full content nor an http(s) link", where=name))


def pages_from_feed(data: bytes, *, where: str, follow: Follow, base_url: str | None = None) -> Iterator[Item]:
    """One page (or failure) per feed item; `follow(link)` reads an item that has only a link.

    Raises `ArchiveError` when `data` is not a feed.
    """
    parsed = _parse(data, where)
    feed_title = (parsed.feed.get("title") or "").strip() or None
    if not parsed.entries:
        raise ArchiveError("the feed has no items", where=where)
    for i, entry in enumerate(parsed.entries[:MAX_ITEMS]):
        yield from _entry_items(entry, i, where=where, feed_title=feed_title, follow=follow)


def read_feed_file(path: str, options: Options, *, follow: Follow) -> Iterator[Item]:
    """The pages of a feed file; a file that is not a feed gives one `Failure` and the batch goes on."""
    try:
        with Path(path).open("rb") as fh:
            data = read_limited(fh, max_bytes=options.max_bytes, where=path)
        yield from pages_from_feed(data, where=path, follow=follow)
    except OSError as exc:
        yield Failure(path, InputError(f"cannot read: {exc.strerror or exc}", where=path))
    except EnligtError as exc:
        exc.where = exc.where or path
        yield Failure(path, exc)
