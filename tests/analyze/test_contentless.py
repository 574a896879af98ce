"""contentless: the one word of a record's content pieces (_only_word), and Norwegian telling of an event that reports no
words (told_event_cue, also with an adverb inside the cue)."""
from __future__ import annotations

import pytest

from enligt.analyze.contentless import _only_word

from .conftest import Row, bylined_rows


@pytest.mark.parametrize(("pieces", "expected"), [
    (["videre:"], "videre:"), (["  følgende  "], "følgende"), (["", " ", "så"], "så"), (["to ord"], None),
    (["ett", "två"], None), ([], None), (["", "  "], None), (["a\u00a0b"], None), (["\tword\n"], "word"),
])
def test_only_word(pieces: list[str], expected: str | None) -> None:
    assert _only_word(pieces) == expected
    words = [w for p in pieces for w in p.split()]
    assert _only_word(pieces) == (words[0] if len(words) == 1 else None)


# telling of an event named by a definite noun reports no words, also with an adverb inside the cue ("meldte først
# om") and for the case itself ("saken")
TOLD_EVENTS: list[tuple[str, str, list[Row]]] = [
    ("Vaktsentralen meldte først om ulykken like før midnatt.", "no", []),
    ("Det var nettavisen som meldte om saken først, fredag kveld.", "no", []),
    ("Fylket melde først om saka i går.", "no", []),
    ("Vaktsentralen meldte først om tre skadde personer.", "no",
     [("Vaktsentralen", "meldte først om", "tre skadde personer")]),
]


@pytest.mark.parametrize("text,lang,expected", TOLD_EVENTS)
def test_told_events(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
