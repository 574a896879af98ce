"""The visible text nodes around a page's headline, in document order (dates and bylines sit there).

One walk over the tree (`lxml.etree.iterwalk`), stopping once enough nodes after the headline are
read, instead of XPath axes that test every text node of the document against a dozen ancestor
conditions. The result is the same as these XPath expressions, where `visible` is
`[normalize-space()][not(ancestor::script or ancestor::style or …)]`:

- before the headline: `preceding::text()[visible] | preceding::time/@datetime` (the last ones);
- after it: `descendant::text()[visible] | following::text()[visible] | following::time/@datetime`;
- without an `<h1>`: `//body//text()[visible] | //body//time/@datetime` (the first ones).
"""
from __future__ import annotations

from collections import deque
from typing import Any

Node = tuple[str, Any]  # (text, None) or (a <time datetime> value, its element)
_XML_SPACE = " \t\r\n"  # what XPath's normalize-space() strips (not NBSP)
_HEADLINE: Node = ("", object())  # marks where the headline starts in the walk


def _visible(text: str | None) -> bool:
    return bool(text) and bool(text.strip(_XML_SPACE))  # type: ignore[union-attr]


def _walk(root: Any, skip: frozenset[str], h1: Any) -> Any:
    """Yield `_HEADLINE` where the headline starts, and (text, element-or-None) for each node, in order."""
    from lxml import etree  # type: ignore[import-untyped]

    around = set(h1.iterancestors()) if h1 is not None else set()  # the axes leave out ancestors' <time>
    hidden = 0  # > 0 inside a skipped element
    in_h1 = 0  # > 0 inside the headline (its <time> values are not read)
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
            continue
        if event == "start":
            if el is h1:
                yield _HEADLINE
            if in_h1 or el is h1:
                in_h1 += 1
            if tag == "time" and not in_h1 and el not in around and el.get("datetime") is not None:
                yield el.get("datetime"), el
            if hidden or tag in skip:
                hidden += 1
            elif _visible(el.text):
                yield el.text, None
            continue
        if in_h1:
            in_h1 -= 1
        if hidden:
            hidden -= 1
            if hidden:
                continue
        if el is not root and _visible(el.tail):
            yield el.tail, None


def text_nodes(tree: Any, skip: frozenset[str], before_n: int, after_n: int) -> tuple[list[Node], int]:
    """Up to `before_n` nodes before the first `<h1>` and `after_n` from it on, and the headline's index;
    without an `<h1>`, the first `after_n` nodes of the body and -1."""
    h1 = tree.find(".//h1")
    if h1 is None:
        bodies = tree.findall(".//body") if tree.tag != "body" else [tree]
        top: list[Node] = []
        for body in bodies:
            for node in _walk(body, skip, None):
                top.append(node)
                if len(top) >= after_n:
                    return top, -1
        return top, -1
    before: deque[Node] = deque(maxlen=before_n)
    after: list[Node] | None = None
    for node in _walk(tree, skip, h1):
        if after is None:
            if node is _HEADLINE:
                after = []
            else:
                before.append(node)
            continue
        after.append(node)
        if len(after) >= after_n:
            break
    return list(before) + (after or []), len(before)
