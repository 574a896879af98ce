"""Tests of fronted coordinator: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import attributions

# A coordinating conjunction before a fronted phrase or a second clause (German "doch", "sondern"; the Bokmål
# form "seinere" of "senere"): the speaker is the subject after the V2 verb, never the conjunction or the fronted
# time, and the first claim ends before the conjunction's clause. Every sentence is written for its test.
CASES = [
    ("Doch am Abend sagte der Sprecher, die Lage sei ruhig.", "de", [("der Sprecher", "die Lage sei ruhig")]),
    ("Doch gegen Mittag teilte das Präsidium mit, dass drei Beamte verletzt worden seien.", "de",
     [("das Präsidium", "drei Beamte verletzt worden seien")]),
    ("Er sagte, die Lage sei ruhig, doch die Polizei warnte, es könne Regen geben.", "de",
     [("Er", "die Lage sei ruhig"), ("die Polizei", "es könne Regen geben")]),
    ("Men seinere på kvelden sa politiet at situasjonen var rolig.", "no", [("politiet", "situasjonen var rolig")]),
    ("Seinere skriver avisen at brua er stengt.", "no", [("avisen", "brua er stengt")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_speaker_after_the_fronted_part(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.content) for a in attributions(text, lang)] == expected
