"""The parts of an article page that trafilatura flattens or drops, read from the DOM.

- the article root (the `<article>`/`main` holding the most paragraph text);
- captions with photo credits (`<figure>`/`<figcaption>`, credit classes, "Foto:" labels);
- subheadings (`h2`-`h4` inside the root);
- "read also"/related headlines (containers classed or labelled as related);
- furniture containers (ads, newsletter, share rows, most-read lists), removed from the tree that
  trafilatura sees and reported;
- the lead (standfirst/ingress), which often sits in the article header outside the body.

`find_parts` reads the tree and prunes the furniture and related containers in place; the caller
parses once and hands the pruned tree to the main-text extractor.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from operator import attrgetter
from typing import Any

from enligt.lang import table
from enligt.models import Caption
from enligt.structure.captions import split_caption
from enligt.structure.furniture import is_section_header, related_label

_TOKEN_SPLIT = re.compile(r"[\s_-]+")


@cache
def class_tokens(category: str) -> frozenset[str]:
    """Class and id tokens of one kind of page part (`lang/class_tokens.tsv`): related, furniture, credit,
    lead, and the hints worth a closer look."""
    return frozenset(row[1] for row in table(None, "class_tokens") if len(row) > 1 and row[0] == category)
BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "span", "label", "small", "figcaption",
              "dt", "dd", "td", "time", "em", "strong", "div")
_NESTING_TAGS = frozenset(BLOCK_TAGS) - {"em", "strong", "small", "time"}
_TAG = attrgetter("tag")
MAX_PRUNE_TEXT = 400  # a container with more text than this is pruned only when it is mostly links
MAX_FURNITURE_LINES = 150
LONG_PARAGRAPH = 150  # a paragraph this long is body text
MAX_LINKY_TEXT = 4000  # a longer container is kept even when it is mostly links
LINK_DENSITY = 0.6
MAX_LABEL = 80  # characters: a container's header ("Läs också", "Most read") is at most this long
MIN_HEADLINE_WORDS = 3  # a related link with fewer words is a menu item, not a headline
MAX_CONTAINERS = 3000  # elements of the article root read for related and furniture containers
MIN_LEAD, MAX_LEAD = 40, 1200  # characters of a standfirst
MAX_LEAD_PARAGRAPHS = 2  # a standfirst box holds at most this many paragraphs
MAX_HEADING = 200  # characters: a longer <h2>-<h4> is no subheading


@dataclass(frozen=True)
class Parts:
    root: Any
    root_chars: int = 0  # paragraph text in the article root: what the main text should roughly hold
    lead: str | None = None
    captions: tuple[Caption, ...] = ()
    headings: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    related_labels: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _tokens(el: Any) -> set[str]:
    raw = f"{el.get('class', '')} {el.get('id', '')}".lower()
    toks = set(raw.split())
    parts = set(_TOKEN_SPLIT.split(raw))  # the pieces of every token: `\s` is what `str.split` splits on
    parts.discard("")
    squashed = {t.replace("-", "").replace("_", "") for t in toks}
    return toks | parts | squashed


@cache
def _xp(expr: str) -> Any:
    """A compiled XPath; text results come back as plain strings (no per-string proxy objects).
    libxml2 runs `descendant::tag[...]` and `//@attr[...]/..` steps several times faster than `.//tag[...]`
    or `//*[predicate]`, and an `or` stops at the first true term: cheap attribute tests go first."""
    from lxml.etree import XPath  # type: ignore[import-untyped]

    return XPath(expr, smart_strings=False)


def _text_len(el: Any) -> int:
    """Paragraph and list-item text under `el`: roughly what its main text holds. Only the innermost
    paragraphs and items count, so the text of a nested list (a menu of menus) counts once, not once
    per level. (Innermost items never nest, so each text node counts once: summed in C, not per item.)"""
    return sum(map(len, _xp("descendant-or-self::p[not(.//p or .//li)]//text() | "
                            "descendant-or-self::li[not(.//p or .//li)]//text()")(el)))


def _p_text_len(el: Any) -> int:
    """Paragraph text under `el` (a paragraph inside a paragraph counts again, as `text_content` per `p`)."""
    if _xp("boolean(descendant-or-self::p//p)")(el):
        return sum(len(p.text_content()) for p in el.iter("p"))
    return sum(map(len, _xp("descendant-or-self::p//text()")(el)))


def article_root(tree: Any) -> Any:
    """The element that holds the article: the candidate with the most paragraph text."""
    cands = _xp("//article | //main | //@itemprop[.='articleBody']/.. | //@role[.='main']/..")(tree)[:12]
    best, best_len = None, 0
    for el in cands:
        n = _p_text_len(el)
        if n > best_len:
            best, best_len = el, n
    if best is not None and best.get("itemprop") == "articleBody" and best.getparent() is not None:
        parent = best.getparent()
        if parent.tag in ("article", "main", "div", "section"):
            best = parent
    body = next(tree.iterchildren("body"), None)
    return best if best is not None else (body if body is not None else tree)


def _label_of(el: Any) -> str:
    """The first short text of a container: its header ("Läs också", "Most read")."""
    for child in el.iter():
        if child is el or child.tag in ("ul", "ol", "li", "a", "script", "style"):
            continue
        text = norm(child.text)
        if text:
            return text if len(text) <= MAX_LABEL else ""
    return ""


def _is_related(el: Any, toks: set[str]) -> bool:
    if toks & class_tokens("related"):
        return True
    label = _label_of(el)
    return bool(label) and related_label(label) is not None and not is_section_header(label)


def _related_items(el: Any) -> list[str]:
    out = []
    for a in el.iter("a"):
        text = norm(a.text_content())
        if len(text.split()) >= MIN_HEADLINE_WORDS:
            out.append(text)
    return out


def _leaf_lines(el: Any, limit: int = MAX_FURNITURE_LINES) -> list[str]:
    """Distinct short texts of the leaf blocks under `el` (for the furniture report), at most `limit`."""
    if not len(el):  # a script, an icon: no need to set up a tag-filtered walk
        text = norm(el.text) if el.tag in BLOCK_TAGS and limit > 0 else ""
        return [text] if text else []
    out: list[str] = []
    seen: set[str] = set()
    for node in el.iter(*BLOCK_TAGS):
        if len(out) >= limit:
            break
        # A block holding blocks gives its own text only; a leaf (or one holding inline tags) all of it.
        own = not len(node) or not _NESTING_TAGS.isdisjoint(map(_TAG, node))  # `map`: children visited in C
        raw = node.text if own else node.text_content()
        text = " ".join(raw.split()) if raw else ""
        if text and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def _prunable(el: Any) -> bool:
    """Short, or mostly links: never a container of article text (whatever its class says). (Candidates lie
    strictly inside the article root, so they never hold the root or its ancestors.)"""
    size = len(el.text_content())
    if size <= MAX_PRUNE_TEXT:
        return True
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return size <= MAX_LINKY_TEXT and links >= LINK_DENSITY * size




def _candidates(root: Any) -> Iterator[Any]:
    """Elements that may be related or furniture containers: cheap tests (in C first) before the token test."""
    hint = _hint_pattern()
    for el in _candidate_xpath()(root):
        tag = el.tag
        if tag in ("aside", "nav", "form", "button"):
            yield el
            continue
        attrs = (el.get("class", "") + " " + el.get("id", "")).lower()
        if (len(attrs) > 1 and hint.search(attrs)) or (
                tag in ("section", "div") and next(el.iterchildren("ul", "ol"), None) is not None):
            yield el


@cache
def _candidate_xpath() -> Any:
    """aside, nav, form, button; section/div holding a list; section, div, ul, p, span, footer with a class or id."""
    return _xp("descendant::aside | descendant::nav | descendant::form | descendant::button | "
               "descendant::section[@class or @id or ul or ol] | descendant::div[@class or @id or ul or ol] | "
               "descendant::ul[@class or @id] | descendant::p[@class or @id] | descendant::span[@class or @id] | "
               "descendant::footer[@class or @id]")


@cache
def _hint_pattern() -> re.Pattern[str]:
    return re.compile(_substring_pattern(tuple(sorted(class_tokens("hint")))))  # on lower-cased attributes: faster than IGNORECASE


def _substring_pattern(words: tuple[str, ...]) -> str:
    """A regex that finds where any of `words` occurs, for a yes/no search. Written as a prefix tree, as
    Python's `re` tries alternatives one by one; a word holding a shorter one is dropped (that one matches)."""
    kept = sorted({w for w in words if not any(o != w and o in w for o in words)})
    return _trie(kept)


def _trie(words: list[str]) -> str:
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in by_first.items():
        tails = [r for r in rests if r]
        if len(tails) < len(rests):  # a word ends here: it matches wherever the longer ones would
            alts.append(re.escape(first))
        elif len(tails) == 1:
            alts.append(re.escape(first + tails[0]))
        else:
            alts.append(re.escape(first) + "(?:" + _trie(tails) + ")")
    return "|".join(alts)


def _containers(root: Any) -> tuple[list[Any], list[Any]]:
    """Related and furniture containers inside the root, outermost only."""
    related, furniture = [], []
    for el in islice(_candidates(root), MAX_CONTAINERS):
        toks = _tokens(el)
        if el.tag in ("aside", "section", "div", "ul", "nav") and _is_related(el, toks) and _prunable(el):
            related.append(el)
        elif (el.tag in ("nav", "form", "button") or toks & class_tokens("furniture")) and _prunable(el):
            furniture.append(el)
    chosen = set(related) | set(furniture)

    def inside_chosen(e: Any) -> bool:
        for a in e.iterancestors():  # all chosen lie below the root: no need to climb further
            if a is root:
                return False
            if a in chosen:
                return True
        return False

    def outermost(items: list[Any]) -> list[Any]:
        return [e for e in items if not inside_chosen(e)]

    return outermost(related), outermost(furniture)


def _credit_child(cap: Any) -> Any:
    for el in cap.iter():
        if el is cap:
            continue
        cls = f"{el.get('class', '')} {el.get('itemprop', '')}".lower()
        if any(t in cls for t in class_tokens("credit")) or el.tag == "small":
            return el
    return None


def _caption(cap: Any) -> Caption | None:
    full = norm(cap.text_content())
    if not full:
        return None
    credit_el = _credit_child(cap)
    if credit_el is not None:
        credit_raw = norm(credit_el.text_content())
        text = norm(full.replace(credit_raw, " ", 1)) if credit_raw else full
        parsed = split_caption(credit_raw)
        credit = parsed.credit if parsed is not None and not parsed.text else credit_raw.strip("©() ")
        return Caption(text=text, credit=credit or None)
    return split_caption(full) or Caption(text=full, credit=None)


def captions_of(root: Any) -> list[Caption]:
    out: list[Caption] = []
    for cap in _xp("descendant::figcaption | descendant::*/@class[contains(., 'caption')]/parent::*"
                   "[not(ancestor::figcaption)][not(descendant::figcaption)]")(root)[:60]:
        c = _caption(cap)
        if c is not None and c not in out and (c.text or c.credit):
            out.append(c)
    return out


@cache
def _lead_hint() -> re.Pattern[str]:
    return re.compile(_substring_pattern(tuple(sorted(class_tokens("lead")))), re.IGNORECASE)


def _lead(root: Any, title: str | None) -> str | None:
    """The standfirst: an element classed lead/ingress/... before the first long paragraph of the text."""
    hint = _lead_hint()
    for el in root.iter("p", "div", "h2", "section", "span"):
        cls = el.get("class")
        if not cls or not hint.search(cls) or not (_tokens(el) & class_tokens("lead")):
            if el.tag == "p" and len(el.text_content()) >= LONG_PARAGRAPH:
                return None  # the body has begun: a "summary" class further down is something else
            continue
        text = norm(_visible_text(el))
        if MIN_LEAD <= len(text) <= MAX_LEAD and text != title and len(list(el.iter("p"))) <= MAX_LEAD_PARAGRAPHS:
            return text
    return None


def _visible_text(el: Any) -> str:
    """`el`'s text without the code of its scripts and styles (a video player's loader in a lead box)."""
    if next(el.iter("script", "style", "noscript", "template"), None) is None:
        return str(el.text_content())
    return "".join(el.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
                            " or ancestor::template)]"))


def _headings(root: Any, title: str | None) -> list[str]:
    out = []
    for h in root.iter("h2", "h3", "h4"):
        text = norm(h.text_content())
        if text and len(text) <= MAX_HEADING and text != title and text not in out:
            out.append(text)
    return out


def find_parts(tree: Any, *, title: str | None) -> Parts:
    """Read captions, headings, related, lead and furniture; prune related/furniture containers."""
    root = article_root(tree)
    protected = {root, *root.iterancestors()}
    related_els, furniture_els = _containers(root)
    outside = [el for anc in root.iterancestors() for el in anc 
               if isinstance(el.tag, str) and el not in protected and el.tag != "head"]
    related: list[str] = []
    labels: list[str] = []
    furniture: list[str] = []
    for el in related_els:
        items = _related_items(el)
        related.extend(i for i in items if i not in related)
        labels.extend(t for t in _leaf_lines(el) if t not in items)
    for el in furniture_els + outside:
        if len(furniture) >= MAX_FURNITURE_LINES:
            break
        furniture.extend(_leaf_lines(el, MAX_FURNITURE_LINES - len(furniture)))
    for el in related_els + furniture_els:
        if el.getparent() is not None:
            el.getparent().remove(el) if not el.tail or not el.tail.strip() else el.drop_tree()
    lead = _lead(root, title)
    return Parts(root=root, root_chars=_text_len(root), lead=lead, captions=tuple(captions_of(root)), headings=tuple(_headings(root, title)),
                 related=tuple(related), related_labels=tuple(labels),
                 furniture=tuple(dict.fromkeys(furniture))[:MAX_FURNITURE_LINES])
