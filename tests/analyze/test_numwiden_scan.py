"""The widening-phrase pattern opens with a phrase's letters (the regex engine then skips to a candidate in C, no
match tried at each position of the text) and gives the matches of the pattern as written, with `\\b` first."""
from __future__ import annotations

import random
import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from enligt.analyze import lexicon as lx
from enligt.analyze.numwiden import _phrases
from enligt.lang import SUPPORTED

_LANGS = [code for code in SUPPORTED if _phrases(code) is not None]


def _written(lang: str) -> re.Pattern[str]:
    found = sorted((" ".join(p) for p in lx.category(lang, "widening")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, found)) + r")\b")


def _texts(lang: str, seed: int, n: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    words = sorted({w for p in lx.category(lang, "widening") for w in p})
    pieces = words + [" ", "  ", "x", "s", "_", "-", ".", "1", "ö", "\n"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(n)]


def test_some_language_widens() -> None:
    assert _LANGS


@pytest.mark.parametrize("lang", _LANGS)
def test_widening_pattern_opens_with_letters(lang: str) -> None:
    op, av = _parser.parse(_phrases(lang).pattern).data[0]
    assert op is _parser.LITERAL or (op is _parser.BRANCH and all(b.data[0][0] is _parser.LITERAL for b in av[1]))


@pytest.mark.parametrize("lang", _LANGS)
def test_widening_pattern_scans_as_written(lang: str) -> None:
    ours, plain = _phrases(lang), _written(lang)
    for text in _texts(lang, 11):
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(("lang", "text", "starts"), [
    ("en", "The figures also include the suburbs. They also included nobody.", [12, 43]),
    ("en", "Thealso include x", []),  # inside a word
    ("sv", "Siffrorna omfattar också förorterna.", [10]),
    ("da", "Tallene omfatter også forstæderne.", [8]),
    ("no", "Tallene omfatter også forstedene.", [8]),
    ("de", "Die Zahlen enthalten auch die Vororte.", [11]),
])
def test_widening_phrases_found(lang: str, text: str, starts: list[int]) -> None:
    assert [m.start() for m in _phrases(lang).finditer(text.lower())] == starts
