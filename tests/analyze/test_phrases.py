"""Time words in analyze/phrases.py: the memoised answer is the definition's, for every list of time words."""
from __future__ import annotations

import pytest

from enligt.analyze import phrases
from enligt.analyze.phrases import time_word

_TIMES = ("morgon", "kväll", "dag", "night", "morning")
_OTHER = ("abend", "tag")


def _by_definition(low: str, times: tuple[str, ...]) -> bool:
    return bool(times) and any(low[:len(low) - k].endswith(times) for k in range(4))


@pytest.mark.parametrize(("low", "expected"), [
    ("kvällen", True), ("torsdagsmorgonen", True), ("söndag", True), ("nights", True), ("tonight", True),
    ("helgådalen", False), ("polisen", False), ("", False), ("dagen", True), ("morningstar", False),
])
def test_time_words(low: str, expected: bool) -> None:
    assert time_word(low, _TIMES) is expected
    assert time_word(low, _TIMES) is expected  # the memoised answer


def test_each_list_of_time_words_has_its_own_answers() -> None:
    for low in ("sonntagabend", "dienstag", "kvällen", "abends"):
        assert time_word(low, _OTHER) == _by_definition(low, _OTHER)
        assert time_word(low, _TIMES) == _by_definition(low, _TIMES)
    assert time_word("kvällen", ()) is False


def test_a_full_memo_starts_over() -> None:
    times = ("vinter", "sommer")
    for k in range(phrases.TIME_WORD_MEMO + 5):
        time_word(f"x{k}", times)
    assert time_word("sommeren", times) is True
    assert len(phrases._TIME_MEMOS[id(times)][1]) <= phrases.TIME_WORD_MEMO
