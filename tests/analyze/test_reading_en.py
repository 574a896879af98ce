"""What an English number counts (`enligt.analyze.reading`): crews and personnel sent out to an event ("deployed",
"mobilized", "dispatched") are counted; a bare total of crews at work is not. Every sentence here was written for
this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article


def readings(text: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=(text,), language="en")
    return [(q.measure, q.value) for q in count(article, ())]


SENT_OUT = [
    ("The gas company mobilized 120 crews after the pipeline burst.", [("other", 120)]),
    ("About 900 personnel were deployed to clear the snow, the county said.", [("other", 900)]),
    ("The city dispatched 45 crews to the flooded streets on Monday.", [("other", 45)]),
    ("Officials said 25 fire personnel were dispatched to the warehouse.", [("other", 25)]),
    # a standing total of crews at work, no event
    ("More than 400 crews are in the field across the state.", []),
]


@pytest.mark.parametrize(("text", "expected"), SENT_OUT)
def test_crews_sent_out_are_counted(text: str, expected: list[tuple[str, float]]) -> None:
    assert readings(text) == expected
