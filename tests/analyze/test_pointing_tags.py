"""A quotation first, its speaker in the tag sentence after it that points back ("„Q.“ So schilderte X die Lage.",
"– Q. Så beskrev X läget.", "“Q.” That was how X described it."), and colon tags with an adverb of going on
("Lund weiter: „Q“") (analyze/direct.py, analyze/v2clauses.py, analyze/reader.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]


def records(text: str, lang: str) -> list[Row]:
    art = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(art)]


DE: list[tuple[str, list[Row]]] = [
    ("„Die Brücke ist gesperrt.“ So schilderte ein Anwohner die Lage am Morgen.",
     [("ein Anwohner", "schilderte", "Die Brücke ist gesperrt")]),
    ("„Die Brücke ist gesperrt.“ So beschrieb die Bürgermeisterin Eva Lindner den Zustand.\n\n„Wir handeln sofort.“",
     [("die Bürgermeisterin Eva Lindner", "beschrieb", "Die Brücke ist gesperrt"),
      ("die Bürgermeisterin Eva Lindner", None, "Wir handeln sofort")]),
    ("„Wir bauen keine Stellen ab.“ Mit diesen Worten kommentierte der Vorstand Tom Krämer die Zahlen.",
     [("der Vorstand Tom Krämer", "kommentierte", "Wir bauen keine Stellen ab")]),
    ("„Wir bauen keine Stellen ab.“ Das sagte der Vorstand Tom Krämer am Dienstag.",
     [("der Vorstand Tom Krämer", "sagte", "Wir bauen keine Stellen ab")]),
    ("Die Polizei nannte keine Zahlen. Der Sprecher weiter: „Wir prüfen jeden Hinweis.“",
     [("Der Sprecher", "weiter", "Wir prüfen jeden Hinweis")]),
    ("Der Sprecher Jan Wolff blieb vorsichtig. Wolff weiter:\n\n„Wir prüfen jeden Hinweis.“",
     [("Wolff", "weiter", "Wir prüfen jeden Hinweis")]),
    ("Der Verkehr lief weiter: „Alles ruhig“ stand auf der Tafel.", []),
    ("„Wir wissen es nicht.“ So sagte er, dass alles ruhig sei.", [("er", "sagte", "alles ruhig sei")]),
]

SV: list[tuple[str, list[Row]]] = [
    ("– Vägen var helt blockerad och ingen kom fram. Så beskrev ett vittne läget på kvällen.",
     [("ett vittne", "beskrev", "Vägen var helt blockerad och ingen kom fram")]),
    ("– Vi har inte fattat något beslut. Det säger kommunalrådet Lena Ek till TT.",
     [("kommunalrådet Lena Ek", "säger", "Vi har inte fattat något beslut")]),
    ("Räddningsledaren Per Holm var fåordig. Holm vidare: ”Vi har läget under kontroll.”",
     [("Holm", "vidare", "Vi har läget under kontroll")]),
    ("Räddningsledaren Per Holm var fåordig. Holm vidare:\n\n– Vi har läget under kontroll.",
     [("Holm", "vidare", "Vi har läget under kontroll")]),
]

NO: list[tuple[str, list[Row]]] = [
    ("– Veien var helt stengt, og ingen kom fram. Slik beskriver et vitne situasjonen.",
     [("et vitne", "beskriver", "Veien var helt stengt, og ingen kom fram")]),
    ("Innsatsleder Per Holm var fåmælt. Holm videre: «Vi har kontroll.»",
     [("Holm", "videre", "Vi har kontroll")]),
]

DA: list[tuple[str, list[Row]]] = [
    ("– Vejen var helt spærret, og ingen kom frem. Sådan beskriver et vidne situationen.",
     [("et vidne", "beskriver", "Vejen var helt spærret, og ingen kom frem")]),
    ("– Vi lukker ikke butikken. Sådan lyder det fra direktør Lone Vang.",
     [("direktør Lone Vang", "lyder det fra", "Vi lukker ikke butikken")]),
    ("Indsatsleder Per Holm var fåmælt. Holm videre: »Vi har styr på det.«",
     [("Holm", "videre", "Vi har styr på det")]),
]

EN: list[tuple[str, list[Row]]] = [
    ("“The road was blocked and nobody could get through.” That was how one driver described the night.",
     [("one driver", "described", "The road was blocked and nobody could get through")]),
    ("“We will not sell the farm.” So said the owner, who has run it for forty years.",
     [("the owner", "said", "We will not sell the farm")]),
    ("“We will not sell the farm.” So the owner left the meeting.", []),
]


@pytest.mark.parametrize(("text", "expected"), DE)
def test_german(text: str, expected: list[Row]) -> None:
    assert records(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), SV)
def test_swedish(text: str, expected: list[Row]) -> None:
    assert records(text, "sv") == expected


@pytest.mark.parametrize(("text", "expected"), NO)
def test_norwegian(text: str, expected: list[Row]) -> None:
    assert records(text, "no") == expected


@pytest.mark.parametrize(("text", "expected"), DA)
def test_danish(text: str, expected: list[Row]) -> None:
    assert records(text, "da") == expected


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english(text: str, expected: list[Row]) -> None:
    assert records(text, "en") == expected
