"""Tests of quote front: tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

# A V2 sentence after a closed quotation that opens with a fronted adverbial alone (issue 10, stop 27):
# "»Q.« Später sagte Müller, dass C" is a sentence of its own whose subject follows the cue, not a tag of the
# quotation with the adverb as its speaker; "»Q.« Später sagte Müller." is a tag, its speaker Müller. Adverbs
# of likeness open a fronted part ("Ähnlich argumentierte X: …"). A fronted colon tag with a name in
# apposition keeps the name, so a tag after its quotation restates it ("…, sagte er der dpa"). Every sentence
# is written for its test.
CASES: list[tuple[str, str, list[Row]]] = [
    ("de", "»Wir haben alles im Griff.« Später sagte Müller, dass die Lage ruhig sei.",
     [("Müller", "sagte", "die Lage ruhig sei")]),
    ("de", "„Die Arbeiten laufen nach Plan.“ Außerdem betont die Sprecherin, dass die Brücke im Mai öffne.",
     [("die Sprecherin", "betont", "die Brücke im Mai öffne")]),
    ("de", "»Wir haben alles im Griff.« Später sagte Müller.",
     [("Müller", "sagte", "Wir haben alles im Griff")]),
    ("de", "»Wir haben alles im Griff«, sagte Müller am Montag.",
     [("Müller", "sagte", "Wir haben alles im Griff")]),
    ("de", "»Das kostet zu viel«, sagte Roth. Ähnlich argumentierte der Kämmerer: »Wir müssen sparen.«",
     [("Roth", "sagte", "Das kostet zu viel"), ("der Kämmerer", "argumentierte", "Wir müssen sparen")]),
    ("de", 'Am Montag erklärte der Sprecher der Stadt, Hans Maier: "Die Schule bleibt zu", sagte er der dpa.',
     [("der Sprecher der Stadt", "erklärte", "Die Schule bleibt zu")]),
    ("sv", "”Vi har läget under kontroll.” Senare sade Berg att läget var lugnt.",
     [("Berg", "sade", "läget var lugnt")]),
    ("sv", "– Vi har läget under kontroll, säger Anna Berg. Senare sade hon att läget var lugnt.",
     [("Anna Berg", "säger", "Vi har läget under kontroll"), ("hon", "sade", "läget var lugnt")]),
    ("da", "”Vi har styr på det.” Senere sagde Hansen, at alt var roligt.",
     [("Hansen", "sagde", "alt var roligt")]),
    ("no", "– Vi har kontroll. Senere sa Hansen at alt var rolig.",
     [("Hansen", "sa", "alt var rolig")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sentence_after_closed_quote(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


QUOTED_TITLES: list[tuple[str, str, list[Row]]] = [
    # a title in quotation marks after an article is the phrase's name
    ("de", "Die Firma will 300 Stellen streichen, berichtet die „Wirtschaftswoche“.",
     [("die „Wirtschaftswoche“", "berichtet", "Die Firma will 300 Stellen streichen")]),
    ("de", 'Viele Patienten sterben an Keimen, berichtet die "Bild"-Zeitung.',
     [('die "Bild"-Zeitung', "berichtet", "Viele Patienten sterben an Keimen")]),
    ("de", "Nach Informationen der „Welt am Sonntag“ plant die Regierung neue Ministerien.",
     [("der „Welt am Sonntag“", "Nach Informationen", "plant die Regierung neue Ministerien")]),
    # a report with nothing reported: no record
    ("de", "Zuvor hatte die „Wirtschaftswoche“ berichtet.", []),
    # a quoted phrase that is no title stays out of the source (the naming is the speaker's judgement: de39)
    ("de", "Der Sprecher nannte die Pläne „völlig absurd“.", [("Der Sprecher", "nannte", "die Pläne „völlig absurd“")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUOTED_TITLES)
def test_quoted_title_is_a_name(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
