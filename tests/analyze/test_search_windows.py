"""Searches bounded to a window before a position give what the search over all the text before it gives (a
shortcut, never a different answer): `quotedby._sentence_start`, `direct._word_before`."""
from __future__ import annotations

import random

import pytest

from enligt.analyze import quotedby


def _full(text: str, at: int) -> int:
    return max(quotedby._after(text.rfind(m, 0, at), m) for m in quotedby._ENDS)


_CASES = [
    ("Ett. Två tre fyra", 9),
    ("Ingen mening slutar här alls", 20),
    ("Rubrik\nDen som talar", 15),
    ("Han sa: en sak! Och sen? Inget mer", 30),
    ("x" * 900 + ". " + "y" * 10, 905),  # the end far before the window
    ("x" * 900 + ". " + "y" * 500, 1300),  # an end only before the window
    ("a" * 399 + ". b", 401),  # an end that starts one character before the window
    ("a" * 398 + ". b", 401),
]


@pytest.mark.parametrize(("text", "at"), _CASES)
def test_window_as_full_search(text: str, at: int) -> None:
    assert quotedby._sentence_start(text, at) == _full(text, at)


def test_window_as_full_search_fuzzed() -> None:
    rnd = random.Random(7)
    pieces = ["ord ", "Ord ", ". ", "! ", "? ", ": ", "\n", ".", ":", " ", "x" * 120, "y" * 390]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        for at in {0, len(text), rnd.randint(0, len(text)), max(0, len(text) - 401), max(0, len(text) - 399)}:
            assert quotedby._sentence_start(text, at) == _full(text, at), (text, at)


@pytest.mark.parametrize("text", ["Er sagte der „Zeitung“", "sagte dem  \n „X“", "der", "  „A“", "ÍSTANBUL DER „B“", "X DEM\t„Y“", "KİŞİ DER „Z“"])
def test_word_before_as_whole_prefix(text: str) -> None:
    """`direct._word_before` ends as the whole text before the quote, stripped and lower-cased, does."""
    from enligt.analyze import direct

    at = text.find("„") if "„" in text else len(text)
    for k in range(at + 1):
        whole = text[:k].rstrip().lower()
        assert direct._word_before(text, k)[-4:] == whole[-4:], (text, k)
