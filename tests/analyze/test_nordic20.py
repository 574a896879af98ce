"""Danish and Norwegian attribution shapes (issue 10, nordic20). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

TIME_LOOKALIKE = [
    # a noun that holds a time word by chance ("bruken" holds "uke", "brugen" "uge") is the object, no time
    ("Statsministeren karakteriserer pengebruken som veldig ansvarlig.", "no",
     [("Statsministeren", "karakteriserer", "pengebruken som veldig ansvarlig")]),
    ("Lederen karakteriserte forbruket som altfor høyt.", "no",
     [("Lederen", "karakteriserte", "forbruket som altfor høyt")]),
    ("Ministeren karakteriserer pengebrugen som meget ansvarlig.", "da",
     [("Ministeren", "karakteriserer", "pengebrugen som meget ansvarlig")]),
    ("Borgmesteren kalder brugen af vikarer for uholdbar.", "da",
     [("Borgmesteren", "kalder", "brugen af vikarer for uholdbar")]),
    # a real time word after the cue stays a time
    ("Politiet opplyste søndag kveld at to personer er skadd.", "no",
     [("Politiet", "opplyste", "to personer er skadd")]),
]


@pytest.mark.parametrize("text,lang,expected", TIME_LOOKALIKE)
def test_time_lookalike_object(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected

