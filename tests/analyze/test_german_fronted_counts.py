"""German V2 sentences with a fronted adverbial and a count as the object (issue 10): "Im Osten der Ukraine
meldete der Gouverneur der Region zwei weitere Todesopfer": the subject follows the verb, a genitive before the
count is the subject's, and the count is what was said; a fronted adverbial alone is never the speaker. An
article, a prepositional phrase and an inflected attribute before the noun are one noun phrase ("die in London
ansässige Beobachtungsstelle"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

FRONTED_COUNTS = [
    ("Im Süden der Provinz meldete der Bürgermeister der Stadt Lenz drei weitere Verletzte.",
     [("der Bürgermeister der Stadt Lenz", "meldete", "drei weitere Verletzte")]),
    ("Am Dienstag zählte die Feuerwehr vier Einsätze.", [("die Feuerwehr", "zählte", "vier Einsätze")]),
    ("Am Freitag nannte das Ministerium 250 Festnahmen.", [("das Ministerium", "nannte", "250 Festnahmen")]),
    # a fronted adverbial alone is no speaker
    ("Am Montag meldete der Trainer sich krank.", []),
    ("Nach dem Spiel meldete der Verein sich nicht.", []),
    # a personal pronoun after the cue is the speaker
    ("Danach meldeten sie, der Zug stehe still.", [("sie", "meldeten", "der Zug stehe still")]),
]

SV_PRONOUN = [
    ("Senare uppger hon bilen har hittats.", [("hon", "uppger", "bilen har hittats")]),
    ("I går meddelade han tjänsten är tillsatt.", [("han", "meddelade", "tjänsten är tillsatt")]),
]

EXTENDED_ATTRIBUTE = [
    ("Die Lage bleibe angespannt, sagte die in Hamburg ansässige Organisation.",
     [("die in Hamburg ansässige Organisation", "sagte", "Die Lage bleibe angespannt")]),
    ("Man werde alles prüfen, sagte der seit Jahren amtierende Bürgermeister.",
     [("der seit Jahren amtierende Bürgermeister", "sagte", "Man werde alles prüfen")]),
    ("Die in Bonn ansässige Stiftung teilte mit, die Zahlen seien gestiegen.",
     [("Die in Bonn ansässige Stiftung", "teilte mit", "die Zahlen seien gestiegen")]),
    # a prepositional phrase after the noun stays as it was
    ("Die Lage sei ruhig, sagte die Sprecherin in Berlin.", [("die Sprecherin in Berlin", "sagte", "Die Lage sei ruhig")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_COUNTS)
def test_fronted_counts(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SV_PRONOUN)
def test_pronoun_after_fronted_sv(text: str, expected: list[Row]) -> None:
    assert rows_in("sv")(text) == expected


@pytest.mark.parametrize(("text", "expected"), EXTENDED_ATTRIBUTE)
def test_extended_attribute(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
