"""A company's filed figures as the object of "reported" (reportedresult.reported_result, en44): a publication
event, no words reported; a clause, a trend or a loss with no figure still reports. End to end, one table.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


REPORTED_RESULTS: list[tuple[str, list[Row]]] = [
    ("The brewer reported pre-tax profits of £31 million for the half year.", []),
    ("Last week the retailer reported record holiday sales.", []),
    ("The airline reported an operating loss of €80 million in the spring.", []),
    ("The insurer reported a £12 million loss on its motor book.", []),
    ("The bakery chain reported that its sales had slipped in May.",
     [("The bakery chain", "reported", "its sales had slipped in May")]),
    ("Hospitals reported a sharp rise in flu admissions.",
     [("Hospitals", "reported", "a sharp rise in flu admissions")]),
    ("State television reported heavy losses among the attackers.",
     [("State television", "reported", "heavy losses among the attackers")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_RESULTS)
def test_a_reported_result_is_no_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
