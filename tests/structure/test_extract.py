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


PROSE = ("The council said on Monday that the new budget would not be enough for the schools, and the mayor "
         "was asked whether the plan had been changed after the vote in the assembly last week.")


@pytest.mark.parametrize(("fast_text", "expected_chars", "full_runs"), [
    ("\n".join([PROSE] * 6), 0, False),  # enough running text: fast mode's answer stands
    ("\n".join([PROSE] * 6), 1500, False),  # most of the article element's text
    (" ".join([PROSE] * 6), 0, True),  # all in one line: a page-builder layout
    ("\n".join([PROSE] * 2), 0, True),  # under MIN_FAST_CHARS
    ("\n".join([PROSE] * 6), 4000, True),  # well under half of the article element's text
    ("\n".join(f"Tag {i}" for i in range(300)), 0, True),  # a tag list: lines of a word or two
    ("\n".join(["Read the full story here", PROSE] * 4), 0, False),  # short lines among prose
])
def test_when_the_full_mode_checks_fast_modes_answer(monkeypatch: pytest.MonkeyPatch, fast_text: str,
                                                     expected_chars: int, full_runs: bool) -> None:
    from types import SimpleNamespace

    calls: list[bool] = []
    body = extract.parse(f"<html>{BODY}</html>", where="t")

    def fake_run(tree: object, *, where: str, url: str | None, fast: bool) -> object:
        calls.append(fast)
        return SimpleNamespace(text=fast_text if fast else PROSE, body=body)

    monkeypatch.setattr(extract, "_run", fake_run)
    extract.main_text(body, where="t", expected_chars=expected_chars)
    assert calls == ([True, False] if full_runs else [True])


@pytest.mark.parametrize(("inner", "expected_text", "kept_scripts"), [
    ("<p>One<script>var x = 1;</script> two</p>", "One two", 0),  # code goes, the text after it stays
    ('<p>One</p><script type="application/ld+json">{"articleBody": "B"}</script>', "One", 1),  # JSON-LD stays
    ('<p>One<script type="text/javascript">f()</script><style>p{}</style><svg><text>icon</text></svg> two</p>',
     "One two", 0),
    ('<noscript><p>Enable JavaScript</p></noscript><p>One</p><script type="module">import x</script>', "One", 0),
])
def test_strip_inert(inner: str, expected_text: str, kept_scripts: int) -> None:
    tree = extract.parse(f"<html><head><meta charset='utf-8'><title>T</title></head><body>{inner}</body></html>",
                         where="t")
    extract.strip_inert(tree)
    body = tree.find("body")
    assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json"] * kept_scripts
    assert " ".join(t.strip() for t in body.itertext() if t.strip() and t.strip()[0] != "{") == expected_text
    assert tree.find(".//meta") is None
