"""Tests of phrasal passive (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# The passive of a phrasal look-alike is no hearsay marker (stop 32, nordic32): "sägs upp" / "sies opp" (laid off)
# is "säga upp" in the s-passive, while "sägs ha …" / "sies å ha …" stay hearsay, even with a particle of the
# infinitive's own ("sägs ha gett upp"). lang/<code>/phrasal.tsv, hearsay._phrasal_passive. Every sentence is
# written for its test.
CASES: list[tuple[str, str, list[Row]]] = [
    ("I år sägs 35 upp och ett tjugotal går i pension.", "sv", []),
    ("Totalt sägs 35 tjänstemän upp vid bruket.", "sv", []),
    ("Den som sägs upp under hösten får lön i tre månader.", "sv", []),
    ("Ved verftet sies 35 ansatte opp i høst.", "no", []),
    ("35 ansatte sies opp, og resten blir permittert.", "no", []),
    # a hearsay infinitive after the marker stays hearsay, its own particle too
    ("Vd:n sägs ha lämnat bolaget i våras.", "sv", [(None, "sägs", "Vd:n sägs ha lämnat bolaget i våras")]),
    ("Vd:n sägs ha gett upp planerna.", "sv", [(None, "sägs", "Vd:n sägs ha gett upp planerna")]),
    ("Direktøren sies å ha gitt opp planene.", "no", [(None, "sies", "Direktøren sies å ha gitt opp planene")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_phrasal_passive(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
