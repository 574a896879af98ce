"""A quantity key's fields read and rewritten in one place (analyze/numkey.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.numkey import joined, key_parts, key_qualifiers, with_qualifiers

PARTS = [
    ("killed|dead|person|russian|place=kyiv|subset", ["killed", "dead", "person", "russian", "place=kyiv", "subset"]),
    ("killed|dead|person", ["killed", "dead", "person", "", "", ""]),  # a short key is padded
    ("", ["", "", "", "", "", ""]),
]


@pytest.mark.parametrize("key,expected", PARTS)
def test_key_parts(key: str, expected: list[str]) -> None:
    assert key_parts(key) == expected


REWRITES = [
    # (key, add, drop prefix, expected key): qualifiers stay sorted, empty ones never appear
    ("killed|dead|person||place=kyiv|", ["wider=1"], None, "killed|dead|person||place=kyiv;wider=1|"),
    ("killed|dead|person|||", ["place=derna"], None, "killed|dead|person||place=derna|"),
    ("killed|dead|person||town=byen;time=2025-09-14|", ["place=derna"], "town=",
     "killed|dead|person||place=derna;time=2025-09-14|"),
    ("wounded|injured|person", [], None, "wounded|injured|person|||"),
]


@pytest.mark.parametrize("key,add,drop,expected", REWRITES)
def test_with_qualifiers(key: str, add: list[str], drop: str | None, expected: str) -> None:
    assert with_qualifiers(key, add, (lambda q: q.startswith(drop)) if drop else None) == expected
    assert key_qualifiers(expected) == joined(key_qualifiers(key), add, (lambda q: q.startswith(drop)) if drop else None)
