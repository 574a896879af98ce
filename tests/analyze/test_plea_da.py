"""Tests of plea (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# da42: Danish pleas read up to their adjective (verbcues._plea): with no charge after it the verb is the cue and the
# plea from the reflexive on is the claim ("Han nægter sig skyldig"); words between the reflexive and the adjective
# ("nægter sig alle skyldige i X") stay in the claim; with a charge after "i" the cue runs to "i" as before; with no
# adjective there is no plea. Every sentence is written for its test.
CASES: list[tuple[str, list[Row]]] = [
    ("Kvinden er sigtet for brandstiftelse. Hun nægter sig skyldig.",
     [("Hun", "nægter", "sig skyldig")]),
    ("Tømreren nægtede sig skyldig under hele retssagen.",
     [("Tømreren", "nægtede", "sig skyldig under hele retssagen")]),
    ("Brødrene nægter sig så vidt vides begge skyldige i overfaldet.",
     [("Brødrene", "nægter", "sig så vidt vides begge skyldige i overfaldet")]),
    ("Kvinden nægter sig skyldig i flere tilfælde af dokumentfalsk.",
     [("Kvinden", "nægter sig skyldig i", "flere tilfælde af dokumentfalsk")]),
    ("Direktøren har nægtet sig skyldig i mandatsvig.",
     [("Direktøren", "nægtet sig skyldig i", "mandatsvig")]),
    # no adjective: no plea
    ("Han nægter sig selv en pause i weekenden.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_plea_da42(text: str, expected: list[Row]) -> None:
    assert rows(text, "da") == expected
