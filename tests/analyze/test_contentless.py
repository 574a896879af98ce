"""contentless._only_word: the one word of a record's content pieces, read without splitting them into all words."""
from __future__ import annotations

import pytest

from enligt.analyze.contentless import _only_word


@pytest.mark.parametrize(("pieces", "expected"), [
    (["videre:"], "videre:"), (["  følgende  "], "følgende"), (["", " ", "så"], "så"), (["to ord"], None),
    (["ett", "två"], None), ([], None), (["", "  "], None), (["a\u00a0b"], None), (["\tword\n"], "word"),
])
def test_only_word(pieces: list[str], expected: str | None) -> None:
    assert _only_word(pieces) == expected
    words = [w for p in pieces for w in p.split()]
    assert _only_word(pieces) == (words[0] if len(words) == 1 else None)
