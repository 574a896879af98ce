"""German "according to" findings with no one behind them (issue 10, decont12): "Nach ersten Ermittlungen …",
"Nach unseren Erkenntnissen …" inside a speaker's words (a Konjunktiv sentence going on from them, a quotation) are
the speaker's, no source of their own; standing alone they stay a record. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

CASES = [
    # a Konjunktiv sentence going on from a speaker
    (("Drei Autos seien beschädigt, berichtete eine Sprecherin der Polizei. Nach ersten Ermittlungen habe der Fahrer "
     "die Ampel übersehen."),
     [("eine Sprecherin der Polizei", "berichtete", "Drei Autos seien beschädigt"),
      ("eine Sprecherin der Polizei", None, "Nach ersten Ermittlungen habe der Fahrer die Ampel übersehen")]),
    ("Der Brand sei gelöscht, sagte der Einsatzleiter. Nach bisherigen Erkenntnissen sei ein Akku die Ursache.",
     [("der Einsatzleiter", "sagte", "Der Brand sei gelöscht"),
      ("der Einsatzleiter", None, "Nach bisherigen Erkenntnissen sei ein Akku die Ursache")]),
    # inside a quotation
    (("Die Gruppe habe 30 Menschen gebracht, sagte ein Ermittler. \"Nach unseren Erkenntnissen wurden pro Person "
     "4000 Euro verlangt.\""),
     [("ein Ermittler", "sagte", "Die Gruppe habe 30 Menschen gebracht"),
      ("ein Ermittler", None, "Nach unseren Erkenntnissen wurden pro Person 4000 Euro verlangt")]),
    # standing alone, in the indicative: a record of its own
    ("Nach ersten Ermittlungen war der Fahrer zu schnell.", [("ersten Ermittlungen", "Nach", "war der Fahrer zu schnell")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ownerless_findings(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
