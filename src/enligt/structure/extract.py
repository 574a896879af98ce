"""The one seam around trafilatura: HTML in, the main text's blocks out.

trafilatura finds the main text well, but signals failure by returning None and mixes
subheadings into its text. This module parses a page once (`parse`), runs trafilatura's main
extractor without its metadata pass (we extract metadata ourselves, faster, in `htmlmeta`), and
returns the text as typed blocks (paragraph or heading), or raises `ExtractionError` with a reason.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from enligt.errors import ExtractionError

BlockKind = Literal["p", "head"]
MIN_FAST_CHARS = 500  # below this, fast mode's answer is always checked against the full mode
FAST_RATIO = 0.5  # share of the article element's paragraph and list text fast mode must find
MIN_FAST_LINES = 2  # fast mode's text in one line (one block, often a page-builder layout) is checked too
MIN_FAST_LINE_CHARS = 20  # fast mode's lines this short on average (a tag cloud, a menu) are checked too
# trafilatura logs every discarded page at WARNING; we raise instead, so keep its logger quiet.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Block:
    """One line of main text as trafilatura renders it; `kind` is "head" for a subheading."""

    kind: BlockKind
    text: str


def parse(html: str | bytes, *, where: str) -> Any:
    """The page as an lxml tree: the tree trafilatura's own loader (`trafilatura.utils.load_html`)
    builds, with its parser settings and repairs, but about 0.6 ms a page faster (`_repair_bytes`)."""
    from lxml import etree  # type: ignore[import-untyped]
    from lxml import html as lxml_html

    text = html if isinstance(html, str) else html.decode("utf-8", "replace")
    beginning = text[:50].lower()
    parser = _parser()
    try:
        tree = lxml_html.fromstring(_repair_bytes(text, beginning), parser=parser)
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise ExtractionError(f"cannot parse HTML ({exc})", where=where) from exc
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):  # libxml2 stopped reading there
        raise ExtractionError(f"markup nested more than {MAX_DEPTH:,} elements deep: the HTML parser stops "
                              "reading there", where=where)
    if tree is None or len(tree) == 0 or ("html" not in beginning and len(tree) < 2):
        raise ExtractionError("cannot parse HTML: no document tree (not HTML, or truncated before <body>)",
                              where=where)
    return tree


# What trafilatura's loader removes before parsing: control characters libxml2 rejects (a regex over
# the whole page there; `bytes.translate` here) and the non-characters U+FFFE/U+FFFF.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NONCHARS = ("\ufffe".encode(), "\uffff".encode())


def _repair_bytes(text: str, beginning: str) -> bytes:
    """`text` as UTF-8 with trafilatura's repairs: control characters dropped, a doctype with a slash on
    the first line removed (libxml2 bug 1955915), and a self-closing `<html … />` opened."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML

    if "doctype" in beginning:
        firstline, _, rest = text.partition("\n")
        if "/" in firstline:
            text = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            text = FAULTY_HTML.sub(r"\1>", text, count=1)
            break
    data = text.encode("utf-8", "replace").translate(None, _CONTROL_BYTES)
    for nonchar in _NONCHARS:
        if nonchar in data:
            data = data.replace(nonchar, b"")
    return data


MAX_DEPTH = 2048  # libxml2's element depth limit with huge_tree (256 without)


@cache
def _parser() -> Any:
    """trafilatura's parser settings, decoding UTF-8 bytes, plus `huge_tree`: without it libxml2 stops
    at 256 nested elements and a page of 260 nested divs lost its text ("too little text")."""
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=True)
    parser.set_element_class_lookup(_native_lookup())
    return parser


def _native_lookup() -> Any:
    """lxml.html's element classes chosen inside lxml: `HtmlElementClassLookup` is a Python method that lxml
    calls for every element a tree walk touches (about 430 calls a page, 4% of an HTML page's time); a
    namespace lookup with the same table (a form, input, select, textarea or label its class; any other
    element an `HtmlElement`; comments, instructions and entities lxml.html's) picks the same class in C.
    libxml2's HTML parser lower-cases tag names, so the table's lower-case names match as the Python lookup's
    `name.lower()` did."""
    from lxml import etree
    from lxml import html as lxml_html

    fallback = etree.ElementDefaultClassLookup(element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
                                               pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity)
    lookup = etree.ElementNamespaceClassLookup(fallback)
    classes = lookup.get_namespace(None)
    for name, cls in lxml_html.HtmlElementClassLookup()._element_classes.items():
        classes[name] = cls
    return lookup


# Elements that never hold main text and that trafilatura discards anyway. Removing them before it
# runs spares its several tree copies and cleaning passes about a tenth of their work; its output was
# the same on all 892 benchmark pages. Of the scripts, only JSON-LD stays: trafilatura's baseline reads
# an `articleBody` there when its extractors find too little, and nothing reads the others.
INERT_TAGS = ("style", "noscript", "svg", "meta", "link")
_CODE_SCRIPTS = '//script[not(@type="application/ld+json")]'


def strip_inert(tree: Any) -> None:
    """Remove `INERT_TAGS` elements and scripts other than JSON-LD (keeping the text that follows them)
    from `tree`, in place. Call it after the metadata and the page parts have been read: `<meta>`,
    `<link>` and the scripts go too."""
    from lxml import etree  # type: ignore[import-untyped]

    etree.strip_elements(tree, *INERT_TAGS, with_tail=False)
    for script in tree.xpath(_CODE_SCRIPTS):
        script.drop_tree()


def _norm(text: str) -> str:
    return " ".join(text.split())


def _run(tree: Any, *, where: str, url: str | None, fast: bool) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(tree, options=extractor(url, fast=fast))
    except RecursionError:
        raise
    except Exception as exc:  # trafilatura raises a variety of internal errors on odd markup
        raise ExtractionError(f"main-text extraction failed ({type(exc).__name__}: {exc})", where=where) from exc


def extractor(url: str | None, *, fast: bool) -> Any:
    """The options `trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
    fast=fast)` builds for itself, as a copy of one built once per mode with the page's URL set: building
    them reads a dozen settings from trafilatura's config parser (about 0.1 ms, once or twice a page), a
    copy costs a tenth of that. trafilatura never changes the options it is given (it copies them to change
    one), and without metadata only the URL and its source name differ from page to page."""
    from copy import copy

    made = _EXTRACTORS.get(fast)
    if made is None:
        from trafilatura.settings import Extractor

        made = _EXTRACTORS.setdefault(fast, Extractor(output_format="python", fast=fast, comments=False))
    options = copy(made)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")  # as Extractor sets it
    return options


_EXTRACTORS: dict[bool, Any] = {}


def main_text(tree: Any, *, where: str, url: str | None = None, expected_chars: int = 0) -> tuple[Block, ...]:
    """The main text of `tree` as blocks. trafilatura works on a copy; `tree` is left as it is.

    trafilatura's fast mode (its own extractor only) runs first; when it returns much less than
    the paragraph and list-item text the page's article element holds (`expected_chars`), less than
    `MIN_FAST_CHARS`, one line, or lines of a few words each (a menu or tag list, not prose), the full
    mode with its readability/jusText fallbacks runs too. That keeps the full mode's recall at
    about half its cost.
    """
    from trafilatura.xml import xmltotxt

    doc = _run(tree, where=where, url=url, fast=True)
    got = len(doc.text or "") if doc is not None else 0
    lines = (doc.text or "").count("\n") + 1 if doc is not None else 0
    if (got < max(MIN_FAST_CHARS, FAST_RATIO * expected_chars) or lines < MIN_FAST_LINES
            or got < MIN_FAST_LINE_CHARS * lines):
        doc = _run(tree, where=where, url=url, fast=False) or doc
    if doc is None or doc.body is None:
        raise ExtractionError("no main text found (too little text, or not an article page)", where=where)
    heads = {_norm(xmltotxt(h, False)) for h in doc.body.iter("head")}
    heads.discard("")
    blocks = []
    for line in (doc.text or "").split("\n"):
        text = _norm(line)
        if text:
            blocks.append(Block("head" if text in heads else "p", text))
    if not blocks:
        raise ExtractionError("no main text found (the extracted text is empty)", where=where)
    return tuple(blocks)
