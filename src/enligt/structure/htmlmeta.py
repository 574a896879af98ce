"""Article metadata from an HTML tree: title, authors, dates, outlet, declared language.

Evidence comes from JSON-LD, `<meta>` tags, the visible `<h1>`, byline and `<time>` elements.
Each field has an ordered list of sources; the first that gives a clean value wins, and visible
text is checked against the metadata where both exist (an `<h1>` that is a logo loses to
og:title). Dates are kept apart: published from datePublished / article:published_time /
a `<time>`, updated from dateModified / modified_time / an "Updated" label.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from enligt.structure import htmldates
from enligt.structure.htmlauthors import authors_of, ld_names, ld_types
from enligt.structure.htmlbylines import norm
from enligt.structure.htmlnames import split_title

_WORD = re.compile(r"\w+")
_BY_WORD = re.compile(r"\b(?:by|posted|published|updated|av|von|af)\b", re.IGNORECASE)
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "report", "scholarlyarticle", "techarticle", "liveblogposting",
                  "posting", "socialmediaposting", "webpage", "backgroundnewsarticle", "reviewnewsarticle",
                  "medicalwebpage", "howto", "recipe")
_SITE_META = ("og:site_name", "application-name", "twitter:site:name", "publisher", "dc.publisher")
MAX_LD_ITEMS = 200  # JSON-LD objects read per page
MIN_WRAPPED_TITLE = 20  # characters: a meta title this long that an <h1> wraps in a date or byline is the title
MAX_H1S = 8  # <h1> elements compared with the meta titles
MAX_H1_CHARS = 300  # a longer <h1> is no headline
MIN_H1_WORDS = 4  # a lone <h1> this long is the headline even when the meta titles differ


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


def _text(el: Any) -> str:
    return norm(el.text_content()) if el is not None else ""


def meta_tags(tree: Any) -> dict[str, str]:
    """`<meta>` name/property/itemprop -> content, lower-cased keys, first occurrence wins."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), norm(content))
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
        while stack and len(found) < MAX_LD_ITEMS:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


def _ld_article(objs: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD object that describes the article (a NewsArticle before a generic WebPage)."""
    best: dict[str, Any] = {}
    best_rank = len(_ARTICLE_TYPES)
    for obj in objs:
        for t in ld_types(obj):
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
    pub = ld_names(article.get("publisher"))
    if pub:
        return pub[0]
    for obj in ld_objs:
        if ld_types(obj) & {"organization", "newsmediaorganization", "website"} and isinstance(obj.get("name"), str):
            return norm(obj["name"])
    return None


def _overlap(a: str, b: str) -> float:
    """Dice coefficient of the two titles' word sets."""
    ta, tb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return 2 * len(ta & tb) / (len(ta) + len(tb)) if ta and tb else 0.0


def _trim_h1(h1: str, cleaned: list[str], outlet: str | None) -> str:
    """An <h1> that wraps a meta title in extra words (a date, "Posted on ... by ...") gives the title."""
    h1 = split_title(h1, outlet)
    for c in cleaned:
        if len(c) >= MIN_WRAPPED_TITLE and c != h1 and (h1.startswith(c) or h1.endswith(c)):
            extra = h1.replace(c, " ", 1)
            if any(ch.isdigit() for ch in extra) or _BY_WORD.search(extra):
                return c
    return h1


def _headline_like(h1: str) -> bool:
    """A lone <h1> of a few words that is no byline: the visible headline, even when SEO titles differ."""
    return len(_WORD.findall(h1)) >= MIN_H1_WORDS and not _BY_WORD.match(h1)


def title_of(tree: Any, metas: dict[str, str], article: dict[str, Any], outlet: str | None) -> str | None:
    """The headline: the visible <h1> that agrees with the metadata titles, else the cleanest meta title."""
    head_title = _text(tree.find(".//title"))
    ld_head = article.get("headline") if isinstance(article.get("headline"), str) else None
    metas_titles = [t for t in (norm(ld_head), metas.get("og:title", ""), metas.get("twitter:title", ""),
                                head_title) if t]
    cleaned = [split_title(t, outlet) for t in metas_titles]
    h1s = [_text(h) for h in tree.iter("h1")][:MAX_H1S]
    h1s = [h for h in h1s if 3 <= len(h) <= MAX_H1_CHARS and not (outlet and h.lower() == outlet.lower())]
    if h1s and cleaned:
        scored = sorted(((max(_overlap(h, c) for c in cleaned), -i, h) for i, h in enumerate(h1s)), reverse=True)
        score, _, h1 = scored[0]
        if score > 0.5:
            return _trim_h1(h1, cleaned, outlet)
        if len(h1s) == 1 and _headline_like(h1s[0]):
            return h1s[0]
    elif h1s and len(h1s) == 1:
        return h1s[0]
    return next((c for c in cleaned if c), None)


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
