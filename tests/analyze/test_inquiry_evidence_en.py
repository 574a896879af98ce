"""English tests, inquiries and their results as the subject of an evidence verb (source_types.tsv, document;
sourcefirst: a gerund that names a test before its preposition is a noun, "Testing by the lab shows C").

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")

INQUIRIES: list[tuple[str, list[Row]]] = [
    ("Testing by the county laboratory shows that the two outbreaks are linked.",
     [("Testing by the county laboratory", "shows", "the two outbreaks are linked")]),
    ("Sampling at the lake found that the water was unsafe.",
     [("Sampling at the lake", "found", "the water was unsafe")]),
    ("An autopsy found that the hiker died of exposure.", [("An autopsy", "found", "the hiker died of exposure")]),
    ("Evidence suggests the barn fire was set on purpose.",
     [("Evidence", "suggests", "the barn fire was set on purpose")]),
    ("The inquiry concluded that the ferry had been overloaded.",
     [("The inquiry", "concluded", "the ferry had been overloaded")]),
    ("Lab results confirmed the boy had measles.", [("Lab results", "confirmed", "the boy had measles")]),
    ("Inspections showed that the bridge was rusting.", [("Inspections", "showed", "the bridge was rusting")]),
    # a participle clause before its subject stays one ("Testing the water, the crew said …": the crew)
    ("Testing the water, the crew said that it was safe.", [("the crew", "said", "it was safe")]),
]


@pytest.mark.parametrize(("text", "expected"), INQUIRIES)
def test_an_inquiry_carries_evidence(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
