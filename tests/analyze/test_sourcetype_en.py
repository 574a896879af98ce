"""English source types read from the source phrase's words (analyze/sourcetype.py, lang/en/source_types.tsv): the
opposition as a body, armed groups as organisations (one member a person), a tracker as a document, a club by
the last word of its name. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


def types(text: str) -> list[tuple[str | None, str | None]]:
    """(source, source_type) of each record of `text`."""
    art = Article(title=None, body=(text,), language="en")
    return [(a.source, a.source_type) for a in attribute(art)]


BODIES_AND_TRACKERS = [
    ("The opposition said the new levy would hurt farmers.", [("The opposition", "organization")]),
    ("Two opposition parties said the count had been rigged.", [("Two opposition parties", "organization")]),
    ("Opposition senators said the bill was rushed.", [("Opposition senators", "person")]),
    ("The insurgents said they had seized the pass.", [("The insurgents", "organization")]),
    ("The Afghan Taliban said the convoy had been hit.", [("The Afghan Taliban", "organization")]),
    ("A rebel spokesman said the ceasefire was over.", [("A rebel spokesman", "person")]),
    ("The county’s flood tracker showed that six roads were shut.", [("The county’s flood tracker", "document")]),
    # a club by the last word of its name, alone and capitalised; a town with its article stays the state's
    ("\u201cTalks are at an advanced stage,\u201d City said.", [("City", "organization")]),
    ("Rovers confirmed that the striker had left on loan.", [("Rovers", "organization")]),
    ("City confirmed that the winger had signed a new deal.", [("City", "organization")]),
    ("The City said the market square would be closed.", [("The City", "official")]),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_AND_TRACKERS)
def test_bodies_and_trackers(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected
