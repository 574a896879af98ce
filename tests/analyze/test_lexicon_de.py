"""Tests of `enligt.analyze.lexicon` (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# The German lexicon pass of issue 10 (de18): verbs of judging, confessing, protesting, insisting, denying,
# revealing, guessing and estimating the lists lacked, in every form (class `clause`: only a clause after a comma or
# "dass", or a tag; "meinen Dank", "protestierten gegen X" report nothing); "findet, dass C" (class `that`: only after
# "dass", never "findet … statt" nor an object after an inverted subject); split verbs whose particle closes the clause
# ("begründete … damit, dass C", "rechnete vor, C", "legen nahe, dass C", "stellte infrage, dass C", "ließ verlauten, C"); a passive
# of a `clause` or `opinion` verb with no speaker ("Es wird prognostiziert, dass C"); no object after an inverted subject of a
# `clause` verb ("Im Keller bemerkte die Feuerwehr zwei Personen"); and the perfect of "sprach von" ("hatte von 70
# Toten gesprochen", never "hat mit dem Minister gesprochen"). Every sentence is written for its test.
run = rows_in("de")

CLAUSE_VERBS = [
    ("Viele Fachleute meinen, dass die Reform zu spät komme.",
     [("Viele Fachleute", "meinen", "die Reform zu spät komme")]),
    ("Die Ärztin findet, dass die Regeln zu streng seien.", [("Die Ärztin", "findet", "die Regeln zu streng seien")]),
    ("Das Landgericht befand, dass die Klage unbegründet sei.",
     [("Das Landgericht", "befand", "die Klage unbegründet sei")]),
    ("Der Angeklagte bekennt, die Kasse geleert zu haben.",
     [("Der Angeklagte", "bekennt", "die Kasse geleert zu haben")]),
    ("Die Verteidigerin protestierte, das Verfahren sei unfair.",
     [("Die Verteidigerin", "protestierte", "das Verfahren sei unfair")]),
    ("Der Bürgermeister insistierte, dass alles korrekt abgelaufen sei.",
     [("Der Bürgermeister", "insistierte", "alles korrekt abgelaufen sei")]),
    ("Ein Gutachten prognostiziert, dass die Mieten weiter steigen.",
     [("Ein Gutachten", "prognostiziert", "die Mieten weiter steigen")]),
    ("Der Konzern verneint, dass er Kundendaten weitergebe.",
     [("Der Konzern", "verneint", "er Kundendaten weitergebe")]),
    ("Die Zeitung enthüllt, dass der Stadtrat gelogen habe.",
     [("Die Zeitung", "enthüllt", "der Stadtrat gelogen habe")]),
    ("Die Ermittlerin vermerkte in der Akte, dass der Zeuge gezögert habe.",
     [("Die Ermittlerin", "vermerkte", "der Zeuge gezögert habe")]),
    ("Die Kämmerin gab zu bedenken, dass die Rücklagen schrumpften.",
     [("Die Kämmerin", "gab zu bedenken", "die Rücklagen schrumpften")]),
    ("Die Behörde taxierte den Schaden auf 80.000 Euro.",
     [("Die Behörde", "taxierte", "den Schaden auf 80.000 Euro")]),
    ("Der Verband veranschlagt die Kosten auf rund vier Millionen Euro.",
     [("Der Verband", "veranschlagt", "die Kosten auf rund vier Millionen Euro")]),
    ("Die Gewerkschaft begrüßte, dass die Löhne steigen.", [("Die Gewerkschaft", "begrüßte", "die Löhne steigen")]),
    ("Sie ahnte, dass etwas nicht stimme.", [("Sie", "ahnte", "etwas nicht stimme")]),
    ("Der Zeuge gab zu Protokoll, er habe nichts gesehen.", [("Der Zeuge", "gab zu Protokoll", "er habe nichts gesehen")]),
    # a passive: no speaker
    ("Es wird vermutet, dass die Preise steigen.", [(None, "wird vermutet", "die Preise steigen")]),
    ("Es wird prognostiziert, dass die Zinsen sinken.", [(None, "wird prognostiziert", "die Zinsen sinken")]),
    # no clause: nothing reported
    ("Tausende protestierten gegen die neue Regierung.", []),
    ("Die Feier findet am Samstag statt, teilte der Verein mit.",
     [("der Verein", "teilte mit", "Die Feier findet am Samstag statt")]),
    ("Als die Helfer ankommen, finden sie die Tür verschlossen.", []),
    ("Im Keller bemerkte die Feuerwehr zwei Katzen.", []),
    ("Die Bürgermeisterin begrüßte die Gäste im Rathaus.", []),
    ("Im Rathaus begrüßte der Bürgermeister die Gäste.", []),
    ("Die Gäste wurden vom Bürgermeister begrüßt.", []),
    ("Die Kosten werden auf fünf Millionen Euro veranschlagt.", []),
]

SPLIT_VERBS = [
    ("Die Stadt begründete den Schritt damit, dass das Geld fehle.",
     [("Die Stadt", "begründete damit", "das Geld fehle")]),
    ("Der Kämmerer rechnete vor, dass die Gemeinde zwei Millionen verliere.",
     [("Der Kämmerer", "rechnete vor", "die Gemeinde zwei Millionen verliere")]),
    ("Die Messwerte legen nahe, dass der Fluss belastet ist.",
     [("Die Messwerte", "legen nahe", "der Fluss belastet ist")]),
    ("Die Opposition stellte infrage, dass die Zahlen stimmen.",
     [("Die Opposition", "stellte infrage", "die Zahlen stimmen")]),
    ("Der Verein ließ am Abend verlauten, man werde Berufung einlegen.",
     [("Der Verein", "ließ verlauten", "man werde Berufung einlegen")]),
    ("Die Partei tat kund, dass sie antreten wolle.", [("Die Partei", "tat kund", "sie antreten wolle")]),
]

SPOKE_OF = [
    ("Die Armee hatte bisher von rund 70 Verletzten gesprochen.",
     [("Die Armee", "gesprochen", "rund 70 Verletzten")]),
    ("Der Minister hat von einem schweren Versäumnis gesprochen.",
     [("Der Minister", "gesprochen", "einem schweren Versäumnis")]),
    ("Die Bürgermeisterin hat lange mit dem Minister gesprochen.", []),
    ("Der Richter hat am Abend das Urteil gesprochen.", []),
    ("Das Urteil wird am Freitag gesprochen.", []),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_VERBS)
def test_clause_verbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_VERBS)
def test_split_verbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPOKE_OF)
def test_spoke_of(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
