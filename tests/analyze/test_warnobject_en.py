"""English warnings to act (warnobject.warned_to_act): a warning verb, its object, then "to" and a verb is advice,
nothing claimed; a clause or "of" after the verb still reports. End to end, one table.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


WARNED_TO_ACT: list[tuple[str, list[Row]]] = [
    ("The coastguard warned swimmers to keep clear of the pier.", []),
    ("Health officials are warning older people in the county not to skip their flu jabs.", []),
    ("The mayor closed the bridge on Friday, warning drivers to find another route.", []),
    ("Engineers warned the old dam could fail to hold the water.",
     [("Engineers", "warned", "the old dam could fail to hold the water")]),
    ("The agency has warned farmers they need to store more feed.",
     [("The agency", "warned", "farmers they need to store more feed")]),
    ("Doctors warned of a shortage of nurses to staff the wards.",
     [("Doctors", "warned of", "a shortage of nurses to staff the wards")]),
    ("The union warned members that the talks could fail.",
     [("The union", "warned", "the talks could fail")]),
]


@pytest.mark.parametrize(("text", "expected"), WARNED_TO_ACT)
def test_a_warning_to_act_is_advice(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
