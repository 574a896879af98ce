"""HTML metadata rules: titles without site suffixes, clean authors, published and updated kept apart."""
from __future__ import annotations

import pytest

from enligt.structure import extract
from enligt.structure.htmldates import to_iso
from enligt.structure.htmlmeta import extract_meta
from enligt.structure.htmlnames import clean_names, split_title

BODY = "<p>" + "Det här är en mening i artikeln som är lång nog. " * 6 + "</p>"


def meta_of(head: str, body: str = BODY, lang: str = "en") -> object:
    html = f"<!DOCTYPE html><html lang=\"{lang}\"><head>{head}</head><body>{body}</body></html>"
    return extract_meta(extract.parse(html, where="t"))


@pytest.mark.parametrize("title,outlet,expected", [
    ("Kommunen bygger ny simhall | Dagbladet Norr", "Dagbladet Norr", "Kommunen bygger ny simhall"),
    ("Storm hits the coast - The Daily Example", "The Daily Example", "Storm hits the coast"),
    ("Sturm im Norden – Küstenbote", "Küstenbote", "Sturm im Norden"),
    ("Dagbladet Norr | Kommunen bygger ny simhall", "Dagbladet Norr", "Kommunen bygger ny simhall"),
    ("How to pick a tent for a long hike | Outdoors", None, "How to pick a tent for a long hike"),
    ("Machine learning in retail – 10 benefits, use cases", None, "Machine learning in retail – 10 benefits, use cases"),
    ("No separator here", "Site", "No separator here"),
])
def test_split_title(title: str, outlet: str | None, expected: str) -> None:
    assert split_title(title, outlet) == expected


@pytest.mark.parametrize("raw,structured,expected", [
    (["By Jane Smith and Tom Brown"], False, ["Jane Smith", "Tom Brown"]),
    (["Av Lisa Holm, ekonomireporter"], False, ["Lisa Holm"]),
    (["Von Anja Kurz und Jonas Berg"], False, ["Anja Kurz", "Jonas Berg"]),
    (["View all posts by Jane Smith"], False, ["Jane Smith"]),
    (["By Sam Reed in Lisbon"], False, ["Sam Reed"]),
    (["Reuters"], False, []),
    (["Jane Smith, Reuters"], False, ["Jane Smith"]),
    (["Dagbladet Norr"], True, []),  # the outlet is no author
    (["aawoods"], True, ["aawoods"]),  # a structured one-word byline is kept
    (["https://example.com/author/jane"], True, []),
    (["The Commercial Appeal"], True, []),  # a publication, not a person
    (["Administrator"], True, []),
    (["Marketing Director"], False, []),
    # a role after the name's comma goes, with everything after it; a list of names stays
    (["This post was written by Dana Pad, Head of Marketing and Community Development"], False, ["Dana Pad"]),
    (["Jane Smith, Senior Editor and Writer"], False, ["Jane Smith"]),
    (["Jane Smith, Anna Berg and Tom Lee"], False, ["Jane Smith", "Anna Berg", "Tom Lee"]),
    (["The article was written by Jane Smith"], False, ["Jane Smith"]),
])
def test_clean_names(raw: list[str], structured: bool, expected: list[str]) -> None:
    assert clean_names(raw, lang="en", stop={"dagbladet norr"}, structured=structured) == expected


def test_title_prefers_the_h1_that_agrees_with_the_metadata() -> None:
    m = meta_of('<title>Farmers hold out as the river rises | The Valley Times</title>'
                '<meta property="og:site_name" content="The Valley Times">',
                "<h1>‘We stay until the end’: Farmers hold out as the river rises</h1>" + BODY)
    assert m.title == "‘We stay until the end’: Farmers hold out as the river rises"  # type: ignore[attr-defined]


def test_title_ignores_a_logo_h1() -> None:
    m = meta_of('<meta property="og:title" content="Small adventures with small language models">'
                "<title>Data Blog: Small adventures with small language models</title>",
                "<h1>Data Blog</h1>" + BODY)
    assert m.title == "Small adventures with small language models"  # type: ignore[attr-defined]


@pytest.mark.parametrize("head,h1,expected", [
    ('<title>Ferry fire: crew rescued | Coast Daily</title><meta property="og:title" content="Crew saved as fire guts ferry">',
     "Ferry crew rescued after engine room blaze", "Ferry crew rescued after engine room blaze"),
    ('<meta property="og:title" content="Ny skole åpner i høst – foreldre jubler">',
     "Kommunen åpner ny barneskole i august", "Kommunen åpner ny barneskole i august"),
    ('<meta property="og:title" content="Small adventures with small language models">',
     "Data Blog", "Small adventures with small language models"),
])
def test_a_lone_h1_headline_beats_differing_seo_titles(head: str, h1: str, expected: str) -> None:
    assert meta_of(head, f"<h1>{h1}</h1>" + BODY).title == expected  # type: ignore[attr-defined]


def test_title_entities_decoded() -> None:
    m = meta_of('<meta property="og:title" content="Full &amp;#038; Part Time Programs">')
    assert m.title == "Full & Part Time Programs"  # type: ignore[attr-defined]


def test_jsonld_authors_dates_outlet() -> None:
    ld = ('{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"H",'
          '"datePublished":"2021-06-14T07:20:00Z","dateModified":"2021-06-14T10:05:00+02:00",'
          '"author":[{"@type":"Person","name":"Sam Reed"},{"@type":"Organization","name":"The Post"}],'
          '"publisher":{"@type":"Organization","name":"The Post"}}]}')
    m = meta_of(f'<script type="application/ld+json">{ld}</script>')
    assert m.authors == ("Sam Reed",)  # type: ignore[attr-defined]
    assert m.outlet == "The Post"  # type: ignore[attr-defined]
    assert (m.published, m.updated) == ("2021-06-14T07:20", "2021-06-14T10:05")  # type: ignore[attr-defined]


def test_broken_jsonld_is_skipped() -> None:
    m = meta_of('<script type="application/ld+json">{"@type": "NewsArticle", </script>'
                '<meta name="author" content="Jane Smith">')
    assert m.authors == ("Jane Smith",)  # type: ignore[attr-defined]


@pytest.mark.parametrize("body,published,updated", [
    (('<h1>Rubrik</h1><p class="dates">Publicerad <time datetime="2020-02-11T08:45:00+01:00">11 feb</time> '
     'Uppdaterad <time datetime="2020-02-11T10:15:00+01:00">11 feb</time></p>'), "2020-02-11T08:45",
     "2020-02-11T10:15"),
    (('<h1>Sturm</h1><div class="meta"><time datetime="2019-10-03T16:20:00+02:00">03.10.2019</time>'
     '<span class="aktualisiert">Aktualisiert: 03.10.2019, 18:40 Uhr</span></div>'), "2019-10-03T16:20",
     "2019-10-03T18:40"),
    ('<h1>Title here</h1><p class="byline">By Jane Smith</p><p>March 5, 2025</p>', "2025-03-05", None),
])
def test_visible_dates(body: str, published: str, updated: str | None) -> None:
    m = meta_of("", body + BODY)
    assert (m.published, m.updated) == (published, updated)  # type: ignore[attr-defined]


def test_date_in_a_caption_is_not_the_publication_date() -> None:
    body = ('<h1>Title</h1><figure><figcaption>On May 4, 2018.</figcaption></figure>'
            '<p class="dateline"><time datetime="2018-05-05T09:30:00Z">May 5</time></p>')
    assert meta_of("", body + BODY).published == "2018-05-05T09:30"  # type: ignore[attr-defined]


def test_meta_published_when_nothing_is_shown() -> None:
    m = meta_of('<meta property="article:published_time" content="2021-05-04T10:00:00+02:00">')
    assert m.published == "2021-05-04T10:00"  # type: ignore[attr-defined]


@pytest.mark.parametrize("value,expected", [
    ("2017-08-21T15:42:00Z", "2017-08-21T15:42"),
    ("2017-08-21", "2017-08-21"),
    ("12 mars 2020 kl. 14.10", "2020-03-12T14:10"),
    ("1899-01-01", None),
    ("not a date", None),
    ("", None),
])
def test_to_iso(value: str, expected: str | None) -> None:
    assert to_iso(value) == expected


def test_a_display_name_beats_a_login_name() -> None:
    m = meta_of('<meta name="author" content="andrew.keaveney">',
                '<h1>Title of the story here</h1><p>By <span>Denise Everheart</span></p>' + BODY)
    assert m.authors == ("Denise Everheart",)  # type: ignore[attr-defined]


def test_a_reviewer_after_the_author_is_no_author() -> None:
    m = meta_of("", '<h1>Title of the story here</h1><p class="meta"><a class="author" href="/a">Jane Smith</a>'
                ' · Reviewed by <a class="author" href="/b">Tom Brown</a></p>' + BODY)
    assert m.authors == ("Jane Smith",)  # type: ignore[attr-defined]


def test_authors_of_related_posts_are_not_the_authors() -> None:
    related = "".join(f'<div class="card"><h3>Other story {i}</h3><span class="author">Writer Number{i}</span></div>'
                      for i in range(3))
    m = meta_of("", '<h1>Title</h1><div class="byline"><span class="author">Jane Smith</span></div>' + BODY
                + f'<section class="more-stories">{related}</section>')
    assert m.authors == ("Jane Smith",)  # type: ignore[attr-defined]


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


@pytest.mark.parametrize("head,body,expected", [
    # a Yoast @graph: the author is a reference to a Person elsewhere in the graph
    (_ld('{"@context":"https://schema.org","@graph":[{"@type":"Article","author":{"@id":"#p1"},'
         '"publisher":{"@id":"#org"}},{"@type":"Person","@id":"#p1","name":"Mara Lindqvist"},'
         '{"@type":"Organization","@id":"#org","name":"Hembygdsbladet"}]}'), "", ("Mara Lindqvist",)),
    # a lower-case display name in a Person object is still a person
    (_ld('{"@type":"BlogPosting","author":{"@type":"Person","name":"kirsti holm"}}'), "", ("kirsti holm",)),
    # typed objects that are not people
    (_ld('{"@type":"Article","author":{"@type":"WebSite","name":"example.net"}}'), "", ()),
    # the outlet filed as a Person, with an Organization publisher of the same name and no byline
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Lakeside Clinic"},'
         '"publisher":{"@type":"Organization","name":"Lakeside Clinic"}}'), "", ()),
    # ... but a personal blog whose byline shows the same name keeps it
    (_ld('{"@type":"Article","author":{"@type":"Person","name":"Jon Eklund"},'
         '"publisher":{"@type":"Organization","name":"Jon Eklund"}}'),
     '<div class="post-author"><span class="author-name">Jon Eklund</span></div>', ("Jon Eklund",)),
])
def test_json_ld_authors(head: str, body: str, expected: tuple[str, ...]) -> None:
    assert meta_of(head, "<h1>Title of the story here</h1>" + body + BODY).authors == expected  # type: ignore[attr-defined]


@pytest.mark.parametrize("box,expected", [
    (('<div class="blog-author"><img src="a.jpg"><div>Bence Kovacs</div>'
     '<p>Bence is a developer who writes about audio and games for the blog.</p></div>'), ("Bence Kovacs",)),
    (('<div class="resource-author"><div class="resource-author-details"><p>Lena Park</p>'
     '<p>December 17, 2025</p></div></div>'), ("Lena Park",)),
    ('<div class="author-box"><p>Read more about our writers and editors on the team page of the site.</p></div>', ()),
])
def test_name_alone_in_a_byline_box(box: str, expected: tuple[str, ...]) -> None:
    assert meta_of("", "<h1>Title of the story here</h1>" + BODY + box).authors == expected  # type: ignore[attr-defined]


@pytest.mark.parametrize("head,url,expected", [
    ('<meta name="published" content="July 17, 2025">', None, "2025-07-17"),
    ('<meta name="pub_date" content="2024-02-03">', None, "2024-02-03"),
    ('<meta property="og:url" content="https://blog.example.org%2Fposts%2F2025-12-15%2Bgcc">', None, "2025-12-15"),
    ('<link rel="canonical" href="https://news.example.com/2021/08/04/storm-hits/">', None, "2021-08-04"),
    ("", "https://example.com/a/2019/3/7/story", "2019-03-07"),
    ("", "https://example.com/p/20190307123", None),  # digits without separators are an id
])
def test_published_from_meta_aliases_and_urls(head: str, url: str | None, expected: str | None) -> None:
    html = f"<!DOCTYPE html><html lang=\"en\"><head>{head}</head><body><h1>Title</h1>{BODY}</body></html>"
    m = extract_meta(extract.parse(html, where="t"), url=url)
    assert (m.published or "")[:10] == (expected or "")  # type: ignore[attr-defined]


@pytest.mark.parametrize("printed,meta,expected", [
    ("March 2, 2022", "2025-06-12T10:00:00Z", "2022-03-02"),  # re-dated metadata: the earlier printed date
    ("June 30, 2025", "2024-02-21T11:54:00Z", "2024-02-21"),  # a later printed date is an update or another item
])
def test_published_is_the_earlier_of_meta_and_printed(printed: str, meta: str, expected: str) -> None:
    m = meta_of(f'<meta property="article:published_time" content="{meta}">',
                f"<h1>Title of the story here</h1><p class=\"date\">{printed}</p>" + BODY)
    assert (m.published or "")[:10] == expected  # type: ignore[attr-defined]
