"""A caption printed twice in a row (a picture's alt text, then its caption) above its credit line or its
photographer's name is one caption and no body paragraph (structure/textpass._drop_alt_copy)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text


def run(content: str) -> tuple[list[str], list[str]]:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    return list(art.body), [c.text for c in art.captions]


CASES = [
    ("sv", "Tre bilar i krock på motorvägen", "Räddningstjänsten och polisen var på plats vid olyckan under morgonen.",
     "Foto: Karin Ek", "Tre personer fördes till sjukhus efter krocken på E4 vid åttatiden, uppger polisen."),
    ("no", "Tre biler i kollisjon på E6", "Nødetatene rykket ut til ulykken på E6 tidlig mandag morgen.",
     "Foto: Ola Nordmann", "Tre personer ble fraktet til sykehus etter kollisjonen, opplyser politiet."),
    ("da", "Tre biler i sammenstød på motorvejen", "Politi og redningsfolk var massivt til stede ved ulykken mandag.",
     "Foto: Mette Holm", "Tre personer blev kørt på sygehuset efter sammenstødet, oplyser politiet."),
    ("de", "Drei Autos prallen auf der A7 zusammen", "Feuerwehr und Polizei waren am Montagmorgen an der Unfallstelle.",
     "Foto: Jens Müller", "Drei Menschen kamen nach dem Zusammenstoß ins Krankenhaus, teilte die Polizei mit."),
    ("en", "Three cars collide on the highway", "Emergency crews at the scene of the crash on Monday morning.",
     "Photo: Jane Roe", "Three people were taken to hospital after the crash, police said on Monday."),
]


@pytest.mark.parametrize(("lang", "head", "caption", "credit", "lead"), CASES)
def test_caption_printed_twice_above_its_credit(lang: str, head: str, caption: str, credit: str, lead: str) -> None:
    body, caps = run(f"{head}\n\n{caption}\n\n{caption}\n\n{credit}\n\n{lead}\n\nThe end of the story came later.")
    assert caps == [caption]
    assert body[0] == lead and caption not in body


def test_caption_printed_twice_above_the_photographer() -> None:
    caption = "Direktøren i forbundet om de nye reglene for permittering."
    content = (f"Regjeringen sier nei til lengre permitteringer\n\n{caption}\n\n{caption}\n\nKari Nordmann\n\n"
               "Direktøren frykter oppsigelser allerede før sommeren, sier han til avisen.\n\n"
               "Mange bedrifter har allerede varslet om kutt i staben.")
    body, caps = run(content)
    assert caps == [caption]
    assert caption not in body


def test_a_lead_printed_twice_under_a_credit_stays_text() -> None:
    lead = "Flere personer blev anholdt i forbindelse med en demonstration i byen lørdag aften."
    content = (f"Demonstration endte med anholdelser\n\n22. november 2024\n\nFoto: Mette Holm\n\n{lead}\n\n{lead}\n\n"
               "Den startede fredeligt på torvet med flere taler, oplyser politiet.")
    body, _ = run(content)
    assert lead in body
