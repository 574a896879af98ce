"""V2 (Swedish, Norwegian, Danish): a phrase opened by a plain preposition before the cue ("I ett mejl till
tidningen svarar X på frågorna") is no source; the subject after the cue is, when words are reported. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

FRONTED_PHRASES = [
    # V2: a phrase opened by a preposition before the cue is no source; with no words reported, no record
    ("I ett mejl till tidningen svarar bolagets presschef Eva Holm på frågorna. Hon skriver att felet är lagat.",
     "sv", [("Hon", "skriver", "felet är lagat")]),
    ("I en e-post til avisen svarer selskapets pressesjef Eva Holm på spørsmålene. Hun skriver at feilen er rettet.",
     "no", [("Hun", "skriver", "feilen er rettet")]),
    ("I en mail til avisen svarer selskabets pressechef Eva Holm på spørgsmålene. Hun skriver, at fejlen er rettet.",
     "da", [("Hun", "skriver", "fejlen er rettet")]),
    # the subject after the cue when words are reported
    ("I ett mejl till tidningen skriver bolagets presschef Eva Holm att felet är lagat.", "sv",
     [("bolagets presschef Eva Holm", "skriver", "felet är lagat")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FRONTED_PHRASES)
def test_a_fronted_prepositional_phrase_is_no_source(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
