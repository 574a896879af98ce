"""Small word helpers several rules share, one place each: the first words of the number words
(numwords.number_starts: the topic, figure and time rules) and nationality adjectives (subjects.nationality_adjective:
counted subjects, officials' places)."""
from __future__ import annotations

import pytest

from enligt.analyze.numwords import number_starts
from enligt.analyze.subjects import nationality_adjective


@pytest.mark.parametrize(("lang", "word", "expected"), [
    ("en", "two", True),
    ("en", "twenty", True),
    ("en", "half", True),  # a fraction opens a number too ("half a million")
    ("en", "about", False),
    ("sv", "tre", True),
    ("de", "zwei", True),
    ("de", "etwa", False),
])
def test_number_starts(lang: str, word: str, expected: bool) -> None:
    assert (word in number_starts(lang)) is expected


@pytest.mark.parametrize(("lang", "word", "expected"), [
    ("sv", "ukrainska", True),
    ("sv", "ukrainare", False),  # a noun naming the people, no adjective
    ("en", "russian", True),
    ("en", "russians", False),
    ("da", "dansk", True),
    ("sv", "bil", False),
])
def test_nationality_adjective(lang: str, word: str, expected: bool) -> None:
    assert nationality_adjective(word, lang) is expected
