"""Published and updated dates of an HTML page, kept apart.

Machine-readable sources first (JSON-LD datePublished/dateModified, article:published_time /
modified_time and their many aliases, itemprop, `<time datetime>`), checked against the date line
printed near the headline (`shown_dates`: a date line, not a date inside a sentence, nor a reader
comment's, nor one of a list of other items' dates); then labelled dates, a statement "originally
published on …", a date in the address, and last htmldate's search of the page (slow, so only when
nothing else found a publication date). Values are `YYYY-MM-DD`, with `THH:MM` when the source
gives a time; time zones are dropped so that the page's local time is kept, as in the corpus.
Label and phrase lists: `lang/<code>/date_labels.tsv`, `first_published.txt`, `self_references.txt`.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from enligt.lang import SUPPORTED, words
from enligt.structure import htmlnodes
from enligt.structure.dates import find_dates, is_date_line, label_kind, parse_date

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
_DATE_WORDS = r"date|time|publish|posted|dateline|byline|meta|datum|dato|zeit"
_DATE_CLASS = re.compile(_DATE_WORDS, re.IGNORECASE)
_DATE_CLASS_LOWER = re.compile(_DATE_WORDS)  # on lowercased ASCII: the same answer, five times faster
_DIGIT = re.compile(r"\d")
URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\d|3[01])(?![\d])")
MAX_DATE_TEXT = 140
LABEL_SPAN = 40  # characters before a date read for its label ("Updated", "Publicerad")
MAX_SHOWN = 3  # date lines near the headline read
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
    return label_kind(tail[-LABEL_SPAN:]) if tail else None


def _is_updated(el: Any) -> bool:
    for node in (el, el.getparent()):
        if node is not None and _UPDATED_CLASS.search(f"{node.get('class', '')} {node.get('itemprop', '')}"):
            return True
    return _label_before(el) == "updated" or label_kind(" ".join(el.text_content().split())[:40]) == "updated"


@cache
def _times() -> Any:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    # the elements of `//*[@itemprop='datePublished' or @itemprop='dateModified']`, found from their attributes:
    # libxml2 reads far fewer values
    return XPath("//time | //@itemprop[.='datePublished' or .='dateModified']/parent::*[not(self::meta)]")


_LABEL_TAGS = ("span", "p", "div", "small", "li", "em")
MAX_LABELLED = 400  # label elements read (see `_date_labelled`), in document order


def _is_leaf(el: Any) -> bool:
    """No `<div>`, `<p>` or `<ul>` child: a line, not a block."""
    return next(el.iterchildren("div", "p", "ul"), None) is None


def _date_labelled(tree: Any) -> list[Any]:
    """Elements classed as dates among the first `MAX_LABELLED` of the XPath
    `//*[self::span or self::p or self::div or self::small or self::li or self::em][@class]
    [not(*[self::div or self::p or self::ul])]`, in document order (walked in C: faster than libxml2's XPath)."""
    classed = [el for el in tree.getroottree().getroot().iter(*_LABEL_TAGS) if el.get("class") is not None]
    if len(classed) > MAX_LABELLED:  # then the limit counts the elements without a block child
        classed = [el for el in classed if _is_leaf(el)][:MAX_LABELLED]
    return [el for el in classed if _is_date_class(el.get("class")) and _is_leaf(el)]


def _is_date_class(name: str) -> bool:
    """Whether `_DATE_CLASS` is found in a class attribute (nearly always ASCII: then lowercased, without IGNORECASE)."""
    return (_DATE_CLASS_LOWER.search(name.lower()) if name.isascii() else _DATE_CLASS.search(name)) is not None


def _from_elements(tree: Any) -> tuple[str | None, str | None]:
    """Dates from `<time>` and itemprop elements, the updated one told by its label or class."""
    published = updated = None
    for el in _times()(tree)[:30]:
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
    published: str | None = None
    updated: str | None = None
    for el in _date_labelled(tree):
        text = " ".join(el.text_content().split())
        if not MIN_DATE_CHARS <= len(text) <= MAX_DATE_TEXT:
            continue
        pub, upd = find_dates(text)
        if pub and _UPDATED_CLASS.search(el.get("class", "")) and not upd:
            upd = pub
            pub = None
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
ABOVE_WEIGHT = 3  # a line above the headline counts as this many lines below it
COMMENT_DEPTH = 6  # ancestors looked at for a reader-comment box
NEAR_HEADLINE = 20  # text nodes from the headline within which a printed date may correct the metadata
MORNING = 12  # a metadata time before this hour may be the previous day in the page's own zone
MAX_STATEMENT = 400  # characters of a text node read for a first-publication statement
STATED_DATE_SPAN = 45  # characters after the phrase in which its date stands
SELF_REFERENCE_SPAN = 60  # characters before the phrase in which "this article" stands
MIN_DATE_CHARS = 6  # fewer characters after the phrase: its date is in the next element
FEW_NODES = 5  # text nodes under the headline below which tables are read too


def text_nodes(tree: Any, tables: bool = False) -> tuple[list[tuple[str, Any]], int]:
    """(text, element) of visible text nodes around the headline in document order, and the headline's index.

    A `<time datetime>` value comes with its element; plain text with None. Only the nodes near
    the headline are returned (dates and bylines sit there); without an `<h1>`, the top of the page.
    `tables`: text inside tables counts too (a page laid out in a table has its whole text there).
    """
    skip = _SKIP_TAGS - {"table"} if tables else _SKIP_TAGS
    return htmlnodes.text_nodes(tree, skip, VISIBLE_BEFORE, NODES_AFTER_H1)


@dataclass(frozen=True)
class Shown:
    """A date printed near the headline: its kind, value and distance in text nodes (negative: above)."""

    kind: str  # "published" or "updated"
    value: str
    dist: int


_SEPARATORS = re.compile(r"\s[-–—]\s|[|·•・‧⋅∙]")
_SENTENCE_END = re.compile(r"(?<=\d)\.\s+")  # "… in March 2022. Last updated on December 20, 2024."


def _date_segment(text: str) -> str | None:
    """The part of a text node that is a date line ("Updated Dec 18, 2025" of "Updated Dec 18, 2025 · 5 min
    read"), or None when the date stands in a sentence ("As of July 31, 2025, the agency has...")."""
    if is_date_line(text):
        return text
    for splitter in (_SEPARATORS, _SENTENCE_END):
        for part in splitter.split(text):
            part = part.strip()
            if part != text and _DIGIT.search(part) and is_date_line(part):  # the whole text is not a date line
                return part
    return None


def _in_comments(el: Any) -> bool:
    """A `<time>` of a reader comment (its own class or a close ancestor's says "comment")."""
    for _ in range(COMMENT_DEPTH):
        if el is None:
            return False
        if "comment" in f"{el.get('class', '')} {el.get('id', '')}".lower():
            return True
        el = el.getparent()
    return False


@cache
def _search_order(n: int, h1_at: int) -> tuple[int, ...]:
    """Node indexes by distance from the headline, below it first; the few lines just above it
    (kicker, date over the headline) rank with the near lines below. (Few distinct arguments: cached.)"""
    if h1_at < 0:
        return tuple(range(min(n, VISIBLE_AFTER)))
    after = [(i - h1_at, i) for i in range(h1_at, min(n, h1_at + VISIBLE_AFTER))]
    before = [((h1_at - i) * ABOVE_WEIGHT, i) for i in range(h1_at - 1, max(-1, h1_at - VISIBLE_BEFORE), -1)]
    return tuple(i for _, i in sorted(after + before))


def _printed_in(el: Any, text: str) -> bool:
    return " ".join(el.text_content().split()) == " ".join(text.split())


def shown_dates(tree: Any, nodes_at: tuple[list[tuple[str, Any]], int] | None = None) -> list[Shown]:
    """The date lines printed near the headline, nearest first (at most three)."""
    nodes, h1_at = nodes_at or text_nodes(tree)
    found: list[Shown] = []
    for i in _search_order(len(nodes), h1_at):
        text, el = nodes[i]
        text = text.strip()
        if not MIN_DATE_CHARS <= len(text) <= MAX_DATE_NODE or not _DIGIT.search(text) or len(text.split()) > MAX_DATE_WORDS:
            continue
        kind: str | None = None
        if el is not None:
            if _in_comments(el):
                continue
            value = to_iso(text)
            kind = "updated" if value and _is_updated(el) else None
        elif i and nodes[i - 1][1] is not None and _printed_in(nodes[i - 1][1], text):
            continue  # the printed face of the `<time>` just read ("10/12/2023" of datetime="2023-10-12")
        else:
            segment = _date_segment(text)
            pub, upd = find_dates(segment) if segment else (None, None)
            value = upd or pub
            kind = "updated" if upd else None
        if not value:
            continue
        if kind is None:
            before = " ".join(t for t, _ in nodes[max(0, i - 2): i])[-LABEL_SPAN:]
            kind = "updated" if _trailing_label(before) == "updated" else "published"
        found.append(Shown(kind, value, i - max(h1_at, 0)))
        if len(found) >= MAX_SHOWN:
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


@cache
def _statement() -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]:
    """Phrases that state a first publication ("originally published", "ursprünglich veröffentlicht"): the
    pattern; the same without IGNORECASE, for lowercased ASCII text (the same matches, much faster), unless a
    phrase has a letter that matches an ASCII one when case is ignored ("ı" and "i"); and the phrases' first
    words found anywhere (one search on lowercased text, a cheap test before the pattern)."""
    phrases = sorted({w.lower() for code in SUPPORTED for w in words(code, "first_published")}, key=len, reverse=True)
    alternatives = r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b"
    ascii_safe = not any(re.match(re.escape(c), a, re.IGNORECASE) for c in set("".join(phrases)) if not c.isascii()
                         for a in string.ascii_letters)
    first_words = sorted({p.split()[0] for p in phrases})
    return (re.compile(alternatives, re.IGNORECASE), re.compile(alternatives) if ascii_safe else None,
            re.compile("|".join(re.escape(w) for w in first_words)))


@cache
def _self_references() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for code in SUPPORTED for w in words(code, "self_references")}))


def _about_itself(before: str) -> bool:
    """Whether a first-publication phrase speaks of the page: it opens its line ("Originally published
    on …") or follows "this article" in its sentence (not "the study, first published on …")."""
    sentence = re.split(r"[.!?]\s", before)[-1].lower()
    return not sentence.strip(" *(–—-:") or any(ref in sentence[-SELF_REFERENCE_SPAN:] for ref in _self_references())


def first_published(nodes: list[tuple[str, Any]]) -> str | None:
    """The date of a statement such as "This article was originally published on 26 Sep 2019 at 4:12pm"."""
    pattern, lowered, first_words = _statement()
    for i, (text, el) in enumerate(nodes):
        if el is not None or len(text) > MAX_STATEMENT:
            continue
        low = text.lower()
        if not first_words.search(low):
            continue
        m = lowered.search(low) if lowered and text.isascii() else pattern.search(text)
        if m is None or not _about_itself(text[:m.start()]):
            continue
        after = text[m.end():]
        if len(after.strip()) < MIN_DATE_CHARS and i + 1 < len(nodes):
            after += " " + nodes[i + 1][0]  # the date in the next element ("originally published on <b>…</b>")
        value = _checked(parse_date(after[:STATED_DATE_SPAN]))
        if value:
            return value
    return None


def _day_gap(a: str, b: str) -> int:
    """Days from `a` to `b` (both `YYYY-MM-DD...`)."""
    return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days


def _swapped(day: str) -> str:
    """`YYYY-DD-MM` of `YYYY-MM-DD`: "09.10.2024" read the other way round."""
    return f"{day[:4]}-{day[8:10]}-{day[5:7]}"


def _printed_or_meta(m_pub: str, m_upd: str | None, shown: list[Shown], urls: tuple[str | None, ...]) -> str:
    """The metadata's publication date, or the date printed under the headline when the page shows another.

    An earlier printed day is most often the first publication that the metadata re-dated. When it is
    one day earlier and the metadata's time is in the morning, the two are more likely one moment in two
    time zones (`2025-07-05T00:04` UTC printed as "July 4"): a date in the address settles it, else the
    metadata is kept. A later printed day is an update, unless it falls between the metadata's published
    and modified days: then it is the date the page gives itself (re-published), and the modified one the
    update. Printed dates far from the headline, or several different ones (a list of other items), are
    not used.
    """
    near = [s.value for s in shown if s.kind == "published" and abs(s.dist) <= NEAR_HEADLINE]
    if not near or len({v[:10] for v in near}) > 1:
        return m_pub
    printed = near[0]
    if printed[:10] == m_pub[:10] or _swapped(printed[:10]) == m_pub[:10]:
        return m_pub
    if printed[:10] > m_pub[:10]:
        between = m_upd is not None and printed[:10] < m_upd[:10] and _swapped(printed[:10]) != m_upd[:10]
        return printed if between else m_pub
    in_url = url_date(urls)
    if in_url in (printed[:10], m_pub[:10]):
        return printed if in_url == printed[:10] else m_pub
    if _day_gap(printed, m_pub) == 1 and len(m_pub) > 10 and int(m_pub[11:13]) < MORNING:
        return m_pub
    return printed


def _precise(printed: str, stamp: str | None) -> str:
    """The printed date, or the machine-readable one of the same day when that gives the time too."""
    return stamp if stamp and _same_day(stamp, printed) and len(stamp) > len(printed) else printed


def _metadata_and_printed(m_pub: str | None, m_upd: str | None, shown: list[Shown],
                          urls: tuple[str | None, ...]) -> tuple[str | None, str | None]:
    """(published, updated) from the metadata and the date lines printed near the headline."""
    shown_pub = [s.value for s in shown if s.kind == "published" and abs(s.dist) <= NEAR_HEADLINE]
    shown_upd = [s.value for s in shown if s.kind == "updated"]
    if m_pub:
        published: str | None = _printed_or_meta(m_pub, m_upd, shown, urls)
    elif shown_pub:
        published = _precise(shown_pub[0], m_upd)
    elif shown_upd and (not m_upd or _same_day(m_upd, shown_upd[0])):
        return _precise(shown_upd[0], m_upd), None  # the only date the page gives, though called an update
    else:
        published = None
    return published, next((v for v in shown_upd if v != published), None) or m_upd


def dates_of(tree: Any, metas: dict[str, str], article: dict[str, Any],
             nodes_at: tuple[list[tuple[str, Any]], int] | None = None,
             urls: tuple[str | None, ...] = ()) -> tuple[str | None, str | None]:
    """(published, updated) of the page; updated is None when it equals or precedes published.

    `urls` are the page's addresses (given, og:url, canonical). Order of precedence for published:
    1. datePublished (JSON-LD) or a published-time `<meta>`, corrected by the date line printed near
       the headline (see `_printed_or_meta`); without metadata, that printed date; a page whose only
       date is an "Updated" line gets that date;
    2. `<time>`/itemprop elements, then short date lines in elements classed as dates;
    3. a statement "originally published on …" overrides any later date found so far;
    4. a full date in the address, then htmldate's search (slow).
    Updated is the printed "Updated" line, else dateModified / modified-time, else the elements.
    """
    m_pub = _ld_value(article, "datePublished") or _first_meta(metas, PUBLISHED_META)
    m_upd = _ld_value(article, "dateModified") or _first_meta(metas, UPDATED_META)
    nodes_at = nodes_at or text_nodes(tree)
    if 0 <= nodes_at[1] and len(nodes_at[0]) - nodes_at[1] < FEW_NODES:
        nodes_at = text_nodes(tree, tables=True)  # the text under the headline sits in a layout table
    shown = shown_dates(tree, nodes_at)
    published, updated = _metadata_and_printed(m_pub, m_upd, shown, urls)
    if not (published and updated):
        el_pub, el_upd = _from_elements(tree)
        published, updated = published or el_pub, updated or el_upd
    if not (published and updated):
        lab_pub, lab_upd = _from_labels(tree)
        published, updated = published or lab_pub, updated or lab_upd
    stated = first_published(nodes_at[0])
    if stated and published and stated[:10] < published[:10]:
        published, updated = stated, updated or published  # the page's own date is a re-dating
    if not published:
        published = stated or url_date(urls) or _htmldate(tree)
    if updated and published and (updated[:16] == published[:16] or updated[:10] < published[:10]
                                  or (len(updated) > 10 and updated < published) or updated == published[:10]):
        updated = None  # the same moment or day (maybe printed in another time zone), or an update before publication
    return published, updated
