"""English: a cue form spelt like a noun ("state", "report", "show") right after an article inside a source phrase
after its cue is a noun or a modifier, not a second verb that ends the phrase ("according to the state auditor",
"said a state official"). Every sentence is written for this test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

NOUN_AFTER_ARTICLE = [
    ("The pool will open in June, according to the state parks office.",
     [("the state parks office", "according to", "The pool will open in June")]),
    ("The pool will open in June, according to a state official.",
     [("a state official", "according to", "The pool will open in June")]),
    ("The pool will open in June, said the state parks director.",
     [("the state parks director", "said", "The pool will open in June")]),
    ("The pool will open in June, according to a report by the state water board.",
     [("a report by the state water board", "according to", "The pool will open in June")]),
    ("The pool will open in June, according to the show host.",
     [("the show host", "according to", "The pool will open in June")]),
    ("The pool will open in June, according to a recording of the call.",
     [("a recording of the call", "according to", "The pool will open in June")]),
    # unchanged: the noun alone, a subject before its cue, an object after it
    ("The pool will open in June, according to the report.",
     [("the report", "according to", "The pool will open in June")]),
    ("The pool will open in June, the state parks director said.",
     [("the state parks director", "said", "The pool will open in June")]),
    ('Mayor Ann Lee, who backs the plan, tweeted a warning. "The pool must open in June."',
     [("Mayor Ann Lee", "tweeted", "a warning The pool must open in June")]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_AFTER_ARTICLE)
def test_noun_verb_after_an_article_stays_in_the_source(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
