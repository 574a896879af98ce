"""German attribution, round de23. Every sentence is written for its test.

Clinging to something ("hält an X fest", every form of "festhalten" with its "an" phrase in the verb's clause) says
nothing; with a clause or colon after it, "festhalten" still records a statement (phrasal.tsv, phrasal.is_phrasal).
"Demnach" goes on from the last record across up to two sentences with no record of their own, a paragraph break
and a source word that reports nothing (konjunktiv.Going.back). A full stop after a number ends the sentence before
a preposition or a fronted adverb, as before an article (sentences._clause_openers). A count a `figure` cue gives
runs on over the gapped counts of other places (cueobject._gapped_end)."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

CLINGING = [
    ("Die Landrätin hält an ihrer Bewerbung für das Amt fest.", []),
    ("Der Verein hielt trotz der Proteste an dem Neubau fest.", []),
    ("Die Stadtwerke halten weiter an den alten Tarifen fest.", []),
    ("Die Fraktion hat bis zuletzt an dem Entwurf festgehalten.", []),
    ("Der Trainer sagte, dass der Klub an seinem Torwart festhält.",
     [("Der Trainer", "sagte", "der Klub an seinem Torwart festhält")]),
    # a statement held: a clause or colon after the clause
    ("Der Gutachter hält in seinem Bericht fest, dass die Brücke marode ist.",
     [("Der Gutachter", "hält fest", "die Brücke marode ist")]),
    ("Die Zeugin hielt an ihrer Aussage fest, dass sie den Fahrer erkannt habe.",
     [("Die Zeugin", "hielt fest", "sie den Fahrer erkannt habe")]),
]


@pytest.mark.parametrize(("text", "expected"), CLINGING)
def test_clinging_reports_nothing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REPORT_BACK = [
    (("Wie ein Sprecher der Polizei sagte, wurde niemand verletzt. Rund 300 Beamte waren im Einsatz. "
     "Durchsucht wurden zwölf Wohnungen.\n\nDie Einsätze liefen demnach vor allem in Kiel."),
     [("ein Sprecher der Polizei", "sagte", "wurde niemand verletzt"),
      ("ein Sprecher der Polizei", "demnach", "Die Einsätze liefen vor allem in Kiel")]),
    (("Die Feuerwehr teilte mit, der Brand sei gelöscht. Die Straße blieb gesperrt. Es regnete. "
     "Demnach entstand ein Schaden von mehreren Tausend Euro."),
     [("Die Feuerwehr", "teilte mit", "der Brand sei gelöscht"),
      ("Die Feuerwehr", "Demnach", "entstand ein Schaden von mehreren Tausend Euro")]),
    # three sentences between: too far back
    (("Die Feuerwehr teilte mit, der Brand sei gelöscht. Die Straße blieb gesperrt. Es regnete. Der Wind ließ nach. "
     "Demnach entstand ein Schaden von mehreren Tausend Euro."),
     [("Die Feuerwehr", "teilte mit", "der Brand sei gelöscht")]),
    # a new report between ("Zuerst hatte die Zeitung berichtet."): not the earlier speaker's, the paper's (de27)
    (("Die Feuerwehr teilte mit, der Brand sei gelöscht. Zuerst hatte die Lokalzeitung berichtet. "
     "Demnach entstand ein Schaden von mehreren Tausend Euro."),
     [("Die Feuerwehr", "teilte mit", "der Brand sei gelöscht"),
      ("die Lokalzeitung", "Demnach", "entstand ein Schaden von mehreren Tausend Euro")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_BACK)
def test_report_back_reaches_two_sentences(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ORDINAL_STOP = [
    ("In Husum kamen laut Polizei nur 450. In Heide zählte die Polizei 300 Menschen.",
     [("Polizei", "laut", "In Husum kamen nur 450"), ("die Polizei", "zählte", "300 Menschen")]),
    ("Nach Angaben einer Sprecherin fielen 40 Züge aus, am Morgen 120. Bei Husum rollte der Verkehr wieder.",
     [("einer Sprecherin", "Nach Angaben", "fielen 40 Züge aus, am Morgen 120")]),
    ("Nach Angaben einer Sprecherin fielen 40 Züge aus, am Morgen 120. Insgesamt warteten Tausende.",
     [("einer Sprecherin", "Nach Angaben", "fielen 40 Züge aus, am Morgen 120")]),
    # an ordinal before its noun stays inside the sentence
    ("Nach Angaben der Stadt beginnt der Umbau am 3. Oktober.",
     [("der Stadt", "Nach Angaben", "beginnt der Umbau am 3. Oktober")]),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_STOP)
def test_number_stop_before_preposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


GAPPED_COUNTS = [
    ("In Kiel zählte die Polizei 900 Menschen, in Husum 400, in Heide 300 sowie in Eutin 200.",
     [("die Polizei", "zählte", "900 Menschen, in Husum 400, in Heide 300 sowie in Eutin 200")]),
    ("Die Gewerkschaft nannte 60 Streikende, im Hafen 25.",
     [("Die Gewerkschaft", "nannte", "60 Streikende, im Hafen 25")]),
    # a clause of its own after the comma is no gapped count
    ("Die Polizei zählte 900 Menschen, im Vorjahr waren es 1.200.", [("Die Polizei", "zählte", "900 Menschen")]),
    ("Die Polizei zählte 900 Menschen, in der Altstadt blieb es ruhig.", [("Die Polizei", "zählte", "900 Menschen")]),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_COUNTS)
def test_gapped_counts_of_other_places(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
