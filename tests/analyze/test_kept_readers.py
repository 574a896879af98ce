"""The analysis word-list readers kept in dicts instead of `functools.cache` (speed): each answer is built once
and is the same object after, and equals what the builder returns."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from enligt.analyze import (
    countdet,
    cueadverbs,
    cueobject,
    excepted,
    exclusions,
    lexicon,
    numbers,
    numones,
    numsentence,
    numspans,
    numwords,
    qualifiers,
    shapes,
    sources,
    tails,
    wordtypes,
)
from enligt.lang import _all_function_words_built, all_function_words

from ..conftest import kept

READERS: list[tuple[Callable[[str], object], Callable[[str], object]]] = [
    (shapes._same_last_words, shapes._same_last_words_built),
    (countdet.count_words, countdet._count_words_built),
    (lexicon.not_countable, lexicon._not_countable_built),
    (wordtypes.type_lists, wordtypes._type_lists_built),
    (numwords.number_words, numwords._number_words_built),
    (excepted._excepts, excepted._excepts_built),
    (lexicon.weekdays, lexicon._weekdays_built),
    (numbers._last_words, numbers._last_words_built),
    (cueadverbs._phase_phrases, cueadverbs._phase_phrases_built),
    (numones._joins, numones._joins_built),
    (sources._weak_endings, sources._weak_endings_built),
    (cueobject.warn_frames, cueobject._warn_frames_built),
    (wordtypes.named_starts, wordtypes._named_starts_built),
    (tails._own_parts, tails._own_parts_built),
    (numwords.parts_only, numwords._parts_only_built),
    (qualifiers._firsts, qualifiers._firsts_built),
    (qualifiers._openings, qualifiers._openings_built),
    (numsentence._glued_suffixes, numsentence._glued_suffixes_built),
    (lexicon.cause_heads, lexicon._cause_heads_built),
    (lexicon._hint_patterns, lexicon._hint_patterns_built),
    (numspans._abbreviations, numspans._abbreviations_built),
    (exclusions._fraction_words, exclusions._fraction_words_built),
    (numbers._approx_last_words, numbers._approx_last_words_built),
]


@pytest.mark.parametrize("lang", ["sv", "no", "da", "de", "en"])
@pytest.mark.parametrize(("reader", "builder"), READERS)
def test_reader_is_kept_and_equals_its_builder(reader: Callable[[str], object], builder: Callable[[str], object],
                                               lang: str) -> None:
    got = reader(lang)
    assert kept(reader(lang), got)
    assert got == builder(lang)


@pytest.mark.parametrize(("lang", "name"), [("sv", "measure"), ("en", "measure"), ("de", "container")])
def test_category_is_kept(lang: str, name: str) -> None:
    got = lexicon.category(lang, name)
    assert kept(lexicon.category(lang, name), got)
    assert got == lexicon._category_built(lang, name)


@pytest.mark.parametrize("categories", [("but",), ("article", "but")])
def test_all_function_words_is_kept(categories: tuple[str, ...]) -> None:
    got = all_function_words(*categories)
    assert kept(all_function_words(*categories), got)
    assert got == _all_function_words_built(*categories)


@pytest.mark.parametrize("lang", ["sv", "no", "da", "de", "en"])
def test_may_trigger_answers_as_its_lists(lang: str) -> None:
    exact, prefixes = lexicon._measure_index(lang)
    heads = tuple(p for p, _ in prefixes)
    test = lexicon.may_trigger(lang)
    for word in [*list(exact)[:20], "xyzzy", "och", "the", *(h + "x" for h in heads[:5])]:
        want = word in exact or (bool(heads) and word.startswith(heads))
        assert kept(test(word), want)
        assert kept(test(word), want)  # answered again from the memo


def test_org_name_words_is_kept() -> None:
    got = wordtypes.org_name_words()
    assert kept(wordtypes.org_name_words(), got)
    assert got == wordtypes._org_name_words_built()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_may_trigger_is_kept(lang: str) -> None:
    assert kept(lexicon.may_trigger(lang), lexicon.may_trigger(lang))


def test_scope_of_is_kept() -> None:
    from enligt.analyze import numscene
    key = "sv|people|dead||"
    assert kept(numscene.scope_of(key), numscene.scope_of(key))


@pytest.mark.parametrize("lang", ["sv", "de", "en"])
@pytest.mark.parametrize(("reader", "builder"), [
    (numbers._approx_set, numbers._approx_set_built),
    (wordtypes.genders, wordtypes._genders_built),
])
def test_more_readers_are_kept(reader: Callable[[str], object], builder: Callable[[str], object], lang: str) -> None:
    got = reader(lang)
    assert kept(reader(lang), got)
    assert got == builder(lang)


@pytest.mark.parametrize(("lang", "names"), [("sv", ("national", "time")), ("en", ("place",))])
def test_first_words_is_kept(lang: str, names: tuple[str, ...]) -> None:
    got = lexicon.first_words(lang, *names)
    assert kept(lexicon.first_words(lang, *names), got)
    assert got == lexicon._first_words_built(lang, *names)
