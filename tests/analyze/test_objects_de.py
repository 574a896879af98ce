"""Tests of objects (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German split cues whose object is coordinated or whose clause is followed by a second verb (issue 10, de14):
# "X wirft Y mangelnde Ideen und fehlende Konzepte vor" (the whole coordinated object, not its last noun),
# "X warf Y Z vor und verlangte …" (the particle before "und" and a second verb closes the first clause).
# Every sentence is written for its test.
run = rows_in("de")

COORDINATED = [
    ("Die Gewerkschaft wirft dem Vorstand mangelnde Ideen und fehlende Konzepte vor.",
     [("Die Gewerkschaft", "wirft vor", "mangelnde Ideen und fehlende Konzepte")]),
    ("Der Konzern räumte Fehler und Versäumnisse ein.", [("Der Konzern", "räumte ein", "Fehler und Versäumnisse")]),
    # one object stays one object
    ("Die Opposition wirft der Regierung Versagen vor.", [("Die Opposition", "wirft vor", "der Regierung Versagen")]),
]

SECOND_VERB = [
    ("Der Verband warf der Stadtverwaltung eine schlechte Planung vor und verlangte einen neuen Bericht.",
     [("Der Verband", "warf vor", "eine schlechte Planung")]),
    ("Die Firma räumte Fehler ein und entließ den Abteilungsleiter.", [("Die Firma", "räumte ein", "Fehler")]),
    # "vor und nach": a preposition after "und", no second verb
    ("Die Partei warf dem Kanzler vor und nach der Wahl Wortbruch vor.",
     [("Die Partei", "warf vor", "Wortbruch")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED + SECOND_VERB)
def test_split_objects(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ASSUMING = [
    # an inverted subject after a fronted phrase, an adverb after it, a comma before "dass"
    ("In ihrem Gutachten gehen die Forscher demnach davon aus, dass die Kosten stark steigen.",
     [("die Forscher", "gehen davon aus", "die Kosten stark steigen")]),
    ("Die Ärzte gehen demnach davon aus, dass die Zahl der Fälle höher liegt.",
     [("Die Ärzte", "gehen davon aus", "die Zahl der Fälle höher liegt")]),
    # an adverb between the verb and "von … aus"
    ("Andere Studien gehen sogar von bis zu 900 Fällen im Jahr aus.",
     [("Andere Studien", "gehen aus", "bis zu 900 Fällen im Jahr")]),
    # "man" is nobody in particular
    ("Im Rathaus geht man davon aus, dass die Kosten steigen.", []),
]

ADVERB_IN_CUE = [
    ("Die Regierung sprach dagegen von einem bedauerlichen Unfall.",
     [("Die Regierung", "sprach von", "einem bedauerlichen Unfall")]),
    ("Die Gewerkschaft spricht wiederum von einem Wortbruch.", [("Die Gewerkschaft", "spricht von", "einem Wortbruch")]),
    ("Der Rat stimmte dagegen.", []),
]

LONG_FRONT_KONJUNKTIV = [
    (("Die Forscher sagen, die Lage sei ernst. Statt der bisher geschätzten 300 000 bis 500 000 Fälle müsse von "
     "800 000 Fällen ausgegangen werden."),
     [("Die Forscher", "sagen", "die Lage sei ernst"),
      ("Die Forscher", None, ("Statt der bisher geschätzten 300 000 bis 500 000 Fälle müsse von 800 000 Fällen "
                             "ausgegangen werden"))]),
]


@pytest.mark.parametrize(("text", "expected"), ASSUMING + ADVERB_IN_CUE + LONG_FRONT_KONJUNKTIV)
def test_assuming_and_adverbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PERFECT_TAG = [
    # the auxiliary of an inverted perfect tag belongs to the cue, not to the speaker
    ("„Wir sind bereit“, hatte der Minister gesagt.", [("der Minister", "hatte gesagt", "Wir sind bereit")]),
    ("Die Lage sei ernst, hatte der Sprecher am Morgen gesagt.",
     [("der Sprecher", "hatte gesagt", "Die Lage sei ernst")]),
    ("Die Partei fordere acht Ministerien, hatte die Zeitung unter Berufung auf Parteikreise berichtet.",
     [("die Zeitung", "hatte berichtet", "Die Partei fordere acht Ministerien"),
      ("Parteikreise", "unter Berufung auf", "Die Partei fordere acht Ministerien")]),
]

NARRATED_THEN_UNREAL = [
    # a Konjunktiv II form in a later clause does not stop the narrated speaker's Konjunktiv I sentence
    ("Im Verfahren hat die Anklägerin eine Geldstrafe gefordert. Die Tat sei schwer, aber eine Haft wäre falsch.",
     [("die Anklägerin", None, "Die Tat sei schwer, aber eine Haft wäre falsch")]),
    # one in the first clause does
    ("Im Verfahren hat die Anklägerin eine Geldstrafe gefordert. Das würde reichen, sei ihre Meinung.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERFECT_TAG + NARRATED_THEN_UNREAL)
def test_perfect_tags_and_narration(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
