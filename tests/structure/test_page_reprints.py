"""A page's reprints of its own parts and its notes, read at stop 39 (art39): the article printed a second time
under the first is no more body, a share text above the headline that repeats a paragraph is no lead, the site's
web address alone on a line names the outlet, an update note with its date is a date line, an embedded post signed
by its account is furniture, a read-also list's dashes and its source line are no headlines.

Each rule has a table of pages or lines written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.furniture import is_furniture
from enligt.structure.lines import classify
from enligt.structure.text import structure_text


def _article(text: str, lang: str):  # type: ignore[no-untyped-def]
    return structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))


PRINTED_TWICE = [
    (("Hamnen i Lindby stängs i en vecka\n\nHamnen i Lindby stängs från måndag, meddelar kommunen i ett pressmeddelande.\n\n"
      "Arbetet med den nya kajen ska vara klart till sommaren, enligt kommunen.\n\n"
      "– Vi beklagar besväret för alla båtägare, säger hamnchefen.\n\nlindbynytt.se\n\n"
      "Hamnen i Lindby stängs i en vecka\n\nHamnen i Lindby stängs från måndag, meddelar kommunen i ett pressmeddelande.\n\n"
      "Arbetet med den nya kajen ska vara klart till sommaren, enligt kommunen.\n"), "sv", "lindbynytt.se", 3),
    (("Harbour closes for a week\n\nThe harbour in Lindby will close from Monday, the council said in a statement.\n\n"
      "Work on the new quay should be finished by the summer, the council said.\n\n"
      "\"We are sorry for the trouble,\" the harbour master said.\n\nHarbour closes for a week\n\n"
      "The harbour in Lindby will close from Monday, the council said in a statement.\n\n"
      "Work on the new quay should be fin\n"), "en", None, 3),
]


@pytest.mark.parametrize(("text", "lang", "outlet", "paragraphs"), PRINTED_TWICE)
def test_article_printed_twice_is_one(text: str, lang: str, outlet: str | None, paragraphs: int) -> None:
    article = _article(text, lang)
    assert len(article.body) == paragraphs
    assert article.headings == ()
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("text", "lang", "lead"),
    [
        (("Brannvesenet rykket ut til en låvebrann i natt, skriver avisen.\n\nLåve brant ned i Lindby\n\n"
          "Ingen mennesker eller dyr kom til skade i brannen.\n\n"
          "Brannvesenet rykket ut til en låvebrann i natt, skriver avisen.\n\n"
          "– Låven var overtent da vi kom fram, sier innsatslederen.\n"), "no",
         "Ingen mennesker eller dyr kom til skade i brannen."),
        (("Firefighters were called to a barn fire overnight, the paper reports.\n\nBarn burns down in Lindby\n\n"
          "Nobody was hurt in the fire, police said on Sunday morning.\n\n"
          "Firefighters were called to a barn fire overnight, the paper reports.\n"), "en",
         "Nobody was hurt in the fire, police said on Sunday morning."),
    ],
)
def test_share_text_above_headline_is_no_lead(text: str, lang: str, lead: str) -> None:
    assert _article(text, lang).lead == lead


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Updated March 3, 2024, at 8:15 a.m. with comments from the mayor.", "date"),
        ("Updated March 3, 2024, to correct the name of the street.", "date"),
        ("Oppdatert 3. mars 2024 kl. 12.00 med nye opplysninger fra politiet.", "date"),
        ("Updated March 3, 2024: The mayor resigned later that day.", "sentence"),
        ("The bridge was updated in March 2024 with new lights along the path.", "sentence"),
    ],
)
def test_update_note_is_date_line(line: str, kind: str) -> None:
    assert classify(line).kind == kind


def test_update_note_gives_updated_date() -> None:
    text = ("Bridge reopens after repairs\n\nThe old bridge over the river reopened on Monday after two months of repairs.\n\n"
            "Drivers had to take a long detour while it was shut, officials said.\n\n"
            "Updated March 3, 2024, at 8:15 a.m. with comments from the mayor.\n")
    article = _article(text, "en")
    assert article.updated == "2024-03-03T08:15"
    assert not any(p.startswith("Updated") for p in article.body)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vej spærret ved broen. Hold afstand. #politidk — Kystpolitiet (@Kystpolitiet) August 8, 2019", True),
        ("Road closed near the bridge. Keep away. — Harbour Police (@HarbourPD) 8. august 2019", True),
        ("Straße am Hafen gesperrt. — Polizei Lindby (@PolizeiLindby) 8. August 2019", True),
        ("The road near the bridge was closed in August 2019", False),
    ],
)
def test_embedded_post_is_furniture(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


@pytest.mark.parametrize(
    ("text", "lang", "related"),
    [
        (("Sturm legt Bahnverkehr lahm\n\nDer Sturm hat am Freitag den Bahnverkehr im Norden weitgehend lahmgelegt.\n\n"
          "Mehrere Strecken blieben gesperrt, teilte die Bahn mit.\n\nLesen Sie auch:\n"
          "- Fähren bleiben wegen Sturmflut im Hafen\n- Neue Warnung für das Wochenende\nQuelle: www.example.de\n"), "de",
         ("Fähren bleiben wegen Sturmflut im Hafen", "Neue Warnung für das Wochenende")),
        (("Stormen stoppar tågen\n\nStormen stoppade på fredagen nästan all tågtrafik i norra Sverige.\n\n"
          "Flera banor är avstängda, uppger Trafikverket.\n\nLäs också:\n"
          "– Färjorna ligger kvar i hamn\n– Ny varning inför helgen\nKälla: TT\n"), "sv",
         ("Färjorna ligger kvar i hamn", "Ny varning inför helgen")),
    ],
)
def test_read_also_dashes_and_source_line(text: str, lang: str, related: tuple[str, ...]) -> None:
    assert _article(text, lang).related == related


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("“It is nonsense,” he said. (Reporting by Jane Roe; Editing by John Doe)",
         ("“It is nonsense,” he said.", "(Reporting by Jane Roe; Editing by John Doe)")),
        ("The council met on Monday. (Additional reporting by Jane Roe)",
         ("The council met on Monday.", "(Additional reporting by Jane Roe)")),
        ("He said (by his own account) that he was home.", None),
    ],
)
def test_staff_credit_glued_to_last_paragraph(line: str, expected: tuple[str, str] | None) -> None:
    from enligt.structure.credits import glued_credit
    assert glued_credit(line) == expected


@pytest.mark.parametrize(
    ("text", "lang", "last"),
    [
        (("Innbrudd i butikk i Lindby\n\nEn butikk i sentrum ble utsatt for innbrudd natt til søndag.\n\n"
          "Det ble stjålet klær for flere tusen kroner, opplyser politiet.\n\n"
          "Politiet vil gjerne høre fra vitner. Politiet kan kontaktes på telefon 02800\n"), "no",
         "Politiet vil gjerne høre fra vitner. Politiet kan kontaktes på telefon 02800"),
        (("Shop burgled in Lindby\n\nA shop in the town centre was broken into overnight on Saturday.\n\n"
          "Clothes worth several thousand pounds were taken, police said.\n\n"
          "Police want to hear from witnesses. Anyone with information can call 101\n"), "en",
         "Police want to hear from witnesses. Anyone with information can call 101"),
    ],
)
def test_cut_last_line_holding_a_sentence_is_body(text: str, lang: str, last: str) -> None:
    assert _article(text, lang).body[-1] == last


@pytest.mark.parametrize(
    ("text", "lang", "paragraph"),
    [
        (("Mann frikjent i Lindby tingrett\n\nEn mann i 30-årene ble frikjent for tyveri i Lindby tingrett fredag.\n\n"
          "Forsvareren ba i sin prosedyre om at retten måtte se bort fra de to vitneforklaringene i saken\n\n"
          "– Vi er fornøyd med dommen, sier forsvareren.\n"), "no",
         "Forsvareren ba i sin prosedyre om at retten måtte se bort fra de to vitneforklaringene i saken"),
        (("Man cleared in Lindby court\n\nA man in his thirties was cleared of theft at Lindby court on Friday.\n\n"
          "The defence argued in its closing speech that the court should set aside the two witness statements\n\n"
          "\"We are pleased with the verdict,\" his lawyer said.\n"), "en",
         "The defence argued in its closing speech that the court should set aside the two witness statements"),
    ],
)
def test_long_line_without_stop_is_paragraph(text: str, lang: str, paragraph: str) -> None:
    article = _article(text, lang)
    assert paragraph in article.body
    assert paragraph not in article.headings
