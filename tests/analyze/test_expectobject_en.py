"""English forecasts with a noun-phrase object (expectobject.expect_object, en44): a verb of expecting or projecting
(`expect_verb`) reports when a forecast noun (expect_nouns.txt) heads its object; a comparison ("than expected"), a
passive ("is expected to") or another object ("expected a decision") reports nothing. End to end, one table.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


FORECAST_OBJECTS: list[tuple[str, list[Row]]] = [
    ("Market watchers had expected a quarterly profit of 18 pence a share.",
     [("Market watchers", "expected", "a quarterly profit of 18 pence a share")]),
    ("Brokers were expecting revenue of about $3 billion for the year.",
     [("Brokers", "expecting", "revenue of about $3 billion for the year")]),
    ("Economists were projecting growth of 1.2 percent in the second half.",
     [("Economists", "projecting", "growth of 1.2 percent in the second half")]),
    ("Most traders expected a sharp rise in fuel prices.",
     [("Most traders", "expected", "a sharp rise in fuel prices")]),
    ("The chain had better than expected sales over the holidays.", []),
    ("As expected, the loss widened in March.", []),
    ("The ferry is expected to resume service on Monday.", []),
    ("The council expected a decision from the minister by June.", []),
    ("Shoppers were expecting long queues at the tills.", []),
    # no tag: a comparison closing the clause
    ("The thaw came sooner than most farmers expected.", []),
    ("The sale raised more money than its organisers had expected.", []),
    # no inverted tag: a participle after a comma
    ("The new office is vast and bright, projecting an air of calm confidence.", []),
    ("The board met late, expecting a loss of 2 million.", []),
]


@pytest.mark.parametrize(("text", "expected"), FORECAST_OBJECTS)
def test_a_forecast_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
