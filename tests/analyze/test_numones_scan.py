"""The gapped-one pattern of every language opens each branch with a comma or a conjunction's letters (the regex
engine then skips to a candidate in C, no match tried at each position) and gives the matches of the pattern as
written, with the look-behind first."""
from __future__ import annotations

import random
import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from enligt.analyze import lexicon as lx
from enligt.analyze.numones import _gapped_ones, _gapped_pattern
from enligt.lang import SUPPORTED

_LANGS = [code for code in SUPPORTED if _gapped_pattern(code) is not None]


def _written(lang: str) -> re.Pattern[str]:
    """The pattern as it was first written: the look-behind before the conjunctions."""
    ones = [re.escape(w) for w in sorted(lx.words_of(lang, "gapped_one"), key=len, reverse=True)]
    reasons = [re.escape(w) for w in sorted(lx.words_of(lang, "reason"))]
    conj = [re.escape(w) for w in sorted(lx.words_of(lang, "conj"), key=len, reverse=True)]
    gap = r"[ \t\u00a0]+"
    return re.compile(rf"(?:,|(?<![\w-])(?:{'|'.join(conj)})){gap}(?P<one>{'|'.join(ones)}){gap}"
                      rf"(?:{'|'.join(reasons)})(?![\w-])")


def _texts(lang: str, seed: int, n: int = 4000) -> list[str]:
    rnd = random.Random(seed)
    pieces = (sorted(lx.words_of(lang, "gapped_one")) + sorted(lx.words_of(lang, "reason")) + sorted(lx.words_of(lang, "conj"))
              + [" ", "  ", "\t", "\u00a0", ",", "-", "x", "fem", "1", "ö", "_", "\n"])
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def test_some_language_has_the_pattern() -> None:
    assert _LANGS


@pytest.mark.parametrize("lang", _LANGS)
def test_gapped_pattern_opens_with_literals(lang: str) -> None:
    op, branches = _parser.parse(_gapped_pattern(lang).pattern).data[0]
    assert op is _parser.BRANCH
    assert all(b.data and b.data[0][0] is _parser.LITERAL for b in branches[1])


@pytest.mark.parametrize("lang", _LANGS)
def test_gapped_pattern_scans_as_written(lang: str) -> None:
    ours, plain = _gapped_pattern(lang), _written(lang)
    for text in _texts(lang, 7):
        assert [(m.span(), m.span("one")) for m in ours.finditer(text)] == \
               [(m.span(), m.span("one")) for m in plain.finditer(text)], text


@pytest.mark.parametrize(("lang", "text", "ones"), [
    ("sv", "Fem dömdes för stöld, en för rån och en för hot.", ["en", "en"]),
    ("sv", "Tre greps för stöld medan en för länge sedan flytt.", []),  # "medan" is no list's conjunction
    ("da", "Fire blev sigtet for tyveri og en for vold.", ["en"]),
    ("no", "Tre ble siktet for tyveri, og en for vold.", ["en"]),
    ("de", "Zwei wurden wegen Diebstahls verurteilt und einer wegen Betrugs.", ["einer"]),
])
def test_gapped_ones(lang: str, text: str, ones: list[str]) -> None:
    if _gapped_pattern(lang) is None:
        pytest.skip("no gapped ones in this language")
    low = text.lower()
    assert [n.text for n in _gapped_ones(low, text, lang)] == ones
