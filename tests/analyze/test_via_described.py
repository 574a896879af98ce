"""Via (analyze/via.py `described_medium`, resolve.py `_medium`): a medium named by its kind that is no reference
back ("en lokal tv-station", "ukrainsk tv", "amerikanske medier", "local television") is kept as written; a
definite one ("avisen", "the newspaper") is the medium the article last named."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.cues import lexicon
from enligt.analyze.mediakind import described_medium
from enligt.models import Article


def vias(text: str, lang: str) -> list[list[str]]:
    art = Article(title=None, body=tuple(text.split("\n\n")), language=lang, outlet="Testbladet", authors=("A. Writer",))
    attrs = attribute(art)
    assert attrs
    return [list(a.via) for a in attrs]


CASES = [
    ("– Vi är redo, säger Anna Berg till ukrainsk tv.", "sv", [["ukrainsk tv"]]),
    ("– Vi är redo, säger Anna Berg, som leder staden, till rysk tv.", "sv", [["rysk tv"]]),
    ("Anna Berg säger till en lokal tv-station att de är redo.", "sv", [["en lokal tv-station"]]),
    ("– Vi er klar, siger Ole Brink til tysk tv.", "da", [["tysk tv"]]),
    ("Borgmesteren fortæller til en lokal tv-station, at vejen er lukket.", "da", [["en lokal tv-station"]]),
    ("Der er tre døde, oplyser politikilder til amerikanske medier.", "da", [["amerikanske medier"]]),
    ("– Vi er klare, sier Kari Lund til tyrkisk tv.", "no", [["tyrkisk tv"]]),
    ("– Vi er klare, sier Kari Lund til lokale medier.", "no", [["lokale medier"]]),
    ("Six homes burned, the fire chief told local television.", "en", [["local television"]]),
    ("The fire chief told local media that six homes burned.", "en", [["local media"]]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_described_medium_is_a_via(text: str, lang: str, expected: list[list[str]]) -> None:
    assert vias(text, lang) == expected


KINDS = [
    ("en lokal tv-station", "da", True),
    ("ukrainsk tv", "sv", True),
    ("local media", "en", True),
    ("a local newspaper", "en", True),
    ("avisen", "da", False),  # a reference back: the medium last named
    ("the newspaper", "en", False),
    ("den lokale avis", "da", False),
]


@pytest.mark.parametrize(("text", "lang", "expected"), KINDS)
def test_described_medium(text: str, lang: str, expected: bool) -> None:
    assert described_medium(text, lexicon(lang)) is expected


GERMAN = [
    # a paper named by a hyphenated compound is a name: no article, whichever side of the cue the speaker stands
    ("Max Roth erklärte der Weser-Zeitung, dass die Brücke gesperrt sei.", [["Weser-Zeitung"]]),
    ("Die Brücke sei gesperrt, sagte Max Roth der Weser-Zeitung.", [["Weser-Zeitung"]]),
    ("Max Roth sagte gegenüber der Rhein-Post, die Brücke sei gesperrt.", [["Rhein-Post"]]),
    ("Max Roth sagte der Zeitung, die Brücke sei gesperrt.", [["der Zeitung"]]),  # a paper named by its kind
    # and a reference back to the paper last named, as "avisen" (round via43)
    ("Die Brücke ist zu, schreibt die Rheinische Post.\n\nMax Roth sagte der Zeitung, sie bleibe zu.",
     [[], ["Rheinische Post"]]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_compound_paper(text: str, expected: list[list[str]]) -> None:
    assert vias(text, "de") == expected
