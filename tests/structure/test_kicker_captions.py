"""A caption opened by a capitalised kicker and a colon, with no credit (structure/kickercaption.is_kicker_caption)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.kickercaption import is_kicker_caption
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PÅ STEDET: Politiet sperret av gaten torsdag kveld.", True),
        ("STABILT 2021: Keeperen og kapteinen på trening.", True),
        ("KRITISK: Ministern på väg in till mötet.", True),
        ("SPÄNNANDE: Publiken följde matchen från läktaren (t.h.).", True),
        ("UPDATE: Police said the road has reopened.", False),
        ("OPPDATERT: Veien er åpnet igjen.", False),
        ("SPØRSMÅL: Hvorfor valgte du å slutte?", False),
        ("FOTO: Kari Nordmann", False),
        ("LES MER: Slik blir været i helgen.", False),
        ("OSLO: – Vi er veldig glade, sier treneren.", False),
        ("Politiet: Mannen er pågrepet.", False),
    ],
)
def test_is_kicker_caption(text: str, expected: bool) -> None:
    assert is_kicker_caption(text) is expected


def test_kicker_caption_in_body() -> None:
    content = ("Brann i boligblokk i sentrum\n\n"
               "En kvinne ble fraktet til sykehus etter brannen natt til fredag.\n\n"
               "Brannvesenet rykket ut med fire biler, og beboerne ble evakuert fra bygget.\n\n"
               "PÅ STEDET: Brannvesenet jobbet med slukking hele natten.\n\n"
               "Politiet sier at årsaken ennå ikke er kjent, og at de vil undersøke stedet i dag.\n")
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert [c.text for c in art.captions] == ["PÅ STEDET: Brannvesenet jobbet med slukking hele natten."]
