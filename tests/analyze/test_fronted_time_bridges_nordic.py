"""Tests of fronted time bridges (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

# Fronted time phrases joined or qualified inside (stop 31, da27): a coordinator between two time words
# ("Torsdag eller fredag"), a zone word before one ("fredag aften lokal tid"), an approximator before a clock
# phrase, perhaps after a coordinator ("Men omkring klokken 22"), the abbreviation "Kl." and a lead adverb before
# a preposition after "Og" ("Og kort efter midnat") are no source; the subject follows the cue. A count after an
# approximator stays the subject. Every sentence is written for its test.
Row = tuple[str | None, str | None]  # source, cue


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue) for a in attribute(article)]


DA = [
    ("Først mandag eller tirsdag forventer Lene Holm, at færgen sejler igen.", [("Lene Holm", "forventer")]),
    ("Sent lørdag aften lokal tid sagde myndighederne, at ingen var savnet.", [("myndighederne", "sagde")]),
    ("Søndag morgen dansk tid oplyste ministeriet, at flyet var landet.", [("ministeriet", "oplyste")]),
    ("Men omkring klokken 23 oplyser vagtchefen, at vejen er åben igen.", [("vagtchefen", "oplyser")]),
    ("Kl. 9.15 skrev kommunen, at skolen holder lukket.", [("kommunen", "skrev")]),
    ("Og kort efter frokost meddelte rederiet, at skibet var i havn.", [("rederiet", "meddelte")]),
    ("Omkring 40 beboere fortæller, at vandet steg hurtigt.", [("Omkring 40 beboere", "fortæller")]),
]

NO = [
    ("Sent lørdag kveld lokal tid sa myndighetene at ingen var savnet.", [("myndighetene", "sa")]),
    ("Men rundt klokka 23 opplyser operasjonslederen at veien er åpen.", [("operasjonslederen", "opplyser")]),
    ("Kl. 9.15 skrev kommunen at skolen holder stengt.", [("kommunen", "skrev")]),
]

SV = [
    ("Sent lördag kväll lokal tid sade myndigheterna att ingen saknades.", [("myndigheterna", "sade")]),
    ("Men runt klockan 23 uppger räddningsledaren att vägen är öppen.", [("räddningsledaren", "uppger")]),
    ("Först måndag eller tisdag meddelade rederiet att fartyget var i hamn.", [("rederiet", "meddelade")]),
    ("Kl. 9.15 skrev kommunen att skolan håller stängt.", [("kommunen", "skrev")]),
]


@pytest.mark.parametrize("lang,text,expected", [("da", t, x) for t, x in DA] + [("no", t, x) for t, x in NO]
                         + [("sv", t, x) for t, x in SV])
def test_fronted_time_bridges(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
