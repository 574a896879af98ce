"""Tests of brackets (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German verb brackets and adverbs before "dass" (issue 10, de15): an adverb between a cue and its ", dass"
# ("sagte zudem, dass C"), and a quotation inside the object of a verb-final perfect ("hatte deren „X“ während
# des Prozesses kritisiert", "die „falsche“ Politik", "die Politik der „Ampel“"), also in a main clause after a
# tag's comma ("„Q“, sagte X, zuvor hatte sie Y kritisiert."). Every sentence is written for its test.
run = rows_in("de")

ADVERB_BEFORE_THAT = [
    ("Der Sprecher sagte zudem, dass in der Nacht ein Lager getroffen worden sei.",
     [("Der Sprecher", "sagte", "in der Nacht ein Lager getroffen worden sei")]),
    ("Die Ministerin betonte jedoch, dass die Schulen offen bleiben.",
     [("Die Ministerin", "betonte", "die Schulen offen bleiben")]),
    ("Der Trainer erklärte außerdem, dass zwei Spieler verletzt seien.",
     [("Der Trainer", "erklärte", "zwei Spieler verletzt seien")]),
    # no adverb: as before
    ("Der Sprecher sagte, dass die Lage ruhig sei.", [("Der Sprecher", "sagte", "die Lage ruhig sei")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERB_BEFORE_THAT)
def test_adverb_before_that(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUOTED_OBJECT = [
    ("Zuvor hatte sie deren „lautes Auftreten“ während der Sitzung kritisiert.",
     [("sie", "kritisiert", "deren „lautes Auftreten“ während der Sitzung")]),
    ("Die Opposition hat die „falsche“ Politik der Regierung kritisiert.",
     [("Die Opposition", "kritisiert", "die „falsche“ Politik der Regierung")]),
    ("Die Opposition hat die Politik der „Ampel“ kritisiert.",
     [("Die Opposition", "kritisiert", "die Politik der „Ampel“")]),
    # a quotation as the whole object, and no quotation: as before
    ("Der Verband hat dem Minister „Chaos ohne Ende“ vorgeworfen.",
     [("Der Verband", "vorgeworfen", "dem Minister „Chaos ohne Ende“")]),
    ("Zuvor hatte sie deren lautes Auftreten während der Sitzung kritisiert.",
     [("sie", "kritisiert", "deren lautes Auftreten während der Sitzung")]),
]

AFTER_TAG_COMMA = [
    ("„Vielen Dank“, sagte die Vorsitzende knapp, zuvor hatte sie den „rüden Ton“ der Debatte kritisiert.",
     [("die Vorsitzende", "sagte", "Vielen Dank"),
      ("sie", "kritisiert", "den „rüden Ton“ der Debatte")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_OBJECT + AFTER_TAG_COMMA)
def test_quoted_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FEELING_SHOWN = [
    ("Die Ministerin zeigte sich zuversichtlich, dass die Verhandlungen bald enden.",
     [("Die Ministerin", "zeigte sich zuversichtlich", "die Verhandlungen bald enden")]),
    ("Der Bürgermeister zeigte sich auch selbstkritisch, dass nicht jede Entscheidung richtig gewesen sei.",
     [("Der Bürgermeister", "zeigte sich selbstkritisch", "nicht jede Entscheidung richtig gewesen sei")]),
    ("Die Trainerin ärgert sich, dass der Verein zu spät gehandelt habe.",
     [("Die Trainerin", "ärgert sich", "der Verein zu spät gehandelt habe")]),
    ("Der Wirt wunderte sich, dass niemand die Polizei gerufen hatte.",
     [("Der Wirt", "wunderte sich", "niemand die Polizei gerufen hatte")]),
    # no clause reported: a topic, a feeling about a thing, "it turns out"
    ("Der Trainer zeigte sich zufrieden mit dem Ergebnis.", []),
    ("Die Fans freuen sich über den Sieg.", []),
    ("Es zeigt sich, dass die Lage ernst ist.", []),
]


@pytest.mark.parametrize(("text", "expected"), FEELING_SHOWN)
def test_feeling_shown(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SERIES_OBJECT = [
    # a comma inside a series that "und" closes is no clause boundary in a verb-final perfect
    ("Zunächst hatte die Polizei von 20 verletzten Schülern, Lehrern und Fahrern berichtet.",
     [("die Polizei", "berichtet", "20 verletzten Schülern, Lehrern und Fahrern")]),
]

VERB_SERIES = [
    # verbs after a comma and "und" share the subject that opens the sentence
    ("Sie lobte den Plan, sprach von einem guten Anfang und behauptete: „Wir sind auf Kurs.“",
     [("Sie", "sprach von", "einem guten Anfang"), ("Sie", "behauptete", "Wir sind auf Kurs")]),
    ("Er nahm das Wort vom „Verrat“ in den Mund, sprach von einer Schande und behauptete hernach: „Niemand hört zu.“",
     [("Er", "sprach von", "einer Schande"), ("Er", "behauptete", "Niemand hört zu")]),
    # a fronted phrase: the subject after the first verb
    ("Am Montag besuchte der Minister die Stadt und sprach von einer guten Bilanz.",
     [("der Minister", "sprach von", "einer guten Bilanz")]),
    # not past a relative clause, nor an inverted tag
    ("Der Mann, der den Unfall sah, rief die Polizei und sagte, die Lage sei ernst.",
     [("Der Mann", "sagte", "die Lage sei ernst")]),
    ("Die Polizei ist vor Ort, berichtet der Sender.", [("der Sender", "berichtet", "Die Polizei ist vor Ort")]),
]


@pytest.mark.parametrize(("text", "expected"), SERIES_OBJECT + VERB_SERIES)
def test_series(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_FIRST_CLAUSE = [
    ("Gegen das Urteil legte die Verteidigung Berufung ein und bestritt die Vorwürfe.",
     [("die Verteidigung", "bestritt", "die Vorwürfe")]),
    ("Am Montag besuchte der Minister Hans Meier die Stadt und sprach von einer guten Bilanz.",
     [("der Minister Hans Meier", "sprach von", "einer guten Bilanz")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_FIRST_CLAUSE)
def test_fronted_first_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


OWN_ACCOUNT = [
    # the subject of the clause "nach eigenen Angaben" stands in: inside dashes, after a fronted phrase
    ("Der Zeuge – er hat nach eigenen Angaben lange im Ausland gelebt – sprach ruhig.",
     [("er", "nach eigenen Angaben", "hat lange im Ausland gelebt")]),
    ("Im Winter zählte die Bergwacht nach eigenen Angaben 120 Einsätze.",
     [("die Bergwacht", "nach eigenen Angaben", "Im Winter zählte 120 Einsätze")]),
    # the subject first: as before
    ("Der Verein hat nach eigenen Angaben 500 Mitglieder.",
     [("Der Verein", "nach eigenen Angaben", "hat 500 Mitglieder")]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ACCOUNT)
def test_own_account(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ZU_INFINITIVE = [
    # a cue's infinitive before "zu" and a modal or "lassen": an infinitive clause, nothing said
    ("Der Versuch, sich für verhandlungsunfähig erklären zu lassen, scheiterte.", []),
    ("Der Zeuge bedauerte, nichts Genaues sagen zu können.", []),
    ("Die Ärztin sagte, dass die Lage ernst ist.", [("Die Ärztin", "sagte", "die Lage ernst ist")]),
]


@pytest.mark.parametrize(("text", "expected"), ZU_INFINITIVE)
def test_zu_infinitive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
