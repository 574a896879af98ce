"""A caption printed with its credit on one line and then again on two lines (text, then credit) is one caption
(structure/textpass._add_caption). Sentences written for these tests, per language."""
from __future__ import annotations

import pytest

from enligt.models import Caption, Page
from enligt.settings import Options
from enligt.structure.text import structure_text

CASES = [
    ("Tre bilar i krock på motorvägen", "Räddningstjänsten vid olyckan under morgonen.", "Foto: Karin Ek",
     "Tre personer fördes till sjukhus efter krocken på E4 vid åttatiden, uppger polisen."),
    ("Tre biler i kollisjon på E6", "Nødetatene ved ulykken tidlig mandag morgen.", "Foto: Ola Nordmann",
     "Tre personer ble fraktet til sykehus etter kollisjonen, opplyser politiet i en melding."),
    ("Drei Autos prallen auf der A7 zusammen", "Feuerwehr und Polizei an der Unfallstelle.", "Foto: Jens Müller",
     "Drei Menschen kamen nach dem Zusammenstoß ins Krankenhaus, teilte die Polizei am Montag mit."),
    ("Three cars collide on the highway", "Emergency crews at the scene of the crash.", "Photo: Jane Roe",
     "Three people were taken to hospital after the crash on the highway, police said on Monday."),
]


@pytest.mark.parametrize(("title", "caption", "credit", "body"), CASES)
def test_caption_printed_again(title: str, caption: str, credit: str, body: str) -> None:
    content = f"{title}\n\n{body}\n\n{caption} {credit}\n{caption}\n{credit}\n\n{body} {body}\n"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.captions == (Caption(caption, credit.split(": ", 1)[1]),)
