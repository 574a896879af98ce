"""The analysis word-list readers kept in dicts instead of `functools.cache` (speed): each answer is built once
and is the same object after, and equals what the builder returns."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from enligt.analyze import countdet, excepted, lexicon, numbers, numwords, shapes, wordtypes
from enligt.lang import _all_function_words_built, all_function_words

READERS: list[tuple[Callable[[str], object], Callable[[str], object]]] = [
    (shapes._same_last_words, shapes._same_last_words_built),
    (countdet.count_words, countdet._count_words_built),
    (lexicon.not_countable, lexicon._not_countable_built),
    (wordtypes.type_lists, wordtypes._type_lists_built),
    (numwords.number_words, numwords._number_words_built),
    (excepted._excepts, excepted._excepts_built),
    (lexicon.weekdays, lexicon._weekdays_built),
    (numbers._last_words, numbers._last_words_built),
]


@pytest.mark.parametrize("lang", ["sv", "no", "da", "de", "en"])
@pytest.mark.parametrize(("reader", "builder"), READERS)
def test_reader_is_kept_and_equals_its_builder(reader: Callable[[str], object], builder: Callable[[str], object],
                                               lang: str) -> None:
    got = reader(lang)
    assert reader(lang) is got
    assert got == builder(lang)


@pytest.mark.parametrize(("lang", "name"), [("sv", "measure"), ("en", "measure"), ("de", "container")])
def test_category_is_kept(lang: str, name: str) -> None:
    got = lexicon.category(lang, name)
    assert lexicon.category(lang, name) is got
    assert got == lexicon._category_built(lang, name)


@pytest.mark.parametrize("categories", [("but",), ("article", "but")])
def test_all_function_words_is_kept(categories: tuple[str, ...]) -> None:
    got = all_function_words(*categories)
    assert all_function_words(*categories) is got
    assert got == _all_function_words_built(*categories)


@pytest.mark.parametrize("lang", ["sv", "no", "da", "de", "en"])
def test_may_trigger_answers_as_its_lists(lang: str) -> None:
    exact, prefixes = lexicon._measure_index(lang)
    heads = tuple(p for p, _ in prefixes)
    test = lexicon.may_trigger(lang)
    for word in [*list(exact)[:20], "xyzzy", "och", "the", *(h + "x" for h in heads[:5])]:
        want = word in exact or (bool(heads) and word.startswith(heads))
        assert test(word) is want
        assert test(word) is want  # answered again from the memo
