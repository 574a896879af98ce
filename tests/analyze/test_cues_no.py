"""Norwegian cue paradigms (lang/no/cues_speech.tsv, phrasal.tsv), bokmål and nynorsk: the Nynorsk past of reporting
("melde", as bokmål "meldte") and reporting back ("meldar frå"), and the phrasal senses that report nothing
("melde oppbud", "melde seg"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

NYNORSK_MELDE: list[tuple[str, str, list[Row]]] = [
    ("Brannvesenet melde i natt at taket på løa hadde rast saman.", "no",
     [("Brannvesenet", "melde", "taket på løa hadde rast saman")]),
    ("Kommunen melde like etter lunsj at vatnet var trygt å drikke igjen.", "no",
     [("Kommunen", "melde", "vatnet var trygt å drikke igjen")]),
    ("Naboen meldar frå at hunden har sprunge laus.", "no",
     [("Naboen", "meldar frå", "hunden har sprunge laus")]),
    # the phrasal senses: filing for bankruptcy, signing up, reporting in sick
    ("Bakeriet valde å melde oppbud etter ein tung vinter.", "no", []),
    ("Eigaren melde oppbud for selskapet i går.", "no", []),
    ("Fleire frivillige melde seg til leitinga.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", NYNORSK_MELDE)
def test_nynorsk_melde(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
