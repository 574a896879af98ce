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
    ('Riksbankens kontor. <span class="credit">Foto: Maria Lindqvist/TT</span>',
     Caption("Riksbankens kontor.", "Maria Lindqvist/TT")),
    ('<span class="caption-text">A soldier walks.</span> <span class="caption-credit">Photo: Jo Ek/The Post</span>',
     Caption("A soldier walks.", "Jo Ek/The Post")),
    ("Smoke rises over the town. REUTERS/Stringer", Caption("Smoke rises over the town.", "REUTERS/Stringer")),
    ('Ein Baum. <small class="copyright">Foto: Hendrik Brinkmann/dpa</small>',
     Caption("Ein Baum.", "Hendrik Brinkmann/dpa")),
    ("Styrräntan sedan 2015. Grafik: Ekonomibladet", Caption("Styrräntan sedan 2015.", "Ekonomibladet")),
    ("A view of the harbour at dawn.", Caption("A view of the harbour at dawn.", None)),
])
def test_captions(figcaption: str, expected: Caption) -> None:
    parts = parts_of(f'<figure><img src="x.jpg"><figcaption>{figcaption}</figcaption></figure>{P}')
    assert parts.captions == (expected,)  # type: ignore[attr-defined]


@pytest.mark.parametrize("block", [
    ('<aside class="read-also"><h4>Läs också</h4><ul><li><a href="/a">Så mycket dyrare blir ditt bolån</a></li>'
    '<li><a href="/b">Bostadspriserna faller för sjunde månaden</a></li></ul></aside>'),
    ('<div class="box"><p class="label">Lesen Sie auch:</p><ul><li><a href="/a">Så mycket dyrare blir ditt bolån</a>'
    '</li><li><a href="/b">Bostadspriserna faller för sjunde månaden</a></li></ul></div>'),
    ('<aside class="related-inline"><h3>Related</h3><ul><li><a href="/a">Så mycket dyrare blir ditt bolån</a></li>'
    '<li><a href="/b">Bostadspriserna faller för sjunde månaden</a></li></ul></aside>'),
])
def test_related_blocks_give_headlines_and_are_pruned(block: str) -> None:
    parts = parts_of(P + block + P)
    assert parts.related == ("Så mycket dyrare blir ditt bolån",  # type: ignore[attr-defined]
                             "Bostadspriserna faller för sjunde månaden")
    assert "bolån" not in parts.root.text_content()  # type: ignore[attr-defined]


def test_most_read_is_furniture_not_related() -> None:
    block = ('<aside class="most-read"><h3>Most read</h3><ol><li><a href="/x">Fed signals pause as inflation cools'
             "</a></li></ol></aside>")
    parts = parts_of(P + block)
    assert parts.related == ()  # type: ignore[attr-defined]
    assert "Fed signals pause as inflation cools" in parts.furniture  # type: ignore[attr-defined]


@pytest.mark.parametrize("block,line", [
    ('<div class="ad ad-inline"><span class="ad-label">Annons</span></div>', "Annons"),
    ('<div class="newsletter-box"><h3>Get the morning letter</h3><a href="/nl">Subscribe</a></div>',
     "Get the morning letter"),
    ('<div class="share-tools"><button>Share</button> <button>Copy link</button></div>', "Copy link"),
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
    parts = parts_of(f'<p class="standfirst">{lead}</p>{P}<h2>A town emptying out</h2>{P}<h3>Second part</h3>{P}')
    assert parts.lead == lead  # type: ignore[attr-defined]
    assert parts.headings == ("A town emptying out", "Second part")  # type: ignore[attr-defined]
