"""Article fields of short crawl dumps written for these tests (issue 10: bylines, outlets and dates
of real dumps), one table per field and language. Names and outlets are made up."""
from __future__ import annotations

import pytest

from enligt.models import Article, Page
from enligt.settings import Options
from enligt.structure.text import structure_text

BODY = {
    "sv": "Räddningstjänsten larmades strax efter klockan sju på morgonen till en villa i utkanten av byn. "
          "Ingen person skadades i branden, uppger polisen.\n\n"
          "Huset är enligt räddningsledaren totalförstört och kommer att rivas.",
    "no": "Nødetatene ble varslet like etter klokken sju om morgenen om brann i en enebolig i utkanten av bygda. "
          "Ingen personer ble skadet, opplyser politiet.\n\nHuset er ifølge innsatslederen totalskadd og vil bli revet.",
    "da": "Beredskabet blev alarmeret kort efter klokken syv om morgenen til en villa i udkanten af byen. "
          "Ingen personer kom til skade, oplyser politiet.\n\nHuset er ifølge indsatslederen totalskadet og skal rives ned.",
    "de": "Die Feuerwehr wurde kurz nach sieben Uhr am Morgen zu einem Einfamilienhaus am Ortsrand gerufen. "
          "Verletzt wurde niemand, teilte die Polizei mit.\n\n"
          "Das Haus ist nach Angaben des Einsatzleiters völlig zerstört und muss abgerissen werden.",
    "en": "Firefighters were called shortly after seven in the morning to a house on the edge of the village. "
          "No one was hurt in the fire, police said.\n\nThe house was destroyed and will be demolished, the fire chief said.",
}
TITLE = {
    "sv": "Villa totalförstörd i brand utanför Vänersborg", "no": "Enebolig totalskadd i brann på Vestlandet",
    "da": "Villa totalskadet ved brand i Nordjylland", "de": "Einfamilienhaus bei Brand völlig zerstört",
    "en": "House destroyed in fire on edge of village",
}


def page(lang: str, head: str, tail: str = "") -> Article:
    """The dump `head` (with {title} for the language's headline), the body, then `tail`."""
    text = head.format(title=TITLE[lang]) + "\n\n" + BODY[lang] + ("\n\n" + tail if tail else "")
    return structure_text(Page(input="t", content=text, kind="text"), options=Options())


@pytest.mark.parametrize("lang,head,authors", [
    ("en", "{title}\nJane Doe in Kyiv and agencies\nSun 3 Mar 2024 08.15 GMT", ["Jane Doe"]),
    ("en", "{title}\nBy Jane Doe and John Roe\nMarch 3, 2024", ["Jane Doe", "John Roe"]),
    ("en", "{title}\nBY JANE DOE\nMarch 3, 2024 8:15 AM EST", ["Jane Doe"]),
    ("en", "{title}\nBy Jane Doe, Senior Political Reporter\nPublished 8:15 AM, 3 March 2024", ["Jane Doe"]),
    ("en", "{title}\nJane Doe, John Roe and Mary Poe\nUpdated: 3 March 2024", ["Jane Doe", "John Roe", "Mary Poe"]),
    ("en", "{title}\nBy Jane Doe, John Roe and Mary Poe\n3 March 2024 • 8:15am", ["Jane Doe", "John Roe", "Mary Poe"]),
    ("en", "{title}\nWritten by Jane Doe\n03/03/2024", ["Jane Doe"]),
    ("en", "{title}\nStory by Jane Doe\n2024-03-03T08:15:00Z", ["Jane Doe"]),
    ("en", "{title}\nBy Jane Doe | The Associated Press\nMar. 3, 2024", ["Jane Doe"]),
    ("en", "{title}\nJane Doe\nHarbour News, Kyiv\n3 March 2024", ["Jane Doe"]),
    ("en", "{title}\nBy The Associated Press\nMarch 3, 2024", []),
    ("sv", "{title}\nAv Anna Lind och Per Berg\nPublicerad 3 mars 2024 kl 08.15", ["Anna Lind", "Per Berg"]),
    ("sv", "{title}\nText: Anna Lind\nFoto: Per Berg\n3 mars 2024 08:15", ["Anna Lind"]),
    ("sv", "{title}\nText: Anna Lind Foto: Per Berg\nPublicerad: 2024-03-03 08:15", ["Anna Lind"]),
    ("sv", "{title}\nAv Anna Lind, kriminalreporter\n3 mars 2024", ["Anna Lind"]),
    ("sv", "{title}\nAnna Lind/TT\nPublicerad 03.03.2024", ["Anna Lind"]),
    ("sv", "{title}\nAnna Lind\nanna.lind@example.se\nPublicerad idag 08:15", ["Anna Lind"]),
    ("sv", "{title}\nAnna Lind i Göteborg och TT\nsön 3 mar 2024 08.15", ["Anna Lind"]),
    ("sv", "{title}\nSkrivet av Anna Lind\n3 mars 2024", ["Anna Lind"]),
    ("sv", "{title}\nVänerbladet - Sidan 4 - Anna Lind 070-123 45 67 anna.lind@example.se", ["Anna Lind"]),
    ("no", "{title}\nAv Kari Nes og Ola Dahl\nPublisert 03.03.2024 08:15", ["Kari Nes", "Ola Dahl"]),
    ("no", "{title}\nKari Nes, journalist\nPublisert: 3. mars 2024 kl. 08.15", ["Kari Nes"]),
    ("no", "{title}\nKari Nes (NTB)\nsøndag 3. mars 2024", ["Kari Nes"]),
    ("no", "{title}\nTekst: Kari Nes\nFoto: Ola Dahl\nOppdatert 03.03.2024", ["Kari Nes"]),
    ("no", "{title}\nSkrevet av Kari Nes\n3. mars 2024", ["Kari Nes"]),
    ("da", "{title}\nAf Mette Holm og Søren Dahl\nPubliceret 3. marts 2024 kl. 08.15", ["Mette Holm", "Søren Dahl"]),
    ("da", "{title}\nAf Mette Holm, politisk redaktør\n03.03.2024 kl. 08:15", ["Mette Holm"]),
    ("da", "{title}\nMette Holm/Ritzau\nsøndag 3. marts 2024", ["Mette Holm"]),
    ("da", "{title}\nTekst: Mette Holm\nFoto: Søren Dahl\n3. mar. 2024", ["Mette Holm"]),
    ("da", "{title}\nSkrevet af Mette Holm\n3. marts 2024", ["Mette Holm"]),
    ("de", "{title}\nVon Anna Schmidt und Peter Müller\nVeröffentlicht am 03.03.2024 um 08:15 Uhr",
     ["Anna Schmidt", "Peter Müller"]),
    ("de", "{title}\nVon Anna Schmidt, dpa\n03.03.2024, 08:15 Uhr", ["Anna Schmidt"]),
    ("de", "{title}\nEin Artikel von Anna Schmidt\n3. März 2024", ["Anna Schmidt"]),
    ("de", "{title}\nVon Peter Müller, Korrespondent in Paris\nStand: 03.03.2024 08:15 Uhr", ["Peter Müller"]),
    ("de", "{title}\nText: Anna Schmidt\nSo., 03.03.2024, 08:15", ["Anna Schmidt"]),
    ("de", "{title}\nAutorin: Anna Schmidt\n03.03.2024", ["Anna Schmidt"]),
    ("de", "{title}\nVon Anna Schmidt | 03.03.2024", ["Anna Schmidt"]),
    ("de", "{title}\nVon Anna Schmidt (dpa)", ["Anna Schmidt"]),
    ("de", "{title}\nAnna Schmidt / dpa", ["Anna Schmidt"]),
    ("de", "{title}\ndpa/AFP", []),
    ("da", "{title}\nAf Mette Holm | 3. marts 2024 kl. 08.15", ["Mette Holm"]),
    ("da", "{title}\nAf Mette Holm, Ritzau", ["Mette Holm"]),
    ("no", "{title}\nTekst: Kari Nes / NTB", ["Kari Nes"]),
    ("no", "{title}\nKari Nes, NTB", ["Kari Nes"]),
    ("sv", "{title}\nAnna Lind | Publicerad 3 mars 2024", ["Anna Lind"]),
    ("sv", "{title}\nAv Anna Lind 3 mars 2024 08:15", ["Anna Lind"]),
    ("sv", "{title}\nAv Anna Lind, Vänerbladet", ["Anna Lind"]),
    ("en", "{title}\nJane Doe | March 3, 2024", ["Jane Doe"]),
    ("en", "{title}\nPublished 3 March 2024, by Jane Doe", ["Jane Doe"]),
    ("en", "{title}\nBy Jane Doe @janedoe", ["Jane Doe"]),
    ("en", "{title}\nBy Jane Doe, The Harbour Gazette", ["Jane Doe"]),
    ("en", "{title}\nBy Jane Doe and John Roe, Associated Press", ["Jane Doe", "John Roe"]),
])
def test_byline_forms(lang: str, head: str, authors: list[str]) -> None:
    article = page(lang, head)
    assert list(article.authors) == authors
    assert article.title == TITLE[lang]


@pytest.mark.parametrize("lang,head,tail,outlet", [
    ("sv", "Vänerbladet\nNyheter Sport Kultur\n{title}\nPublicerad 3 mars 2024", "", "Vänerbladet"),
    ("sv", "Vänerbladet - Nyheter\n{title}\nPublicerad 3 mars 2024", "", "Vänerbladet"),
    ("sv", "Vänerbladet | Nyheter från Dalsland\n{title}\nPublicerad 3 mars 2024", "", "Vänerbladet"),
    ("sv", "{title} | Vänerbladet\n{title}\nPublicerad 3 mars 2024", "", "Vänerbladet"),
    ("sv", "{title} - Vänerbladet\nPublicerad 3 mars 2024", "", "Vänerbladet"),
    ("sv", "{title} | Lokalt | Vänerbladet\nPublicerad 3 mars 2024", "", "Vänerbladet"),
    ("sv", "{title}\nPublicerad 3 mars 2024", "© Vänerbladet 2024", "Vänerbladet"),
    ("sv", "{title}\nPublicerad 3 mars 2024", "Copyright © 2024 Vänerbladet AB. Alla rättigheter förbehållna.",
     "Vänerbladet"),
    ("sv", "{title}\nVänerbladet - Sidan 4 - Anna Lind 070-123 45 67 anna.lind@example.se", "", "Vänerbladet"),
    ("no", "{title}\nPublisert 3. mars 2024", "© Fjordposten", "Fjordposten"),
    ("no", "FJORDPOSTEN\n{title}\nPublisert 3. mars 2024", "", "Fjordposten"),
    ("no", "{title} - Fjordposten\nPublisert 3. mars 2024", "", "Fjordposten"),
    ("no", "{title}\nPublisert 3. mars 2024", "(NTB)", None),
    ("da", "{title}\n3. marts 2024", "/ritzau/", None),
    ("da", "Vestkysten Avis\n{title}\n3. marts 2024", "", "Vestkysten Avis"),
    ("da", "{title}\n3. marts 2024", "© Vestkysten Avis 2024 · Alle rettigheder forbeholdes", "Vestkysten Avis"),
    ("de", "Rheinbote\n{title}\n03.03.2024", "", "Rheinbote"),
    ("de", "{title}\n03.03.2024", "© Rheinbote 2024", "Rheinbote"),
    ("de", "{title} - Rheinbote\n03.03.2024", "", "Rheinbote"),
    ("de", " date 2024-03 Gesellschaft\n{title}\n03.03.2024", "", None),
    ("en", "The Harbour Gazette\n{title}\nMarch 3, 2024", "", "The Harbour Gazette"),
    ("en", "{title} | The Harbour Gazette\nMarch 3, 2024", "", "The Harbour Gazette"),
    ("en", "{title} - harbourgazette.com\nMarch 3, 2024", "", "harbourgazette.com"),
    ("en", "{title}\nMarch 3, 2024", "© 2024 The Harbour Gazette. All rights reserved.", "The Harbour Gazette"),
    ("en", "{title}\nMarch 3, 2024", "Copyright 2024 The Associated Press. All rights reserved.", None),
    ("en", "{title}\nMarch 3, 2024", "Copyright 2024 Northwind Media Inc. All rights reserved.", None),
    ("en", "{title}\nMarch 3, 2024", "© Copyright 2024 The Harbour Gazette", "The Harbour Gazette"),
    ("en", "Skip to main content\nThe Harbour Gazette\nSubscribe\n{title}\nMarch 3, 2024", "", "The Harbour Gazette"),
    ("sv", "Meny\nSök\nLogga in\nVänerbladet\n{title}\n3 mars 2024", "", "Vänerbladet"),
    ("sv", "Vänerbladet.se\n{title}\n3 mars 2024", "", "Vänerbladet.se"),
    ("no", "Fjordposten – Avisa for Sunnfjord\n{title}\n3. mars 2024", "", "Fjordposten"),
    ("de", "{title}\n03.03.2024", "© Rheinbote 2024 - Alle Rechte vorbehalten", "Rheinbote"),
    ("da", "{title}\n3. marts 2024", "Copyright © Vestkysten Avis A/S", "Vestkysten Avis"),
    # a kicker, a section or a topic tag above the headline is no outlet; a site's name is shaped like
    # one or named again outside the body (a newsletter prompt, a footer, an e-mail address)
    ("de", "Ermittlungen und Anklage\n{title}\n03.03.2024", "", None),
    ("no", "BRANN\n{title}\n3. mars 2024", "", None),
    ("en", "Ohio Valley\n{title}\nMarch 3, 2024", "", None),
    ("sv", "Cookiepolicy\n\nVi använder kakor på sajten.\n\n{title}\n3 mars 2024", "", None),
    ("sv", "Vänersborg\n{title}\n3 mars 2024", "", None),  # a place named in the headline
    ("sv", "Affärsnytt\n{title}\n3 mars 2024", "Affärsnytt Morgon – nyheterna i din mejl varje vardag",
     "Affärsnytt"),
    ("en", "Valley Wire\n{title}\nMarch 3, 2024", "jane.doe@valleywire.com\n\nValley Wire · About · Contact",
     "Valley Wire"),
    ("no", "Fjordbladet Vest\n{title}\n3. mars 2024", "", "Fjordbladet Vest"),
    # the text says the page's own newsroom asked
    ("de", "{title}", "Das bestätigte ein Sprecher der Stadt auf Radio Ostwelle-Nachfrage.", "Radio Ostwelle"),
    ("de", "{title}", "Das bestätigte ein Sprecher der Stadt auf WELLE-Anfrage.", "WELLE"),
    ("de", "{title}", "Das bestätigte ein Sprecher der Stadt auf dpa-Anfrage.", None),
    ("de", "{title}", "Das bestätigte ein Sprecher der Stadt auf AFP-Anfrage.", None),  # an agency asked
    ("de", "{title}", "Das bestätigte ein Sprecher der Stadt auf Anfrage.", None),
])
def test_outlet_forms(lang: str, head: str, tail: str, outlet: str | None) -> None:
    article = page(lang, head, tail)
    assert article.outlet == outlet
    assert article.title == TITLE[lang]


@pytest.mark.parametrize("lang,line,published", [
    ("en", "Mar 3, 2024 8:15 AM EST", "2024-03-03"),
    ("en", "Sunday, March 3, 2024", "2024-03-03"),
    ("en", "3/3/2024", "2024-03-03"),
    ("en", "Posted: Mar 03, 2024 / 08:15 AM EST", "2024-03-03"),
    ("en", "Published March 3, 2024 at 8:15 a.m.", "2024-03-03"),
    ("en", "Updated 8:15 AM EST, Sun March 3, 2024", None),
    ("en", "Published: 08:15 EST, 3 March 2024 | Updated: 09:00 EST, 3 March 2024", "2024-03-03"),
    ("sv", "3 mars 2024", "2024-03-03"),
    ("sv", "Publicerad 3 mar 2024 kl 08.15", "2024-03-03"),
    ("sv", "2024-03-03 08:15", "2024-03-03"),
    ("sv", "Publicerad: söndag 3 mars 2024 08:15", "2024-03-03"),
    ("sv", "Uppdaterad 3 mars 2024 · Publicerad 2 mars 2024", "2024-03-02"),
    ("no", "Publisert 03.03.2024 kl. 08.15", "2024-03-03"),
    ("no", "Publisert søndag 3. mars 2024 - 08:15", "2024-03-03"),
    ("no", "Sist oppdatert 3. mars 2024", None),
    ("da", "søndag den 3. marts 2024", "2024-03-03"),
    ("da", "Opdateret 3. mar. 2024 kl. 08:15", None),
    ("da", "3. marts 2024 kl. 08:15", "2024-03-03"),
    ("de", "03.03.2024 | 08:15 Uhr", "2024-03-03"),
    ("de", "Sonntag, 3. März 2024, 08:15 Uhr", "2024-03-03"),
    ("de", "Aktualisiert am 03.03.2024", None),
    ("de", "3. März 2024 um 08:15 Uhr", "2024-03-03"),
    ("de", "3. März 2024, 8.15 Uhr", "2024-03-03"),
    ("de", "Stand: 3. März 2024, 08:15 Uhr", "2024-03-03"),
    ("de", "3.3.2024", "2024-03-03"),
    ("no", "Publisert: 03.03.2024 08:15 Sist oppdatert: 03.03.2024 09:00", "2024-03-03"),
    ("no", "03. mars 2024 kl. 08:15", "2024-03-03"),
    ("da", "Publiceret søndag 3. marts 2024 - kl. 08:15", "2024-03-03"),
    ("sv", "Publicerad 3 mars 2024 kl 08.15 Uppdaterad 3 mars 2024 kl 09.00", "2024-03-03"),
    ("sv", "PUBLICERAD 3 MARS 2024", "2024-03-03"),
    ("sv", "3 mars, 2024", "2024-03-03"),
    ("en", "Sun, Mar 3, 2024, 8:15 AM", "2024-03-03"),
    ("en", "2024/03/03", "2024-03-03"),
    ("en", "March 3rd, 2024", "2024-03-03"),
    ("en", "PUBLISHED: 08:15 GMT, 3 March 2024", "2024-03-03"),
    ("en", "Last updated on March 4, 2024 | Published on March 3, 2024", "2024-03-03"),
    ("en", "8:15 AM EST March 3, 2024", "2024-03-03"),
    ("en", "3rd March 2024", "2024-03-03"),
    ("en", "Sunday 3 March 2024 08:15 GMT", "2024-03-03"),
    ("en", "March 3, 2024 / 8:15 AM / Updated 2 hours ago", "2024-03-03"),
    ("de", "Erstellt: 03.03.2024, 08:15 Uhr", "2024-03-03"),
    ("de", "Sonntag, 03.03.2024 - 08:15 Uhr", "2024-03-03"),
    ("da", "d. 3. marts 2024", "2024-03-03"),
    ("da", "Publiceret 3. marts 2024 | Opdateret 4. marts 2024", "2024-03-03"),
    ("no", "3. mars 2024, kl. 08.15", "2024-03-03"),
    ("no", "Publisert 3. mars", None),  # no year: a date line that gives no date, not the headline
    ("sv", "Publicerad: 3 mars 2024, kl. 08.15", "2024-03-03"),
    ("sv", "Publicerad 03 mars 2024 08:15 · Uppdaterad 03 mars 2024 09:00", "2024-03-03"),
    # a date printed as a short sentence
    ("sv", "Artikeln publicerades 3 mars 2024.", "2024-03-03"),
    ("no", "Artikkelen ble publisert 3. mars 2024.", "2024-03-03"),
    ("da", "Artiklen blev publiceret 3. marts 2024.", "2024-03-03"),
    ("en", "This article was published on March 3, 2024.", "2024-03-03"),
])
def test_date_forms(lang: str, line: str, published: str | None) -> None:
    article = page(lang, "{title}\n" + line)
    assert (article.published or "")[:10] == (published or "")
    assert article.title == TITLE[lang]


@pytest.mark.parametrize("lang,line,outlet", [
    ("sv", "Vänerbladet", "Vänerbladet"),
    ("en", "The Valley Times", "The Valley Times"),
    ("de", "Rheinbote", "Rheinbote"),
    ("en", "Jane Doe", None),
])
def test_site_name_where_the_byline_stands_is_no_author(lang: str, line: str, outlet: str | None) -> None:
    article = page(lang, "{title}\n\n" + line)
    assert (article.outlet, list(article.authors)) == (outlet, [] if outlet else [line])


def test_dash_headline_keeps_its_tail() -> None:
    head = "Färjan gick på grund utanför Visby – alla passagerare i säkerhet\nPublicerad 3 mars 2024"
    article = structure_text(Page(input="t", content=head + "\n\n" + BODY["sv"], kind="text"), options=Options())
    assert article.title == "Färjan gick på grund utanför Visby – alla passagerare i säkerhet"
    assert article.outlet is None


def test_name_list_inside_the_body_is_a_heading() -> None:
    text = f"{TITLE['en']}\nBy Jane Doe\nMarch 3, 2024\n\n{BODY['en']}\n\nJohn Roe and Mary Poe\n\n{BODY['en']}"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options())
    assert list(article.authors) == ["Jane Doe"]
    assert article.headings == ("John Roe and Mary Poe",)


@pytest.mark.parametrize("lang,head,title,outlet,authors,published", [
    ("sv", "", None, None, [], None),
    ("sv", "Vänerbladet", None, "Vänerbladet", [], None),
    ("sv", "VÄNERBLADET\n3 mars 2024", None, "Vänerbladet", [], "2024-03-03"),
    ("no", "Fjordposten\nAv Kari Nes", None, "Fjordposten", ["Kari Nes"], None),
    ("sv", "Av Anna Lind", None, None, ["Anna Lind"], None),
    ("sv", "3 mars 2024", None, None, [], "2024-03-03"),
    ("en", "Jane Doe\nMarch 3, 2024", None, None, ["Jane Doe"], "2024-03-03"),
    ("de", "Brand", None, None, [], None),  # one word: a topic or place kicker, no headline
    ("de", "Brand in Einfamilienhaus", "Brand in Einfamilienhaus", None, [], None),
    ("en", "Fire destroys house.", "Fire destroys house.", None, [], None),
    ("sv", "Villa förstörd i brand.", None, None, [], None),  # a Swedish line ending in a full stop is the lead
    ("en", "(The following story was first published by a partner site on March 2.)", None, None, [], None),
])
def test_pages_without_a_headline_line(lang: str, head: str, title: str | None, outlet: str | None,
                                       authors: list[str], published: str | None) -> None:
    text = (head + "\n\n" if head else "") + BODY[lang]
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options())
    assert (article.title, article.outlet, list(article.authors)) == (title, outlet, authors)
    assert (article.published or "")[:10] == (published or "")


@pytest.mark.parametrize("lang,tail", [("no", "/NTB"), ("da", "/ritzau/"), ("da", "Ritzau"), ("sv", "TT"), ("de", "(dpa)")])
def test_agency_end_marks_name_no_outlet_nor_author(lang: str, tail: str) -> None:
    article = page(lang, "{title}\nPublisert 3. mars 2024", tail)
    assert article.outlet is None
    assert list(article.authors) == []


GUARDIAN_LIKE = """The Harbour Gazette
World
This article is more than 1 year old
Power grid hit by overnight strikes as winter sets in
Officials say the attacks hit three regions overnight, leaving hundreds of thousands of homes without power
Jane Doe in Kyiv and agencies
Sun 3 Mar 2024 08.15 GMT
Last modified on Sun 3 Mar 2024 10.00 GMT
Share

"""


def test_standfirst_without_full_stop_under_the_headline_is_the_lead() -> None:
    article = structure_text(Page(input="t", content=GUARDIAN_LIKE + BODY["en"], kind="text"), options=Options())
    assert article.title == "Power grid hit by overnight strikes as winter sets in"
    assert (article.lead or "").startswith("Officials say the attacks")
    assert (article.outlet, list(article.authors)) == ("The Harbour Gazette", ["Jane Doe"])
    assert (article.published or "")[:10] == "2024-03-03"


@pytest.mark.parametrize("lang,head,authors,published", [
    ("de", "Rheinbote\nStartseite\nRegion\n{title}\n03.03.2024, 08:15 Uhr\nVon Anna Schmidt\nKommentare\nTeilen",
     ["Anna Schmidt"], "2024-03-03"),
    ("da", ("Forside\nIndland\n{title}\nIngen kom til skade, da en villa brændte natten til søndag.\nMette Holm\n"
            "Journalist\n3. mar. 2024 kl. 08:15\nDel artiklen"), ["Mette Holm"], "2024-03-03"),
    ("no", ("Fjordposten\nNyheter\n{title}\nKari Nes\nJournalist\nOla Dahl\nFotograf\nPublisert 03.03.2024 08:15\n"
            "Sist oppdatert 03.03.2024 09:00"), ["Kari Nes"], "2024-03-03"),
    ("no", "{title}\nKari Nes og Ola Dahl\nJournalister\nPublisert 03.03.2024", ["Kari Nes", "Ola Dahl"], "2024-03-03"),
    ("sv", "Vänerbladet\nNyheter\n{title}\nPublicerad 3 mars 2024 kl 08.15\nAnna Lind\nanna.lind@example.se",
     ["Anna Lind"], "2024-03-03"),
    ("sv", "{title}\nAnna Lind\nReporter\nPer Berg\nReporter\nPublicerad 3 mars 2024", ["Anna Lind", "Per Berg"],
     "2024-03-03"),
    ("en", "Menu\nSearch\n{title}\nBy Jane Doe\nStaff Writer\nMarch 3, 2024 at 8:15 a.m. EST", ["Jane Doe"], "2024-03-03"),
    ("en", "{title}\nJANE DOE, Associated Press\nUpdated Sun, March 3, 2024 at 8:15 AM EST·2 min read", ["Jane Doe"], None),
    ("de", "{title}\nVon Anna Schmidt und Peter Müller\nVeröffentlicht: 03.03.2024 | Lesedauer: 2 Minuten",
     ["Anna Schmidt", "Peter Müller"], "2024-03-03"),
])
def test_header_layouts(lang: str, head: str, authors: list[str], published: str | None) -> None:
    article = page(lang, head)
    assert article.title == TITLE[lang]
    assert list(article.authors) == authors
    assert (article.published or "")[:10] == (published or "")


@pytest.mark.parametrize("lang,header,prompt", [
    ("sv", "Kommentarer:", "Du kan kommentera med ditt riktiga namn. Logga in med BankID för att skriva."),
    ("no", "Kommentarer", "Vi ønsker en saklig debatt. Innlegg som bryter med reglene blir fjernet."),
    ("da", "Kommentarer", "Vi ønsker en saglig debat. Indlæg, der bryder reglerne, bliver slettet."),
    ("de", "Kommentare", "Unsere Kommentare werden moderiert. Bitte bleiben Sie sachlich und freundlich."),
    ("en", "Comments", "We welcome comments that stay on topic. Abusive posts will be removed."),
])
def test_comment_section_ends_the_body(lang: str, header: str, prompt: str) -> None:
    article = page(lang, "{title}", f"{header}\n\n{prompt}")
    assert prompt not in article.body and prompt in article.boilerplate


def test_comment_counter_between_paragraphs_does_not_end_the_body() -> None:
    first, second = BODY["sv"].split("\n\n")
    text = f"{TITLE['sv']}\n\n{first}\n\n12 kommentarer\n\n{second}"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options())
    assert article.body == (first, second)


def test_line_under_an_enlarge_button_is_a_caption() -> None:
    article = page("de", "{title}\n\n+\nDie Feuerwehr vor dem zerstörten Haus am Ortsrand.")
    assert [c.text for c in article.captions] == ["Die Feuerwehr vor dem zerstörten Haus am Ortsrand."]
    assert (article.lead or "").startswith("Die Feuerwehr wurde kurz nach sieben Uhr")


@pytest.mark.parametrize("lang,caption,credit", [
    ("no", "Brannmannskaper utenfor eneboligen tirsdag morgen.", "Foto: Kari Nes / NTB"),
    ("sv", "Räddningstjänsten vid villan på tisdagsmorgonen.", "Foto: Anna Lind/TT"),
    ("en", "Firefighters outside the house on Tuesday morning.", "Photo: Jane Doe/AP"),
])
def test_caption_printed_twice_is_no_lead(lang: str, caption: str, credit: str) -> None:
    article = page(lang, "{title}\n\n" + caption + "\n" + caption + " " + credit)
    assert [c.text for c in article.captions] == [caption]
    assert caption not in article.body and len(article.body) == 2


@pytest.mark.parametrize("lang,caption", [
    ("sv", "Räddningstjänsten vid villan på tisdagsmorgonen. Foto: Anna Lind/TT"),
    ("no", "Brannmannskaper utenfor eneboligen tirsdag. Foto: Kari Nes / NTB"),
    ("da", "Brandfolk uden for villaen tirsdag morgen. Foto: Jens Holm/Ritzau Scanpix"),
    ("de", "Feuerwehrleute vor dem Haus am Dienstag. Foto: Peter Meier/dpa"),
    ("en", "Firefighters outside the house on Tuesday. Photo: Jane Doe/AP"),
])
def test_caption_printed_twice_with_its_credit_is_one_caption(lang: str, caption: str) -> None:
    article = page(lang, "{title}\n\n" + caption + "\n" + caption)
    assert len(article.captions) == 1


@pytest.mark.parametrize("lang,first,second,line", [
    ("sv", "– Helt oacceptabelt, säger oppositionsrådet Eva Berg (S).", "– Ett hån, säger Per Lund (V).",
     "Publicerad 3 mars 2024"),
    ("no", "– Dette er uakseptabelt, sier gruppeleder Kari Nes (Ap).", "– En skandale, sier Ola Dahl (SV).",
     "Av Per Lie"),
])
def test_standfirst_split_over_tight_lines_is_one_lead(lang: str, first: str, second: str, line: str) -> None:
    article = page(lang, "{title}\n\n" + first + "\n" + second + "\n\n" + line)
    assert article.lead == first + "\n" + second
    assert len(article.body) == 3


@pytest.mark.parametrize("lang,first,second", [
    ("sv", "Tre bilar brann i natt i centrala Borås.", "Polisen misstänker att bränderna var anlagda."),
    ("no", "Tre biler brant i natt i sentrum av Hamar.", "Politiet mistenker at brannene var påsatt."),
    ("da", "Tre biler brændte i nat i midtbyen i Vejle.", "Politiet mistænker, at brandene var påsat."),
    ("de", "Drei Autos brannten in der Nacht in der Innenstadt von Gera.", "Die Polizei geht von Brandstiftung aus."),
    ("en", "Three cars burned overnight in the centre of Leeds.", "Police believe the fires were set on purpose."),
])
def test_standfirst_in_tight_lines_above_a_blank_line_is_one_lead(lang: str, first: str, second: str) -> None:
    article = page(lang, "{title}\n\n" + first + "\n" + second)
    assert article.lead == first + "\n" + second


def test_tight_paragraphs_on_a_page_set_in_tight_lines_stay_apart() -> None:
    lines = ["Residents fled as the fire spread through the block.", "Two firefighters were treated for smoke.",
             "The cause of the fire is not yet known, the fire service said.", "Roads nearby stay closed tonight."]
    content = "Fire spreads through a block of flats\n\n" + "\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:])
    article = structure_text(Page(input="t", content=content, kind="text"), options=Options())
    assert article.lead == lines[0]


@pytest.mark.parametrize("lang,first,second,quote", [
    ("sv", "Tre bilar brann i natt i Borås.", "Polisen misstänker anlagd brand.", "- Vi utreder saken, säger Eva Berg."),
    ("no", "Tre biler brant i natt på Hamar.", "Politiet mistenker påsatt brann.", "- Vi etterforsker, sier Kari Nes."),
])
def test_dash_quote_under_a_tight_standfirst_stays_its_own_paragraph(lang: str, first: str, second: str,
                                                                      quote: str) -> None:
    article = page(lang, "{title}\n\n" + first + "\n" + second + "\n" + quote)
    assert article.lead == first + "\n" + second
    assert article.body[1] == quote


def test_tight_paragraphs_below_the_byline_stay_apart() -> None:
    first, second = "Residents fled as the fire spread.", "Two firefighters were treated for smoke."
    article = page("en", "{title}\nBy Jane Doe\n\n" + first + "\n" + second)
    assert article.body[:2] == (first, second)


@pytest.mark.parametrize("lang,last,kept", [
    ("da", "Politiet vil i løbet af dagen undersøge, om brand", True),
    ("en", "Neighbours said the family had lived in the hou", True),
    ("de", "Die Polizei ermittelt nun wegen fahrlässiger Brandstif", True),
    ("sv", "Vänerbladet ingår i Mediehuset Väst AB", False),  # a footer ends in a name
    ("no", "[ Les også: Brann i ene", False),
    ("en", "More from the region", False),
])
def test_last_line_cut_off_by_the_crawler(lang: str, last: str, kept: bool) -> None:
    article = page(lang, "{title}", last)
    assert (article.body[-1] == last) is kept


@pytest.mark.parametrize("lang,first,title", [
    ("no", "Slik pakker du sekken før fjellturen i påsken", None),  # another story's teaser
    ("sv", "Så lyckas du med surdegen hemma i köket", None),
    ("no", TITLE["no"], TITLE["no"]),
    ("sv", "Villa brann ner till grunden", "Villa brann ner till grunden"),  # shares "villa" with the text
])
def test_teaser_glued_after_the_crawler_date_is_no_title(lang: str, first: str, title: str | None) -> None:
    text = f" date 2024-03 {first}\n\n{BODY[lang]}"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options())
    assert article.title == title
    assert (article.lead or "")[:12] == BODY[lang][:12]


def test_bracketed_sentence_inside_the_body_stays_text() -> None:
    aside = "(The house had been empty since the owner moved abroad last year.)"
    first, second = BODY["en"].split("\n\n")
    text = f"{TITLE['en']}\n\n{first}\n\n{aside}\n\n{second}"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options())
    assert aside in article.body


@pytest.mark.parametrize("lang,notice", [
    ("no", "JavaScript is disabled in your web browser. Many parts of this site will not work as they should."),
    ("da", "JavaScript er deaktiveret i din browser, så dele af siden virker ikke."),
])
def test_a_script_notice_above_the_headline_is_no_lead(lang: str, notice: str) -> None:
    article = page(lang, notice + "\n\n{title}")
    assert (article.language, article.lead) == (lang, BODY[lang].split("\n\n")[0])
    assert notice in article.boilerplate


@pytest.mark.parametrize("lang,credit", [("no", "(NTB)"), ("no", "(ANB-NTB)"), ("da", "(Ritzau)")])
def test_an_agency_credit_glued_to_the_last_paragraph_is_cut_off(lang: str, credit: str) -> None:
    article = page(lang, "{title}", "Saken er ikke avgjort ennå. " + credit if lang == "no" else
                   "Sagen er ikke afgjort endnu. " + credit)
    assert article.body[-1] in ("Saken er ikke avgjort ennå.", "Sagen er ikke afgjort endnu.")


@pytest.mark.parametrize("credit", ["(Newsdesk)", "— ABC", "– KTV", "(AP)"])
def test_a_one_word_credit_after_a_paragraph_is_cut_off(credit: str) -> None:
    # a credit no list knows, in brackets or after a dash, after the last sentence of running text
    last = "The harbour board said the new ferry would start sailing in the spring."
    article = page("en", "{title}", f"{last} {credit}")
    assert article.body[-1] == last


@pytest.mark.parametrize("lang,intro", [
    ("en", "The fire chief continued:"), ("en", "One neighbour wrote:"), ("sv", "Räddningsledaren sa:"),
    ("de", "Der Einsatzleiter sagte:"),
])
def test_a_short_speech_intro_over_a_quotation_is_body(lang: str, intro: str) -> None:
    # a speaker and a reporting verb before a colon, a quotation under it: running text, not boilerplate
    quote = "“We could not save the house, but everyone got out in time.”"
    article = page(lang, "{title}", f"{intro}\n\n{quote}\n\n{BODY[lang].split(chr(10) * 2)[0]}")
    assert intro in article.body


@pytest.mark.parametrize("label", ["Read more:", "Photo gallery:", "See also:"])
def test_a_short_label_with_a_colon_stays_out(label: str) -> None:
    article = page("en", "{title}", f"{label}\n\nThe fire chief praised the volunteers who came out.\n\n{BODY['en']}")
    assert label not in article.body


def test_a_short_line_with_a_credit_word_stays_out() -> None:
    # too few words before the credit: no running text to keep
    article = page("en", "{title}", "Read more. — ABC")
    assert "Read more." not in article.body


@pytest.mark.parametrize("lang,line", [("da", "Her kan du se billeder fra branden:"), ("no", "Se bildene fra brannen her:")])
def test_a_pointer_to_a_gallery_is_no_paragraph(lang: str, line: str) -> None:
    article = page(lang, "{title}", line)
    assert line not in article.body


def test_a_read_aloud_label_above_the_body_is_no_title() -> None:
    notice = ("Der er ikke oplæsning af denne artikel, men en computerstemme læser den op. "
              "Giv os besked, hvis et ord lyder forkert.")
    article = page("da", "Automatisk oplæsning\n\n" + notice)
    assert article.title is None and article.lead == BODY["da"].split("\n\n")[0]
    assert notice in article.boilerplate


@pytest.mark.parametrize("lang,head,title,lead", [
    # a deck of eight words or more under a shorter headline is the standfirst, not the headline
    ("en", "Ferry service halted for winter\nOperator says the crossing loses money every single month\n",
     "Ferry service halted for winter", "Operator says the crossing loses money every single month"),
    ("sv", "Färjan slutar gå i vinter\nBolaget säger att linjen går med förlust varje månad nu\n",
     "Färjan slutar gå i vinter", "Bolaget säger att linjen går med förlust varje månad nu"),
    # a marked headline ("➤ Headline") under a "more news" link: the headline, without its mark
    ("de", "Mehr Nachrichten aus der Region\n\n➤ Fähre stellt den Betrieb im Winter vollständig ein\n",
     "Fähre stellt den Betrieb im Winter vollständig ein", None),
    ("no", "■ Ferja slutter å gå i vinter\n", "Ferja slutter å gå i vinter", None),
])
def test_deck_and_marked_headline(lang: str, head: str, title: str, lead: str | None) -> None:
    article = structure_text(Page(input="t", content=head + "\n" + BODY[lang], kind="text"), options=Options())
    assert article.title == title
    if lead is not None:
        assert article.lead == lead


@pytest.mark.parametrize("lang,head,title", [
    # summary points under the headline, each opening with the same mark: a list, never the headline
    ("en", "Ferry service halted for winter\n· Crossing loses money\n· Islanders protest\n", "Ferry service halted for winter"),
    ("de", "Fähre stellt Betrieb ein\n- Verluste seit Jahren\n- Inselbewohner protestieren\n", "Fähre stellt Betrieb ein"),
    # a caption's text printed alone, then again with its credit: the picture's, not the headline
    ("en", "Ferry service halted for winter\nThe ferry at the quay in Harbourton\nThe ferry at the quay in Harbourton. Photo: Jane Doe\n",
     "Ferry service halted for winter"),
    ("sv", "Färjan slutar gå i vinter\nFärjan vid kajen i Visby hamn\nFärjan vid kajen i Visby hamn. Foto: Karin Ek\n",
     "Färjan slutar gå i vinter"),
])
def test_bullet_points_and_caption_repeat(lang: str, head: str, title: str) -> None:
    article = structure_text(Page(input="t", content=head + "\n" + BODY[lang], kind="text"), options=Options())
    assert article.title == title
