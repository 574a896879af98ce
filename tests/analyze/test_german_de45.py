"""German attribution by construction (issue 10, de45): sourceless "soll … haben" hearsay whose claim holds a
coordinated "und deren …" or "und die zwei oder drei …" (a lower-case possessive is no Nordic definite noun opening
a clause, a number word no verb), or whose perfect infinitive stands after a comma list of places or objects; a
split cue's object with its predicative "als" phrase ("wies X als Y zurück"); pointing to an argument ("verwies auf
X"), not to a document; defending a plan or decision ("verteidigte die Pläne"), not a title; "bestreiten" of a match
played ("bestritt sein 50. Länderspiel") is no denial; a cue whose subject is "ich"/"wir" inside a quotation is the
speaker's own phrasing; "demnach" after an inverted subject, after a long subject and a listed verb, and after two
sentences that report nothing; a bracketed party after a name before its cue. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

MODAL_HEARSAY = [
    # "und deren …" inside the claim: one clause, up to its perfect infinitive
    ("Die Kassiererin soll ihren Chef und dessen Bruder sowie einen Kunden beleidigt haben.",
     [(None, "soll", "Die Kassiererin soll ihren Chef und dessen Bruder sowie einen Kunden beleidigt haben")]),
    ("Der Pfleger soll die Bewohnerin und deren alten Hund im Keller eingesperrt haben.",
     [(None, "soll", "Der Pfleger soll die Bewohnerin und deren alten Hund im Keller eingesperrt haben")]),
    # a comma list of places before the perfect infinitive
    ("Der Dieb soll Schmuck aus dem Schlafzimmer, aus der Küche und aus dem Keller mitgenommen haben.",
     [(None, "soll", "Der Dieb soll Schmuck aus dem Schlafzimmer, aus der Küche und aus dem Keller mitgenommen haben")]),
    # a comma list of objects, each with its possessive or article, a number word inside
    ("Die Frau soll ihren Nachbarn, seinen Sohn und die zwei oder drei Gäste der Feier bestohlen haben.",
     [(None, "soll", "Die Frau soll ihren Nachbarn, seinen Sohn und die zwei oder drei Gäste der Feier bestohlen haben")]),
]


@pytest.mark.parametrize(("text", "expected"), MODAL_HEARSAY)
def test_modal_hearsay_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AS_PHRASE = [
    # the object and its predicative "als" phrase are the claim, an adverb between them too
    ("Die Reederei wies die Berichte über Mängel sofort als „Panikmache“ zurück.",
     [("Die Reederei", "wies zurück", "die Berichte über Mängel sofort als „Panikmache“")]),
    ("Am Freitag wies der Senat die Forderung als „Zumutung“ zurück.",
     [("der Senat", "wies zurück", "die Forderung als „Zumutung“")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_PHRASE)
def test_split_object_with_as_phrase(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


POINTED_TO = [
    # "verweisen auf" and its object, every finite form
    ("Die Kassenärzte verwiesen auf lange Wartezeiten in den Praxen.",
     [("Die Kassenärzte", "verwiesen auf", "lange Wartezeiten in den Praxen")]),
    ("Der Bürgermeister verweist auf die knappen Mittel der Stadt.",
     [("Der Bürgermeister", "verweist auf", "die knappen Mittel der Stadt")]),
    # a second verb after "und" ends the object
    ("Die Rektorin verwies auf den Brandschutz und schloss die Aula.",
     [("Die Rektorin", "verwies auf", "den Brandschutz")]),
    # the verb with an object before "auf" is no cue: a ranking; nor a document pointed to
    ("Die Klägerin verweist auf eine Studie der Universität.", []),
    ("Der Außenseiter verwies den Favoriten auf Rang drei.", []),
]


@pytest.mark.parametrize(("text", "expected"), POINTED_TO)
def test_pointed_to_argument(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REPORT_BACK = [
    # "demnach" after the subject of an inverted clause
    ("Der Hafen ist laut Küstenwache gesperrt. Am Nordkai ist ein Frachter demnach auf Grund gelaufen.",
     [("Küstenwache", "laut", "Der Hafen ist gesperrt"),
      ("Küstenwache", "demnach", "Am Nordkai ist ein Frachter auf Grund gelaufen")]),
    # past two sentences that report nothing, one with a person noun as its subject
    (("Die Erhebung ergab, dass jeder Vierte pendelt. Das sind weit mehr Pendler als vor zehn Jahren. "
     "Drei Schüler fahren täglich zwei Stunden. Der Anteil liegt demnach bei 25 Prozent."),
     [("Die Erhebung", "ergab", "jeder Vierte pendelt"),
      ("Die Erhebung", "demnach", "Der Anteil liegt bei 25 Prozent")]),
    # past a long subject, after a listed verb
    (("Die Kammer teilte mit, es gebe zu wenige Bewerber. Die Zahl der offenen Lehrstellen in den Betrieben der Region "
     "war demnach doppelt so hoch wie 2019."),
     [("Die Kammer", "teilte mit", "es gebe zu wenige Bewerber"), ("Die Kammer", "demnach", "Die Zahl der offenen Lehrstellen in den Betrieben der Region war doppelt so hoch wie 2019")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_BACK)
def test_report_back_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BRACKETED_PARTY = [
    # the party in brackets between the name and its cue belongs to the source
    ("Jonas Weber (FDP) sagte, der Etat sei solide.", [("Jonas Weber (FDP)", "sagte", "der Etat sei solide")]),
    ("Maria Lenz und Ole Frank (Linke) bemängelten, der Ausschuss tage zu selten.",
     [("Maria Lenz und Ole Frank (Linke)", "bemängelten", "der Ausschuss tage zu selten")]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_PARTY)
def test_bracketed_party_in_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DEFENDED = [
    # defending a decision, plan or policy: a stance, the object its content
    ("Die Ministerin verteidigt die sozialen Projekte der Regierung.",
     [("Die Ministerin", "verteidigt", "die sozialen Projekte der Regierung")]),
    ("Die Länder reagierten verärgert und verteidigten ihre Beschlüsse.",
     [("Die Länder", "verteidigten", "ihre Beschlüsse")]),
    # a title, a lead or a goal defended in sport: none
    ("Die Titelverteidigerin verteidigte ihren Titel in Wimbledon.", []),
    ("Die Abwehr hätte die Führung besser verteidigen können.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEFENDED)
def test_defended_decision(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


MATCH_PLAYED = [
    # a match or contest played: no denial
    ("Die Stürmerin bestritt am Sonntag ihr 50. Länderspiel.", []),
    ("Der Verteidiger hat in dieser Saison 20 Partien für den Klub bestritten.", []),
    # a denial stays one, "Beispiel" names no match
    ("Der Trainer bestreitet die Vorwürfe.", [("Der Trainer", "bestreitet", "die Vorwürfe")]),
    ("Der Zeuge bestritt zum Beispiel, den Wagen gesehen zu haben.",
     [("Der Zeuge", "bestritt", "den Wagen gesehen zu haben")]),
]


@pytest.mark.parametrize(("text", "expected"), MATCH_PLAYED)
def test_match_played_no_denial(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


OWN_VOICE = [
    # "ich"/"wir" as the subject of a cue inside a quotation: the quoted speaker's phrasing, no record of its own
    ("Der Bürgermeister sagte: „Bisher muss ich leider feststellen, dass der Bund uns im Stich lässt.“",
     [("Der Bürgermeister", "sagte", "Bisher muss ich leider feststellen, dass der Bund uns im Stich lässt")]),
    ("„Wir gehen von einem Brand aus“, sagte die Sprecherin.",
     [("die Sprecherin", "sagte", "Wir gehen von einem Brand aus")]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_VOICE)
def test_own_voice_no_record(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
