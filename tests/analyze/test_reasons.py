"""German reasons given for an act (reasons.py, `reason_verb`, `reason_preposition`), and speaking of a fact
("spricht davon, dass C", cues_speech.tsv): a verb of justifying reports
its object and the reason after "mit"; with no reason after its object it reports nothing. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

REASONS: list[tuple[str, list[Row]]] = [
    ("Die Brauerei begründet die Schließung mit dem Rückgang des Absatzes.",
     [("Die Brauerei", "begründet", "die Schließung mit dem Rückgang des Absatzes")]),
    ("Der Landrat begründete das Verbot mit der Waldbrandgefahr.",
     [("Der Landrat", "begründete", "das Verbot mit der Waldbrandgefahr")]),
    ("Die Bahn rechtfertigte die neuen Preise mit höheren Energiekosten.",
     [("Die Bahn", "rechtfertigte", "die neuen Preise mit höheren Energiekosten")]),
    # no reason after the object: nothing said
    ("Die Abgeordnete begründete ihren Antrag im Ausschuss.", []),
]


@pytest.mark.parametrize(("text", "expected"), REASONS)
def test_a_reason_given_for_an_act(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SPOKEN_OF: list[tuple[str, list[Row]]] = [
    ("Der Verband spricht davon, dass viele Betriebe schließen müssen.",
     [("Der Verband", "spricht davon", "viele Betriebe schließen müssen")]),
    ("Am Abend sprach der Bürgermeister davon, dass die Brücke bald öffne.",
     [("der Bürgermeister", "sprach davon", "die Brücke bald öffne")]),
    ("Davon spricht im Dorf niemand.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_OF)
def test_speaking_of_a_fact(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
