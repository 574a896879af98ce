"""The word-list readers kept in dicts instead of `functools.cache`: each answer is built once and is the same
object after; an unknown language raises and leaves nothing kept."""
from __future__ import annotations

import pytest

from enligt.errors import LanguageError
from enligt.lang import (
    _FUNCTION_WORDS,
    all_languages_words,
    function_word_list,
    function_words,
    profile,
    words,
    wordset,
)

from ..conftest import kept


@pytest.mark.parametrize(("code", "category"), [("sv", "but"), ("en", "but"), ("de", "article"), (None, "broadcaster")])
def test_function_words_are_the_list_as_a_set_and_kept(code: str | None, category: str) -> None:
    got = function_words(code, category)
    assert got == frozenset(function_word_list(code, category))
    assert kept(function_words(code, category), got)


@pytest.mark.parametrize(("code", "name"), [("sv", "abbreviations"), ("no", "determiners"), (None, "agencies")])
def test_wordsets_are_lower_case_and_kept(code: str | None, name: str) -> None:
    got = wordset(code, name)
    assert got == frozenset(w.lower() for w in words(code, name))
    assert kept(wordset(code, name), got)


def test_all_languages_words_and_profiles_are_kept() -> None:
    assert kept(all_languages_words("byline_prefixes"), all_languages_words("byline_prefixes"))
    assert profile("de") is profile("de") and profile("de").code == "de"


def test_an_unknown_language_raises_and_is_not_kept() -> None:
    with pytest.raises(LanguageError):
        function_words("xx", "negation")
    assert "xx" not in _FUNCTION_WORDS
