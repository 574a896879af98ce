"""The visible text nodes around a page's headline, in document order (dates and bylines sit there).

The nodes before the headline are read backwards from it, and the nodes from it on forwards, both
stopping once enough nodes are read; a skipped element's subtree (script, menu, …) is not walked
in Python: only its `<time>` elements are looked up (in C). The result is the same as these XPath
expressions, where `visible` is `[normalize-space()][not(ancestor::script or ancestor::style or …)]`:

- before the headline: `preceding::text()[visible] | preceding::time/@datetime` (the last ones);
- after it: `descendant::text()[visible] | following::text()[visible] | following::time/@datetime`;
- without an `<h1>`: `//body//text()[visible] | //body//time/@datetime` (the first ones).

Comments and processing instructions are left out, their tails too (as `lxml.etree.iterwalk` does).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import islice, pairwise
from typing import Any

Node = tuple[str, Any]  # (text, None) or (a <time datetime> value, its element)
_XML_SPACE = " \t\r\n"  # what XPath's normalize-space() strips (not NBSP)


@cache
def _etree() -> Any:
    """lxml.etree, imported on first use (an import statement in each generator costs more)."""
    from lxml import etree  # type: ignore[import-untyped]

    return etree


def _visible(text: str | None) -> bool:
    return bool(text) and bool(text.strip(_XML_SPACE))  # type: ignore[union-attr]


def _times(el: Any) -> list[Node]:
    """The `<time datetime>` values of a skipped subtree (its own included), in document order."""
    return [(t.get("datetime"), t) for t in el.iter("time") if t.get("datetime") is not None]


def _forwards(top: Any, skip: frozenset[str], hidden: bool, in_h1: bool) -> Iterator[Node]:
    """The nodes of `top`'s subtree in document order (not its tail); `hidden`: an ancestor is skipped,
    `in_h1`: the subtree is the headline's (its `<time>` values are not read)."""
    if hidden:
        if not in_h1:
            yield from _times(top)
        return
    if not len(top):  # no child (most siblings after the headline): read without a walker
        if top.tag == "time" and not in_h1 and top.get("datetime") is not None:
            yield top.get("datetime"), top
        if top.tag not in skip and _visible(top.text):
            yield top.text, None
        return
    walker = _etree().iterwalk(top, events=("start", "end"))
    for event, el in walker:
        if event == "end":
            tail = el.tail
            if tail and tail.strip(_XML_SPACE) and el is not top:  # `_visible`, inline (a hot loop)
                yield tail, None
            continue
        tag = el.tag
        if tag in skip:
            if not in_h1:
                yield from _times(el)
            walker.skip_subtree()  # its end event still comes, for the tail
            continue
        if tag == "time" and not in_h1:
            stamp = el.get("datetime")
            if stamp is not None:
                yield stamp, el
        text = el.text
        if text and text.strip(_XML_SPACE):
            yield text, None


def _backwards(top: Any, skip: frozenset[str], hidden: bool) -> Iterator[Node]:
    """The nodes of `top`'s subtree (not its tail), last first; `hidden`: an ancestor is skipped."""
    element = _etree().Element
    if hidden:
        yield from reversed(_times(top))
        return
    todo: list[Any] = [top]  # elements still to read and nodes (tuples) ready, the next one last
    while todo:
        el = todo.pop()
        if type(el) is tuple:
            yield el
        elif el.tag in skip:
            yield from reversed(_times(el))
        else:
            if el.tag == "time" and el.get("datetime") is not None:
                todo.append((el.get("datetime"), el))
            if _visible(el.text):
                todo.append((el.text, None))
            for child in el.iterchildren(element):
                todo.append(child)
                tail = child.tail
                if tail and tail.strip(_XML_SPACE):  # `_visible`, inline (a hot loop)
                    todo.append((tail, None))


def _chain(h1: Any, root: Any, skip: frozenset[str]) -> list[tuple[Any, bool]]:
    """(element, hidden) from the headline up to `root`; hidden: the element or an ancestor up to `root` is skipped."""
    chain = [h1, *h1.iterancestors()]
    chain = chain[:chain.index(root) + 1]
    hidden = False
    flags = []
    for el in reversed(chain):
        hidden = hidden or el.tag in skip
        flags.append(hidden)
    return list(zip(chain, reversed(flags)))


def _before(chain: list[tuple[Any, bool]], skip: frozenset[str]) -> Iterator[Node]:
    """The nodes before the headline, last first (its ancestors' `<time>` values are not among them)."""
    for (el, _), (parent, hidden) in pairwise(chain):
        for sib in el.itersiblings(_etree().Element, preceding=True):
            if not hidden and _visible(sib.tail):
                yield sib.tail, None
            yield from _backwards(sib, skip, hidden)
        if not hidden and _visible(parent.text):
            yield parent.text, None


def _after(chain: list[tuple[Any, bool]], skip: frozenset[str]) -> Iterator[Node]:
    """The headline's nodes and those after it, in document order."""
    h1 = chain[0][0]
    yield from _forwards(h1, skip, len(chain) > 1 and chain[1][1], True)
    for (el, _), (_, hidden) in pairwise(chain):
        if not hidden and _visible(el.tail):
            yield el.tail, None
        for sib in el.itersiblings(_etree().Element):
            yield from _forwards(sib, skip, hidden, False)
            if not hidden and _visible(sib.tail):
                yield sib.tail, None


def text_nodes(tree: Any, skip: frozenset[str], before_n: int, after_n: int) -> tuple[list[Node], int]:
    """Up to `before_n` nodes before the first `<h1>` and `after_n` from it on, and the headline's index;
    without an `<h1>`, the first `after_n` nodes of the body and -1."""
    after_n = max(after_n, 1)  # the walk read one node before it counted
    h1 = tree.find(".//h1")
    if h1 is None:
        bodies = tree.findall(".//body") if tree.tag != "body" else [tree]
        nodes = (node for body in bodies for node in _forwards(body, skip, False, False))
        return list(islice(nodes, after_n)), -1
    chain = _chain(h1, tree, skip)
    before = list(islice(_before(chain, skip), max(before_n, 0)))
    before.reverse()
    return before + list(islice(_after(chain, skip), after_n)), len(before)
