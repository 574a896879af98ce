"""English content-first tags (rules.py): a cue that reports only with "that" ("complained", "boasted") before
"of" names what was felt or claimed, no tag of the words before ("…, two complained of neck pain"); "said of"
stays a tag. End to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


GRIEVANCE_OF: list[tuple[str, list[Row]]] = [
    ("A nurse said they had seen six children — three complained of neck pain.",
     [("A nurse", "said", "they had seen six children — three complained of neck pain")]),
    ("The clinic treated nine patients, two complained of headaches.", []),
    ("The ferry will not run on Sundays, Ann Lee said of the new timetable.",
     [("Ann Lee", "said", "The ferry will not run on Sundays")]),
]


@pytest.mark.parametrize(("text", "expected"), GRIEVANCE_OF)
def test_a_grievance_after_of_is_no_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
