"""Article fields of crawled pages: share buttons, date-label rows, glued datelines, quote-leading lines, the
outlet named by a dateline, a photo credit or a pledge.

Each rule has a table of lines or pages written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure import dates
from enligt.structure.byline import parse_byline
from enligt.structure.furniture import is_furniture
from enligt.structure.lines import classify
from enligt.structure.outlet import outlet_from_credits, outlet_from_dateline, outlet_from_pledge
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Del via email", True), ("Del på Facebook", True), ("Følg os på Instagram", True),  # da
        ("Del på Twitter", True), ("Følg oss på Facebook", True),  # no
        ("Dela via e-post", True), ("Följ oss på Instagram", True),  # sv
        ("Auf Facebook teilen", True), ("Per E-Mail senden", True), ("Folgen Sie uns", False),  # de
        ("Share on Facebook", True), ("Follow us on Twitter", True), ("Add to Google+", True),  # en
        ("Facebook köper Instagram", False), ("Twitter stänger av kontot", False),
        ("Facebook sues the state", False), ("Del af Facebook-gruppen lukket", False),
    ],
)
def test_share_buttons(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Offentliggjort Sidst opdateret", True), ("Publiceret Opdateret", True),  # da
        ("Publisert Oppdatert", True),  # no
        ("Publicerad Uppdaterad", True),  # sv
        ("Veröffentlicht Aktualisiert", True),  # de
        ("Published Updated", True),  # en
        ("Publicerad 3 maj 2024", False), ("Offentliggjort i går af ministeriet", False),
        ("Opdateret regler for skolerne", False),
    ],
)
def test_label_row(line: str, expected: bool) -> None:
    assert dates.is_label_row(line) is expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Offentliggjort Sidst opdateret", "furniture"),
        ("Publisert Oppdatert", "furniture"),
        ("Strängnäs2021-03-04 08:15", "date"),  # sv: a place glued to the date
        ("Vimmerby2019-11-30", "date"),
        ("Bad Tölz2020-02-01 17:05", "date"),  # de: two words
        ("Covid2019-05-05 is not a place", "short"),
        ("17. mars 2023 08:40 Sist oppdatert nå nettopp", "date"),  # no: "right now"
        ("14 maj 2024 09.12 Uppdaterad just nu", "date"),  # sv
    ],
)
def test_date_line_kinds(line: str, kind: str) -> None:
    assert classify(line).kind == kind


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        (("Bussen körde av vägen norr om Ljusne\nHallsta2021-03-04 08:15\n"
         "En buss med tolv passagerare körde i diket på onsdagsmorgonen. Ingen skadades allvarligt.\n"
         "– Det gick väldigt fort, säger en passagerare.\n"), "sv", "2021-03-04T08:15"),
        (("Brann i lagerhall på Lista\n9. mars 2023 14:02 Sist oppdatert nå nettopp\n"
         "Brannvesenet rykket ut til en lagerhall på Lista torsdag ettermiddag. Ingen personer er skadet.\n"
         "– Vi har kontroll på brannen nå, sier innsatsleder.\n"), "no", "2023-03-09T14:02"),
    ],
)
def test_dateline_published(text: str, lang: str, published: str) -> None:
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert article.published == published


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        # a page whose dump begins in the running text: the line leading into the quote is no headline
        (("Kommunen vil lukke to skoler i udkanten af byen for at spare otte millioner kroner om året.\n"
         "Det siger formanden for børneudvalget til avisen:\n"
         "- Vi har ikke råd til at holde alle skoler åbne, når børnetallet falder.\n"), "da", None),
        (("Fiskebruket varsler permitteringer for halvparten av de ansatte fra nyttår av.\n"
         "Tillitsvalgt Kari Nes sier varselet er tungt for mange:\n"
         "– Det er mange familier som rammes av dette, og det i en liten bygd.\n"), "no", None),
        (("Die Stadt will zwei Schwimmbäder im kommenden Sommer schließen, um Geld zu sparen.\n"
         "Das sagte der Bürgermeister am Montag der Zeitung:\n"
         "„Wir können uns beide Bäder schlicht nicht mehr leisten“, sagte er weiter.\n"), "de", None),
        # a share button above the running text is no headline
        (("Del via email\nRegionen oplyser torsdag, at to personer er kommet til skade ved en brand i Vejle.\n"
         "Det skriver nyhedsbureauet Ritzau.\n"), "da", None),
        (("Auf Facebook teilen\nDie Polizei hat am Dienstag in Kassel zwei Männer nach einem Einbruch festgenommen.\n"
         "Das teilte ein Sprecher mit.\n"), "de", None),
    ],
)
def test_no_headline(text: str, lang: str, title: str | None) -> None:
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert article.title == title


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (["DAYTON, Ohio (WDTN) -- A water main broke downtown on Monday, the city said."], "WDTN"),  # en call letters
        (["(KTVU-TV) - Firefighters put out a grass fire near the freeway on Sunday."], "KTVU-TV"),
        (["(Dagbladet): Klokka 14.02 fikk politiet melding om en brann i Bergen."], "Dagbladet"),  # no, no place
        (["(NTB): Politiet rykket ut til en brann i Bergen natt til søndag."], None),  # an agency wrote the copy
        (["(AP) — Officials said the storm had passed."], None),
        (["(Foto) - Brannen sett fra lufta."], None),  # no outlet
        (["AKRON, Ohio (NBC 4) -- A bridge closed on Monday after an inspection, the city said."], "NBC 4"),  # network
        (["TOLEDO (FOX9) -- Crews cleared the road by noon."], "FOX9"),
        (["BERLIN (Teil 2) - Die Brücke bleibt gesperrt."], None),  # no station
        # no dash after the bracket, the text running on: a known outlet only, never an agency nor a party
        (["BODØ (VG) Brannvesenet fikk kontroll over brannen i natt."], "VG"),
        (["(CNN)Flooding closed two bridges across the river on Monday."], "CNN"),
        (["MALMÖ (TT) Polisen larmades till en brand i natt."], None),
        (["TROMSØ (SV) Partiet vil ha en ny bru over sundet."], None),
    ],
)
def test_outlet_from_dateline(body: list[str], expected: str | None) -> None:
    assert outlet_from_dateline(body) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Brannmannskaper i arbeid lørdag. Foto: Kari Nes / NRK"], "NRK"),  # no
        (["Kön ringlar lång utanför butiken. Foto: Eva Ek/SVT"], "SVT"),  # sv
        (["Politiet på stedet. Foto: Ole Dam / TV 2"], "TV 2"),  # da
        (["Rescue crews at the scene. Photo: Jane Doe/Reuters"], None),  # an agency
        (["Polisen på plats. Foto: Olle Berg/TT"], None),
        (["Polisen på plats. Foto: Privat"], None),
    ],
)
def test_outlet_from_credits(lines: list[str], expected: str | None) -> None:
    assert outlet_from_credits([classify(line) for line in lines]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Radio Norrland:s nyheter ska stå för saklighet och opartiskhet. Fel rättar vi snabbt.", "Radio Norrland"),
        ("Så här jobbar Kustposten med journalistik", "Kustposten"),
        ("Nyheterna ska stå för saklighet, säger chefen.", None),
    ],
)
def test_outlet_from_pledge(line: str, expected: str | None) -> None:
    assert outlet_from_pledge([classify(line)]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von Anna Weber, Jonas Kühn und Lea Brandt, Hamburg/Berlin", ["Anna Weber", "Jonas Kühn", "Lea Brandt"]),  # de
        ("Von Anna Weber, München", ["Anna Weber"]),
        ("Av Karin Ek och Olle Berg, Stockholm/Oslo", ["Karin Ek", "Olle Berg"]),  # sv
        ("Af Mette Holm, Aarhus/København", ["Mette Holm"]),  # da
        ("By Jane Doe, Washington/London", ["Jane Doe"]),  # en
        ("Foto Henrik Berg/TT", None),  # sv: a photo credit with its colon dropped
        ("Bild Anna Weber/dpa", None),  # de
        ("Photo Jane Doe/Reuters", None),  # en
        ("Av Karin Ek/TT", ["Karin Ek"]),
    ],
)
def test_byline_places_and_credits(line: str, expected: list[str] | None) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a site's error banner and a skip link above the article: furniture, never the headline
        ("Ett tekniskt fel har uppstått. Ladda om sidan för att se hela artikeln.", "furniture"),  # sv
        ("Det har oppstått en teknisk feil. Prøv igjen senere.", "furniture"),  # no
        ("Der er opstået en teknisk fejl. Prøv igen om lidt.", "furniture"),  # da
        ("Ein technischer Fehler ist aufgetreten. Bitte laden Sie die Seite neu.", "furniture"),  # de
        ("A technical error has occurred. Please reload the page.", "furniture"),  # en
        ("Gå till innehåll", "furniture"), ("Zum Hauptinhalt", "furniture"),
        # a news sentence about a fault goes on after the words
        ("Ett tekniskt fel har uppstått i signalsystemet, uppger Trafikverket.", "sentence"),
        ("A technical error has occurred at the plant, the company said on Monday.", "sentence"),
    ],
)
def test_error_banner_and_skip_link(line: str, kind: str) -> None:
    assert classify(line).kind == kind
