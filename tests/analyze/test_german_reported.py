"""German reported speech on real pages (issue 10): hearsay "soll … sein" with a particle verb, Konjunktiv I
going on past a hearsay sentence and past a relative clause, a cue inside a quotation whose claim would run
out of it, findings ("Die Obduktion ergab, dass …"), split cues with a title in the speaker's name. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

run = rows_in("de")


HEARSAY = [
    # a participle of motion or change with a separable particle before its "ge-": hearsay, not a plan
    ("Später sollen zwei Streifenwagen hinzugekommen sein.",
     [(None, "sollen", "Später sollen zwei Streifenwagen hinzugekommen sein")]),
    ("Im Auto soll noch ein Kind mitgefahren sein.",
     [(None, "soll", "Im Auto soll noch ein Kind mitgefahren sein")]),
    ("Die Festnahme soll nach einem anonymen Anruf erfolgt sein.",
     [(None, "soll", "Die Festnahme soll nach einem anonymen Anruf erfolgt sein")]),
    # a state passive stays a plan
    ("Der Umbau soll bis zum Frühjahr abgeschlossen sein.", []),
    ("Die Halle soll im Mai fertiggestellt sein.", []),
]

CONTINUED = [
    # a hearsay sentence between keeps the speaker for the next Konjunktiv I sentence
    ("Ein Nachbar sagte, der Hund habe gebellt. Dann soll ein Schuss gefallen sein. Danach sei es still gewesen.",
     [("Ein Nachbar", "sagte", "der Hund habe gebellt"),
      (None, "soll", "Dann soll ein Schuss gefallen sein"),
      ("Ein Nachbar", None, "Danach sei es still gewesen")]),
    # a relative clause between the subject and its Konjunktiv I verb
    ("Die Anwältin sagte, das Urteil sei zu hart.\n\nIhr Mandant, der seit Mai in Haft sitzt, habe nichts gewusst.",
     [("Die Anwältin", "sagte", "das Urteil sei zu hart"),
      ("Die Anwältin", None, "Ihr Mandant, der seit Mai in Haft sitzt, habe nichts gewusst")]),
    # the same in the indicative goes on from nobody
    ("Die Anwältin sagte, das Urteil sei zu hart.\n\nIhr Mandant, der seit Mai in Haft sitzt, hat Berufung eingelegt.",
     [("Die Anwältin", "sagte", "das Urteil sei zu hart")]),
]

QUOTES = [
    # "gesagt" inside the quotation claims nothing outside it; the tag after the quote is the record
    ("„Niemand hat uns etwas gesagt“, hielt die Mieterin dem Vermieter vor.",
     [("die Mieterin", "hielt", "Niemand hat uns etwas gesagt")]),
    ("„Sie haben das nie gesagt“, stellte die Richterin fest.",
     [("die Richterin", "stellte fest", "Sie haben das nie gesagt")]),
    # a title inside the speaker's name after a split cue
    ("„Die Proben sind sauber“, stellte die Chemikerin Dr. Ute Lamm fest.",
     [("die Chemikerin Dr. Ute Lamm", "stellte fest", "Die Proben sind sauber")]),
    ("Der Damm sei sicher, teilte Prof. Dr. Eva Kron mit.",
     [("Prof. Dr. Eva Kron", "teilte mit", "Der Damm sei sicher")]),
]

FINDINGS = [
    # "ergab" reports a finding of a document-like subject
    ("Die Obduktion ergab, dass die Frau erstickt war.", [("Die Obduktion", "ergab", "die Frau erstickt war")]),
    ("Erste Untersuchungen haben ergeben, dass der Brand gelegt wurde.",
     [("Erste Untersuchungen", "ergeben", "der Brand gelegt wurde")]),
    # not a finding: a sum, a consequence
    ("Daraus ergeben sich neue Fragen.", []),
    ("Die Rechnung ergab am Ende 40 Euro.", []),
]


SOURCES = [
    # a preposition of the verb ends a source after "laut"
    ("Der Verdacht stützt sich laut Staatsanwaltschaft auf mehrere Zeugen.",
     [("Staatsanwaltschaft", "laut", "Der Verdacht stützt sich auf mehrere Zeugen")]),
    ("Der Lieferwagen prallte laut Polizei gegen eine Mauer.",
     [("Polizei", "laut", "Der Lieferwagen prallte gegen eine Mauer")]),
    # hearsay "soll" before a speech participle: the subject is the speaker, not the modal or a fronted adverb;
    # one record, the speaker's (the marker is its frame)
    ("Die Frau soll gesagt haben, sie sei bedroht worden.",
     [("Die Frau", "gesagt", "sie sei bedroht worden")]),
    ("Dabei soll der Wirt gesagt haben, er habe nichts bemerkt.",
     [("der Wirt", "gesagt", "er habe nichts bemerkt")]),
]

MORE = [
    # a focusing adverb before the subject is no part of it
    ("Allein die Wasserwacht meldete zwölf Einsätze.", [("die Wasserwacht", "meldete", "zwölf Einsätze")]),
    ("Sogar der Landrat räumte ein, dass Fehler passiert seien.",
     [("der Landrat", "räumte ein", "Fehler passiert seien")]),
    # a passive participle ("gemeldet worden") names no speaker; the tag after the comma is the record
    ("Aus dem Tal seien vier Vermisste gemeldet worden, teilte die Bergwacht mit.",
     [("die Bergwacht", "teilte mit", "Aus dem Tal seien vier Vermisste gemeldet worden")]),
    # a name in apposition inside "geht aus … hervor"; a document's noun keeps its "auf" phrase, then "Demnach"
    (("In Heimen gab es mehr Fälle. Das geht aus der Antwort der Regierung auf eine Anfrage der Abgeordneten, "
      "Eva Lind, hervor. Demnach erkrankten 40 Bewohner."),
     [("der Antwort der Regierung auf eine Anfrage der Abgeordneten", "geht hervor", "In Heimen gab es mehr Fälle"),
      ("der Antwort der Regierung auf eine Anfrage der Abgeordneten", "Demnach", "erkrankten 40 Bewohner")]),
]

TOPICS = [
    # a verb of describing with only a topic as its object reports no claim
    ("Die Nachbarn schilderten den Hergang des Streits.", []),
    ("Der Bauer erklärte den Ablauf der Ernte.", []),
    # with "als" the description is a claim; a confirmation is one too
    ("Die Nachbarin beschrieb den Ablauf als chaotisch.",
     [("Die Nachbarin", "beschrieb", "den Ablauf als chaotisch")]),
    ("Ein Sprecher bestätigte den Vorfall.", [("Ein Sprecher", "bestätigte", "den Vorfall")]),
]

Typed = tuple[str | None, str | None]  # source, source_type

TYPES = [
    # people named by what they did or what befell them, and nouns of a gender, are persons
    ("Der Fahrer sagte, er habe nichts gesehen.", [("Der Fahrer", "person")]),
    ("Das Opfer sagte, es sei geschlagen worden.", [("Das Opfer", "person")]),
    ("Die Angeklagte erklärte, sie sei unschuldig.", [("Die Angeklagte", "person")]),
    ("Der Mann sagte, er sei zu Hause gewesen.", [("Der Mann", "person")]),
    ("Der Polizeiführer bestätigte, der Einsatz sei geplant gewesen.", [("Der Polizeiführer", "person")]),
    # a body stays one
    ("Der Verein erklärte, das Fest falle aus.", [("Der Verein", "organization")]),
]


@pytest.mark.parametrize(("text", "expected"), TYPES)
def test_german_person_nouns(text: str, expected: list[Typed]) -> None:
    article = Article(title=None, body=(text,), language="de")
    assert [(a.source, a.source_type) for a in attribute(article)] == expected


@pytest.mark.parametrize(("text", "expected"), HEARSAY + CONTINUED + QUOTES + FINDINGS + SOURCES + MORE + TOPICS)
def test_german_reported(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
