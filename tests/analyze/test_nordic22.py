"""Norwegian, Danish and Swedish attribution, round nordic22: sentence adverbs between a V2 cue and its inverted
subject ("meldte for eksempel politiet at C"), manner adverbs between a speaker and the complementizer ("sa
tydelig at C"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

V2_ADVERBS = [
    # one-word adverbs between the cue and its subject are no part of the subject
    ("I går meldte også politiet at to personer var savnet.", "no",
     [("politiet", "meldte", "to personer var savnet")]),
    ("Senere sa imidlertid ordføreren at skolen blir stående.", "no",
     [("ordføreren", "sa", "skolen blir stående")]),
    ("I går oplyste dog politiet, at to personer var savnet.", "da",
     [("politiet", "oplyste", "to personer var savnet")]),
    ("I går meddelade också kommunen att badet stänger.", "sv",
     [("kommunen", "meddelade", "badet stänger")]),
    # two-word adverbs
    ("Den 3. mai meldte for eksempel helsedirektoratet at det var registrert 40 tilfeller.", "no",
     [("helsedirektoratet", "meldte", "det var registrert 40 tilfeller")]),
    ("Etter møtet sa blant annet fylkeslegen at smitten er under kontroll.", "no",
     [("fylkeslegen", "sa", "smitten er under kontroll")]),
    ("I morges oplyste blandt andet beredskabet, at branden var slukket.", "da",
     [("beredskabet", "oplyste", "branden var slukket")]),
    ("I fjol meddelade till exempel regionen att vårdköerna hade kortats.", "sv",
     [("regionen", "meddelade", "vårdköerna hade kortats")]),
    # an adverb before a recipient or a time is no subject's start: nothing changes there
    ("Ordføreren sa også til NRK at skolen blir stående.", "no",
     [("Ordføreren", "sa", "skolen blir stående")]),
]

MANNER = [
    # a manner adverb of speaking between the speaker and the complementizer
    ("På møtet sa ordføreren tydelig at hun ikke ville gå av.", "no",
     [("ordføreren", "sa", "hun ikke ville gå av")]),
    ("Rektor sa klart at skolen ikke blir lagt ned.", "no",
     [("Rektor", "sa", "skolen ikke blir lagt ned")]),
    ("På mødet sagde borgmesteren tydeligt, at hun ikke ville gå af.", "da",
     [("borgmesteren", "sagde", "hun ikke ville gå af")]),
    ("Direktøren sagde åbent, at fabrikken skal lukke.", "da",
     [("Direktøren", "sagde", "fabrikken skal lukke")]),
    ("Ministern sa öppet att hon tänker avgå.", "sv", [("Ministern", "sa", "hon tänker avgå")]),
]


@pytest.mark.parametrize("text,lang,expected", V2_ADVERBS)
def test_sentence_adverbs_before_an_inverted_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", MANNER)
def test_manner_adverbs_before_the_complementizer(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
