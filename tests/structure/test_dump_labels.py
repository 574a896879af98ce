"""Shapes a crawl dump gives its page furniture, read at stop 39 (art39): a menu glued without spaces is no
headline, a headline may end in an initialism's dot, a caption's label on its own line ("Image caption") opens
the caption under it, a credit label printed without its colon or a credit that is only a date credits nobody,
a comment section's pledge names the site.

Each rule has a table of pages or lines written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Caption, Page
from enligt.settings import Options
from enligt.structure.captions import split_caption
from enligt.structure.furniture import is_furniture, is_gallery_marker, is_glued_menu
from enligt.structure.text import structure_text


def _article(text: str, lang: str):  # type: ignore[no-untyped-def]
    return structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HomeWorld BusinessMarkets SportTechnology OpinionLife", True),
        ("NyheterSport KulturEkonomi DebattLokalt FamiljNöje", True),
        ("StartseiteRegional PolitikWirtschaft KulturSport RatgeberReise", True),
        ("HttpMessageLoggingHandler - A DelegatingHandler that logs requests", False),
        ("setBoundsFromRect (getRectFromBitmap (1, 2)); // MagicNumbersHere", False),
        ("YouTube and TikTok ban accounts after JavaScript flaw", False),
        ("McDonald's opens in Oslo", False),
    ],
)
def test_glued_menu(line: str, expected: bool) -> None:
    assert is_glued_menu(line) is expected


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (("date 2020-05-02 HomeWorld BusinessMarkets SportTechnology Opinion\nFerry strike ends after two weeks\n\n"
          "The ferry workers' union ended its strike on Saturday after reaching a deal on pay with the operator.\n\n"
          "Services resume on Monday, the company said.\n"), "en", "Ferry strike ends after two weeks"),
        (("date 2020-05-02 NyheterSport KulturEkonomi DebattLokalt FamiljNöje\nFärjestrejken är över efter två veckor\n\n"
          "Facket avslutade strejken på lördagen sedan parterna enats om lönerna för de anställda.\n\n"
          "Trafiken kommer i gång igen på måndag, uppger bolaget.\n"), "sv", "Färjestrejken är över efter två veckor"),
    ],
)
def test_glued_menu_is_no_headline(text: str, lang: str, title: str) -> None:
    assert _article(text, lang).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (("Watch Harbour News\n\nHeavy snow closes schools across the U.S.\n\n"
          "BOSTON -- Schools in a dozen states stayed shut on Tuesday as a storm dropped more than a foot of snow.\n\n"
          "Forecasters expect more snow later in the week.\n"), "Heavy snow closes schools across the U.S."),
        (("Watch Harbour News\n\nFlood warnings issued for Washington, D.C.\n\n"
          "WASHINGTON -- Forecasters issued flood warnings for the capital on Monday as the river kept rising.\n\n"
          "Several roads near the river were closed.\n"), "Flood warnings issued for Washington, D.C."),
    ],
)
def test_headline_ending_in_initialism(text: str, title: str) -> None:
    assert _article(text, "en").title == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Image caption", True), ("Bildtext", True), ("Bildetekst", True), ("Billedtekst", True),
     ("Bildunterschrift", True), ("Artikelbild", True), ("Bild 2 av 5", True), ("Kommentarer", False)],
)
def test_caption_label_opens_caption(line: str, expected: bool) -> None:
    assert is_gallery_marker(line) is expected


@pytest.mark.parametrize(
    ("text", "lang", "caption"),
    [
        (("Ferry strike ends after two weeks\n\nImage caption\n\nPickets outside the ferry terminal on Friday\n\n"
          "The ferry workers' union ended its strike on Saturday after reaching a deal on pay with the operator.\n\n"
          "Services resume on Monday, the company said.\n"), "en", "Pickets outside the ferry terminal on Friday"),
        (("Strejken vid hamnen är över\n\nBildtext\n\nStrejkvakter utanför terminalen i fredags\n\n"
          "Facket avslutade strejken på lördagen sedan parterna enats om lönerna för de anställda.\n\n"
          "Trafiken kommer i gång igen på måndag, uppger bolaget.\n"), "sv", "Strejkvakter utanför terminalen i fredags"),
        # the article-picture label, its caption set off by a bar the dump prints (sv, de)
        (("Biblioteket flyttar till stationshuset\n\nKommunen flyttar biblioteket till det gamla stationshuset i höst, "
          "uppger kulturnämnden.\n\nArtikelbild\n\n| Stationshuset har stått tomt i tre år.\n\n"
          "Flytten beräknas kosta fyra miljoner kronor, enligt nämnden.\n"), "sv", "Stationshuset har stått tomt i tre år."),
        (("Bibliothek zieht in den Bahnhof\n\nDie Stadt verlegt die Bücherei im Herbst in das alte Bahnhofsgebäude, "
          "teilte der Kulturausschuss mit.\n\nArtikelbild\n\n| Das Bahnhofsgebäude steht seit drei Jahren leer.\n\n"
          "Der Umzug soll vier Millionen Euro kosten.\n"), "de", "Das Bahnhofsgebäude steht seit drei Jahren leer."),
    ],
)
def test_caption_under_its_label(text: str, lang: str, caption: str) -> None:
    article = _article(text, lang)
    assert article.title is not None and article.title != caption
    assert Caption(caption, None) in article.captions
    assert caption not in article.headings


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Foto Jane Roe/TT", Caption("", "Jane Roe/TT")),
        ("Polisen vid hamnen. Foto Jane Roe/TT", Caption("Polisen vid hamnen.", "Jane Roe/TT")),
        ("Pickets at the terminal. Photo: 21 July 2018", Caption("Pickets at the terminal.", None)),
        ("Pickets at the terminal. Photo: 21 July 2018Image copyright", Caption("Pickets at the terminal.", None)),
        ("Streikende vor dem Hafen. Foto: Jane Roe", Caption("Streikende vor dem Hafen.", "Jane Roe")),
    ],
)
def test_credit_label_without_colon_or_date_credit(line: str, caption: Caption) -> None:
    assert split_caption(line) == caption


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Diesen Artikel vorlesen lassen.", True),
        ("Editor in chief — Jane Roe. Terms of use. Privacy policy.", True),
        ("BE PART OF THE CONVERSATION", True),
        ("The editor in chief resigned on Monday", False),
    ],
)
def test_furniture_lines(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


@pytest.mark.parametrize(
    ("text", "lang", "outlet"),
    [
        (("Ferry strike ends after two weeks\n\nThe ferry workers' union ended its strike on Saturday after a deal "
          "on pay.\n\nServices resume on Monday, the company said.\n\nBE PART OF THE CONVERSATION\n\n"
          "Harbour Radio 7 is committed to providing a forum for polite debate among readers.\n"),
         "en", "Harbour Radio 7"),
        (("Strejken vid hamnen är över\n\nFacket avslutade strejken på lördagen sedan parterna enats om lönerna.\n\n"
          "Trafiken kommer i gång igen på måndag, uppger bolaget.\n\nKommentarer\n\nInlägg som bedöms som olämpliga "
          "tas bort och KUSTBLADET förbehåller sig rätten att använda kommentarer i tidningen.\n"),
         "sv", "KUSTBLADET"),
    ],
)
def test_comment_pledge_names_site(text: str, lang: str, outlet: str) -> None:
    article = _article(text, lang)
    assert article.outlet == outlet
    assert not any("forum" in p or "förbehåller" in p for p in article.body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (["Vegene er stengt, skriver fjordnytt.no.", "– Det blåser kraftig, sier vakthavende til Fjordnytt."], None),
        (["– Det blåser kraftig, sier vakthavende til Fjordnytt."], "Fjordnytt"),
        (["Roads are closed, reports harbourtimes.com.", "\"It is bad,\" the officer told Harbour Times."], None),
    ],
)
def test_medium_cited_by_address_is_no_outlet(body: list[str], expected: str | None) -> None:
    from enligt.structure.told import outlet_from_told
    assert outlet_from_told(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (["Politiet søgte med hunde ved skoven tirsdag.", "Kystavisen.dk vil arbejde videre med sagen."], "Kystavisen.dk"),
        (["Politiet lette med hund i skogen tirsdag.", "Fjordavisa vil jobbe videre med saken."], "Fjordavisa"),
    ],
)
def test_newsroom_following_up(body: list[str], expected: str) -> None:
    from enligt.structure.outlet import outlet_from_newsroom
    assert outlet_from_newsroom(body) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Image source, Getty Images", "Image caption, Crews at work on Monday"],
         ["Image caption", "Crews at work on Monday Image source: Getty Images"]),
        (["Image source, Jane Roe", "", "Image caption, The quay after the storm", "", "Text."],
         ["Image caption", "The quay after the storm Image source: Jane Roe", "", "Text."]),
        (["Media caption, Watch: the storm hits the coast"], ["Media caption", "Watch: the storm hits the coast"]),
        (["Image source, Jane Roe", "", "Text goes on."], ["Image source: Jane Roe", "", "Text goes on."]),
        (["Finally, the council agreed."], ["Finally, the council agreed."]),
    ],
)
def test_comma_labels_apart(lines: list[str], expected: list[str]) -> None:
    from enligt.structure.captions import labelled_lines_apart
    assert labelled_lines_apart(lines) == expected


def test_caption_and_source_after_comma_labels() -> None:
    text = ("Storm floods harbour town\n\nImage source, Jane Roe\nImage caption, The quay under water on Sunday\n\n"
            "The storm flooded the harbour and several streets of the town on Sunday night.\n\n"
            "Media caption, Watch: waves over the sea wall\n\n\"We have never seen it this bad,\" the harbour master said.\n")
    article = _article(text, "en")
    assert article.captions == (Caption("The quay under water on Sunday", "Jane Roe"),
                                Caption("Watch: waves over the sea wall", None))
    assert article.headings == ()
    assert len(article.body) == 2
