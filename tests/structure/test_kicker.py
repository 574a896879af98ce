"""A German kicker printed on the headline's line (structure/kicker.py)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.kicker import split_kicker
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # noun, preposition, noun, then the headline
        ("Streit mit Nachbarn Familie muss Wohnung räumen", ("Streit mit Nachbarn", "Familie muss Wohnung räumen")),
        ("Sorge vor dem Sturm Schulen bleiben am Freitag geschlossen",
         ("Sorge vor dem Sturm", "Schulen bleiben am Freitag geschlossen")),
        # a capitalised determiner opens the headline
        ("Einsatz wegen Gasgeruch Viele Anwohner mussten ihre Häuser verlassen",
         ("Einsatz wegen Gasgeruch", "Viele Anwohner mussten ihre Häuser verlassen")),
        # glued into one word by the dump
        ("Ärger bei StadtwerkenKunden warten auf Rechnungen", ("Ärger bei Stadtwerken", "Kunden warten auf Rechnungen")),
        # a place's adjective is no boundary: the kicker goes on to its noun
        ("Feuer im Kieler Hafen Boote brennen vollständig aus", ("Feuer im Kieler Hafen", "Boote brennen vollständig aus")),
        # no kicker: a plain headline
        ("Mann aus Bremen stirbt bei Unfall auf der Autobahn", None),
        ("Neue Brücke über die Weser wird im Mai eröffnet", None),
        ("Stadtrat beschließt neuen Haushalt für das Jahr", None),
        # a first name at the boundary belongs to a name
        ("Gespräch mit Bürgermeisterin Anna Schulz lehnt Rücktritt ab", None),
        # punctuation in the opening words: a headline with a colon
        ("Unfall im Tunnel: Zwei Verletzte nach Auffahrunfall", None),
        ("Brand in Lagerhalle: Feuerwehr Einsatz dauert an", None),
        # too short to hold both
        ("Streit mit Nachbarn Familie klagt", None),
        # a one-word kicker glued by a colon with no space
        ("Wahlen:Opposition fordert neue Auszählung", ("Wahlen", "Opposition fordert neue Auszählung")),
        # a one-word kicker over a headline that is one quotation
        ('Bahn "Ein schwarzer Tag für Pendler"', ("Bahn", '"Ein schwarzer Tag für Pendler"')),
        ("Hochwasser „Wir haben alles verloren“", ("Hochwasser", "„Wir haben alles verloren“")),
        # a place over a headline that opens with its people
        ("Bremen Bremer Senat stoppt Bauprojekt am Hafen", ("Bremen", "Bremer Senat stoppt Bauprojekt am Hafen")),
        # a country over a headline that opens with another capitalised word and goes on in lower case
        ("Polen Warschau schickt weitere Truppen an die Grenze",
         ("Polen", "Warschau schickt weitere Truppen an die Grenze")),
        # no one-word kicker: a country and a title before a name, a quotation the headline goes on after
        ("Frankreich Präsident Macron besucht Berlin", None),
        ('Affäre "Ich habe nichts gewusst", sagt der Minister', None),
        ("Warnung: Sturm erreicht die Küste am Abend", None),
    ],
)
def test_split_kicker(title: str, expected: tuple[str, str] | None) -> None:
    assert split_kicker(title, "de") == expected


BODY = ("Die Feuerwehr wurde am Dienstagabend zu einem Lagerhaus im Norden der Stadt gerufen, wie ein Sprecher "
        "der Polizei am Mittwoch mitteilte. Verletzt wurde nach ersten Angaben niemand.\n\n"
        "Die Ermittlungen zur Ursache dauern an, sagte der Sprecher. Die Straße war bis zum Morgen gesperrt.")


@pytest.mark.parametrize(
    ("content", "title"),
    [
        # German page: the kicker goes to the boilerplate, the headline is the title
        ("Brand in Lagerhaus Feuerwehr rückt mit großem Aufgebot aus\n\n" + BODY,
         "Feuerwehr rückt mit großem Aufgebot aus"),
        # a plain German headline stays whole
        ("Feuerwehr rückt zu Brand in Lagerhaus aus\n\n" + BODY, "Feuerwehr rückt zu Brand in Lagerhaus aus"),
    ],
)
def test_title_without_kicker(content: str, title: str) -> None:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.title == title
    if title != content.split("\n", 1)[0]:
        assert content.split(title, 1)[0].strip() in art.boilerplate


def test_other_languages_keep_the_line() -> None:
    content = ("Fire at Harbour Warehouse Crews Battle Blaze Overnight\n\n"
               "Firefighters were called to a warehouse at the harbour on Tuesday evening, a police spokesman said. "
               "No one was hurt.\n\nThe cause of the fire is not yet known, the spokesman said.")
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.title == "Fire at Harbour Warehouse Crews Battle Blaze Overnight"


@pytest.mark.parametrize("lang", ["sv", "no", "da", "en", None])
def test_only_where_every_noun_is_capitalised(lang: str | None) -> None:
    assert split_kicker("Streit mit Nachbarn Familie muss Wohnung räumen", lang) is None
