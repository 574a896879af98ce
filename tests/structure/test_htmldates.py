"""Published and updated dates of HTML pages: which source wins, and the look-alikes that must stay out."""
from __future__ import annotations

from typing import Any

import pytest

from enligt.structure import extract, htmldates

FILLER = "<p>" + "This is one sentence of the article that is long enough to be prose. " * 4 + "</p>"


def dates(body: str, metas: dict[str, str] | None = None, article: dict[str, Any] | None = None,
          urls: tuple[str | None, ...] = ()) -> tuple[str | None, str | None]:
    html = f"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>{body}{FILLER * 3}</body></html>"
    tree = extract.parse(html, where="t")
    return htmldates.dates_of(tree, metas or {}, article or {}, urls=urls)


def pub(value: str) -> dict[str, str]:
    return {"article:published_time": value}


# (body, metas, urls, expected (published, updated)) for the printed date against the metadata
@pytest.mark.parametrize("body,metas,urls,expected", [
    # an earlier printed date under the headline is the first publication that the metadata re-dated
    ("<h1>The headline of it</h1><p>March 2, 2022</p>", pub("2025-06-12T15:00:00Z"), (),
     ("2022-03-02", None)),
    # one day earlier and the metadata's time in the morning: one moment in two time zones
    ("<h1>The headline of it</h1><p>July 4, 2025</p>", pub("2025-07-05T00:04:00+00:00"), (),
     ("2025-07-05T00:04", None)),
    ("<h1>The headline of it</h1><p>July 4, 2025</p>", pub("2025-07-05T15:00:00+00:00"), (),
     ("2025-07-04", None)),
    # the same moment printed with the local zone: a date in the address settles it
    ('<h1>The headline of it</h1><p><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time></p>',
     pub("2025-12-19T03:05:00+00:00"), ("https://blog.example.org/2025/12/18/a-post/",), ("2025-12-18T19:05", None)),
    ('<h1>The headline of it</h1><p><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time></p>',
     pub("2025-12-19T03:05:00+00:00"), (), ("2025-12-19T03:05", None)),
    ('<h1>The headline of it</h1><p><time datetime="2025-06-19T01:45:00">June 19, 2025</time></p>',
     pub("2025-06-20T13:11:19+00:00"), ("https://x.example.com/2025/06/20/post/",), ("2025-06-20T13:11", None)),
    # a date inside a sentence is no date line
    ("<h1>The headline of it</h1><p>As of July 31, 2025, the agency has received reports.</p>",
     pub("2025-09-25T11:38:00Z"), (), ("2025-09-25T11:38", None)),
    ("<h1>The headline of it</h1><p>Customers (installed after April 15, 2023) get less</p>",
     pub("2025-05-20T15:22:51-07:00"), (), ("2025-05-20T15:22", None)),
    # several different dates near the headline are a list of other items
    (("<h1>The headline of it</h1><ul><li><a>Episode one</a></li><li>Nov 18, 2025</li><li><a>Episode two</a></li>"
     "<li>Nov 11, 2025</li><li><a>Episode three</a></li><li>Nov 4, 2025</li></ul>"),
     pub("2026-01-21T19:57:53+00:00"), (), ("2026-01-21T19:57", None)),
    # "09.10.2024" read the other way round is the metadata's day
    ("<h1>The headline of it</h1><p>09.10.2024</p>",
     {"article:published_time": "2024-09-10T16:07:00Z", "article:modified_time": "2025-11-25T17:47:00Z"}, (),
     ("2024-09-10T16:07", "2025-11-25T17:47")),
    # a later printed date between published and modified is the page's own date
    ("<h1>The headline of it</h1><p>November 25, 2025</p>",
     {"article:published_time": "2024-08-29T10:00:00Z", "article:modified_time": "2025-12-15T12:15:00Z"}, (),
     ("2025-11-25", "2025-12-15T12:15")),
    # a later printed date that is the modified day stays the update (published and updated kept apart)
    ("<h1>The headline of it</h1><p>December 15, 2025</p>",
     {"article:published_time": "2024-08-29T10:00:00Z", "article:modified_time": "2025-12-15T12:15:00Z"}, (),
     ("2024-08-29T10:00", "2025-12-15T12:15")),
    # a date far below the headline (a related item's) does not correct the metadata
    ("<h1>The headline of it</h1>" + FILLER * 25 + "<p>December 7, 2015</p>", pub("2023-05-30T18:24:00Z"), (),
     ("2023-05-30T18:24", None)),
])
def test_printed_against_metadata(body: str, metas: dict[str, str], urls: tuple[str, ...],
                                  expected: tuple[str | None, str | None]) -> None:
    assert dates(body, metas, urls=urls) == expected


# (body, expected (published, updated)) for pages whose only dates are printed
@pytest.mark.parametrize("body,expected", [
    # a date line with a reading time after a separator
    ("<h1>The headline of it</h1><p>December 18, 2025 ・ 3 min read</p>", ("2025-12-18", None)),
    ("<h1>The headline of it</h1><p>Updated Dec 18, 2025 · 12 min read</p>", ("2025-12-18", None)),
    # the date just above the headline beats a date in the text further down
    ("<div>OCTOBER 13, 2025</div><h1>The headline of it</h1><p>The list of events</p><p>Dates: 16-19 March 2026</p>",
     ("2025-10-13", None)),
    # the printed face of a <time> is not read again ("10/12/2023" would be 10 December)
    ('<p><time datetime="2023-10-12T19:38:01Z">10/12/2023 7:38:01 PM</time></p><h1>The headline of it</h1>',
     ("2023-10-12T19:38", None)),
    # a label inside the <time> makes it the update; the related item's date far below is not the published one
    ('<h1>The headline of it</h1><p><time datetime="2023-08-08">Last Modified: August 08, 2023</time></p>'
     + FILLER * 25 + "<p>March 05, 2026</p>", ("2023-08-08", None)),
    # an old page laid out in a table
    (("<h1><a href='/'>The Blog of Someone</a></h1><table><tr><td><fieldset><legend>A post about code</legend>"
     "20 December 2025<div><p>Some text of the post that is long.</p></div></fieldset></td></tr></table>"),
     ("2025-12-20", None)),
])
def test_printed_dates(body: str, expected: tuple[str | None, str | None]) -> None:
    assert dates(body) == expected


def test_comment_times_are_not_the_publication_date() -> None:
    body = ('<div class="comments"><ol><li class="comment"><div class="meta">'
            '<time datetime="2025-06-19T01:45:33+00:00">June 19, 2025 at 1:45 am</time></div></li></ol></div>')
    assert dates(body, pub("2025-06-20T13:11:19+00:00")) == ("2025-06-20T13:11", None)


@pytest.mark.parametrize("statement,expected", [
    ("This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.",
     ("2019-09-26T16:12", "2022-09-30T11:07")),
    ("Dieser Artikel wurde erstmals veröffentlicht am 3. Mai 2018.", ("2018-05-03", "2022-09-30T11:07")),
    ("Artikeln publicerades ursprungligen 12 mars 2020.", ("2020-03-12", "2022-09-30T11:07")),
    ("Originally published on 12 March 2020.", ("2020-03-12", "2022-09-30T11:07")),
    # look-alikes: no date after the phrase, a year alone, a later date, another document's first publication
    ("The study, first published on 3 May 2018 in a journal, found more.", ("2022-09-30T11:07", None)),
    ("Her novel was originally published on 1 June 2001. This article is about it.", ("2022-09-30T11:07", None)),
    ("This story was first published in The Weekly Example.", ("2022-09-30T11:07", None)),
    ("The model was originally published in 2019 by a lab.", ("2022-09-30T11:07", None)),
    ("A version of this was originally published on 3 October 2023.", ("2022-09-30T11:07", None)),
])
def test_first_published_statement(statement: str, expected: tuple[str | None, str | None]) -> None:
    body = f"<h1>The headline of it</h1><p>30 Sep 2022, 11:07am</p>{FILLER}<p>{statement}</p>"
    assert dates(body) == expected


@pytest.mark.parametrize("metas,expected", [
    # an "update" a few hours before the publication is the same moment in another zone
    ({"article:published_time": "2025-11-03T12:42:00", "article:modified_time": "2025-11-03T08:42:00"},
     ("2025-11-03T12:42", None)),
    ({"article:published_time": "2025-11-03T12:42:00", "article:modified_time": "2025-11-03T12:42:30"},
     ("2025-11-03T12:42", None)),
    ({"article:published_time": "2025-11-03T12:42:00", "article:modified_time": "2025-11-05T08:00:00"},
     ("2025-11-03T12:42", "2025-11-05T08:00")),
])
def test_updated_apart_from_published(metas: dict[str, str], expected: tuple[str | None, str | None]) -> None:
    assert dates("<h1>The headline of it</h1>", metas) == expected


@pytest.mark.parametrize("text,expected", [
    ("Updated Dec 18, 2025 · 12 min read", "Updated Dec 18, 2025"),
    ("March 5, 2025", "March 5, 2025"),
    ("As of July 31, 2025, the FDA has received:", None),
    ("Metasploit Wrap-Up 12/19/2025", None),
    ("Originally published in March 2022. Last updated on December 20, 2024.", "Last updated on December 20, 2024."),
    ("Updated on Dec. 09, 2025 · 5 min read", "Updated on Dec. 09, 2025"),
])
def test_date_segment(text: str, expected: str | None) -> None:
    assert htmldates._date_segment(text) == expected


@pytest.mark.parametrize("metas,expected", [
    # the page's only date is an "Updated" line, the same day as dateModified: it is the published date too
    ({"article:modified_time": "2025-12-11 00:00:00"}, ("2025-12-11T00:00", None)),
    ({}, ("2025-12-11", None)),
    # a modified stamp of another day: the printed line stays the update
    ({"article:modified_time": "2025-10-17T09:00:00"}, (None, "2025-12-11")),
])
def test_only_an_updated_line(metas: dict[str, str], expected: tuple[str | None, str | None]) -> None:
    body = "<h1>The headline of it</h1><p>Updated on December 11, 2025</p>"
    got = dates(body, metas)
    assert (got if expected[0] else (None, got[1])) == expected


@pytest.mark.parametrize("name", ["post-date", "Entry-META", "byline", "DATUM x", "teaser", "", "poſted",
                                  "TİME", "tıme", "zeİt", "ﬁrst-date", "Zeitung", "headline"])
def test_date_class_as_the_pattern(name: str) -> None:
    assert htmldates._is_date_class(name) == (htmldates._DATE_CLASS.search(name) is not None)


@pytest.mark.parametrize("count", [5, 450])
def test_date_labelled_as_the_xpath(count: int) -> None:
    from lxml.etree import XPath

    items = "".join(
        f"<span class='{'date' if i % 7 == 0 else 'x'}'>{i}</span><div class='meta'><p>block</p></div>"
        f"<em>no class</em><li class='Time'>{i}</li>" for i in range(count))
    tree = extract.parse(f"<html><body>{items}<small class='dateline'>last</small></body></html>", where="t")
    labelled = XPath("//*[self::span or self::p or self::div or self::small or self::li or self::em]"
                     "[@class][not(*[self::div or self::p or self::ul])]")(tree)[:400]
    expected = [el for el in labelled if htmldates._DATE_CLASS.search(el.get("class"))]
    assert htmldates._date_labelled(tree) == expected and expected


def test_time_elements_as_the_xpath() -> None:
    from lxml.etree import XPath

    body = ("<span itemprop='datePublished'>1 May 2024</span><meta itemprop='dateModified' content='2024-05-02'>"
            "<time datetime='2024-05-03'>3 May</time><div itemprop='author'>A</div>"
            "<time itemprop='dateModified' datetime='2024-05-04'>4 May</time><p itemprop='dateModified'>5 May</p>")
    tree = extract.parse(f"<html><head><meta itemprop='datePublished' content='x'></head><body>{body}</body></html>",
                         where="t")
    expected = XPath("//time | //*[@itemprop='datePublished' or @itemprop='dateModified'][not(self::meta)]")(tree)
    assert htmldates._times()(tree) == expected and len(expected) == 4


@pytest.mark.parametrize("text", ["ORIGINALLY Published on 3 May 2020", "It was first_published here",
                                  "This story first appeared in print", "xoriginally published", "no phrase",
                                  "Erstmals veröffentlicht am 3. Mai"])
def test_statement_on_lowered_ascii_as_the_pattern(text: str) -> None:
    pattern, lowered, _ = htmldates._statement()
    assert lowered is not None
    found, expected = lowered.search(text.lower()), pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())
