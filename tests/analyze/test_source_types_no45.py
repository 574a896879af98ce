"""Round no45 Norwegian source types: people named by role in Nynorsk (compounds by their ending, plural "-ar" and
definite plural "-ane"), and bokmål singulars the list held only in the plural; the commands of armed forces are
official. Every phrase is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.cues import lexicon
from enligt.analyze.sentences import tokenize
from enligt.analyze.sourcetype import classify

CASES = [
    ("Kommunikasjonsrådgjevar Siri Nes", "person"),
    ("Styreleiaren i laget", "person"),
    ("Fleire innbyggjarar", "person"),
    ("Bebuarane i blokka", "person"),
    ("Ein bebuar i gata", "person"),
    ("En beboer i nabohuset", "person"),
    ("Politikarane", "person"),
    ("Grannen", "person"),
    ("Eigaren av garden", "person"),
    ("Lærarane ved skulen", "person"),
    ("En passasjer på toget", "person"),
    ("Dei reisande", "person"),
    # the commands of armed forces are state bodies
    ("Den polske generalstaben", "official"),
    ("Forsvarsstaben", "official"),
    ("Den russiske militærledelsen", "official"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_norwegian_source_types(text: str, expected: str) -> None:
    assert classify(tokenize(text), lexicon("no")) == expected
