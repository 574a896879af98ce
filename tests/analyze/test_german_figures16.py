"""German verbs that give a count as their object, class `figure` (issue 10, de16): "Die Regierung nennt 300 Tote",
"Dagegen zählt der Verband nur 200 Verletzte, während …" (the content ends at the comma after the count). With no
number in the first words after the verb, nothing is reported ("nannte den Termin nicht", "zählt zu den Besten"),
nor a date, nor a count after a source phrase of its own ("zählte nach eigenen Angaben 900 Einsätze"). Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

FIGURES = [
    ("Das Ministerium nennt 120 Verletzte.", [("Das Ministerium", "nennt", "120 Verletzte")]),
    ("Die Opposition nannte 5-mal so viele Opfer.", [("Die Opposition", "nannte", "5-mal so viele Opfer")]),
    ("Die Helfer zählten mehr als 70 Tote.", [("Die Helfer", "zählten", "mehr als 70 Tote")]),
    ("Dagegen zählt das Netzwerk nur 300 Opfer, während die Armee von weniger spricht.",
     [("das Netzwerk", "zählt", "nur 300 Opfer"), ("die Armee", "spricht von", "weniger")]),  # (de22: the "während"
    # clause's verb-final report is the army's own record)
    # no count after the verb: no report
    ("Einen Grund für den Rücktritt nannte die Ministerin nicht.", []),
    ("Der Verein zählt zu den ältesten der Stadt.", []),
    ("Die Stadt nannte den 3. Juni als Termin.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
