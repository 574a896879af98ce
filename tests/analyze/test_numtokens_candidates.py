"""`numtokens._candidates`: every position `_finder` can match at is a candidate, so `_tokens` finds what a
plain search finds (a candidate more is turned down by the finder)."""
from __future__ import annotations

import re

import pytest

from enligt.analyze.numtokens import _candidates, _finder, _seeds, _tokens
from enligt.lang import alternation

CASES = [
    ("sv", "tre av fyra svarade, två (tjugo) och elva-tolv"),
    ("sv", "Łódźtre och ćtvå: tre—fyra «fem» ”sex”"),
    ("en", "two-thirds of twenty people; ten_four and 3 million"),
    ("en", "ΣΣtwo, ﬁve, ¾ten, ªten, ²ten, ßten and two"),
    ("de", "zwei oder drei, über hundert – „vier“"),
]


def _searched(text: str, lang: str) -> list[tuple[str, int, int]]:
    """The number words a plain `_finder` search gives (no candidates)."""
    out, pos, finder = [], 0, _finder(lang)
    while (m := finder.search(text, pos)) is not None:
        if m.group("w"):
            out.append(("w", m.start(), m.end()))
        pos = m.end()
    return out


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_candidates_cover_word_starts(lang: str, text: str) -> None:
    low = text.lower()
    exact = {m.start() + 1 for m in re.finditer(rf"\W(?={alternation(list(_seeds(lang)))})", low)}
    cands = _candidates(low, lang)
    assert cands is not None and exact <= set(cands)


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_tokens_as_search(lang: str, text: str) -> None:
    low = text.lower()
    words = [t for t in _tokens(text, lang) if t[0] == "w"]
    assert words == _searched(low, lang) and words
