"""Credits and bylines read at stop 36 (art38): a credit naming the paper an agency spread a picture from, a
picture's credit printed above the caption that ends in it, a byline naming a site, an agency's copy on a site,
and a caption whose credit the dump lost.

Each rule has a table of lines or pages written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Caption, Page
from enligt.settings import Options
from enligt.structure.captions import split_caption, split_gallery_row
from enligt.structure.lines import Line, classify
from enligt.structure.outlet import outlet_from_credits
from enligt.structure.sitebyline import opens_with_agency, site_byline
from enligt.structure.text import structure_text


def _article(text: str, lang: str):  # type: ignore[no-untyped-def]
    return structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Partiledarna i riksdagen. Eva Ek/SvD/TT / TT NYHETSBYRÅN",  # sv: the paper, then the agency
         Caption("Partiledarna i riksdagen.", "Eva Ek/SvD/TT / TT NYHETSBYRÅN")),
        ("Fergen ved kaia. Kari Nes/Aftenposten/NTB", Caption("Fergen ved kaia.", "Kari Nes/Aftenposten/NTB")),  # no
        ("Fergen ved kaia. Kari Nes/Aftenposten", None),  # no agency after the paper: no credit with no label
        ("Oslo/Aftenposten/Bergen", None),  # places and a paper, no agency last
    ],
)
def test_credit_through_a_paper(line: str, expected: Caption | None) -> None:
    assert split_caption(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Partiledarna i riksdagen. Foto: Eva Ek/SvD/TT", None),  # sv: the agency spread the paper's picture
        ("Fergen ved kaia. Foto: Kari Nes/Aftenposten", "Aftenposten"),  # no: the paper's own photographer
        ("Die Fähre am Kai. Foto: Max Roth/dpa", None),  # de: an agency only
    ],
)
def test_outlet_from_credit(line: str, expected: str | None) -> None:
    assert outlet_from_credits([classify(line)]) == expected


@pytest.mark.parametrize(
    ("text", "lang", "author"),
    [
        (("Oro för varslen på verkstaden\n\nHundra jobb ska bort på verkstaden i Kustby, meddelade ledningen på tisdagen.\n"
          "Anna Berg Publicerad\nEVA EK / TT\nArbetare vid verkstaden i Kustby på tisdagen. EVA EK / TT\n\n"
          "– Vi är oroliga för dem som blir kvar, säger klubbordföranden.\n"), "sv", "Anna Berg"),
        (("Uro etter varselet på verftet\n\nHundre jobber skal bort på verftet i Kystby, opplyste ledelsen tirsdag.\n"
          "Av Kari Nes\nOLA NORDMANN / NTB\nArbeidere ved verftet i Kystby tirsdag. OLA NORDMANN / NTB\n\n"
          "– Vi er bekymret for dem som blir igjen, sier den tillitsvalgte.\n"), "no", "Kari Nes"),
    ],
)
def test_credit_printed_above_its_caption_is_no_byline(text: str, lang: str, author: str) -> None:
    article = _article(text, lang)
    assert list(article.authors) == [author]
    assert len(article.captions) == 1 and article.captions[0].credit is not None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Af Kystposten.dk", "Kystposten.dk"),  # da: a domain
        ("Av Kustnytt.se", "Kustnytt.se"),  # sv
        ("By Harbournews.com", "Harbournews.com"),  # en
        ("Af Lone Hansen", None),  # a person
        ("By Reuters", None),  # an agency's byline names no outlet
        ("Von Max Roth", None),  # de: a person
    ],
)
def test_site_byline(line: str, expected: str | None) -> None:
    assert site_byline(line) == expected


def test_site_byline_gives_the_outlet() -> None:
    text = ("Storm lukker færgerne\n\nAlle færger blev aflyst mandag, da stormen ramte kysten med fuld styrke.\n\n"
            "Af Kystposten.dk\n\nKØBENHAVN – Rederiet oplyser, at færgerne sejler igen tirsdag morgen.\n\n"
            "Ingen kom til skade, siger politiet.\n")
    article = _article(text, "da")
    assert article.outlet == "Kystposten.dk"
    assert "Af Kystposten.dk" not in article.headings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Associated Press The Harbour Times", True),  # en: an agency's copy on a site
        ("Associated Press", False),  # the agency alone: an agency byline
        ("Jane Doe", False),
        ("Ritzau Fonden", False),  # one word of an agency is not enough
    ],
)
def test_opens_with_agency(text: str, expected: bool) -> None:
    assert opens_with_agency(text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rescue crews clear the road near the bridge on Monday. Photo",  # en: the credit lost, its label left
         Caption("Rescue crews clear the road near the bridge on Monday.", None)),
        ("Feuerwehrleute löschen den Brand in der Halle. Foto", Caption("Feuerwehrleute löschen den Brand in der Halle.", None)),
        ("Bild", None),  # a label alone
        ("He took it. Photo", None),  # too short a sentence to tell
        ("The council will vote on Monday", None),
    ],
)
def test_bare_label_after_caption(line: str, expected: Caption | None) -> None:
    assert split_caption(line) == expected


def test_bare_label_caption_is_no_title() -> None:
    text = ("Rescue crews clear the road near the bridge on Monday after the storm. Photo\n\n"
            "Around 300 homes lost power in the storm that hit the coast on Sunday night.\n\n"
            "The county said the roads would open again on Tuesday.\n")
    article = _article(text, "en")
    assert article.title is None
    assert [c.text for c in article.captions] == ["Rescue crews clear the road near the bridge on Monday after the storm."]


def test_line_kind_of_credit_line() -> None:
    assert classify("Partiledarna i riksdagen. Eva Ek/SvD/TT / TT NYHETSBYRÅN") == Line(
        "Partiledarna i riksdagen. Eva Ek/SvD/TT / TT NYHETSBYRÅN", "Partiledarna i riksdagen. Eva Ek/SvD/TT / TT NYHETSBYRÅN",
        "caption")


@pytest.mark.parametrize(
    ("text", "lang", "credit"),
    [
        (("Brann i boligblokk på Tøyen\n\nEn mann ble fraktet til sykehus etter en brann i en boligblokk natt til "
          "søndag.\n\n– Brannen er slukket, sier innsatslederen.\n\nKari Nordmann\n\n"
          "Politiet ber alle som har sett noe, om å ta kontakt.\n"), "no", "Kari Nordmann"),
        (("Fire at the old mill\n\nCrews fought a fire at the old mill on Sunday night for four hours.\n\n"
          "\"It was hard work,\" the fire chief said.\n\nJohn Roe\n\nThe cause of the fire is not yet known.\n"),
         "en", "John Roe"),
    ],
)
def test_name_between_paragraphs_is_a_credit(text: str, lang: str, credit: str) -> None:
    article = _article(text, lang)
    assert credit not in article.headings
    assert [c.credit for c in article.captions] == [credit]


@pytest.mark.parametrize(
    ("text", "lang", "heading"),
    [
        # de: nouns are capitalised, so two capitalised words between paragraphs may be a subheading
        (("Brand in der Altstadt\n\nIn der Nacht hat es in einem Wohnhaus in der Altstadt gebrannt, teilte die "
          "Feuerwehr mit.\n\nVerletzt wurde niemand.\n\nSchwierige Löscharbeiten\n\n"
          "Die Feuerwehr war mit vierzig Kräften vor Ort.\n"), "de", "Schwierige Löscharbeiten"),
    ],
)
def test_capitalised_subheading_stays(text: str, lang: str, heading: str) -> None:
    assert heading in _article(text, lang).headings


@pytest.mark.parametrize(
    "line",
    ["Relaterade länkar", "Relaterte nyheter:", "Relaterede nyheder", "Lesen Sie dazu auch:", "Passend zum Thema",
     "Related links", "Related news"],
)
def test_related_headers(line: str) -> None:
    assert classify(line).kind == "related"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("BRANN: Røyken steg over byen. Foto: Kari Nes / NTB Les mer SLUKKING: Mannskapene jobbet hele natten. "
          "Foto: Kari Nes / NTB Les mer"),
         ["BRANN: Røyken steg over byen. Foto: Kari Nes / NTB", "SLUKKING: Mannskapene jobbet hele natten. Foto: Kari Nes / NTB"]),
        ("Rök över staden. Foto: Eva Ek/TT Läs mer Brandmän vid huset under natten. Foto: Eva Ek/TT Läs mer",
         ["Rök över staden. Foto: Eva Ek/TT", "Brandmän vid huset under natten. Foto: Eva Ek/TT"]),
        # one caption, then running text after the button: no row of captions
        ("BRANN: Røyken steg over byen. Foto: Kari Nes / NTB Les mer om brannen i saken under her: den er lang.", None),
        ("Die Feuerwehr sagt: Es brennt. Der Sprecher sagt: Mehr lesen Sie morgen in der Zeitung hier bei uns.", None),
    ],
)
def test_gallery_row(line: str, expected: list[str] | None) -> None:
    assert split_gallery_row(line) == expected
