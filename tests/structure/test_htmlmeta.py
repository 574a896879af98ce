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
    ("Riksbanken höjer räntan | Ekonomibladet", "Ekonomibladet", "Riksbanken höjer räntan"),
    ("Storm hits the coast - The Daily Example", "The Daily Example", "Storm hits the coast"),
    ("Sturm im Norden – Nordwest-Echo", "Nordwest-Echo", "Sturm im Norden"),
    ("Ekonomibladet | Riksbanken höjer räntan", "Ekonomibladet", "Riksbanken höjer räntan"),
    ("How to pick a tent for a long hike | Outdoors", None, "How to pick a tent for a long hike"),
    ("Machine learning in retail – 10 benefits, use cases", None, "Machine learning in retail – 10 benefits, use cases"),
    ("No separator here", "Site", "No separator here"),
])
def test_split_title(title: str, outlet: str | None, expected: str) -> None:
    assert split_title(title, outlet) == expected


@pytest.mark.parametrize("raw,structured,expected", [
    (["By Jane Smith and Tom Brown"], False, ["Jane Smith", "Tom Brown"]),
    (["Av Karin Sjöholm, ekonomireporter"], False, ["Karin Sjöholm"]),
    (["Von Katrin Vogel und Jens Maurer"], False, ["Katrin Vogel", "Jens Maurer"]),
    (["View all posts by Jane Smith"], False, ["Jane Smith"]),
    (["By Daniel Hart in Kramatorsk"], False, ["Daniel Hart"]),
    (["Reuters"], False, []),
    (["Jane Smith, Reuters"], False, ["Jane Smith"]),
    (["Ekonomibladet"], True, []),  # the outlet is no author
    (["aawoods"], True, ["aawoods"]),  # a structured one-word byline is kept
    (["https://example.com/author/jane"], True, []),
])
def test_clean_names(raw: list[str], structured: bool, expected: list[str]) -> None:
    assert clean_names(raw, lang="en", stop={"ekonomibladet"}, structured=structured) == expected


def test_title_prefers_the_h1_that_agrees_with_the_metadata() -> None:
    m = meta_of('<title>Troops dig in as Russia presses on | The Post</title>'
                '<meta property="og:site_name" content="The Post">',
                "<h1>‘No line behind us’: Troops dig in as Russia presses on</h1>" + BODY)
    assert m.title == "‘No line behind us’: Troops dig in as Russia presses on"  # type: ignore[attr-defined]


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
          '"datePublished":"2023-03-02T06:12:00Z","dateModified":"2023-03-02T09:40:00+01:00",'
          '"author":[{"@type":"Person","name":"Daniel Hart"},{"@type":"Organization","name":"The Post"}],'
          '"publisher":{"@type":"Organization","name":"The Post"}}]}')
    m = meta_of(f'<script type="application/ld+json">{ld}</script>')
    assert m.authors == ("Daniel Hart",)  # type: ignore[attr-defined]
    assert m.outlet == "The Post"  # type: ignore[attr-defined]
    assert (m.published, m.updated) == ("2023-03-02T06:12", "2023-03-02T09:40")  # type: ignore[attr-defined]


def test_broken_jsonld_is_skipped() -> None:
    m = meta_of('<script type="application/ld+json">{"@type": "NewsArticle", </script>'
                '<meta name="author" content="Jane Smith">')
    assert m.authors == ("Jane Smith",)  # type: ignore[attr-defined]


@pytest.mark.parametrize("body,published,updated", [
    (('<h1>Rubrik</h1><p class="dates">Publicerad <time datetime="2022-11-24T09:31:00+01:00">24 nov</time> '
     'Uppdaterad <time datetime="2022-11-24T11:02:00+01:00">24 nov</time></p>'), "2022-11-24T09:31",
     "2022-11-24T11:02"),
    (('<h1>Sturm</h1><div class="meta"><time datetime="2023-01-19T14:05:00+01:00">19.01.2023</time>'
     '<span class="aktualisiert">Aktualisiert: 19.01.2023, 17:32 Uhr</span></div>'), "2023-01-19T14:05",
     "2023-01-19T17:32"),
    ('<h1>Title here</h1><p class="byline">By Jane Smith</p><p>March 5, 2025</p>', "2025-03-05", None),
])
def test_visible_dates(body: str, published: str, updated: str | None) -> None:
    m = meta_of("", body + BODY)
    assert (m.published, m.updated) == (published, updated)  # type: ignore[attr-defined]


def test_date_in_a_caption_is_not_the_publication_date() -> None:
    body = ('<h1>Title</h1><figure><figcaption>On March 1, 2023.</figcaption></figure>'
            '<p class="dateline"><time datetime="2023-03-02T06:12:00Z">March 2</time></p>')
    assert meta_of("", body + BODY).published == "2023-03-02T06:12"  # type: ignore[attr-defined]


def test_meta_published_when_nothing_is_shown() -> None:
    m = meta_of('<meta property="article:published_time" content="2021-05-04T10:00:00+02:00">')
    assert m.published == "2021-05-04T10:00"  # type: ignore[attr-defined]


@pytest.mark.parametrize("value,expected", [
    ("2023-03-02T06:12:00Z", "2023-03-02T06:12"),
    ("2023-03-02", "2023-03-02"),
    ("24 november 2022 kl. 09.31", "2022-11-24T09:31"),
    ("1899-01-01", None),
    ("not a date", None),
    ("", None),
])
def test_to_iso(value: str, expected: str | None) -> None:
    assert to_iso(value) == expected
