"""The trafilatura seam: `parse` builds the tree trafilatura's own loader builds, faster."""
from __future__ import annotations

import pytest
from lxml import etree
from trafilatura.utils import load_html

from enligt.errors import ExtractionError
from enligt.structure import extract

BODY = "<body><h1>Rubrik</h1><p>Första stycket.</p><p>Andra stycket.</p></body>"

# (page, why it is tricky): each must give the same tree as trafilatura's load_html.
SAME_TREE = [
    (f"<!DOCTYPE html><html>{BODY}</html>", "plain doctype"),
    (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html>{BODY}</html>', "doctype with slash"),
    (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" />\n<html>{BODY}</html>', "self-closed doctype"),
    (f'<html lang="sv" />\n{BODY}', "self-closing html tag"),
    ("<html>" + BODY.replace("Första", "För\x00s\x08ta\x1f") + "</html>", "control characters"),
    ("<html>" + BODY.replace("Andra", "An\ufffedra\uffff") + "</html>", "non-characters"),
    ("<html>" + BODY.replace("Andra", "Ändra – “citat” 😀") + "</html>", "non-ASCII text"),
    (f"<html><head><meta charset='iso-8859-1'></head>{BODY}</html>", "declared charset of another encoding"),
    (f"<html>{BODY}", "truncated: no closing tags"),
    (f"<div><p>Ett stycke.</p><p>Två stycken.</p></div><div>{BODY}</div>", "no html tag, several blocks"),
    ("<html><body>text &amp; &nbsp; &#8211; entities</body></html>", "entities"),
]


@pytest.mark.parametrize(("page", "why"), SAME_TREE)
def test_parse_gives_trafilaturas_tree(page: str, why: str) -> None:
    theirs = load_html(page)
    ours = extract.parse(page, where="t")
    assert etree.tostring(ours) == etree.tostring(theirs), why


@pytest.mark.parametrize("page", ["", "   ", "\x00\x01", "<p>one lone paragraph</p>"])
def test_parse_refuses_what_trafilatura_refuses(page: str) -> None:
    assert load_html(page) is None or len(load_html(page)) == 0
    with pytest.raises(ExtractionError, match="cannot parse HTML"):
        extract.parse(page, where="t.html")


def test_parse_accepts_bytes() -> None:
    page = f"<html>{BODY}</html>"
    assert etree.tostring(extract.parse(page.encode("utf-8"), where="t")) == etree.tostring(load_html(page))
