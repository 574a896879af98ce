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


@pytest.mark.parametrize(
    ("content", "title", "caption", "lead"),
    [
        # the top picture's caption printed above the headline: a caption, not the lead
        (("VÅT HELG: Bilene sto i kø langs den oversvømte veien lørdag.\n\n"
          "Flommen stenger veier over hele fylket\n\n"
          "Store nedbørsmengder har ført til at flere veier er stengt i helgen, opplyser vegvesenet.\n\n"
          "– Vi ber folk holde seg hjemme, sier vaktleder Per Moen.\n"),
         "Flommen stenger veier over hele fylket", "VÅT HELG: Bilene sto i kø langs den oversvømte veien lørdag.",
         "Store nedbørsmengder har ført til at flere veier er stengt i helgen, opplyser vegvesenet."),
        (("UNDER VAND: Kældrene i gaden blev fyldt natten til søndag.\n\n"
          "Skybrud lammer midtbyen\n\n"
          "Et kraftigt skybrud satte natten til søndag flere gader under vand, oplyser beredskabet.\n\n"
          "- Det gik meget hurtigt, siger en beboer.\n"),
         "Skybrud lammer midtbyen", "UNDER VAND: Kældrene i gaden blev fyldt natten til søndag.",
         "Et kraftigt skybrud satte natten til søndag flere gader under vand, oplyser beredskabet."),
    ],
    ids=["no-top-caption", "da-top-caption"],
)
def test_kicker_caption_above_the_headline(content: str, title: str, caption: str, lead: str) -> None:
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert (art.title, [c.text for c in art.captions], art.lead) == (title, [caption], lead)


def test_place_label_under_the_headline_stays_the_lead() -> None:
    content = ("Tyve anholdt efter indbrud\n\n"
               "VESTEGNEN: Politiet anholdt natten til tirsdag fire mænd, der er sigtet for en række indbrud i villaer.\n\n"
               "- Vi har arbejdet på sagen i flere uger, siger vagtchefen.\n")
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert art.title == "Tyve anholdt efter indbrud"
    assert art.lead is not None and art.lead.startswith("VESTEGNEN:")
    assert art.captions == ()
