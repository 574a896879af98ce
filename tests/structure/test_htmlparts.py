"""DOM parts: captions with credits, subheadings, related headlines, lead and furniture containers."""
from __future__ import annotations

import pytest

from enligt.models import Caption
from enligt.structure import extract
from enligt.structure.htmlparts import find_parts

P = "<p>" + "A sentence of the article that is long enough to count as text. " * 3 + "</p>"


def parts_of(article: str, outside: str = "") -> object:
    html = f"<html><body>{outside}<main><article><h1>Headline</h1>{article}</article></main></body></html>"
    return find_parts(extract.parse(html, where="t"), title="Headline")


@pytest.mark.parametrize("figcaption,expected", [
    ('Stadshuset i morgonljus. <span class="credit">Foto: Olle Fors/TT</span>',
     Caption("Stadshuset i morgonljus.", "Olle Fors/TT")),
    ('<span class="caption-text">A soldier walks.</span> <span class="caption-credit">Photo: Jo Ek/The Post</span>',
     Caption("A soldier walks.", "Jo Ek/The Post")),
    ("Fishing boats in the harbour. REUTERS/Stringer", Caption("Fishing boats in the harbour.", "REUTERS/Stringer")),
    ('Ein Hafen im Nebel. <small class="copyright">Foto: Lena Ohm/dpa</small>',
     Caption("Ein Hafen im Nebel.", "Lena Ohm/dpa")),
    ("Elpriset sedan 2019. Grafik: Dagbladet Norr", Caption("Elpriset sedan 2019.", "Dagbladet Norr")),
    ("A view of the harbour at dawn.", Caption("A view of the harbour at dawn.", None)),
    ('Boats in the bay. <span class="credit">&copy; Per Lind / AP</span>', Caption("Boats in the bay.", "Per Lind / AP")),
])
def test_captions(figcaption: str, expected: Caption) -> None:
    parts = parts_of(f'<figure><img src="x.jpg"><figcaption>{figcaption}</figcaption></figure>{P}')
    assert parts.captions == (expected,)  # type: ignore[attr-defined]


@pytest.mark.parametrize("block", [
    ('<aside class="read-also"><h2 class="rubrik">Läs också</h2><ul><li><a href="/a">Nya cykelbanor längs älven i sommar</a></li>'
    '<li><a href="/b">Skolan får ny rektor till hösten</a></li></ul></aside>'),
    ('<div class="box"><p class="kicker">Lesen Sie auch:</p><ol><li><a href="/a">Nya cykelbanor längs älven i sommar</a>'
    '</li><li><a href="/b">Skolan får ny rektor till hösten</a></li></ol></div>'),
    ('<aside class="related-inline"><h2 class="rubrik">Related</h2><ul><li><a href="/a">Nya cykelbanor längs älven i sommar</a></li>'
    '<li><a href="/b">Skolan får ny rektor till hösten</a></li></ul></aside>'),
])
def test_related_blocks_give_headlines_and_are_pruned(block: str) -> None:
    parts = parts_of(P + block + P)
    assert parts.related == ("Nya cykelbanor längs älven i sommar",  # type: ignore[attr-defined]
                             "Skolan får ny rektor till hösten")
    assert "cykelbanor" not in parts.root.text_content()  # type: ignore[attr-defined]


def test_most_read_is_furniture_not_related() -> None:
    block = ('<aside class="most-read"><h3>Most read</h3><ol><li><a href="/x">Harbour festival draws record crowds'
             "</a></li></ol></aside>")
    parts = parts_of(P + block)
    assert parts.related == ()  # type: ignore[attr-defined]
    assert "Harbour festival draws record crowds" in parts.furniture  # type: ignore[attr-defined]


@pytest.mark.parametrize("block,line", [
    ('<div class="ad ad-inline"><span class="ad-label">Annons</span></div>', "Annons"),
    ('<div class="newsletter-box"><h3>Get the morning letter</h3><a href="/nl">Subscribe</a></div>',
     "Get the morning letter"),
    ('<div class="share-tools"><button type="button">Share</button> <button type="button">Copy link</button></div>',
     "Copy link"),
])
def test_furniture_containers_are_pruned_and_reported(block: str, line: str) -> None:
    parts = parts_of(P + block + P)
    assert line in parts.furniture  # type: ignore[attr-defined]
    assert line not in parts.root.text_content()  # type: ignore[attr-defined]


def test_a_content_wrapper_with_a_furniture_class_is_kept() -> None:
    long = "".join(f"<p>Paragraph {i} of the article, with enough words to be real text here.</p>" for i in range(12))
    parts = parts_of(f'<div class="entry-content share-enabled widget">{long}</div>')
    assert "Paragraph 11" in parts.root.text_content()  # type: ignore[attr-defined]


def test_headings_and_lead() -> None:
    lead = "The standfirst sits in the header and says what happened in one long sentence here."
    parts = parts_of(f'<p class="standfirst">{lead}</p>{P}<h2>Roads closed by the flood</h2>{P}<h3>Second part</h3>{P}')
    assert parts.lead == lead  # type: ignore[attr-defined]
    assert parts.headings == ("Roads closed by the flood", "Second part")  # type: ignore[attr-defined]


LEAD = "The standfirst sits in the header and says what happened in one long sentence here."
PLAYER = "<script>!function(n){if(!window.player){window.player={};var t=n.createElement('iframe');}}(document);</script>"


@pytest.mark.parametrize("box,expected", [
    (f'<div class="article-intro">{PLAYER}<p>{LEAD}</p></div>', LEAD),  # the loader's code is no text
    (f'<div class="article-intro">{PLAYER}</div>', None),  # only a video player's loader: no lead
    (f'<div class="ingress"><style>.x{{color:red}}</style>{LEAD}</div>', LEAD),
    (f'<p class="lead">{LEAD}</p>', LEAD),
    (f'<p class="manchet">{LEAD}</p>', LEAD),  # (Danish)
])
def test_lead_without_script_code(box: str, expected: str | None) -> None:
    assert parts_of(box + P).lead == expected  # type: ignore[attr-defined]


# The speed-minded helpers (XPath in C, prefix-tree regexes) against their plain definitions.

from lxml import html as lxml_html

from enligt.structure import htmlparts


@pytest.mark.parametrize("text", [
    "", " ", "header", "article-body", "newsletter-signup", "most-read", "x las y", "breadcrumbs", "mehr-zum-thema",
    "teaser", "social-icons", "Ingress", "sub-Headline", "ARTICLE-SUMMARY", "vorspann", "deck", "dekor", "introtext",
])
def test_substring_patterns_find_what_the_word_lists_find(text: str) -> None:
    hints = htmlparts._hint_pattern()
    assert bool(hints.search(text.lower())) == any(w in text.lower() for w in htmlparts.class_tokens("hint"))
    lead = htmlparts._lead_hint()
    assert bool(lead.search(text)) == any(w in text.lower() for w in htmlparts.class_tokens("lead"))


@pytest.mark.parametrize("fragment,text_len,p_text_len", [
    ("<div><p>abc</p><ul><li>de<ul><li>fg</li></ul></li></ul></div>", 5, 3),  # the outer item is not innermost
    ("<div><ul><li><p>one</p><p>two</p></li><li>three</li></ul></div>", 11, 6),
    ("<div><p>a<b>bc</b>d</p><span>zz</span></div>", 4, 4),
    ("<p>solo <i>x</i></p>", 6, 6),  # the element itself counts
    ("<div><span>no paragraphs</span></div>", 0, 0),
])
def test_text_lengths(fragment: str, text_len: int, p_text_len: int) -> None:
    el = lxml_html.fragment_fromstring(fragment)
    assert htmlparts._text_len(el) == text_len
    assert htmlparts._p_text_len(el) == p_text_len


def test_a_paragraph_inside_a_paragraph_counts_twice_for_the_root_choice() -> None:
    el = lxml_html.fragment_fromstring("<div><p>abc</p></div>")
    inner = lxml_html.Element("p")
    inner.text = "xy"
    el[0].append(inner)  # the HTML parser never nests paragraphs; the tree API can
    assert htmlparts._p_text_len(el) == 5 + 2
    assert htmlparts._text_len(el) == 2


@pytest.mark.parametrize("fragment,lines", [
    ('<div><p>Hello <em>big</em> world</p><ul><li><a href="/a">One</a></li><li>Two <span>x</span></li></ul></div>',
     ["Hello big world", "big", "One", "Two", "x"]),
    ('<nav><a href="/">Home</a><a href="/news">News</a><a href="/">Home</a></nav>', ["Home", "News"]),
    ('<div class="share">Share: <button>Copy link</button><small>ok</small></div>', ["Share:", "Copy link", "ok"]),
    ("<footer><div><h3>About <strong>us</strong></h3><p>Text with <b>bold</b> part.</p></div></footer>",
     ["About us", "us", "Text with bold part."]),
    ("<script>var x = 1;</script>", []),
    ("<span>  spaced   out  </span>", ["spaced out"]),
])
def test_leaf_lines(fragment: str, lines: list[str]) -> None:
    el = lxml_html.fragment_fromstring(fragment)
    assert htmlparts._leaf_lines(el) == lines
    assert htmlparts._leaf_lines(el, 2) == lines[:2]


def _candidates_by_definition(root: object) -> list[object]:
    out = []
    for el in root.iterdescendants():  # type: ignore[attr-defined]
        attrs = (el.get("class", "") + " " + el.get("id", "")).lower()
        holds_list = el.find("ul") is not None or el.find("ol") is not None
        if (el.tag in ("aside", "nav", "form", "button") or (el.tag in ("section", "div") and holds_list)
                or (el.tag in ("section", "div", "ul", "p", "span", "footer")
                    and any(h in attrs for h in htmlparts.class_tokens("hint")))):
            out.append(el)
    return out


@pytest.mark.parametrize("fragment", [
    '<div><aside>a</aside><nav>n</nav><section><ol><li>x</li></ol></section><div class="related-box">r</div></div>',
    '<div><p class="lead">l</p><span id="share-row">s</span><footer class="site">f</footer><ul class="tags"></ul></div>',
    '<div><div class="body"><p>t</p></div><div id=""><form><button>b</button></form></div><p class="">e</p></div>',
    '<div class="related"><div class="Most-Read"><ul><li>x</li></ul></div><section class="x"></section></div>',
])
def test_candidates_match_their_definition(fragment: str) -> None:
    root = lxml_html.fragment_fromstring(fragment)
    assert list(htmlparts._candidates(root)) == _candidates_by_definition(root)


@pytest.mark.parametrize("page,root_id", [
    ('<main id="m"><p>short</p></main><div id="b" itemprop="articleBody"><p>a longer paragraph</p></div>', "b"),
    ('<div id="r" role="main"><p>a longer paragraph</p></div><article id="a"><p>short</p></article>', "r"),
    ('<article id="a1"><p>same</p></article><article id="a2"><p>same</p></article>', "a1"),  # the first of equals
    ('<section id="s"><div itemprop="articleBody"><p>text here</p></div></section>', "s"),  # its wrapper
    ("<div><p>no candidates</p></div>", None),
])
def test_article_root(page: str, root_id: str | None) -> None:
    tree = extract.parse(f"<html><body>{page}</body></html>", where="t")
    root = htmlparts.article_root(tree)
    assert root.get("id") == root_id if root_id else root.tag == "body"
