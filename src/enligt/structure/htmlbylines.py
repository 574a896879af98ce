"""Author sources read from metadata lists, portraits and site ownership, for `htmlauthors.authors_of`.

- `meta_authors`: the first author `<meta>` tag (`author`, `article:author`, `DC.Creator`, …), or every
  author of a tag repeated once per author (`citation_author`).
- `is_team`, `team_credit`: a staff credit ("The Acme Team") kept as printed when no person is named.
- `headshot`: the writer's name in the `alt` of a portrait image (an avatar, a profile photo).
- `avatar_name`: the name printed right after an avatar image (`<img class="avatar"> Jane Doe in News`),
  the markup WordPress's `get_avatar` and most author cards use; the image often has no `alt`.
- `site_owner`: a personal site's owner when no page text names anyone: the site name
  (og:site_name "Jane Doe"), the title's last part ("Post | Jane Doe") or the copyright holder
  ("© 2025 Jane Doe"), when it reads as a person's name (`looks_personal`) and is printed as the
  site's masthead (the home link, the page `<header>`).
"""
from __future__ import annotations

import html
import re
from functools import cache
from itertools import chain, islice
from typing import Any

from enligt.lang import SUPPORTED, all_function_words, all_languages_words, table
from enligt.structure.byline import is_agency

AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
               "byl", "twitter:creator:name", "citation_author", "cxenseparse:author")
_PORTRAIT_CLASS = re.compile(r"avatar|profile|author|headshot|portrait|rounded")
_PORTRAIT_SRC = re.compile(r"avatar|headshot|/authors?/|//profile\.")
_PORTRAIT_WORDS = re.compile(r"^(?:photo|picture|headshot|portrait|image) of\s+|"
                             r"\s+(?:image|photo|headshot|portrait|avatar|picture)$", re.IGNORECASE)
MAX_IMAGES = 60  # images read for a writer's portrait
BYLINE_BLOCK_DEPTH = 3  # names whose elements share an ancestor this close form one byline
_AWAY_WORDS = r"related|comment|(?:^|\s)widget|footer|recommend|more-"  # classes of blocks that hold no byline
_AWAY = re.compile(_AWAY_WORDS, re.IGNORECASE)  # ... even for a last resort that reads sidebars
_ELSEWHERE = re.compile(_AWAY_WORDS + "|sidebar", re.IGNORECASE)
_MENU = re.compile(r"menu|dropdown|navbar|flyout|(?:^|\s)nav", re.IGNORECASE)
_PERSON_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ]\.|Mc[A-Z][a-z]+)")
MAX_AVATARS = 5  # avatar images whose following text is read
MAX_NAME_CHARS = 40  # characters of a name read from a portrait's alt text or an avatar's caption
MAX_NOTICE = 200  # characters of a footer text read as a copyright notice
MAX_PARAGRAPHS = 60  # paragraphs read for a first-person voice
# where a name printed after an avatar ends: a separator, "in <section>", "on <date>", "on behalf of", a digit
_NAME_TAIL = re.compile(r"\s*(?:[|•·—–/,(]|\s-\s|\b(?:in|on|at|i|på|am|im)\b|\d).*$", re.DOTALL)
_TITLE_TAIL = re.compile(r"\s+(?:\||—|–|-|·|•)\s+([^|—–·•]{3,40})$")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                        r"([^.,|©\d][^.,|©\d]{2,40})", re.IGNORECASE)
_COPYRIGHT_TAIL = re.compile(r"\s+(?:all rights|alla rättigheter|alle rechte|alle rettigheter|-|–).*$",
                             re.IGNORECASE | re.DOTALL)


def norm(text: str | None) -> str:
    """`text` with HTML entities decoded (doubly escaped `&amp;` in attributes) and whitespace collapsed."""
    text = text or ""
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def by_labels() -> frozenset[str]:
    """The word of a "By Jane Doe" line, in any language (`by_label`)."""
    return all_function_words("by_label")


@cache
def _xpaths() -> tuple[Any, Any, Any, Any, Any, Any]:
    from lxml.etree import XPath  # type: ignore[import-untyped]

    return (XPath(f"//body//img[@alt][string-length(@alt) < {MAX_NAME_CHARS}]"),
            XPath("//body//img[contains(@class,'avatar') or contains(@class,'author') or contains(@id,'uthor')]"),
            XPath("following::text()[normalize-space()][position() <= 2]"),
            XPath(f"//body//footer//text()[contains(., '©') or contains(., 'opyright')][string-length() < {MAX_NOTICE}]"),
            XPath("(//body//a[@href='/' or @rel='home'][normalize-space()=$n] | //body//header//*[normalize-space()=$n])"
                  "[1]"),
            XPath(f"(//body//p)[position() <= {MAX_PARAGRAPHS}]"))


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


def elsewhere(el: Any, *, article_footer: bool = False, asides: bool = False) -> bool:
    """An element inside an aside, a nav, a page footer or a related/comment block.

    `article_footer`: a `<footer>` that closes an `<article>` ("Posted by Jane Doe on …") is no page footer.
    `asides`: an `<aside>` or a sidebar is not elsewhere (a last resort: the article's facts box).
    """
    for a in islice(el.iterancestors(), BYLINE_BLOCK_DEPTH):
        if a.tag == "footer" and article_footer and a.getparent() is not None and a.getparent().tag == "article":
            continue
        if a.tag in ("footer", "nav") or (a.tag == "aside" and not asides) \
                or (_AWAY if asides else _ELSEWHERE).search(a.get("class", "")):
            return True
    return False


def in_menu(el: Any) -> bool:
    """An element anywhere inside a navigation menu ("By Industry" in a dropdown is no byline)."""
    for a in chain((el,), el.iterancestors()):
        if a.tag in ("article", "main", "body"):
            return False  # page and article classes name their templates ("has-nav-menu")
        if a.tag == "nav" or _MENU.search(a.get("class", "")):
            return True
    return False


def away(el: Any) -> bool:
    """An image in a menu, an aside, a page footer or a comment: no writer's portrait."""
    return elsewhere(el, article_footer=True) or in_menu(el)


def yoast_author(metas: dict[str, str]) -> list[str]:
    """The "Written by" twitter label that Yoast SEO prints (twitter:label1 / twitter:data1)."""
    for i in "12":
        if metas.get(f"twitter:label{i}", "").lower() in ("written by", "author", "by"):
            value = metas.get(f"twitter:data{i}", "")
            return [value] if value else []
    return []


def contradicts(line: str, printed: list[str], names: list[str]) -> bool:
    """Whether a "By …" line under the headline names other people than JSON-LD does (the CMS account
    that filed the post is not always its writer): a line opened by a label, people's names only (no
    photo credit, no agency), none sharing a word with the JSON-LD names."""
    first = line.split(None, 1)[0].lower().rstrip(":") if line.split() else ""
    if first not in by_labels() or not all(looks_personal(n) for n in printed):
        return False
    return not {w.lower() for n in printed for w in n.split()} & {w.lower() for n in names for w in n.split()}


# Meta names repeated once per author (the Highwire/Google Scholar and Dublin Core conventions).
REPEATED_AUTHOR_META = ("citation_author", "citation_authors", "dc.creator", "dcterms.creator")


def meta_authors(metas: dict[str, str], tree: Any = None) -> list[str]:
    """The first meta author value. With `tree`, a tag repeated once per author (`citation_author`,
    `DC.Creator`) gives all its names, and a single name that opens such a list elsewhere in the head
    gets the whole list. A citation_author "Last, First" is turned round."""
    for key in AUTHOR_META:
        value = metas.get(key)
        if value and not value.startswith(("http", "@")) and not value.isdigit():
            first = _first_last(value) if key.startswith("citation_") else value
            lists = _repeated_meta(tree).values() if tree is not None else ()
            return max((names for names in lists if names[0] == first), key=len, default=[first])
    return []


def _repeated_meta(tree: Any) -> dict[str, list[str]]:
    """`REPEATED_AUTHOR_META` tag -> its contents (any case), in page order, without repeats, read in one pass;
    citation_author "Last, First" turned round."""
    found: dict[str, dict[str, None]] = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        value = " ".join((el.get("content") or "").split())
        if key in REPEATED_AUTHOR_META and value:
            found.setdefault(key, {})[_first_last(value) if key.startswith("citation_") else value] = None
    return {key: list(values) for key, values in found.items()}


def _first_last(value: str) -> str:
    """"Doe, Jane" -> "Jane Doe" (the citation_author form); other values as they are."""
    if value.count(",") != 1:
        return value
    last, first = (p.strip() for p in value.split(","))
    return f"{first} {last}" if first and last else value


def headshot(tree: Any) -> list[str]:
    """The name on the writer's photo ("<img class=avatar alt='Jane Doe'>") when nothing else names anyone.

    Only a person's name in `alt`, on an image marked as a portrait (avatar, profile, author, rounded),
    never a logo; an image named after its file ("Kinston Office" from Kinston-Office.png) is no portrait.
    """
    for img in _xpaths()[0](tree)[:MAX_IMAGES]:
        alt = _PORTRAIT_WORDS.sub("", norm(img.get("alt")))  # "Jane Doe headshot" -> "Jane Doe"
        if not looks_personal(alt):
            continue
        cls, src = f"{img.get('class', '')} {img.get('id', '')}".lower(), (img.get("src") or "").lower()
        if "logo" in cls + src + alt.lower() or not (_PORTRAIT_CLASS.search(cls) or _PORTRAIT_SRC.search(src)):
            continue
        if not away(img):
            return [alt]
    return []


def avatar_name(tree: Any, is_name: Any) -> list[str]:
    """The name printed right after an avatar image: "<img class='avatar'> Jane Doe in Projects" -> Jane Doe.

    The first of the next two texts that `is_name` accepts once a section, a date or a separator after
    it is cut; images in menus, asides and comments are skipped.
    """
    for img in _xpaths()[1](tree)[:MAX_AVATARS]:
        if away(img):
            continue
        for text in _xpaths()[2](img):
            cand = _NAME_TAIL.sub("", norm(str(text))).strip(" .:")
            if 3 <= len(cand) <= MAX_NAME_CHARS and 2 <= len(cand.split()) <= 4 and is_name(cand):
                return [cand]
    return []


def site_owner(tree: Any, outlet: str | None, title: str | None, orgs: set[str], lang: str | None) -> list[str]:
    """A personal site's owner: its name, the title's last part or the copyright holder, when it reads as a
    person's name and the page prints it as its masthead: the home link's text or a text in the `<header>`
    (a firm shows a logo there; "The Atlantic" or "Proven Winners" would pass `looks_personal` alone);
    never a publisher that JSON-LD types as an organisation (`orgs`), and only when the text is written in
    the first person singular ("I", "my"; a firm or an office writes "we", "our")."""
    cands = [outlet or ""]
    m = _TITLE_TAIL.search(norm(title))
    cands.append(m.group(1).strip() if m else "")
    for text in _xpaths()[3](tree)[:3]:
        m = _COPYRIGHT.search(norm(str(text)))
        cands.append(_COPYRIGHT_TAIL.sub("", m.group(1)).strip(" .") if m else "")
    for cand in dict.fromkeys(cands):
        if cand and looks_personal(cand) and cand.lower() not in orgs and _xpaths()[4](tree, n=cand):
            return [cand] if _writes_alone(tree, lang) else []
    return []


# Quoted speech: a news report quotes people in the first person; only the writer's own voice counts.
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|”[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«')
_SPEECH_DASH = ("–", "—", "-")  # a paragraph of direct speech in Nordic news: "– Jag var rädd, säger hon."


def _writes_alone(tree: Any, lang: str | None) -> bool:
    """Whether more paragraphs say "I"/"my" than "we"/"our" (at least two), in the page's language
    (`lang/<code>/writer_pronouns.tsv`; English when unknown), outside quoted speech."""
    rows = table(lang if lang in SUPPORTED else "en", "writer_pronouns")
    singular = {w for w, kind in rows if kind == "singular"}
    plural = {w for w, kind in rows if kind == "plural"}
    alone = together = 0
    for para in _xpaths()[5](tree):
        text = para.text_content().strip()
        if text.startswith(_SPEECH_DASH):
            continue
        words = {w.strip(".,;:!?()\"'’“”").lower() for w in _QUOTED.sub(" ", text).split()}
        alone += bool(words & singular)
        together += bool(words & plural)
    return alone >= 2 and alone > together

def is_team(names: list[str]) -> bool:
    """A staff credit ("Team Acme", "The Acme Team", "Acme Staff") rather than a person."""
    staff = all_languages_words("staff_words")
    return any(w.lower() in staff for n in names for w in n.split())


def team_credit(raw: list[str], stop: set[str]) -> list[str]:
    """A team credit kept as printed ("The Acme Team", "Podium Staff"); never the outlet's bare name."""
    if len(raw) != 1 or not is_team(raw):
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
