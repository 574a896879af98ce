"""`wordtypes`: compound endings found by a lookup a length give what testing every ending in list order gives."""
from __future__ import annotations

import pytest

from enligt.analyze.wordtypes import GENITIVE_WORD, _compound_type, compound_endings, type_lists
from enligt.lang import function_word_list, profile

CASES = [
    ("sv", "länspolisens"), ("sv", "kommunstyrelsen"), ("sv", "skolinspektionen"), ("sv", "trafikverkets"),
    ("de", "landratsamtes"), ("de", "bundesgesundheitsministerium"), ("de", "stadtverwaltung"), ("de", "amt"),
    ("no", "helsedirektoratet"), ("no", "fylkeskommunens"), ("da", "beredskabsstyrelsen"), ("da", "byrådets"),
    ("sv", "s"), ("de", ""), ("no", "xyzzy"),
]


def _forms(low: str, lang: str) -> tuple[tuple[str, str, str], str]:
    bare = low.rstrip("s") if profile(lang).compound_linking_s else low
    gen = low[:-1] if low.endswith("s") and len(low) > GENITIVE_WORD else low
    long_gen = next((low[:-len(g)] for g in function_word_list(lang, "genitive_suffix")
                     if low.endswith(g) and len(low) > GENITIVE_WORD), low)
    return (low, bare, gen), long_gen


def _each_ending(low: str, lang: str) -> str | None:
    """The reference: every ending tested in list order."""
    (low, bare, gen), long_gen = _forms(low, lang)
    for key, typ in type_lists(lang)[2]:
        if low.endswith(key) or bare.endswith(key) or gen.endswith(key) or (long_gen.endswith(key) and len(long_gen) > len(key)):
            return typ
    return None


@pytest.mark.parametrize(("lang", "low"), CASES)
def test_compound_type_as_each_ending(lang: str, low: str) -> None:
    forms, long_gen = _forms(low, lang)
    assert _compound_type(forms, long_gen, compound_endings(lang)) == _each_ending(low, lang)


def test_endings_longest_first() -> None:
    lengths = [n for n, _ in compound_endings("sv")]
    assert lengths == sorted(lengths, reverse=True)
    assert sum(_each_ending(low, lang) is not None for lang, low in CASES) >= 5  # the cases do read compounds
