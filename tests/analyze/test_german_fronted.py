"""German V2 after fronted phrases and participles as adjectives (issue 10): a fronted "angesichts"/"aufgrund"
phrase or "Mitte/Anfang/Ende" with a month or time word is no source; a one-word cue whose correlate closes
its clause ("warnt X davor, dass C") is a split cue; an inflected participle between an article and its noun
("nach dem ersten bestätigten Fall") is no cue. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")


FRONTED = [
    ("Angesichts der steigenden Preise sagte die Ministerin, die Hilfen würden verlängert.",
     [("die Ministerin", "sagte", "die Hilfen würden verlängert")]),
    ("Aufgrund des Sturms teilte die Bahn mit, der Verkehr ruhe bis Mittag.",
     [("die Bahn", "teilte mit", "der Verkehr ruhe bis Mittag")]),
    ("Mitte Oktober hatte der Verein den Rückzug aus der Liga angekündigt.",
     [("der Verein", "angekündigt", "den Rückzug aus der Liga")]),
    ("Anfang Juli sagte die Trainerin, das Team sei noch nicht fertig.",
     [("die Trainerin", "sagte", "das Team sei noch nicht fertig")]),
    ("Ende der Woche erklärte der Sprecher, die Brücke bleibe gesperrt.",
     [("der Sprecher", "erklärte", "die Brücke bleibe gesperrt")]),
]

CORRELATE = [
    ("Angesichts der Dürre warnt Landwirtin Eva Kolb davor, dass die Ernte ausfallen könnte.",
     [("Landwirtin Eva Kolb", "warnt davor", "die Ernte ausfallen könnte")]),
    ("Der Förster warnte davor, dass weitere Bäume umstürzen könnten.",
     [("Der Förster", "warnte davor", "weitere Bäume umstürzen könnten")]),
    ("Die Schulleiterin verwies darauf, dass der Unterricht normal weitergehe.",
     [("Die Schulleiterin", "verwies darauf", "der Unterricht normal weitergehe")]),
    ("Am Morgen erinnerte die Stadt daran, dass die Parkplätze gesperrt seien.",
     [("die Stadt", "erinnerte daran", "die Parkplätze gesperrt seien")]),
    # the two-word cue with its object stays as it was
    ("Der Wetterdienst warnt vor Hagel.", [("Der Wetterdienst", "warnt vor", "Hagel")]),
    # no correlate: a plain verb, and a reference to a document is none
    ("Die Kosten würden steigen, warnte der Kämmerer.", [("der Kämmerer", "warnte", "Die Kosten würden steigen")]),
    ("Der Anwalt verwies auf ein Gutachten.", []),
]

ATTRIBUTIVE = [
    ("Nach dem zweiten bestätigten Fall in Hessen schloss die Schule für eine Woche.", []),
    ("Die Zahl der gemeldeten Schäden stieg am Abend weiter.", []),
    ("Die Liste der genannten Orte wurde länger.", []),
    # a finite verb before its noun object or subject stays a cue
    ("Dann bestätigten Ärzte, dass die Frau außer Lebensgefahr sei.",
     [("Ärzte", "bestätigten", "die Frau außer Lebensgefahr sei")]),
]


@pytest.mark.parametrize("text,expected", FRONTED + CORRELATE + ATTRIBUTIVE)
def test_german_fronted(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CONTINUED = [
    # a sentence that is all quotation, joined to the record before it, keeps the speaker for Konjunktiv I
    ("„Das Wasser steigt“, sagte der Pegelwart am Morgen. „Wir sind vorbereitet.“ Es gebe genug Sandsäcke.",
     [("der Pegelwart", "sagte", "Das Wasser steigt Wir sind vorbereitet"),
      ("der Pegelwart", None, "Es gebe genug Sandsäcke")]),
    ("Die Ärztin sagte, der Patient sei stabil. „Wir sind erleichtert.“ Eine Operation sei nicht nötig.",
     [("Die Ärztin", "sagte", "der Patient sei stabil"), ("Die Ärztin", None, "Wir sind erleichtert"),
      ("Die Ärztin", None, "Eine Operation sei nicht nötig")]),  # a quote after reported speech: its own record
    # a quotation with nobody's record before it continues nothing
    ("Der Verein plant ein Fest. „Wir freuen uns.“ Es gebe schon viele Anmeldungen.", []),
]

SO_TAG = [
    # "so ein" with a noun that names no source is "such a": no tag
    ("Das hat niemand gewollt, so ein Pech.", []),
    ("Der Bus kam zu spät, so eine Anwohnerin.", [("eine Anwohnerin", "so", "Der Bus kam zu spät")]),
    ("Die Halle bleibt zu, so ein Sprecher der Stadt.", [("ein Sprecher der Stadt", "so", "Die Halle bleibt zu")]),
]


@pytest.mark.parametrize("text,expected", CONTINUED + SO_TAG)
def test_german_continued_and_so(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
