"""German possessive report cues, the whole class (de34): a possessive before a report or opinion noun with "nach"
before or after it, "zufolge" or "laut" names the source by the possessive, for every noun of the class in its
dative form (seiner/ihrer + feminine singular, seinen/ihren + plural, seinem/ihrem + masculine or neuter singular).
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

POSSESSIVE_CLASS = [
    # plural: "Nach seinen Informationen" was read as "nach" with the source "seinen Informationen"
    ("Nach seinen Informationen sind die Schüler wieder gesund.",
     [("seinen", "Nach seinen Informationen", "sind die Schüler wieder gesund")]),
    ("Nach ihren Recherchen fehlten in der Kasse zwei Millionen.",
     [("ihren", "Nach ihren Recherchen", "fehlten in der Kasse zwei Millionen")]),
    ("Ihren Beobachtungen zufolge brannte das Lager schon am Abend.",
     [("Ihren", "Ihren Beobachtungen zufolge", "brannte das Lager schon am Abend")]),
    # masculine and neuter: "seinem"/"ihrem" had no cue at all
    ("Nach seinem Kenntnisstand gibt es bisher keinen Käufer.",
     [("seinem", "Nach seinem Kenntnisstand", "gibt es bisher keinen Käufer")]),
    ("Ihrem Eindruck nach war der Fahrer sehr müde.",
     [("Ihrem", "Ihrem Eindruck nach", "war der Fahrer sehr müde")]),
    # feminine singular after "laut" and before "zufolge"
    ("Laut seiner Aussage war die Tür nicht verschlossen.",
     [("seiner", "Laut seiner Aussage", "war die Tür nicht verschlossen")]),
    ("Ihrer Zählung zufolge kamen rund 800 Menschen.",
     [("Ihrer", "Ihrer Zählung zufolge", "kamen rund 800 Menschen")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_CLASS)
def test_german_possessive_report_class(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


# counts in the verb-final perfect (figureperfect.py): a cue of class `figure` whose participle closes its clause
# with the count before it; the object must open with the count
FIGURE_PERFECT = [
    ("Die Feuerwehr hat 14 Einsätze registriert.",
     [("Die Feuerwehr", "registriert", "14 Einsätze")]),
    ("Ein Fotograf hatte 60 Boote im Hafen gezählt.",
     [("Ein Fotograf", "gezählt", "60 Boote im Hafen")]),
    ("Das Amt hatte zuvor sieben Verletzte verzeichnet.",
     [("Das Amt", "verzeichnet", "sieben Verletzte")]),
    ("Am Sonntag hatte die Wasserwacht 2.000 Badegäste gezählt.",
     [("die Wasserwacht", "gezählt", "2.000 Badegäste")]),
    # no count at the object's start: a preposition first, or no number at all
    ("Die Behörde hat gegen vier Händler ermittelt.", []),
    ("Der Trainer hat den Namen des Torwarts genannt.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_PERFECT)
def test_german_figure_perfect(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


# a participle cue before a passive auxiliary after a comma opens no clause with a speaker of its own: the
# "according to" claim goes on over it (prepphrase.report_after)
PASSIVE_AFTER_COMMA = [
    ("Laut der Stadt waren 800 Plätze vergeben, gezählt wurden am Ende rund 950.",
     [("der Stadt", "Laut", "waren 800 Plätze vergeben, gezählt wurden am Ende rund 950")]),
    ("Laut dem Verband fehlen 40 Lehrer, gemeldet wurden bisher nur 12.",
     [("dem Verband", "Laut", "fehlen 40 Lehrer, gemeldet wurden bisher nur 12")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_AFTER_COMMA)
def test_german_passive_after_comma(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


# a lone reflexive pronoun is never a source (reader._adverb_source): "sich" of "ergab sich aus" or of a reflexive
# verb in the clause before a tag was read as the speaker
REFLEXIVE_SOURCE = [
    ("Im Sommer starben mindestens 120 Menschen. Das ergab sich am Dienstag aus Zahlen der Behörden.", []),
    (("Bei dem Angriff starben Soldaten. Vermutlich hätten sich die Soldaten zu einer Feier versammelt, berichtet das "
     "Portal Nowa unter Verweis auf eine Quelle im Ministerium."), []),
]


@pytest.mark.parametrize(("text", "expected"), REFLEXIVE_SOURCE)
def test_german_reflexive_no_source(text: str, expected: list[Row]) -> None:
    assert [r for r in run(text) if r[0] == "sich"] == expected
