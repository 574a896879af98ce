"""The structure readers kept once instead of `functools.cache` (speed): built once, the same object after."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from enligt.structure import byline, captions, dates

from ..conftest import kept


@pytest.mark.parametrize("reader", [dates._months, dates._labels, dates._filler, dates._label_first_words,
                                    byline.prefix_pattern, byline._credit_cut, captions._label_pattern])
def test_reader_is_kept(reader: Callable[[], object]) -> None:
    assert kept(reader(), reader())
