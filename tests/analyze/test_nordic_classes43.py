"""Swedish, Norwegian and Danish cue classes the lexicons lacked (evalnord43, issue 10): elaborating, putting
forward and lifting the veil on something, before a clause; a "Det" tag closing on a colon points ahead, not back.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


# elaborating, putting forward, lifting the veil: a cue before a clause or in a tag, never before a thing
REVEAL = [
    ("Ministeriet uddyber, at reglerne ændres fra nytår.", "da",
     [("Ministeriet", "uddyber", "reglerne ændres fra nytår")]),
    ("– Vi er klar, uddybede hun.", "da", [("hun", "uddybede", "Vi er klar")]),
    ("Senere har træneren løftet sløret for, at holdet får en ny kaptajn.", "da",
     [("træneren", "løftet sløret for", "holdet får en ny kaptajn")]),
    ("I rapporten trækker forskerne frem, at salget steg.", "da", [("forskerne", "trækker frem", "salget steg")]),
    ("Han uddyber sit svar i et brev til ministeren.", "da", []),
    ("Han trak en stol frem og satte sig.", "da", []),
    ("Politiet utdyper at to personer er pågrepet.", "no", [("Politiet", "utdyper", "to personer er pågrepet")]),
    ("Ordføraren trekkjer fram at skulen er viktig for bygda.", "no",
     [("Ordføraren", "trekkjer fram", "skulen er viktig for bygda")]),
    ("I brevet trekker rektor fram at skolen mangler lærere.", "no",
     [("rektor", "trekker fram", "skolen mangler lærere")]),
    ("Han trakk fram en stol og satte seg.", "no", []),
    ("I rapporten lyfter forskarna fram att antalet elever ökat.", "sv",
     [("forskarna", "lyfter fram", "antalet elever ökat")]),
    ("Klubben lyfter fram en ny spelare varje år.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", REVEAL)
def test_reveal_and_elaborate(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# "Det <cue> X:" closing on a colon points ahead at the quotation after it, not back at the sentence before
COLON_AHEAD = [
    ("Butikken lukker i maj. Det forklarer indehaveren:\n\n– Vi har ikke flere kunder, siger hun.", "da",
     [("hun", "siger", "Vi har ikke flere kunder")]),
    ("Butikken lukker i maj. Det forklarer indehaveren.", "da",
     [("indehaveren", "forklarer", "Butikken lukker i maj")]),
    ("Butiken stänger i maj. Det förklarar ägaren:\n\n– Vi har inga kunder kvar, säger hon.", "sv",
     [("hon", "säger", "Vi har inga kunder kvar")]),
]


@pytest.mark.parametrize("text,lang,expected", COLON_AHEAD)
def test_det_tag_before_colon(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
