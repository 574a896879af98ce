"""English tags after their content and the phrases after a cue (inverted.py, rules.py, contentfirst.py), end to
end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str, title: str | None = None) -> list[Row]:
    art = Article(title=title, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [(a.source, a.cue, a.content) for a in attribute(art)]


def names(text: str) -> list[str | None]:
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="en")
    return [a.source_name for a in attribute(art)]


TIME_AFTER_CUE: list[tuple[str, list[Row]]] = [
    # a time phrase after a tag's cue is no inverted speaker and no content
    ("The dam was safe, the engineer, Ivo Brandt, said Monday.", [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer, Ivo Brandt, said late Monday night.",
     [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer said last week.", [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer, Ivo Brandt, said earlier.", [("the engineer", "said", "The dam was safe")]),
    ("The dam was safe, the engineer said this morning.", [("the engineer", "said", "The dam was safe")]),
    # nor part of the content before "that"
    ("The engineer said last week that the dam was safe.", [("The engineer", "said", "the dam was safe")]),
    ("The board announced early Friday that the mill would close.",
     [("The board", "announced", "the mill would close")]),
    # a noun spelt like a cue stays a noun before a time phrase
    ("The race now moves to Western states this week that the senator hopes to win.", []),
]


@pytest.mark.parametrize(("text", "expected"), TIME_AFTER_CUE)
def test_a_time_after_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_a_time_after_the_cue_keeps_the_name_in_apposition() -> None:
    assert names("The dam was safe, the engineer, Ivo Brandt, said Monday.") == ["Ivo Brandt"]


NAME_THEN_ROLE: list[tuple[str, list[Row]]] = [
    # a name and its role between commas before a cue with nothing after it: the name speaks
    ("The dam was safe, Ivo Brandt, the engineer, said.", [("Ivo Brandt", "said", "The dam was safe")]),
    ("It was over, Ivo Brandt, the engineer, said Monday.", [("Ivo Brandt", "said", "It was over")]),
    ("“It was over,” Ivo Brandt, the engineer, said.", [("Ivo Brandt", "said", "It was over")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_THEN_ROLE)
def test_a_name_and_its_role_before_the_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
