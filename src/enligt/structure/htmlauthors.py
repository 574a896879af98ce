"""Authors of an HTML page: JSON-LD persons, meta author tags, byline elements and labelled names.

The sources are tried in order and the first that gives a clean name wins:
1. JSON-LD `author` Person objects (references into an `@graph` resolved by the caller), with the
   co-authors of a byline that starts with the same person (one line, or one element per name printed
   as a list: "Jane Doe", ",", "John Roe"); a "By" line under the headline that names other people wins
   (the CMS account that filed the post is not always its writer);
2. `<meta name=author>` and its aliases (citation_author "Last, First" turned round);
3. a "By Jane Doe" line near the headline;
4. byline elements (rel=author, itemprop=author, .author/.byline classes, links to author pages),
   the first block only, without reviewers, editors and contributors named beside the author;
5. a name printed after a byline label anywhere ("Written by" · "Jane Doe", "Posted by Jane Doe on …",
   "Author(s)" · a list of names), the label words in `lang/<code>/author_labels.txt`;
6. a one-word name alone in a rel=author / itemprop=author element ("Kiersten").
A login name ("andrew.keaveney") only wins when no display name is printed. The outlet, the
publisher and the section are never authors, except on a personal site named after a person
("Jane Doe" on "Jane Doe", `looks_personal`) when the page names nobody else. When no person is
named, a printed team credit ("By the Acme Team", "Acme Staff") is kept as printed; then the last
resorts of `htmlbylines`: a portrait's `alt`, the name printed after an avatar, a label in an
`<aside>` facts box, and a personal site's owner printed as its masthead.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import chain, islice
from typing import Any

from enligt.lang import all_function_words, all_languages_words
from enligt.structure import htmldates
from enligt.structure.byline import MAX_BYLINE, name_particles, parse_byline
from enligt.structure.htmlbylines import (
    BYLINE_BLOCK_DEPTH,
    avatar_name,
    by_labels,
    contradicts,
    elsewhere,
    headshot,
    in_menu,
    is_team,
    looks_personal,
    meta_authors,
    norm,
    site_owner,
    team_credit,
    yoast_author,
)
from enligt.structure.htmlnames import clean_names, is_noise, is_username

# Author/byline markup and links to author pages, found through the attributes (cheaper than a test on
# every element), rarer words behind a shared piece ("ut": uthor, autor; "ter": writer, reporter); page order.
_BYLINE_XPATH = ("//*/@rel[.='author']/.. | //*/@itemprop[.='author']/.. | "
                 "//*/@class[contains(.,'ut') and (contains(.,'uthor') or contains(.,'autor')) or "
                 "contains(.,'yline') or contains(.,'ter') and (contains(.,'writer') or contains(.,'reporter'))]/.. | "
                 "//*/@href[contains(.,'/au') and (contains(.,'/author') or contains(.,'/autor/')) or "
                 "contains(.,'/forfattare/') or contains(.,'/journalist/')]/..")
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÅÖÆØÜ", "abcdefghijklmnopqrstuvwxyzäåöæøü"
_NAME_END = re.compile(r"\s*(?:[|•·—–/]|\s-\s|,|\bon\b|\bat\b|\bin\b|\d).*$", re.DOTALL)
_DATE_SEP = re.compile(r"[|•·]|\s[-–—]\s")
_LIST_NEXT = re.compile(r"\s*(?:,|&|and\s|och\s|og\s|und\s)")
MAX_BYLINE_ELEMENTS = 30  # byline-marked elements read per page
NEAR_HEADLINE = 20  # text nodes after the headline where a "By" line overrides the metadata
MAX_LEAF_TEXTS = 3  # texts read inside a byline box for the name alone
MAX_LABELS = 60  # text nodes opening with a label word read per page
MAX_NAME_CHARS = 60  # a name printed alone (in a byline box, after a label) is at most this long
MAX_NAME_WORDS = 5  # and has at most this many words
MAX_LABEL_NODE = 120  # characters: a longer text node is no byline label line
LABEL_BEFORE = 40  # characters printed before an element read for a label ("Reviewed by")
TEXTS_AFTER_LABEL = 6  # text nodes read after a byline label for the names
BYLINE_ABOVE, BYLINE_BELOW = 5, 40  # text nodes before and after the headline read for a "By" line
# reviewers, editors and contributors named next to the author are not authors
_NOT_BYLINE = re.compile(r"\b(?:reviewed|fact[- ]checked|edited|updated|illustrat\w*|photo\w*|granskad|redigert|"
                         r"contribut\w*|expert review\w*|verified)\b", re.IGNORECASE)
# ... nor is a byline element whose class marks a reviewer or an expert
_REVIEWER_CLASS = re.compile(r"review(?:er|ed)|expert|fact[-_]?check|editor(?!ial)|medical", re.IGNORECASE)
_INLINE = ("span", "b", "strong", "em", "i", "small", "a", "font", "label")
_SKIP_TAGS = ("meta", "link", "script", "style", "body", "html", "article", "main")


def ld_types(obj: dict[str, Any]) -> set[str]:
    """The `@type` names of a JSON-LD object, lower-cased ("newsarticle", "person")."""
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in items if x}


def ld_names(value: Any, *, people_only: bool = False) -> list[str]:
    """Names in a JSON-LD author/publisher value (a string, an object, or a list of them)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for it in items:
        if isinstance(it, str):
            names.append(it)
        elif isinstance(it, dict):
            types = {t.split("/")[-1] for t in ld_types(it)}
            if people_only and types and "person" not in types:
                continue  # an Organization, WebSite, Brand …: authors are people
            name = it.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            if isinstance(name, str):
                names.append(name)
    return [norm(n) for n in names if n and norm(n)]


def _reviewer(el: Any) -> bool:
    """A byline element (or its near container) classed as a reviewer's or an expert's."""
    return any(_REVIEWER_CLASS.search(a.get("class", "")) for a in chain((el,), islice(el.iterancestors(), 2)))


def byline_names(tree: Any, lang: str | None, stop: set[str], found: list[Any] | None = None) -> list[str]:
    """Names in visible byline elements (rel=author, itemprop=author, .author/.byline classes).

    Only the first byline block that names someone counts: later ones belong to other articles
    on the page (related posts, comments). `found` is in page order: an element inside comes next.
    """
    found = byline_elements(tree) if found is None else found
    block: set[Any] = set()
    raw: list[str] = []
    for i, el in enumerate(found):
        if el.tag in _SKIP_TAGS:
            continue
        if len(el) and i + 1 < len(found) and el in found[i + 1].iterancestors():
            continue  # the innermost element holds the name; its container adds roles and dates
        near = list(islice(el.iterancestors(), BYLINE_BLOCK_DEPTH))
        if elsewhere(el) or _reviewer(el):
            continue
        if block and (not block & {el, *near} or any(_NOT_BYLINE.search(_text_before(x)) for x in (el, near[0]))
                      or _NOT_BYLINE.search(near[0].text or "")):
            continue  # another block, or a reviewer/editor/contributor named after the author
        # pieces with digits are dates and counts ("Dec 17, 2025" · "Jane Doe")
        text = norm(" ".join(t for t in el.itertext() if not any(map(str.isdigit, t))))
        if not 2 <= len(text) <= MAX_BYLINE or _NOT_BYLINE.search(text) or text in raw:
            continue
        if not block and not clean_names([text], lang=lang, stop=stop):
            continue
        block = block or {el, *near}
        raw.append(text)
    return raw or _first_name_leaf(found, lang, stop)


def _first_name_leaf(found: list[Any], lang: str | None, stop: set[str], asides: bool = False) -> list[str]:
    """The name alone in a byline box that also holds a photo, a bio or a date ("Jane Doe" · "Jane is …").

    The fallback when no byline element's whole text is a name: the first of the first few texts
    inside each box (in page order) that is short and reads as a name. `asides`: an author card in a
    sidebar counts too (a last resort).
    """
    for el in found:
        if el.tag in _SKIP_TAGS or elsewhere(el, asides=asides) or _reviewer(el) or _NOT_BYLINE.search(_text_before(el)):
            continue
        texts = [norm(t) for t in el.itertext() if t.strip()][:MAX_LEAF_TEXTS]
        for text in chain.from_iterable(_undated(t) for t in texts):
            if _NOT_BYLINE.search(text):
                break  # "Fact checked by" · "Jane Doe": the rest of the box names a reviewer
            if (3 <= len(text) <= MAX_NAME_CHARS and len(text.split()) <= MAX_NAME_WORDS and not any(c.isdigit() for c in text)
                    and clean_names([text], lang=lang, stop=stop)):
                return [text]
    return []


def _undated(text: str) -> list[str]:
    """A byline text without its date: "Dec. 19, 2025 · Jane Doe on behalf of …" -> ["Jane Doe"]."""
    if not any(c.isdigit() for c in text):
        return [text]
    return [_NAME_END.sub("", p).strip() for p in _DATE_SEP.split(text) if not any(c.isdigit() for c in p)]


def _text_before(el: Any) -> str:
    """The few words printed just before `el` in its parent ("Reviewed by" before a name)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()  # a comment or a processing instruction
    if prev is not None:
        before = (prev.text_content() or "") + (prev.tail or "")
    else:
        parent = el.getparent()
        before = (parent.text or "") if parent is not None else ""
    return before[-LABEL_BEFORE:]


def _label_xpath() -> str:
    """Short text nodes whose first word opens a byline label ("By", "Written by", "Author:").

    Cheap tests first (non-blank, a first and a second letter that can open a label), then one test of the
    lower-cased first word, read from a prefix one letter longer than the longest label word.
    """
    firsts = sorted({w.split()[0].rstrip(":") for w in all_languages_words("author_labels")})
    lower = dict(zip(f"{_UPPER}:", f"{_LOWER} "))  # what translate() below makes of a character
    wanted = [{w[i:i + 1] or " " for w in firsts} for i in (0, 1)]
    ok = ["".join(sorted(c for c in want | set(lower) if lower.get(c, c) in want)) for want in wanted]
    ns, n, up = "normalize-space()", max(map(len, firsts)) + 1, f"'{_UPPER}:', '{_LOWER} '"
    first = f"substring-before(concat(translate(substring({ns}, 1, {n}), {up}), ' '), ' ')"
    return (f"//body//text()[string-length() < {MAX_LABEL_NODE}][{ns}][contains('{ok[0]}', substring({ns}, 1, 1))]"
            f"[contains('{ok[1]}', substring({ns}, 2, 1))]"
            f"[contains(' {' '.join(firsts)} ', concat(' ', {first}, ' '))][not(ancestor::script or ancestor::style)]")


@cache
def _xpaths() -> tuple[Any, Any, Any, Any, Any]:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    return (XPath(_BYLINE_XPATH), XPath(_label_xpath()),
            XPath(f"descendant::text()[normalize-space()][position() <= {TEXTS_AFTER_LABEL}] | "
                  f"following::text()[normalize-space()][position() <= {TEXTS_AFTER_LABEL}]"),
            XPath(f"following::text()[normalize-space()][position() <= {TEXTS_AFTER_LABEL}]"),
            XPath("(//body//*/@rel[.='author'] | //body//*/@itemprop[.='author'])"
                  "/parent::*[not(.//*[@rel='author' or @itemprop='author'])]"))


def byline_elements(tree: Any) -> list[Any]:
    """The first byline-marked elements of the page (rel/itemprop=author, author/byline classes, author links)."""
    return list(_xpaths()[0](tree)[:MAX_BYLINE_ELEMENTS])


def visible_byline(tree: Any, nodes_at: tuple[list[tuple[str, Any]], int] | None = None) -> list[str]:
    """A "By Name" line printed near the headline, its prefix and name possibly in separate elements."""
    nodes, h1_at = nodes_at or htmldates.text_nodes(tree)
    if h1_at < 0:
        return []
    window = [t.strip() for t, _ in nodes[max(0, h1_at - BYLINE_ABOVE): h1_at + BYLINE_BELOW]]
    labels = all_languages_words("author_labels")
    for i, text in enumerate(window):
        if not 2 <= len(text) <= MAX_LABEL_NODE:
            continue
        label = i + 1 < len(window) and text.lower().rstrip(" :") in labels
        for cand in (text, f"{text} {window[i + 1]}") if label else (text,):
            if parse_byline(cand):
                return [cand]
    return []


def _after_label(node: Any) -> list[tuple[str, Any]]:
    """The texts printed after a label text node, in page order (the node itself left out), with their nodes."""
    el = node.getparent()
    if el is None:
        return []
    texts = _xpaths()[2](el) if getattr(node, "is_text", False) else _xpaths()[3](el)
    out = [(norm(str(t)), t) for t in texts]
    if out and out[0][0] == norm(str(node)):
        out = out[1:]
    return out


def _item(node: Any) -> Any:
    """The list item (`<li>`) a text node is the whole text of, through at most one inline element."""
    el = node.getparent() if getattr(node, "is_text", False) else None
    for _ in range(2):
        if el is None or el.tag == "li":
            return el
        el = el.getparent() if el.tag in _INLINE and len(el) == 0 else None
    return None


def _names_after(node: Any) -> list[str]:
    """The names printed after a label on its own: one, or a list joined by commas and "and"
    ("Jane Doe", ",", "John Roe"), or one per item of a list (`<li>Jane Doe</li><li>John Roe</li>`)."""
    after = _after_label(node)
    names: list[str] = []
    while after:
        cand, at = after.pop(0)
        cand = cand.strip(" ,:")
        if not cand or len(cand) > MAX_NAME_CHARS or _NOT_BYLINE.search(cand):
            break
        names.append(cand)
        if after and (item := _item(at)) is not None and item.getnext() is not None \
                and item.getnext() is _item(after[0][1]):
            continue  # the next item of the same list
        if not after or after[0][0].strip().lower().strip(" ") not in all_function_words("name_separator"):
            break
        after.pop(0)
    return names


def _label_split(text: str) -> tuple[str, str] | None:
    """(label, rest) when `text` opens with a byline label ("Written by: Jane Doe" -> ("written by", "Jane Doe")).

    A bare noun label ("Author") only takes a name on its own line or after a colon: "Author of …" is prose.
    """
    labels = all_languages_words("author_labels")
    words = text.split(None, 4)
    for n in range(min(3, len(words)), 0, -1):
        head = " ".join(words[:n]).lower()
        label = head.rstrip(":")
        if head in labels or label in labels:
            rest = " ".join(words[n:]).lstrip(" :")
            if rest and not (head.endswith(":") or " " in label or label in by_labels()):
                return None
            return label, rest
    return None


def _after_words(node: Any, el: Any) -> bool:
    """Whether a bare "by" follows a word in the same line ("Website by", "Powered by")."""
    if getattr(node, "is_tail", False):
        before = el.text_content() or ""
    elif el.tag in _INLINE:
        before = _text_before(el)
    else:
        return False
    return before.rstrip()[-1:].isalpha()


def labelled_names(tree: Any, held: list[Any] | None = None, nodes: list[Any] | None = None) -> list[str]:
    """Names printed after a byline label anywhere on the page: "Written by" · "Jane Doe",
    "Posted by Jane Doe on March 3", "Author: Jane Doe", first label first; a team byline
    ("By the Acme Team") only when no person is named after a label.

    Labels in an `<aside>` or a sidebar are left out and put in `held`; given back as `nodes`, only they
    are read, as a last resort (an article's facts box: "Published" · date, "Author" · name)."""
    team: list[str] = []
    for node in _xpaths()[1](tree)[:MAX_LABELS] if nodes is None else nodes:
        text = norm(str(node))
        split = _label_split(text) if text else None
        if split is None:
            continue
        el = node.getparent()
        if el is None or _NOT_BYLINE.search(text) or in_menu(el):
            continue
        if elsewhere(el, article_footer=True, asides=nodes is not None):
            if held is not None and not elsewhere(el, article_footer=True, asides=True):
                held.append(node)
            continue
        _label, rest = split
        if _label in by_labels() and _after_words(node, el):
            continue  # "Website by" · "Acme": a credit, not a byline
        # "Posted by Jane Doe on …": capitalised words (one after "Posted by", two after "By"), not a link's text
        if rest:
            name = _NAME_END.sub("", rest).strip(" .:")
            words = name.split()
            if el.tag == "a" or not (1 if " " in _label else 2) <= len(words) <= MAX_NAME_WORDS or not all(
                    w[:1].isupper() or w in name_particles() for w in words):
                continue
            if not is_team([name]):
                return [name]
            team = team or [name]
            continue
        names = _names_after(node)
        if names and is_team(names):
            team = team or names
            continue
        names = [n for n in names if not is_noise(n)]
        if names:
            return names
    return team


def _first_clean(candidates: list[tuple[Callable[[], list[str]], bool]], lang: str | None, stop: set[str],
                 personal: str | None) -> list[str]:
    """The first candidate list that cleans to display names; login names, and the name of a personal
    site, only when no other name is printed."""
    deferred: list[str] = []
    for source, structured in candidates:
        names = clean_names(source(), lang=lang, stop=stop, structured=structured)
        if names and all(is_username(n) or n.lower() == personal for n in names):
            deferred = deferred or names  # a login name: a visible byline's display name is better
        elif names:
            return names
    return deferred


def authors_of(tree: Any, metas: dict[str, str], article: dict[str, Any], outlet: str | None,
               lang: str | None, nodes_at: tuple[list[tuple[str, Any]], int] | None = None) -> tuple[str, ...]:
    """Bylined people: JSON-LD persons, then meta author tags, then the visible byline, cleaned."""
    nodes_at = nodes_at or htmldates.text_nodes(tree)
    elements = cache(lambda: byline_elements(tree))  # one XPath pass for every byline rule
    publisher = ld_names(article.get("publisher"))
    orgs = {n.lower() for n in publisher} - {n.lower() for n in ld_names(article.get("publisher"), people_only=True)}
    personal = outlet if looks_personal(outlet) and outlet and outlet.lower() not in orgs else None
    # the outlet, the publisher and the section ("By" · "Wedding Checklists" as a category link) are no authors
    stop = {n.lower() for n in [*publisher, outlet or "", metas.get("article:section", "")] if n and n != personal}
    persons = ld_names(article.get("author"), people_only=True)
    # A JSON-LD Person is a person even when the site is named after them (a personal blog), but
    # not when an Organization publisher carries the same name (the outlet filed as the author) and
    # no visible byline names them.
    names = clean_names(persons, lang=lang, stop=set(), structured=True)
    org_stop = orgs | ({outlet.lower()} if orgs and outlet else set())
    if org_stop and any(n.lower() in org_stop for n in names):
        shown = {n.lower() for n in byline_names(tree, lang, set(), elements())}
        names = [n for n in names if n.lower() not in org_stop or any(n.lower() in b for b in shown)]
    if not names and team_credit(persons, stop):
        return tuple(team_credit(persons, stop))  # a JSON-LD Person that is a team ("The Acme Team")
    if names:
        # a one-word CMS account ("KatieS") loses to a full name printed as "By …" under the headline
        names = _printed_over(names, tree, nodes_at, lang, stop)
    ld_login = bool(names) and all(is_username(n) for n in names)
    if names and not ld_login:
        return tuple(_with_coauthors(names, tree, lang, stop, elements, nodes_at))
    held: list[Any] = []  # labels in asides
    labelled = cache(lambda: labelled_names(tree, held))  # read again at the end only after every source ran
    candidates: list[tuple[Callable[[], list[str]], bool]] = [
        (lambda: names, True),
        (lambda: _printed_over(meta_authors(metas, tree), tree, nodes_at, lang, stop), True),
        (lambda: visible_byline(tree, nodes_at), False),
        (lambda: byline_names(tree, lang, stop, elements()), False),
        (labelled, True),
        (lambda: _marked_word(tree), True),
    ]
    found = _first_clean(candidates, lang, stop, personal.lower() if personal else None)
    found = (found or team_byline(elements(), stop) or team_credit(labelled(), stop) or team_credit(yoast_author(metas), stop)
             or clean_names(headshot(tree), lang=lang, stop=stop, structured=True)
             or clean_names(avatar_name(tree, lambda n: bool(clean_names([n], lang=lang, stop=stop))),
                            lang=lang, stop=stop)
             or clean_names(labelled_names(tree, nodes=held) if held else [], lang=lang, stop=stop, structured=True)
             or _first_name_leaf(elements(), lang, stop, asides=True))
    return tuple(found or site_owner(tree, outlet, tree.findtext(".//title"), orgs, lang))


def _printed_over(names: list[str], tree: Any, nodes_at: tuple[list[tuple[str, Any]], int], lang: str | None,
                  stop: set[str]) -> list[str]:
    """Metadata names, or the "By" line printed just under the headline when it names other people
    (`contradicts`) or a one-word account's full name ("KatieS" -> "Katie Smith")."""
    nodes, h1_at = nodes_at
    line = visible_byline(tree, (nodes[:h1_at + NEAR_HEADLINE], h1_at)) if names else []
    printed = clean_names(line, lang=lang, stop=stop)
    if not printed or not all(" " in n for n in printed):
        return names
    shown = clean_names(names, lang=lang, stop=set(), structured=True)
    return printed if all(" " not in n for n in shown) or contradicts(line[0], printed, shown) else names


def _marked_word(tree: Any) -> list[str]:
    """A one-word name in an element marked as the author's (rel=author, itemprop=author): "Kiersten"."""
    for el in _xpaths()[4](tree)[:10]:
        if el.tag in _SKIP_TAGS or elsewhere(el, article_footer=True) or in_menu(el) or _reviewer(el):
            continue
        text = norm(el.text_content())
        if text and " " not in text and len(text) <= 30 and not is_noise(text) and not any(c.isdigit() for c in text):
            return [text]
    return []


def team_byline(found: list[Any], stop: set[str]) -> list[str]:
    """A byline element that credits a team ("By the Acme Team", "Acme Staff") when no person is named."""
    for el in found:
        if el.tag in _SKIP_TAGS or len(el) > 3 or elsewhere(el) or in_menu(el):
            continue
        text = norm(el.text_content())
        if not text or len(text) > MAX_NAME_CHARS:
            continue
        split = _label_split(text)
        team = team_credit([split[1] if split else text], stop)
        if team:
            return team
    return []


def _with_coauthors(names: list[str], tree: Any, lang: str | None, stop: set[str],
                    found: Callable[[], list[Any]], nodes_at: tuple[list[tuple[str, Any]], int]) -> list[str]:
    """JSON-LD that names only the first of several bylined authors: the byline's full list, when it
    starts with the same person in one line ("Written by Jane Doe, John Roe and Ann Poe").

    The byline elements are only looked up when the text near the headline lists a name after this one.
    """
    nodes, h1_at = nodes_at
    near = " ".join(t.strip() for t, _ in nodes[max(0, h1_at - BYLINE_ABOVE): h1_at + BYLINE_BELOW]).lower()
    at = near.find(names[0].lower()) if len(names) == 1 else -1
    if at < 0 or not _LIST_NEXT.match(near, at + len(names[0])):
        return names
    raw = byline_names(tree, lang, stop, found())
    shown = clean_names(raw, lang=lang, stop=stop)  # one line that lists them all, or one element each
    if len(shown) > 1 and shown[0].lower().endswith(names[0].lower()) and (len(raw) == 1 or _listed(near, shown)):
        return shown
    return names


def _listed(near: str, shown: list[str]) -> bool:
    """Whether the text near the headline prints the names as one list ("Jane Doe, John Roe & Ann Poe")."""
    at = near.find(shown[0].lower()) + len(shown[0])
    for name in shown[1:]:
        sep = _LIST_NEXT.match(near, at)
        if sep is None:
            return False
        start = len(near) - len(near[sep.end():].lstrip())
        if not near.startswith(name.lower(), start):
            return False
        at = start + len(name)
    return True
