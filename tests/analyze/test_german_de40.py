"""German constructions found on unannotated news pages (de40, issue 10): a participle between an article, a short
phrase and its noun is an adjective ("die seit Wochen erwartete Flut"), also at the start of a sentence ("Die
erwarteten Gewitter"); a cue that is an infinitive after "zu" or before a modal reports nothing said ("jeden Fall
melden müssen"); a connective adverb after a named subject is no part of the source ("Wie Kowalski weiter sagt").
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")


ATTRIBUTIVE = [
    ("Die erwarteten Gewitter haben im Osten viele Keller geflutet.", []),
    ("Die befürchteten Schäden blieben am Ende aus.", []),
    ("Offen blieb, ob die seit Wochen befürchtete Flut schon begonnen habe.", []),
    ("Die seit langem angekündigte Reform tritt im Mai in Kraft.", []),
    # a finite verb before its subject or object stays a cue
    ("Dann bestätigten Ärzte, dass die Frau außer Lebensgefahr sei.",
     [("Ärzte", "bestätigten", "die Frau außer Lebensgefahr sei")]),
    ("Die Experten erwarteten Verluste in Millionenhöhe.",
     [("Die Experten", "erwarteten", "Verluste in Millionenhöhe")]),
]

INFINITIVE = [
    ("Künftig sollen Ärzte jeden Fall dem Amt melden müssen.", []),
    ("Die Firmen werden jeden Schaden melden müssen.", []),
    ("Wie Kowalski weiter sagt, sollen Kliniken künftig jeden Fall dem Amt melden müssen.",
     [("Kowalski", "sagt", "sollen Kliniken künftig jeden Fall dem Amt melden müssen")]),
    ("Auf die Frage, ob es klug sei, den Sommer mit einem Fest zu begrüßen, lachte die Bürgermeisterin.", []),
    # a present plural cue with no modal after it stays a cue
    ("Die Ärzte berichten, die Lage sei ernst.", [("Die Ärzte", "berichten", "die Lage sei ernst")]),
]

ADVERB_TAIL = [
    ("Wie Kowalski weiter sagt, sollen die Betten knapp werden.",
     [("Kowalski", "sagt", "sollen die Betten knapp werden")]),
    ("Der Verband hingegen erklärte, die Preise blieben stabil.",
     [("Der Verband", "erklärte", "die Preise blieben stabil")]),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTIVE + INFINITIVE + ADVERB_TAIL)
def test_german_de40(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
