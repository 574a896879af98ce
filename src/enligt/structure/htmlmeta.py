"""Article metadata from an HTML tree: title, authors, dates, outlet, declared language.

Evidence comes from JSON-LD, `<meta>` tags, the visible `<h1>`, byline and `<time>` elements.
Each field has an ordered list of sources; the first that gives a clean value wins, and visible
text is checked against the metadata where both exist (an `<h1>` that is a logo loses to
og:title). Dates are kept apart: published from datePublished / article:published_time /
a `<time>`, updated from dateModified / modified_time / an "Updated" label.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from enligt.structure import htmldates
from enligt.structure.htmlnames import clean_names, is_username, split_title

_WORD = re.compile(r"\w+")
_BY_WORD = re.compile(r"\b(?:by|posted|published|updated|av|von|af)\b", re.IGNORECASE)
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "report", "scholarlyarticle", "techarticle", "liveblogposting",
                  "posting", "socialmediaposting", "webpage", "backgroundnewsarticle", "reviewnewsarticle",
                  "medicalwebpage", "howto", "recipe")
_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                "byl", "twitter:creator:name", "citation_author", "cxenseparse:author")
_SITE_META = ("og:site_name", "application-name", "twitter:site:name", "publisher", "dc.publisher")
_BYLINE_XPATH = ("//*[@rel='author' or @itemprop='author' or @class and (contains(@class,'author') or "
                 "contains(@class,'byline') or contains(@class,'autor') or contains(@class,'writer') or "
                 "contains(@class,'reporter'))] | //a[contains(@href,'/author/') or contains(@href,'/authors/') or "
                 "contains(@href,'/autor/') or contains(@href,'/forfattare/') or contains(@href,'/journalist/')]")
_WRITTEN_BY = re.compile(r"(?:written|posted|published|authored) by\s+\S", re.IGNORECASE)
MAX_LEAF_TEXTS = 3  # texts read inside a byline box for the name alone
BYLINE_BLOCK_DEPTH = 3  # names whose elements share an ancestor this close form one byline
_ELSEWHERE = re.compile(r"related|comment|widget|sidebar|footer|recommend|more-", re.IGNORECASE)
# reviewers and editors named next to the author are not authors
_NOT_BYLINE = re.compile(r"\b(?:reviewed|fact[- ]checked|edited|updated|illustrat\w*|photo\w*|granskad|redigert)\b",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Meta:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    updated: str | None = None
    outlet: str | None = None
    language: str | None = None  # declared by <html lang> / og:locale, two letters
    url: str | None = None
    description: str | None = None


def _norm(text: str | None) -> str:
    """One space between words; entities that a CMS escaped twice ("&#038;") decoded."""
    text = text or ""
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _text(el: Any) -> str:
    return _norm(el.text_content()) if el is not None else ""


def meta_tags(tree: Any) -> dict[str, str]:
    """`<meta>` name/property/itemprop -> content, lower-cased keys, first occurrence wins."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), _norm(content))
    return out


def _ld_objects(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph flattened; unparsable scripts are skipped."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack and len(found) < 200:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in items if x}


def _ld_article(objs: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD object that describes the article (a NewsArticle before a generic WebPage)."""
    best: dict[str, Any] = {}
    best_rank = len(_ARTICLE_TYPES)
    for obj in objs:
        for t in _types(obj):
            if t in _ARTICLE_TYPES and _ARTICLE_TYPES.index(t) < best_rank:
                best, best_rank = obj, _ARTICLE_TYPES.index(t)
    return best


def _resolve_refs(article: dict[str, Any], objs: list[dict[str, Any]]) -> dict[str, Any]:
    """The article with `author`/`publisher` references (`{"@id": …}`, common in Yoast's @graph) replaced by
    the objects they point to."""
    if not article:
        return article
    index = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str) and ("name" in o or "@type" in o)}

    def resolve(value: Any) -> Any:
        if isinstance(value, list):
            return [resolve(v) for v in value]
        if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
            return index.get(value["@id"], value)
        return value

    return {**article, **{k: resolve(article[k]) for k in ("author", "publisher") if k in article}}


def _ld_names(value: Any, *, people_only: bool = False) -> list[str]:
    """Names in a JSON-LD author/publisher value (a string, an object, or a list of them)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for it in items:
        if isinstance(it, str):
            names.append(it)
        elif isinstance(it, dict):
            types = {t.split("/")[-1] for t in _types(it)}
            if people_only and types and "person" not in types:
                continue  # an Organization, WebSite, Brand …: authors are people
            name = it.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            if isinstance(name, str):
                names.append(name)
    return [_norm(n) for n in names if n and _norm(n)]


def _declared_language(tree: Any, metas: dict[str, str]) -> str | None:
    raw = tree.get("lang") or metas.get("og:locale") or metas.get("content-language") or ""
    m = re.match(r"([a-zA-Z]{2})(?:$|[-_])", raw.strip())
    if not m:
        return None
    code = m.group(1).lower()
    return {"nb": "no", "nn": "no"}.get(code, code)


def outlet_of(metas: dict[str, str], ld_objs: list[dict[str, Any]], article: dict[str, Any]) -> str | None:
    for key in _SITE_META:
        value = metas.get(key)
        if value and not value.startswith(("http", "@")):
            return value
    pub = _ld_names(article.get("publisher"))
    if pub:
        return pub[0]
    for obj in ld_objs:
        if _types(obj) & {"organization", "newsmediaorganization", "website"} and isinstance(obj.get("name"), str):
            return _norm(obj["name"])
    return None


def _overlap(a: str, b: str) -> float:
    """Dice coefficient of the two titles' word sets."""
    ta, tb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return 2 * len(ta & tb) / (len(ta) + len(tb)) if ta and tb else 0.0


def _trim_h1(h1: str, cleaned: list[str], outlet: str | None) -> str:
    """An <h1> that wraps a meta title in extra words (a date, "Posted on ... by ...") gives the title."""
    h1 = split_title(h1, outlet)
    for c in cleaned:
        if len(c) >= 20 and c != h1 and (h1.startswith(c) or h1.endswith(c)):
            extra = h1.replace(c, " ", 1)
            if any(ch.isdigit() for ch in extra) or _BY_WORD.search(extra):
                return c
    return h1


def title_of(tree: Any, metas: dict[str, str], article: dict[str, Any], outlet: str | None) -> str | None:
    """The headline: the visible <h1> that agrees with the metadata titles, else the cleanest meta title."""
    head_title = _text(tree.find(".//title"))
    ld_head = article.get("headline") if isinstance(article.get("headline"), str) else None
    metas_titles = [t for t in (_norm(ld_head), metas.get("og:title", ""), metas.get("twitter:title", ""),
                                head_title) if t]
    cleaned = [split_title(t, outlet) for t in metas_titles]
    h1s = [_text(h) for h in tree.iter("h1")][:8]
    h1s = [h for h in h1s if 3 <= len(h) <= 300 and not (outlet and h.lower() == outlet.lower())]
    if h1s and cleaned:
        scored = sorted(((max(_overlap(h, c) for c in cleaned), -i, h) for i, h in enumerate(h1s)), reverse=True)
        score, _, h1 = scored[0]
        if score > 0.5:
            return _trim_h1(h1, cleaned, outlet)
    elif h1s and len(h1s) == 1:
        return h1s[0]
    return next((c for c in cleaned if c), None)


def _byline_names(tree: Any, lang: str | None, stop: set[str]) -> list[str]:
    """Names in visible byline elements (rel=author, itemprop=author, .author/.byline classes).

    Only the first byline block that names someone counts: later ones belong to other articles
    on the page (related posts, comments).
    """
    found = _byline_xpath()(tree)[:30]
    chosen = set(found)
    block: set[Any] = set()
    raw: list[str] = []
    for el in found:
        if el.tag in ("meta", "link", "script", "style", "body", "html", "article", "main"):
            continue
        if any(d in chosen for d in el.iterdescendants()):
            continue  # the innermost element holds the name; its container adds roles and dates
        near = list(el.iterancestors())[:BYLINE_BLOCK_DEPTH]
        if any(a.tag in ("aside", "footer", "nav") or _ELSEWHERE.search(a.get("class", "")) for a in near):
            continue
        if block and (not block & {el, *near} or any(_NOT_BYLINE.search(_text_before(x)) for x in (el, near[0]))):
            continue  # another block, or a reviewer/editor named after the author
        text = _norm(" ".join(el.itertext()))
        if not 2 <= len(text) <= 160 or _NOT_BYLINE.search(text) or text in raw:
            continue
        if not block and not clean_names([text], lang=lang, stop=stop):
            continue
        block = block or {el, *near}
        raw.append(text)
    return raw or _first_name_leaf(found, lang, stop)


def _first_name_leaf(found: list[Any], lang: str | None, stop: set[str]) -> list[str]:
    """The name alone in a byline box that also holds a photo, a bio or a date ("Jane Doe" · "Jane is …").

    The fallback when no byline element's whole text is a name: the first of the first few texts
    inside each box (in page order) that is short and reads as a name.
    """
    for el in found:
        if el.tag in ("meta", "link", "script", "style", "body", "html", "article", "main"):
            continue
        near = list(el.iterancestors())[:BYLINE_BLOCK_DEPTH]
        if any(a.tag in ("aside", "footer", "nav") or _ELSEWHERE.search(a.get("class", "")) for a in near):
            continue
        texts = [_norm(t) for t in el.itertext() if t.strip()][:MAX_LEAF_TEXTS]
        for text in texts:
            if (3 <= len(text) <= 60 and len(text.split()) <= 5 and not any(c.isdigit() for c in text)
                    and not _NOT_BYLINE.search(text) and clean_names([text], lang=lang, stop=stop)):
                return [text]
    return []


def _text_before(el: Any) -> str:
    """The few words printed just before `el` in its parent ("Reviewed by" before a name)."""
    prev = el.getprevious()
    if prev is not None:
        before = (prev.text_content() or "") + (prev.tail or "")
    else:
        parent = el.getparent()
        before = (parent.text or "") if parent is not None else ""
    return before[-40:]


@cache
def _written_by_xpath() -> Any:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    return XPath("//body//text()[contains(., 'ritten by') or contains(., 'osted by') or contains(., 'uthored by')]"
                 "[not(ancestor::script or ancestor::style)]")


@cache
def _byline_xpath() -> Any:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    return XPath(_BYLINE_XPATH)


def authors_of(tree: Any, metas: dict[str, str], article: dict[str, Any], outlet: str | None,
               lang: str | None, nodes_at: tuple[list[tuple[str, Any]], int] | None = None) -> tuple[str, ...]:
    """Bylined people: JSON-LD persons, then meta author tags, then the visible byline, cleaned."""
    publisher = _ld_names(article.get("publisher"))
    stop = {n.lower() for n in [*publisher, outlet or ""] if n}
    persons = _ld_names(article.get("author"), people_only=True)
    # A JSON-LD Person is a person even when the site is named after them (a personal blog), but
    # not when an Organization publisher carries the same name (the outlet filed as the author) and
    # no visible byline names them.
    names = clean_names(persons, lang=lang, stop=set(), structured=True)
    orgs = {n.lower() for n in publisher} - {n.lower() for n in _ld_names(article.get("publisher"), people_only=True)}
    org_stop = orgs | ({outlet.lower()} if orgs and outlet else set())
    if org_stop and any(n.lower() in org_stop for n in names):
        shown = {n.lower() for n in _byline_names(tree, lang, set())}
        names = [n for n in names if n.lower() not in org_stop or any(n.lower() in b for b in shown)]
    if names:
        return tuple(names)
    candidates = [
        ([metas[k] for k in _AUTHOR_META if k in metas and not metas[k].startswith(("http", "@"))][:1], True),
        (_byline_names(tree, lang, stop), False),
        (visible_byline(tree, nodes_at), False),
    ]
    usernames: list[str] = []
    for raw, structured in candidates:
        names = clean_names(raw, lang=lang, stop=stop, structured=structured)
        if names and all(is_username(n) for n in names):
            usernames = usernames or names  # a login name: a visible byline's display name is better
        elif names:
            return tuple(names)
    return tuple(usernames)


def visible_byline(tree: Any, nodes_at: tuple[list[tuple[str, Any]], int] | None = None) -> list[str]:
    """A "By Name" line printed near the headline, its prefix and name possibly in separate elements."""
    from enligt.structure.byline import parse_byline

    nodes, h1_at = nodes_at or htmldates.text_nodes(tree)
    if h1_at < 0:
        return []
    window = [t.strip() for t, _ in nodes[max(0, h1_at - 5): h1_at + 40]]
    for i, text in enumerate(window):
        if not 2 <= len(text) <= 120:
            continue
        joined = f"{text} {window[i + 1]}" if i + 1 < len(window) and len(text.split()) <= 2 else text
        for cand in (text, joined):
            names = parse_byline(cand)
            if names:
                return [cand]
    # An explicit "Written by X" anywhere (an author box after the text) is strong enough alone.
    for text in _written_by_xpath()(tree)[:10]:
        text = _norm(str(text))
        if len(text) <= 80 and _WRITTEN_BY.match(text) and parse_byline(text):
            return [text]
    return []


def extract_meta(tree: Any, *, url: str | None = None) -> Meta:
    """All metadata of a page in one pass over its head and a few XPath lookups."""
    metas = meta_tags(tree)
    ld_objs = _ld_objects(tree)
    article = _resolve_refs(_ld_article(ld_objs), ld_objs)
    outlet = outlet_of(metas, ld_objs, article)
    lang = _declared_language(tree, metas)
    nodes_at = htmldates.text_nodes(tree)
    canonical = next((el.get("href") for el in tree.iter("link") if el.get("rel") == "canonical"), None)
    published, updated = htmldates.dates_of(tree, metas, article, nodes_at, urls=(url, metas.get("og:url"), canonical))
    return Meta(
        title=title_of(tree, metas, article, outlet),
        authors=authors_of(tree, metas, article, outlet, lang, nodes_at),
        published=published,
        updated=updated,
        outlet=outlet,
        language=lang,
        url=url or metas.get("og:url") or canonical,
        description=metas.get("description") or metas.get("og:description"),
    )
