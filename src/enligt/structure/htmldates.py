"""Published and updated dates of an HTML page, kept apart.

Machine-readable sources first (JSON-LD datePublished/dateModified, article:published_time /
modified_time and their many aliases, itemprop, `<time datetime>`), then visible date lines with
their labels ("Updated", "Aktualisiert:", "Uppdaterad") read by `enligt.structure.dates`, and
last htmldate's search of the page, which is slow and so runs only when nothing else found a
publication date. Values are `YYYY-MM-DD`, with `THH:MM` when the source gives a time; time
zones are dropped so that the page's local time is kept, as in the corpus.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from enligt.structure.dates import find_dates, label_kind, parse_date

ISO_STAMP = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?")
PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "article:published",
                  "publish-date", "publish_date", "publishdate", "pubdate", "publication_date",
                  "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
                  "dcterms.date", "date", "citation_publication_date", "citation_date", "article.published",
                  "datecreated", "dcterms.created", "release_date", "cxenseparse:recs:publishtime", "published",
                  "published_time", "published-date", "publication-date", "date.published", "pub_date",
                  "article_date_original", "original-publish-date", "og:article:published_time", "dc.created")
UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "article:modified",
                "last-modified", "dcterms.modified", "dc.date.modified", "article.updated", "lastmod",
                "revised")
_UPDATED_CLASS = re.compile(r"updat|modif|aktualis|uppdater|oppdater|opdater|revis|edited", re.IGNORECASE)
_DATE_CLASS = re.compile(r"date|time|publish|posted|dateline|byline|meta|datum|dato|zeit", re.IGNORECASE)
URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\d|3[01])(?![\d])")
MAX_DATE_TEXT = 140
MIN_YEAR, MAX_YEAR = 1995, 2035


def to_iso(value: str | None) -> str | None:
    """A machine-readable or printed date as `YYYY-MM-DD[THH:MM]`, or None."""
    if not value:
        return None
    m = ISO_STAMP.match(value)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= mo <= 12 and 1 <= d <= 31):
            return None
        day = f"{y:04d}-{mo:02d}-{d:02d}"
        return f"{day}T{m[4]}:{m[5]}" if m[4] and int(m[4]) < 24 and int(m[5]) < 60 else day
    found = parse_date(value[:MAX_DATE_TEXT])
    if found and MIN_YEAR <= int(found[:4]) <= MAX_YEAR:
        return found
    return None


def _ld_value(article: dict[str, Any], key: str) -> str | None:
    value = article.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    return to_iso(value) if isinstance(value, str) else None


def _first_meta(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        found = to_iso(metas.get(k))
        if found:
            return found
    return None


def _label_before(el: Any) -> str | None:
    """The label ("Updated", "Publicerad") printed just before a `<time>`, as its kind."""
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text if el.getparent() is not None else None) or ""
    before = before.strip(" ·|,-–:\n\t")
    if not before and prev is not None:
        before = (prev.text_content() or "").strip(" ·|,-–:")
    if not before:
        return None
    tail = before.split("·")[-1].split("|")[-1].strip()
    return label_kind(tail[-40:]) if tail else None


def _is_updated(el: Any) -> bool:
    for node in (el, el.getparent()):
        if node is not None and _UPDATED_CLASS.search(f"{node.get('class', '')} {node.get('itemprop', '')}"):
            return True
    return _label_before(el) == "updated"


@cache
def _xpaths() -> tuple[Any, Any]:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    times = XPath("//time | //*[@itemprop='datePublished' or @itemprop='dateModified'][not(self::meta)]")
    labelled = XPath("//*[self::span or self::p or self::div or self::small or self::li or self::em]"
                     "[@class][not(*[self::div or self::p or self::ul])]")
    return times, labelled


def _from_elements(tree: Any) -> tuple[str | None, str | None]:
    """Dates from `<time>` and itemprop elements, the updated one told by its label or class."""
    published = updated = None
    times, _ = _xpaths()
    for el in times(tree)[:30]:
        value = to_iso(el.get("datetime") or el.get("content") or el.text_content())
        if not value:
            continue
        if el.get("itemprop") == "dateModified" or _is_updated(el):
            updated = updated or value
        else:
            published = published or value
        if published and updated:
            break
    return published, updated


def _from_labels(tree: Any) -> tuple[str | None, str | None]:
    """Dates from short visible date lines in elements classed as dates or metadata."""
    published = updated = None
    _, labelled = _xpaths()
    for el in labelled(tree)[:400]:
        if not _DATE_CLASS.search(el.get("class", "")):
            continue
        text = " ".join(el.text_content().split())
        if not 6 <= len(text) <= MAX_DATE_TEXT:
            continue
        pub, upd = find_dates(text)
        if pub and _UPDATED_CLASS.search(el.get("class", "")) and not upd:
            pub, upd = None, pub
        published, updated = published or _checked(pub), updated or _checked(upd)
        if published and updated:
            break
    return published, updated


def _checked(value: str | None) -> str | None:
    return value if value and MIN_YEAR <= int(value[:4]) <= MAX_YEAR else None


def url_date(urls: tuple[str | None, ...]) -> str | None:
    """A full date in the page's address (`/2024/05/17/`, `-2024-05-17-`), percent-escapes decoded."""
    from urllib.parse import unquote

    for url in urls:
        m = URL_DATE.search(unquote(url)) if url else None
        if m:
            return _checked(f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}")
    return None


def _htmldate(tree: Any) -> str | None:
    """htmldate's guess of the publication date (slow: only when nothing else answered)."""
    try:
        from htmldate import find_date

        found = find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - htmldate raises assorted errors on odd trees; it is only a fallback
        return None
    return to_iso(found) if isinstance(found, str) else None


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "figure",
                        "figcaption", "blockquote", "table"})
MAX_DATE_WORDS = 12
NODES_AFTER_H1 = 120  # text nodes after the headline read for dates and bylines
VISIBLE_AFTER = 80  # text nodes after the headline searched for the date line
VISIBLE_BEFORE = 25  # and before it (kicker and date above the headline)
MAX_DATE_NODE = 120  # a longer text node is a paragraph, not a date line


_HIDDEN = " or ".join(f"ancestor::{t}" for t in sorted(_SKIP_TAGS))


@cache
def _node_xpaths() -> tuple[Any, Any, Any]:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    cond = f"[normalize-space()][not({_HIDDEN})]"
    before = XPath(f"preceding::text(){cond} | preceding::time/@datetime")
    after = XPath(f"descendant::text(){cond} | following::text(){cond} | following::time/@datetime")
    top = XPath(f"//body//text(){cond} | //body//time/@datetime")
    return before, after, top


def text_nodes(tree: Any) -> tuple[list[tuple[str, Any]], int]:
    """(text, element) of visible text nodes around the headline in document order, and the headline's index.

    A `<time datetime>` value comes with its element; plain text with None. Only the nodes near
    the headline are returned (dates and bylines sit there); without an `<h1>`, the top of the page.
    """
    before_x, after_x, top_x = _node_xpaths()
    h1 = tree.find(".//h1")

    def pairs(results: list[Any]) -> list[tuple[str, Any]]:
        return [(str(r), r.getparent() if getattr(r, "is_attribute", False) else None) for r in results]

    if h1 is None:
        return pairs(top_x(tree)[:NODES_AFTER_H1]), -1
    before = pairs(before_x(h1)[-VISIBLE_BEFORE:])
    return before + pairs(after_x(h1)[:NODES_AFTER_H1]), len(before)


def visible_dates(tree: Any, nodes_at: tuple[list[tuple[str, Any]], int] | None = None) -> list[tuple[str, str]]:
    """(kind, date) of the date lines printed near the headline, nearest after it first."""
    nodes, h1_at = nodes_at or text_nodes(tree)
    start = max(h1_at, 0)
    order = list(range(start, min(len(nodes), start + VISIBLE_AFTER)))
    if h1_at > 0:
        order += list(range(h1_at - 1, max(-1, h1_at - VISIBLE_BEFORE), -1))
    found: list[tuple[str, str]] = []
    for i in order:
        text, el = nodes[i]
        text = text.strip()
        if (not 6 <= len(text) <= MAX_DATE_NODE or not any(ch.isdigit() for ch in text)
                or len(text.split()) > MAX_DATE_WORDS):
            continue
        value = to_iso(text) if el is not None else None
        if value is None:
            pub, upd = find_dates(text)
            value = upd or pub
            kind = "updated" if upd else None
        else:
            kind = "updated" if _is_updated(el) else None
        if not value:
            continue
        if kind is None:
            before = " ".join(t for t, _ in nodes[max(0, i - 2): i])[-40:]
            kind = "updated" if _trailing_label(before) == "updated" else "published"
        found.append((kind, value))
        if len(found) >= 3:
            break
    return found


def _trailing_label(text: str) -> str | None:
    words = text.replace(":", " ").split()
    for n in (3, 2, 1):
        if len(words) >= n:
            kind = label_kind(" ".join(words[-n:]))
            if kind:
                return kind
    return None


def _same_day(a: str | None, b: str | None) -> bool:
    return bool(a and b and a[:10] == b[:10])


def dates_of(tree: Any, metas: dict[str, str], article: dict[str, Any],
             nodes_at: tuple[list[tuple[str, Any]], int] | None = None,
             urls: tuple[str | None, ...] = ()) -> tuple[str | None, str | None]:
    """(published, updated) of the page; updated is None when it equals published.

    `urls` are the page's addresses (given, og:url, canonical): a full date in one of them is the
    last resort before htmldate.

    The published date is datePublished and friends, or the date printed under the headline when
    that is earlier (machine-readable values give a printed date its time); a page with neither
    falls back on labelled dates, a date in its address and last htmldate.
    """
    m_pub = _ld_value(article, "datePublished") or _first_meta(metas, PUBLISHED_META)
    m_upd = _ld_value(article, "dateModified") or _first_meta(metas, UPDATED_META)
    shown = visible_dates(tree, nodes_at)
    published = updated = None
    shown_pub = [v for k, v in shown if k == "published"]
    shown_upd = [v for k, v in shown if k == "updated"]
    if m_pub:
        # a printed date of the same day gives nothing new; a later one is more often an update or
        # another item's, an earlier one the first publication that the metadata re-dated
        published = shown_pub[0] if shown_pub and shown_pub[0][:10] < m_pub[:10] else m_pub
    elif shown_pub:
        published = next((m for m in (m_upd,) if m and _same_day(m, shown_pub[0]) and len(m) > len(shown_pub[0])),
                         shown_pub[0])
    elif shown_upd and not m_upd:
        published = shown_upd[0]  # the only date the page gives
    updated = next((v for v in shown_upd if v != published), None)
    if m_upd and not updated:
        updated = m_upd
    if not published:
        published = m_pub
    if not (published and updated):
        el_pub, el_upd = _from_elements(tree)
        published, updated = published or el_pub, updated or el_upd
    if not (published and updated):
        lab_pub, lab_upd = _from_labels(tree)
        published, updated = published or lab_pub, updated or lab_upd
    if not published:
        published = url_date(urls) or _htmldate(tree)
    if updated and published and updated[:16] == published[:16]:
        updated = None
    return published, updated
