"""Visible text nodes around the headline: the walk gives what the XPath definitions give."""
from __future__ import annotations

import pytest
from lxml import etree, html

from enligt.structure.htmldates import _SKIP_TAGS
from enligt.structure.htmlnodes import text_nodes

_PAGES = [
    # kicker and date above the headline, byline and body below
    ("<html><body><div>Kicker<time datetime='2024-05-01'>1 May</time></div><h1>Title <b>here</b></h1>"
    "<p>By Anna Berg</p><p>Body text.</p></body></html>"),
    # skipped elements: their text is not visible, their tail is; a <time> inside one still counts
    ("<html><body><nav>Menu<a>Home</a></nav>after nav<h1>T</h1><script>var x=1;</script>tail of script"
    "<aside>Ad <time datetime='2020-01-01'>x</time></aside><p>Visible</p></body></html>"),
    # a <time> inside the headline is not read; text inside it is
    "<html><body><h1>Title <time datetime='2023-02-02'>2 Feb</time></h1><p>after</p></body></html>",
    # whitespace-only nodes are not visible, a no-break space is (XPath normalize-space keeps it)
    "<html><body><h1>T</h1><p>   </p><p>\u00a0</p><span>\n\t</span><p>x</p></body></html>",
    # no headline: the top of the body
    ("<html><head><title>Head title</title></head><body><p>one</p><time datetime='2021-03-03'>t</time>"
    "<footer>Footer</footer>end</body></html>"),
    # the headline inside a skipped element, nested skipped elements, a table
    ("<html><body><form><div><h1>In form</h1></div></form><table><tr><td>cell</td></tr></table>"
    "<figure><figcaption>Cap</figcaption></figure>after figure</body></html>"),
    # nodes before the headline at several depths (read backwards): text, tails, <time>s in and out of skipped ones
    ("<html><head><title>Head</title><script>s()</script></head><body><div>A<span>s1</span>tail1<nav>n"
    "<time datetime='2019-01-01'>x</time></nav>navtail<div>B<time datetime='2018-02-02'><b>in time</b></time>"
    "after time<article><header><p>k</p><h1>H<i>i</i></h1>h1tail<p>under</p></header>after header<p>body</p>"
    "<aside><time datetime='2017-03-03'>a</time></aside></article>art tail</div>div tail</div>end</body></html>"),
    # a <time> around the headline: its value is read neither before nor after it
    "<html><body><p>a</p><time datetime='2020-02-02'>x<h1>H</h1>y</time><p>z</p></body></html>",
    # the headline's ancestors skipped: nodes before and after it are hidden, <time>s are read
    ("<html><body><p>a</p><table><tr><td>c1<time datetime='2016-04-04'>t</time></td><td><h1>T</h1>h1tail</td>"
    "<td>c3</td></tr></table><p>after</p></body></html>"),
]


def _by_xpath(root: object, tables: bool) -> tuple[list[tuple[str, object]], int]:
    skip = sorted(_SKIP_TAGS - {"table"}) if tables else sorted(_SKIP_TAGS)
    cond = "[normalize-space()][not(" + " or ".join(f"ancestor::{t}" for t in skip) + ")]"

    def pairs(results: list) -> list[tuple[str, object]]:
        return [(str(r), r.getparent() if getattr(r, "is_attribute", False) else None) for r in results]

    h1 = root.find(".//h1")  # type: ignore[attr-defined]
    if h1 is None:
        return pairs(etree.XPath(f"//body//text(){cond} | //body//time/@datetime")(root)[:120]), -1
    before = pairs(etree.XPath(f"preceding::text(){cond} | preceding::time/@datetime")(h1)[-25:])
    after = pairs(etree.XPath(f"descendant::text(){cond} | following::text(){cond} | following::time/@datetime")(h1))
    return before + after[:120], len(before)


@pytest.mark.parametrize("page", _PAGES)
@pytest.mark.parametrize("tables", [False, True])
def test_walk_gives_the_xpath_nodes(page: str, tables: bool) -> None:
    root = html.fromstring(page)
    skip = _SKIP_TAGS - {"table"} if tables else _SKIP_TAGS
    assert text_nodes(root, skip, 25, 120) == _by_xpath(root, tables)


@pytest.mark.parametrize(
    ("page", "texts", "h1_at"),
    [
        (_PAGES[0], ["Kicker", "2024-05-01", "1 May", "Title ", "here", "By Anna Berg", "Body text."], 3),
        (_PAGES[1], ["after nav", "T", "tail of script", "2020-01-01", "Visible"], 1),
        (_PAGES[2], ["Title ", "2 Feb", "after"], 0),
        (_PAGES[4], ["one", "2021-03-03", "t", "end"], -1),
    ],
)
def test_nodes_in_document_order(page: str, texts: list[str], h1_at: int) -> None:
    nodes, at = text_nodes(html.fromstring(page), _SKIP_TAGS, 25, 120)
    assert [t for t, _ in nodes] == texts
    assert at == h1_at


def test_limits_before_and_after() -> None:
    page = "<html><body>" + "".join(f"<p>b{i}</p>" for i in range(40)) + "<h1>T</h1>" + \
        "".join(f"<p>a{i}</p>" for i in range(40)) + "</body></html>"
    nodes, at = text_nodes(html.fromstring(page), _SKIP_TAGS, 5, 10)
    assert [t for t, _ in nodes] == ["b35", "b36", "b37", "b38", "b39", "T"] + [f"a{i}" for i in range(9)]
    assert at == 5
