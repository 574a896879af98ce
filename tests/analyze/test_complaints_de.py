"""Tests of complaints (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German verbs of complaining, scolding and quoting as cues, and agreeing as a split cue (issue 10, de13):
# "„Q“, klagte X", "C, zitierte die Agentur X aus der Mitteilung" (the medium, not the document it quotes from),
# "X stimmte dem Antrag zu, C" (a clause after it; the object alone is no report). Every sentence is written for
# its test.
run = rows_in("de")

COMPLAINING = [
    ("„Die Straßen sind voller Löcher“, klagte der Bürgermeister.",
     [("der Bürgermeister", "klagte", "Die Straßen sind voller Löcher")]),
    ("Die Nachbarn klagen, der Lärm sei unerträglich.", [("Die Nachbarn", "klagen", "der Lärm sei unerträglich")]),
    ("„Das ist eine Zumutung“, schimpfte ein Anwohner.", [("ein Anwohner", "schimpfte", "Das ist eine Zumutung")]),
    ("Die Opposition rügt, der Plan komme zu spät.", [("Die Opposition", "rügt", "der Plan komme zu spät")]),
    # the object or a preposition after the verb is no report
    ("Die Stadt klagt gegen den Bescheid.", []),
    ("Der Anwohner klagte über Lärm in der Nacht.", []),
]

QUOTING = [
    ("Die Brücke sei gesperrt worden, zitierte die Agentur Reuters aus der Mitteilung des Amtes.",
     [("die Agentur Reuters", "zitierte", "Die Brücke sei gesperrt worden")]),
    # the one quoted speaks, the medium relays (de41: as "zitierte X mit den Worten")
    ("„Wir sind bereit“, zitierte die Zeitung einen Sprecher.", [("einen Sprecher", "zitierte", "Wir sind bereit")]),
    # a passive tag keeps its split cue
    ("„Das ist ein Fehler“, wird der Abgeordnete zitiert.", [("der Abgeordnete", "wird zitiert", "Das ist ein Fehler")]),
]

AGREEING = [
    ("Der Verteidiger stimmte dem Antrag zu, nur die Frist halte er für zu kurz.",
     [("Der Verteidiger", "stimmte zu", "nur die Frist halte er für zu kurz")]),
    ("„Das ist richtig“, stimmte die Ministerin zu.", [("die Ministerin", "stimmte zu", "Das ist richtig")]),
    # agreeing to a bill reports nothing; "stimmt" alone is no cue
    ("Der Rat stimmte dem Gesetz am Freitag zu.", []),
    ("Die Rechnung stimmt.", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINING + QUOTING + AGREEING)
def test_complaining_quoting_agreeing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
