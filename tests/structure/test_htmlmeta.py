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
