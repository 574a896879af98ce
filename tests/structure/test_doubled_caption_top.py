"""A caption printed twice at the page's top (the picture's alt text, then its caption) is one caption, never the
lead, and the short headline under it is the headline (three words or more): with no lead above it, it is no
subheading. A standfirst printed once above the headline stays the lead.

Sentences written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.text import structure_text

PAGES = [
    ("sv", "Arkivbild, bilden har inget med händelsen att göra.", "Bil i diket efter jakt",
     "En man greps efter en biljakt genom halva länet under natten till söndag.",
     "Polisen försökte stoppa bilen vid en kontroll, men föraren körde i väg och hamnade till slut i ett dike."),
    ("no", "Arkivbilde, bildet har ikke noe med saken å gjøre.", "Bil i grøfta etter jakt",
     "En mann ble pågrepet etter en biljakt gjennom halve fylket natt til søndag.",
     "Politiet forsøkte å stanse bilen i en kontroll, men sjåføren kjørte fra stedet og havnet til slutt i grøfta."),
    ("da", "Arkivfoto, billedet har intet med sagen at gøre.", "Bil i grøften efter jagt",
     "En mand blev anholdt efter en biljagt gennem halvdelen af regionen natten til søndag.",
     "Politiet forsøgte at standse bilen ved en kontrol, men føreren kørte væk og endte til sidst i en grøft."),
    ("de", "Symbolbild: Ein Streifenwagen steht am Rand einer Landstraße.", "Auto nach Verfolgung im Graben",
     "Ein Mann ist nach einer Verfolgungsjagd durch halb Oberfranken in der Nacht zum Sonntag festgenommen worden.",
     "Die Polizei wollte das Auto bei einer Kontrolle stoppen, doch der Fahrer flüchtete und landete schließlich im Graben."),
    ("en", "A patrol car parked by a country road at dusk.", "Car ends in ditch after chase",
     "A man was arrested after a long car chase across half of the county early on Sunday morning.",
     "Police tried to stop the car at a checkpoint, but the driver sped off and finally ended up in a ditch."),
]


@pytest.mark.parametrize(("lang", "caption", "title", "lead", "body"), PAGES)
def test_doubled_caption_above_short_headline(lang: str, caption: str, title: str, lead: str, body: str) -> None:
    text = "\n\n".join([caption, caption, title, lead, body, body.replace(",", ";", 1)]) + "\n"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert (article.title, article.lead) == (title, lead)
    assert [c.text for c in article.captions] == [caption]
    assert title not in article.headings


@pytest.mark.parametrize(("lang", "caption", "title", "lead", "body"), PAGES)
def test_standfirst_once_above_headline_stays_lead(lang: str, caption: str, title: str, lead: str, body: str) -> None:
    text = "\n\n".join([lead, f"{title} i dag" if lang in ("sv", "no", "da") else f"{title} today", body, body]) + "\n"
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert article.lead == lead and not article.captions
