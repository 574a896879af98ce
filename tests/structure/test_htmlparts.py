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
])
def test_captions(figcaption: str, expected: Caption) -> None:
    parts = parts_of(f'<figure><img src="x.jpg"><figcaption>{figcaption}</figcaption></figure>{P}')
    assert parts.captions == (expected,)  # type: ignore[attr-defined]


@pytest.mark.parametrize("block", [
    ('<aside class="read-also"><h4>Läs också</h4><ul><li><a href="/a">Nya cykelbanor längs älven i sommar</a></li>'
    '<li><a href="/b">Skolan får ny rektor till hösten</a></li></ul></aside>'),
    ('<div class="box"><p class="label">Lesen Sie auch:</p><ul><li><a href="/a">Nya cykelbanor längs älven i sommar</a>'
    '</li><li><a href="/b">Skolan får ny rektor till hösten</a></li></ul></div>'),
    ('<aside class="related-inline"><h3>Related</h3><ul><li><a href="/a">Nya cykelbanor längs älven i sommar</a></li>'
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
    parts = parts_of(f'<p class="standfirst">{lead}</p>{P}<h2>Roads closed by the flood</h2>{P}<h3>Second part</h3>{P}')
    assert parts.lead == lead  # type: ignore[attr-defined]
    assert parts.headings == ("Roads closed by the flood", "Second part")  # type: ignore[attr-defined]
