"""German rules of round de32: talk of something ("von X die Rede") with adverbs before "von", at a
clause's end and in a named document; a Konjunktiv I verb after a long fronted phrase; adverbs of time and stance that open a V2 sentence; the participles of reporting and opinion verbs. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

TALK = [
    # adverbs between the form of "sein" and "von"
    ("In der Stadt war zuletzt von etwa 40 Verletzten die Rede.", [(None, "war die Rede", "etwa 40 Verletzten")]),
    ("Es ist inzwischen auch von mehreren Vermissten die Rede.", [(None, "ist die Rede", "mehreren Vermissten")]),
    # the form of "sein" at the end of a relative clause: the document the relative follows is the source
    ("Der Bericht, in dem von schweren Mängeln die Rede ist, liegt dem Rat vor.",
     [("Der Bericht", "die Rede ist", "schweren Mängeln")]),
    ("Das Gericht verlas die Anklage, in der von Betrug in zwölf Fällen die Rede war.",
     [("die Anklage", "die Rede war", "Betrug in zwölf Fällen")]),
    # the document a talk stands in, opened by "in"
    ("In einer ersten Meldung der Stadt ist von Plünderungen die Rede.",
     [("einer ersten Meldung der Stadt", "ist die Rede", "Plünderungen")]),
    ("Im Polizeibericht war von zwei Verletzten die Rede.", [("Polizeibericht", "war die Rede", "zwei Verletzten")]),
    # a place is no document: source null
    ("In Italien war von drei Toten die Rede.", [(None, "war die Rede", "drei Toten")]),
    # no "sein" near: no talk of anything
    ("Er hielt in der Halle von der Bühne aus die Rede.", []),
]

LONG_FRONTED = [
    # a Konjunktiv I verb after a fronted phrase of thirteen words goes on from the speaker before
    (("Die Beamten hätten den Mann gestellt, teilte die Polizei mit. Nur durch Reizgas und einen Warnschuss aus der "
     "Dienstwaffe in die Luft seien weitere Angriffe verhindert worden."),
     [("die Polizei", "teilte mit", "Die Beamten hätten den Mann gestellt"),
      ("die Polizei", None, ("Nur durch Reizgas und einen Warnschuss aus der Dienstwaffe in die Luft seien weitere "
                            "Angriffe verhindert worden"))]),
    # an indicative verb there is no continuation
    (("Die Beamten hätten den Mann gestellt, teilte die Polizei mit. Nur durch Reizgas und einen Warnschuss aus der "
     "Dienstwaffe in die Luft wurden weitere Angriffe verhindert."),
     [("die Polizei", "teilte mit", "Die Beamten hätten den Mann gestellt")]),
]


FRONTED_ADVERBS = [
    # an adverb of time or stance alone before the finite verb is no subject: the subject follows the verb
    ("Ursprünglich hatten die Behörden von 70 Toten gesprochen.", [("die Behörden", "gesprochen", "70 Toten")]),
    ("Ursprünglich sprachen die Behörden von 70 Toten.", [("die Behörden", "sprachen von", "70 Toten")]),
    ("Vermutlich berichtete die Zeitung als Erste, der Damm sei gebrochen.",
     [("die Zeitung", "berichtete", "der Damm sei gebrochen")]),
    ("Zwischenzeitlich teilte die Stadt mit, die Schule bleibe geschlossen.",
     [("die Stadt", "teilte mit", "die Schule bleibe geschlossen")]),
    ("Offenbar hatte der Minister zuvor gesagt, er trete nicht zurück.",
     [("der Minister", "gesagt", "er trete nicht zurück")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_ADVERBS)
def test_fronted_stance_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PARTICIPLES = [
    # the past participle of a reporting or opinion verb whose other forms are cues: in the passive and the perfect
    ("In der Stadt wird gemutmaßt, dass der Damm gebrochen sei.", [(None, "wird gemutmaßt", "der Damm gebrochen sei")]),
    ("Der Rechnungshof hatte gerügt, dass die Stadt zu wenig prüfe.",
     [("Der Rechnungshof", "gerügt", "die Stadt zu wenig prüfe")]),
    ("Die Anwohner hatten gehofft, dass der Damm hält.", [("Die Anwohner", "gehofft", "der Damm hält")]),
    ("Der Bürgermeister hat geleugnet, dass es Warnungen gab.", [("Der Bürgermeister", "geleugnet", "es Warnungen gab")]),
    ("Die Stadt hat signalisiert, dass sie helfen werde.", [("Die Stadt", "signalisiert", "sie helfen werde")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_participles(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TALK)
def test_talk_of(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_FRONTED)
def test_long_fronted_konjunktiv(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
