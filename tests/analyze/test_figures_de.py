"""Tests of figures (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German verbs that give a count as their object, class `figure` (issue 10, de16): "Die Regierung nennt 300 Tote",
# "Dagegen zählt der Verband nur 200 Verletzte, während …" (the content ends at the comma after the count). With no
# number in the first words after the verb, nothing is reported ("nannte den Termin nicht", "zählt zu den Besten"),
# nor a date, nor a count after a source phrase of its own ("zählte nach eigenen Angaben 900 Einsätze"). Every
# sentence is written for its test.
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


# German counts given by a source (de24): the `figure` class completed with verbs of finding, registering and
# arriving at a count ("Die Zeitung ermittelte 500 Todesopfer", "Die Polizei registrierte 12 Festnahmen", "Die Stadt
# verzeichnet sechs Tote", "Der Bericht kommt auf mehr als 300 Tote": in a main clause, inverted after a fronted phrase
# and verb-final after "während"); a place before the count ("zählten in Kiel 5.000 Teilnehmer"); a count closing its
# sentence ("nur auf 3.000."); a count after "sprach von" ends at its comma; "gemäß" before a report noun and "nach
# eigener Zählung" as source phrases. Not a count given: "ermittelt gegen 3 Männer", "kam auf Platz 3", "kam auf die
# Idee", "gemäß ihrer Leistung". Every sentence is written for its test.
run_2 = rows_in("de")

FIGURES_2 = [
    ("Die Zeitung ermittelte 500 Todesopfer.", [("Die Zeitung", "ermittelte", "500 Todesopfer")]),
    ("Das Institut registrierte zuletzt 4.100 Fälle.", [("Das Institut", "registrierte", "zuletzt 4.100 Fälle")]),
    ("Die Stadt verzeichnet sechs Tote.", [("Die Stadt", "verzeichnet", "sechs Tote")]),
    ("Die Polizei registrierte in Trier 12 Festnahmen.", [("Die Polizei", "registrierte", "in Trier 12 Festnahmen")]),
    ("Die Helfer zählten in Kiel 5.000 Teilnehmer, in Bonn 3.000, in Ulm 2.000.",
     [("Die Helfer", "zählten", "in Kiel 5.000 Teilnehmer, in Bonn 3.000, in Ulm 2.000")]),
    ("Ein Bericht des Senats kommt auf mehr als 300 Tote.",
     [("Ein Bericht des Senats", "kommt auf", "mehr als 300 Tote")]),
    ("In Kiel kamen die Beamten dagegen nur auf 3.000.", [("die Beamten", "kamen auf", "3.000")]),
    ("Die Gruppe nennt 200 Tote, während ein Gutachten auf mehr als 900 kommt.",
     [("Die Gruppe", "nennt", "200 Tote"), ("ein Gutachten", "kommt auf", "mehr als 900")]),
    # no count given
    ("Die Polizei ermittelt gegen 3 Männer.", []),
    ("Der Läufer kam auf Platz 3.", []),
    ("Er lachte, während sie auf die Idee kam.", []),
    ("Die Ergebnisse kommen auf den Tisch.", []),
]

SPOKEN = [
    ("Die Behörde sprach von 320, freiwillige Helfer hatten Hunderte Fälle gezählt.",
     [("Die Behörde", "sprach von", "320")]),
]

PHRASES = [
    ("Gemäss den Angaben des Ministeriums starben zwölf Menschen.",
     [("des Ministeriums", "Gemäss den Angaben", "starben zwölf Menschen")]),
    ("Nach eigener Zählung der Zeitung kamen 80 Menschen ums Leben.",
     [("der Zeitung", "Nach eigener Zählung", "kamen 80 Menschen ums Leben")]),
    ("Die Spieler wurden gemäß ihrer Leistung bezahlt.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES_2)
def test_figures_2(text: str, expected: list[Row]) -> None:
    assert run_2(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_count(text: str, expected: list[Row]) -> None:
    assert run_2(text) == expected


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_count_phrases(text: str, expected: list[Row]) -> None:
    assert run_2(text) == expected
