"""Copies a page prints of its own parts, read at stop 36 (art38): the headline printed again above itself is
no outlet, a picture's alt text made of its caption's words is no subheading, a server's include error is no
headline, a standfirst ending in a question is no headline, a date line opening a line runs into the lead.

Each rule has a table of pages written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.gluedate import split_glued_date
from enligt.structure.text import structure_text


def _article(text: str, lang: str):  # type: ignore[no-untyped-def]
    return structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (("Brand i rækkehus i Hillerød\n\nBrand i rækkehus i Hillerød\n\nBrand i rækkehus i Hillerød\n\n"
          "Beredskabet rykkede søndag ud til et rækkehus, hvor der var gået ild i et køkken.\n\n"
          "Ingen kom til skade, oplyser vagtchefen.\n"), "da"),
        (("Storm stengte fergene i Vesterålen\n\nStorm stengte fergene i Vesterålen\n\n"
          "Alle ferger i området ble innstilt onsdag ettermiddag på grunn av kraftig vind.\n\n"
          "Det opplyser rederiet i en melding.\n"), "no"),
        (("Neue Ampel am Marktplatz\n\nNeue Ampel am Marktplatz\n\n"
          "Die Stadt hat am Montag eine neue Ampel an der Kreuzung am Marktplatz in Betrieb genommen.\n\n"
          "Das teilte die Verwaltung mit.\n"), "de"),
    ],
)
def test_headline_printed_again_is_no_outlet(text: str, lang: str) -> None:
    article = _article(text, lang)
    assert article.outlet is None
    assert article.title is not None


@pytest.mark.parametrize(
    ("text", "lang", "alt"),
    [
        (("Bussen kjørte av veien på Otta\n\nEn buss med tolv passasjerer kjørte av veien tirsdag morgen.\n\n"
          "– Alle er tatt hånd om, sier operasjonslederen.\n\nKari Nordmann\n\nOperasjonsleder Kari Nordmann.\n\n"
          "Foto: Per Hansen\n\nVeien var stengt i to timer mens bussen ble tauet bort.\n"), "no", "Kari Nordmann"),
        (("Skolen i Lindby evakueret\n\nAlle elever blev sendt hjem fra skolen i Lindby mandag formiddag.\n\n"
          "– Vi tog ingen chancer, siger skolelederen.\n\nBrandbiler foran skolen i Lindby\n\n"
          "Der holdt flere brandbiler foran skolen i Lindby mandag.\n\nFoto: Ole Hansen\n\n"
          "Ingen kom til skade, oplyser politiet.\n"), "da", "Brandbiler foran skolen i Lindby"),
        (("Ferry delayed by high winds\n\nThe morning ferry was held in port on Monday as winds reached gale force.\n\n"
          "\"We will not sail in this,\" the captain said.\n\nHarbour master Jane Roe\n\n"
          "Harbour master Jane Roe at the quay on Monday.\n\nPhoto: John Doe\n\n"
          "The ferry left in the afternoon once the wind had dropped.\n"), "en", "Harbour master Jane Roe"),
    ],
)
def test_picture_alt_text_of_caption_words_is_no_heading(text: str, lang: str, alt: str) -> None:
    article = _article(text, lang)
    assert alt not in article.headings
    assert alt in article.boilerplate
    assert len(article.captions) == 1 and article.captions[0].credit is not None


@pytest.mark.parametrize(
    ("text", "lang", "heading"),
    [
        # a subheading that says more than the caption under it stays a subheading
        (("Bussen kjørte av veien på Otta\n\nEn buss med tolv passasjerer kjørte av veien tirsdag morgen.\n\n"
          "Flere kjøretøy stanset\n\nBussen i grøfta.\n\nFoto: Per Hansen\n\n"
          "Veien var stengt i to timer mens bussen ble tauet bort.\n"), "no", "Flere kjøretøy stanset"),
    ],
)
def test_heading_above_caption_stays(text: str, lang: str, heading: str) -> None:
    assert heading in _article(text, lang).headings


def test_server_include_error_is_no_headline() -> None:
    text = ("[an error occurred while processing the include]\nHarbour News\n"
            "Last Updated: Monday, 4 March 2024, 10:12 GMT\nBridge closed after barge strike\n"
            "A barge struck the old bridge on Monday morning, and engineers closed it to all traffic.\n\n"
            "\"We will inspect every pier,\" a council spokesman said.\n")
    assert _article(text, "en").title == "Bridge closed after barge strike"


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (("Wasserrohrbruch in Kiel: Straße überflutet\n\nIn der Innenstadt ist am Morgen ein Rohr geplatzt. "
          "Wie lange dauert die Reparatur?\n\nBagger vor der Baustelle in der Innenstadt\n\n"
          "Arbeiter am Rohr Foto: Max Muster/dpa\n\nKIEL | Die Stadtwerke haben die Straße am Morgen gesperrt, "
          "nachdem ein Wasserrohr unter der Fahrbahn geplatzt war.\n"), "de", "Wasserrohrbruch in Kiel: Straße überflutet"),
        (("Strömavbrott i hela Kustby\n\nTusentals hushåll saknade ström under natten. Hur kunde det hända?\n\n"
          "Elverkets bil vid stationen\n\nMontörer vid stationen Foto: Anna Berg/TT\n\n"
          "KUSTBY Strömmen bröts strax efter midnatt och kom tillbaka först på morgonen, enligt elbolaget.\n"), "sv",
         "Strömavbrott i hela Kustby"),
    ],
)
def test_standfirst_ending_in_question_is_no_headline(text: str, lang: str, title: str) -> None:
    assert _article(text, lang).title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onsdag 3. april 2024 kl. 14:05Politiet har lukket vejen ved havnen i nat.",  # da: glued, a weekday first
         ["Onsdag 3. april 2024 kl. 14:05", "Politiet har lukket vejen ved havnen i nat."]),
        ("04.03.2024 10:15 Die Polizei sperrte die Brücke am Morgen.",  # de: spaced
         ["04.03.2024 10:15", "Die Polizei sperrte die Brücke am Morgen."]),
        ("Stand: 04.03.2024 10:15 Uhr Die Polizei sperrte die Brücke am Morgen.",  # de: a label first
         ["Stand: 04.03.2024 10:15 Uhr", "Die Polizei sperrte die Brücke am Morgen."]),
        ("Am 04.03.2024 um 10:15 Uhr sperrte die Polizei die Brücke.", None),  # a sentence that opens with its day
        ("Den 4 mars 2024 kl 10.15 larmades polisen till bron.", None),  # sv: the same
        ("14.03.2021 10:15 uhr", None),  # a date line alone
    ],
)
def test_date_opening_a_line(text: str, expected: list[str] | None) -> None:
    assert split_glued_date(text) == expected


def test_date_opening_the_lead_gives_published() -> None:
    text = ("Storbrand i lagerhal ved havnen\n\nTirsdag 5. marts 2024 kl. 09:40Brandvæsenet kæmper stadig med en "
            "brand i en stor lagerhal ved havnen. Ingen er kommet til skade.\n\n"
            "- Vi har styr på det nu, siger indsatslederen.\n")
    article = _article(text, "da")
    assert article.published == "2024-03-05T09:40"
    assert article.body[0].startswith("Brandvæsenet")


@pytest.mark.parametrize(
    ("text", "lang", "paragraphs"),
    [
        # the lead printed twice in a row: one paragraph
        (("Hamnbron stängs i tre månader\n\n"
          "Kommunen stänger hamnbron i tre månader. Reparationerna börjar redan i maj, uppger kommunen.\n\n"
          "Kommunen stänger hamnbron i tre månader. Reparationerna börjar redan i maj, uppger kommunen.\n\n"
          "Trafiken leds om via Norra vägen under tiden.\n"), "sv", 2),
        # a page with no headline printed twice over: each paragraph once
        (("Die Stadt sperrt die Hafenbrücke für drei Monate, teilte die Verwaltung am Montag mit.\n\n"
          "Die Arbeiten beginnen im Mai und sollen bis zum Sommer dauern, hieß es weiter.\n\n"
          "Die Stadt sperrt die Hafenbrücke für drei Monate, teilte die Verwaltung am Montag mit.\n\n"
          "Die Arbeiten beginnen im Mai und sollen bis zum Sommer dauern, hieß es weiter.\n"), "de", 2),
        # a short paragraph may be the writer's own repetition
        (("Harbour bridge to close for months\n\nThe council will close the harbour bridge in May.\n\nNo.\n\n"
          "Residents protested on Monday.\n\nNo.\n"), "en", 4),
    ],
)
def test_a_paragraph_printed_again_is_one_paragraph(text: str, lang: str, paragraphs: int) -> None:
    assert len(_article(text, lang).body) == paragraphs


def test_picture_credit_list_is_boilerplate() -> None:
    text = ("Neue Ampel am Marktplatz\n\nDie Stadt hat am Montag eine neue Ampel an der Kreuzung am Marktplatz in "
            "Betrieb genommen.\n\nDas teilte die Verwaltung am Dienstag mit.\nBildnachweis\n"
            "- ampel-markt-3: Jonas Beck\n- kreuzung-1: Lena Vogt\n")
    article = _article(text, "de")
    assert article.body == ("Die Stadt hat am Montag eine neue Ampel an der Kreuzung am Marktplatz in Betrieb genommen.",
                            "Das teilte die Verwaltung am Dienstag mit.")
    assert article.headings == ()
