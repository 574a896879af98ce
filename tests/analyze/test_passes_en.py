"""English rules of the attribution passes (analyze/passes.py): a passive of telling whose pronoun subject opens a
quotation ("“We were informed that C,” X said", "”I’ve been told C,” X said") is its own record beside the
quotation, as after a complementizer (`_told_frame`). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

TOLD_OPENING_A_QUOTE: list[tuple[str, list[Row]]] = [
    ("\u201cWe were informed that the north road had flooded overnight,\u201d the farmer said.",
     [("the farmer", "said", "We were informed that the north road had flooded overnight"),
      (None, "were informed", "the north road had flooded overnight")]),
    ("\u201dI\u2019ve been told the school will stay shut until the roof is fixed,\u201d one parent said.",
     [("one parent", "said", "I\u2019ve been told the school will stay shut until the roof is fixed"),
      (None, "been told", "the school will stay shut until the roof is fixed")]),
    ("\"They've been told the plant will reopen in spring,\" a union official said.",
     [("a union official", "said", "They've been told the plant will reopen in spring"),
      (None, "been told", "the plant will reopen in spring")]),
    # a noun subject with a long clause told: the speaker's own notice, one record
    (("\u201cAll tenants were informed that the lifts in both towers would be replaced before the winter,\u201d the "
      "landlord said."),
     [("the landlord", "said",
       "All tenants were informed that the lifts in both towers would be replaced before the winter")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_OPENING_A_QUOTE)
def test_a_passive_of_telling_opening_a_quote(text: str, expected: list[Row]) -> None:
    assert rows(text, "en") == expected
