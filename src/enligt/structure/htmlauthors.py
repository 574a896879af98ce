"""Authors of an HTML page: JSON-LD persons, meta author tags, byline elements and labelled names.

The sources are tried in order and the first that gives a clean name wins:
1. JSON-LD `author` Person objects (references into an `@graph` resolved by the caller), with the
   co-authors of a byline line that starts with the same person;
2. `<meta name=author>` and its aliases (citation_author "Last, First" turned round);
3. a "By Jane Doe" line near the headline;
4. byline elements (rel=author, itemprop=author, .author/.byline classes, links to author pages),
   the first block only, without reviewers, editors and contributors named beside the author;
5. a name printed after a byline label anywhere ("Written by" · "Jane Doe", "Posted by Jane Doe on …"),
   the label words in `lang/<code>/author_labels.txt`;
6. a one-word name alone in a rel=author / itemprop=author element ("Kiersten").
A login name ("andrew.keaveney") only wins when no display name is printed. The outlet, the
publisher and the section are never authors, except on a personal site named after a person
("Jane Doe" on "Jane Doe", `looks_personal`) when the page names nobody else. When no person is
named, a printed team credit ("By the Acme Team", "Acme Staff") is kept as printed.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import cache
from itertools import chain, islice
from typing import Any

from enligt.lang import all_languages_words
from enligt.structure import htmldates
from enligt.structure.byline import PARTICLES, is_agency
from enligt.structure.htmlnames import clean_names, is_noise, is_username

AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
               "byl", "twitter:creator:name", "citation_author", "cxenseparse:author")
# Author/byline markup and links to author pages, found through the attributes (cheaper than a test on
# every element), rarer words behind a shared piece ("ut": uthor, autor; "ter": writer, reporter); page order.
_BYLINE_XPATH = ("//*/@rel[.='author']/.. | //*/@itemprop[.='author']/.. | "
                 "//*/@class[contains(.,'ut') and (contains(.,'uthor') or contains(.,'autor')) or "
                 "contains(.,'yline') or contains(.,'ter') and (contains(.,'writer') or contains(.,'reporter'))]/.. | "
                 "//*/@href[contains(.,'/au') and (contains(.,'/author') or contains(.,'/autor/')) or "
                 "contains(.,'/forfattare/') or contains(.,'/journalist/')]/..")
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÅÖÆØÜ", "abcdefghijklmnopqrstuvwxyzäåöæøü"
_NAME_END = re.compile(r"\s*(?:[|•·—–/]|\s-\s|,|\bon\b|\bat\b|\bin\b|\d).*$", re.DOTALL)
_LIST_NEXT = re.compile(r"\s*(?:,|&|and\s|och\s|og\s|und\s)")
_BY_LABELS = frozenset({"by", "av", "von", "af"})
_NAME_SEP = frozenset({",", "&", "and", "og", "och", "und", "et", "y"})
MAX_BYLINE_ELEMENTS = 30  # byline-marked elements read per page
MAX_LEAF_TEXTS = 3  # texts read inside a byline box for the name alone
BYLINE_BLOCK_DEPTH = 3  # names whose elements share an ancestor this close form one byline
MAX_LABELS = 60  # text nodes opening with a label word read per page
_ELSEWHERE = re.compile(r"related|comment|(?:^|\s)widget|sidebar|footer|recommend|more-", re.IGNORECASE)
# reviewers, editors and contributors named next to the author are not authors
_NOT_BYLINE = re.compile(r"\b(?:reviewed|fact[- ]checked|edited|updated|illustrat\w*|photo\w*|granskad|redigert|"
                         r"contribut\w*|expert review\w*|verified)\b", re.IGNORECASE)
# ... nor is a byline element whose class marks a reviewer or an expert
_REVIEWER_CLASS = re.compile(r"review(?:er|ed)|expert|fact[-_]?check|editor(?!ial)|medical", re.IGNORECASE)
_MENU = re.compile(r"menu|dropdown|navbar|flyout|(?:^|\s)nav", re.IGNORECASE)
_PORTRAIT_CLASS = re.compile(r"avatar|profile|author|headshot|portrait|rounded")
_PORTRAIT_SRC = re.compile(r"avatar|headshot|/authors?/|//profile\.")
_PORTRAIT_WORDS = re.compile(r"^(?:photo|picture|headshot|portrait|image) of\s+|"
                             r"\s+(?:image|photo|headshot|portrait|avatar|picture)$", re.IGNORECASE)
MAX_IMAGES = 60  # images read for a writer's portrait
_INLINE = ("span", "b", "strong", "em", "i", "small", "a", "font", "label")
_SKIP_TAGS = ("meta", "link", "script", "style", "body", "html", "article", "main")
_PERSON_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ]\.|Mc[A-Z][a-z]+)")


def _norm(text: str | None) -> str:
    text = text or ""
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _types(obj: dict[str, Any]) -> set[str]:
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
            types = {t.split("/")[-1] for t in _types(it)}
            if people_only and types and "person" not in types:
                continue  # an Organization, WebSite, Brand …: authors are people
            name = it.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            if isinstance(name, str):
                names.append(name)
    return [_norm(n) for n in names if n and _norm(n)]


def looks_personal(name: str | None) -> bool:
    """A site name that is a person's name ("Paige Brunton"), not a firm's ("Loona Construction")."""
    if not name:
        return False
    words = name.split()
    if not 2 <= len(words) <= 3 or is_agency(name):
        return False
    if not all(_PERSON_WORD.fullmatch(w) for w in words):
        return False
    org = all_languages_words("org_words")
    return not any(w.lower().strip(".") in org for w in words)


def _elsewhere(el: Any, *, article_footer: bool = False) -> bool:
    """An element inside an aside, a nav, a page footer or a related/comment block.

    `article_footer`: a `<footer>` that closes an `<article>` ("Posted by Jane Doe on …") is no page footer.
    """
    for a in islice(el.iterancestors(), BYLINE_BLOCK_DEPTH):
        if a.tag == "footer" and article_footer and a.getparent() is not None and a.getparent().tag == "article":
            continue
        if a.tag in ("aside", "footer", "nav") or _ELSEWHERE.search(a.get("class", "")):
            return True
    return False


def _in_menu(el: Any) -> bool:
    """An element anywhere inside a navigation menu ("By Industry" in a dropdown is no byline)."""
    for a in chain((el,), el.iterancestors()):
        if a.tag in ("article", "main", "body"):
            return False  # page and article classes name their templates ("has-nav-menu")
        if a.tag == "nav" or _MENU.search(a.get("class", "")):
            return True
    return False


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
        if _elsewhere(el) or _reviewer(el):
            continue
        if block and (not block & {el, *near} or any(_NOT_BYLINE.search(_text_before(x)) for x in (el, near[0]))
                      or _NOT_BYLINE.search(near[0].text or "")):
            continue  # another block, or a reviewer/editor/contributor named after the author
        # pieces with digits are dates and counts ("Dec 17, 2025" · "Jane Doe")
        text = _norm(" ".join(t for t in el.itertext() if not any(map(str.isdigit, t))))
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
        if el.tag in _SKIP_TAGS or _elsewhere(el) or _reviewer(el) or _NOT_BYLINE.search(_text_before(el)):
            continue
        texts = [_norm(t) for t in el.itertext() if t.strip()][:MAX_LEAF_TEXTS]
        for text in texts:
            if _NOT_BYLINE.search(text):
                break  # "Fact checked by" · "Jane Doe": the rest of the box names a reviewer
            if (3 <= len(text) <= 60 and len(text.split()) <= 5 and not any(c.isdigit() for c in text)
                    and clean_names([text], lang=lang, stop=stop)):
                return [text]
    return []


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
    return before[-40:]


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
    return (f"//body//text()[string-length() < 120][{ns}][contains('{ok[0]}', substring({ns}, 1, 1))]"
            f"[contains('{ok[1]}', substring({ns}, 2, 1))]"
            f"[contains(' {' '.join(firsts)} ', concat(' ', {first}, ' '))][not(ancestor::script or ancestor::style)]")


@cache
def _xpaths() -> tuple[Any, Any, Any, Any, Any, Any]:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    return (XPath(_BYLINE_XPATH), XPath(_label_xpath()),
            XPath("descendant::text()[normalize-space()][position() <= 6] | "
                  "following::text()[normalize-space()][position() <= 6]"),
            XPath("following::text()[normalize-space()][position() <= 6]"),
            XPath("(//body//*/@rel[.='author'] | //body//*/@itemprop[.='author'])"
                  "/parent::*[not(.//*[@rel='author' or @itemprop='author'])]"),
            XPath("//body//img[@alt][string-length(@alt) < 40]"))


def byline_elements(tree: Any) -> list[Any]:
    """The first byline-marked elements of the page (rel/itemprop=author, author/byline classes, author links)."""
    return list(_xpaths()[0](tree)[:MAX_BYLINE_ELEMENTS])


def visible_byline(tree: Any, nodes_at: tuple[list[tuple[str, Any]], int] | None = None) -> list[str]:
    """A "By Name" line printed near the headline, its prefix and name possibly in separate elements."""
    from enligt.structure.byline import parse_byline

    nodes, h1_at = nodes_at or htmldates.text_nodes(tree)
    if h1_at < 0:
        return []
    window = [t.strip() for t, _ in nodes[max(0, h1_at - 5): h1_at + 40]]
    labels = all_languages_words("author_labels")
    for i, text in enumerate(window):
        if not 2 <= len(text) <= 120:
            continue
        label = i + 1 < len(window) and text.lower().rstrip(" :") in labels
        for cand in (text, f"{text} {window[i + 1]}") if label else (text,):
            if parse_byline(cand):
                return [cand]
    return []


def _after_label(node: Any) -> list[str]:
    """The texts printed after a label text node, in page order (the node itself left out)."""
    el = node.getparent()
    if el is None:
        return []
    texts = _xpaths()[2](el) if getattr(node, "is_text", False) else _xpaths()[3](el)
    out = [_norm(str(t)) for t in texts]
    if out and out[0] == _norm(str(node)):
        out = out[1:]
    return out


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
            if rest and not (head.endswith(":") or " " in label or label in _BY_LABELS):
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


def _is_team(names: list[str]) -> bool:
    """A staff credit ("Team Acme", "The Acme Team", "Acme Staff") rather than a person."""
    staff = all_languages_words("staff_words")
    return any(w.lower() in staff for n in names for w in n.split())


def labelled_names(tree: Any) -> list[str]:
    """Names printed after a byline label anywhere on the page: "Written by" · "Jane Doe",
    "Posted by Jane Doe on March 3", "Author: Jane Doe", first label first; a team byline
    ("By the Acme Team") only when no person is named after a label."""
    team: list[str] = []
    for node in _xpaths()[1](tree)[:MAX_LABELS]:
        text = _norm(str(node))
        split = _label_split(text) if text else None
        if split is None:
            continue
        el = node.getparent()
        if el is None or _NOT_BYLINE.search(text) or _elsewhere(el, article_footer=True) or _in_menu(el):
            continue
        _label, rest = split
        if _label in _BY_LABELS and _after_words(node, el):
            continue  # "Website by" · "Acme": a credit, not a byline
        # "Posted by Jane Doe on …": capitalised words (one after "Posted by", two after "By"), not a link's text
        if rest:
            name = _NAME_END.sub("", rest).strip(" .:")
            words = name.split()
            if el.tag == "a" or not (1 if " " in _label else 2) <= len(words) <= 5 or not all(
                    w[:1].isupper() or w in PARTICLES for w in words):
                continue
            if not _is_team([name]):
                return [name]
            team = team or [name]
            continue
        after = _after_label(node)
        names: list[str] = []
        while after:
            cand = after.pop(0).strip(" ,:")
            if not cand or len(cand) > 60 or _NOT_BYLINE.search(cand):
                break
            names.append(cand)
            if not after or after[0].strip().lower().strip(" ") not in _NAME_SEP:
                break
            after.pop(0)
        if names and _is_team(names):
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
    if not names and _team(persons, stop):
        return tuple(_team(persons, stop))  # a JSON-LD Person that is a team ("The Acme Team")
    if names and all(" " not in n for n in names):
        # a one-word CMS account ("KatieS") loses to a full name printed as "By …" under the headline
        printed = clean_names(visible_byline(tree, nodes_at), lang=lang, stop=stop)
        names = printed if printed and all(" " in n for n in printed) else names
    ld_login = bool(names) and all(is_username(n) for n in names)
    if names and not ld_login:
        return tuple(_with_coauthors(names, tree, lang, stop, elements, nodes_at or htmldates.text_nodes(tree)))
    labelled = cache(lambda: labelled_names(tree))  # read again at the end only after every source ran
    candidates: list[tuple[Callable[[], list[str]], bool]] = [
        (lambda: names, True),
        (lambda: _meta_authors(metas), True),
        (lambda: visible_byline(tree, nodes_at), False),
        (lambda: byline_names(tree, lang, stop, elements()), False),
        (labelled, True),
        (lambda: _marked_word(tree), True),
    ]
    found = _first_clean(candidates, lang, stop, personal.lower() if personal else None)
    return tuple(found or team_byline(elements(), stop) or _team(labelled(), stop) or _team(_yoast_author(metas), stop)
                 or clean_names(_headshot(tree), lang=lang, stop=stop, structured=True))


def _marked_word(tree: Any) -> list[str]:
    """A one-word name in an element marked as the author's (rel=author, itemprop=author): "Kiersten"."""
    for el in _xpaths()[4](tree)[:10]:
        if el.tag in _SKIP_TAGS or _elsewhere(el, article_footer=True) or _in_menu(el) or _reviewer(el):
            continue
        text = _norm(el.text_content())
        if text and " " not in text and len(text) <= 30 and not is_noise(text) and not any(c.isdigit() for c in text):
            return [text]
    return []


def _headshot(tree: Any) -> list[str]:
    """The name on the writer's photo ("<img class=avatar alt='Jane Doe'>") when nothing else names anyone.

    Only a person's name in `alt`, on an image marked as a portrait (avatar, profile, author, rounded),
    never a logo; an image named after its file ("Kinston Office" from Kinston-Office.png) is no portrait.
    """
    for img in _xpaths()[5](tree)[:MAX_IMAGES]:
        alt = _PORTRAIT_WORDS.sub("", _norm(img.get("alt")))  # "Jane Doe headshot" -> "Jane Doe"
        if not looks_personal(alt):
            continue
        cls, src = f"{img.get('class', '')} {img.get('id', '')}".lower(), (img.get("src") or "").lower()
        if "logo" in cls + src + alt.lower() or not (_PORTRAIT_CLASS.search(cls) or _PORTRAIT_SRC.search(src)):
            continue
        if not (_elsewhere(img, article_footer=True) or _in_menu(img)):
            return [alt]
    return []


def _team(raw: list[str], stop: set[str]) -> list[str]:
    """A team credit kept as printed ("The Acme Team", "Podium Staff"); never the outlet's bare name."""
    if len(raw) != 1 or not _is_team(raw):
        return []
    text = raw[0].strip(" .,:|-")
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50 or any(c.isdigit() for c in text):
        return []
    if words[-1].lower() in all_languages_words("roles"):
        return []  # "Staff Writer" is a role
    bare = " ".join(w for w in words if w.lower() not in all_languages_words("staff_words") and w.lower() != "the")
    if text.lower() in stop or (bare and bare.lower() in stop and len(words) == len(bare.split())):
        return []
    return [text]


def team_byline(found: list[Any], stop: set[str]) -> list[str]:
    """A byline element that credits a team ("By the Acme Team", "Acme Staff") when no person is named."""
    for el in found:
        if el.tag in _SKIP_TAGS or len(el) > 3 or _elsewhere(el) or _in_menu(el):
            continue
        text = _norm(el.text_content())
        if not text or len(text) > 60:
            continue
        split = _label_split(text)
        team = _team([split[1] if split else text], stop)
        if team:
            return team
    return []


def _yoast_author(metas: dict[str, str]) -> list[str]:
    """The "Written by" twitter label that Yoast SEO prints (twitter:label1 / twitter:data1)."""
    for i in "12":
        if metas.get(f"twitter:label{i}", "").lower() in ("written by", "author", "by"):
            value = metas.get(f"twitter:data{i}", "")
            return [value] if value else []
    return []


def _with_coauthors(names: list[str], tree: Any, lang: str | None, stop: set[str],
                    found: Callable[[], list[Any]], nodes_at: tuple[list[tuple[str, Any]], int]) -> list[str]:
    """JSON-LD that names only the first of several bylined authors: the byline's full list, when it
    starts with the same person in one line ("Written by Jane Doe, John Roe and Ann Poe").

    The byline elements are only looked up when the text near the headline lists a name after this one.
    """
    nodes, h1_at = nodes_at
    near = " ".join(t.strip() for t, _ in nodes[max(0, h1_at - 5): h1_at + 40]).lower()
    at = near.find(names[0].lower()) if len(names) == 1 else -1
    if at < 0 or not _LIST_NEXT.match(near, at + len(names[0])):
        return names
    raw = byline_names(tree, lang, stop, found())
    shown = clean_names(raw, lang=lang, stop=stop) if len(raw) == 1 else []  # one line that lists them all
    if len(shown) > 1 and shown[0].lower().endswith(names[0].lower()):
        return shown
    return names


def _meta_authors(metas: dict[str, str]) -> list[str]:
    """The first meta author value; a citation_author "Last, First" turned round."""
    for key in AUTHOR_META:
        value = metas.get(key)
        if value and not value.startswith(("http", "@")) and not value.isdigit():
            if key == "citation_author" and value.count(",") == 1:
                last, first = (p.strip() for p in value.split(","))
                value = f"{first} {last}" if first and last else value
            return [value]
    return []
