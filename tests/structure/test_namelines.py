"""Bare name lines of a plain-text page (structure/namelines.py): an author, a photographer, or no byline."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text


def run(content: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return art.authors, art.headings


@pytest.mark.parametrize(
    ("content", "heading"),
    [
        # a dump that opens inside the text: a name-shaped subheading between two paragraphs is no byline
        (("Der Zug blieb am Morgen kurz vor dem Bahnhof stehen, weil ein Baum auf die Oberleitung gefallen war. "
         "Die Fahrgäste mussten mehrere Stunden warten, bis ein Ersatzzug kam.\n"
         "Lange Wartezeiten\n"
         "Die Bahn teilte mit, dass die Strecke bis zum Abend gesperrt bleibt. Reisende sollen auf Busse ausweichen, "
         "die zwischen den beiden Orten im Stundentakt fahren.\n"),
         "Lange Wartezeiten"),
        (("Das Hochwasser hat in der Nacht mehrere Keller in der Altstadt überflutet, wie die Feuerwehr am Morgen "
         "mitteilte. Verletzt wurde niemand.\n"
         "Teure Schäden\n"
         "Die Stadt rechnet mit Kosten in Millionenhöhe und will einen Hilfsfonds für betroffene Anwohner einrichten, "
         "sagte der Bürgermeister.\n"),
         "Teure Schäden"),
    ],
    ids=["de-delay", "de-flood"],
)
def test_name_shaped_subheading_between_paragraphs_is_no_author(content: str, heading: str) -> None:
    authors, headings = run(content)
    assert authors == ()
    assert heading in headings
