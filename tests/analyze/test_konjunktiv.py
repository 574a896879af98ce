"""German Konjunktiv I continuations (analyze/konjunktiv.py, issue 10): reported speech goes on past one sentence
with no record and past a subheading, but not past two, a question, a new speaker, a set phrase in Konjunktiv or a
Konjunktiv inside the writer's own fronted clause. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

SAID = "Die Sprecherin sagte am Montag, die Straße sei gesperrt."
SAID_ROW: Row = ("Die Sprecherin", "sagte", "die Straße sei gesperrt")

PAST_ONE = [
    # one indicative sentence between the report and the Konjunktiv sentence
    (f"{SAID} Der Verkehr staute sich bis zum Abend. Die Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Die Sprecherin", None, "Die Umleitung sei ausgeschildert")]),
    # a fronted phrase opens the sentence between: its noun is no name
    (f"{SAID} Im Laufe des Tages waren es dann rund 40 Autos. Es seien vor allem Pendler betroffen.",
     [SAID_ROW, ("Die Sprecherin", None, "Es seien vor allem Pendler betroffen")]),
    # across a paragraph, with the sentence between at the end of the first
    (f"{SAID} Der Verkehr staute sich bis zum Abend.\n\nDie Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Die Sprecherin", None, "Die Umleitung sei ausgeschildert")]),
    # a speaker named by name goes on past a sentence that names them again
    ("Eva Brandt sagte, der Zug sei ausgefallen. Am Abend sprach Brandt mit Pendlern. Ein Ersatzbus fahre ab sechs.",
     [("Eva Brandt", "sagte", "der Zug sei ausgefallen"), ("Eva Brandt", None, "Ein Ersatzbus fahre ab sechs")]),
]

HEADINGS = [
    # a subheading between two paragraphs
    (f"{SAID}\n\nNeue Umleitung\n\nDie Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Die Sprecherin", None, "Die Umleitung sei ausgeschildert")]),
    # a sentence with no record, then a subheading; a gender star in the subject's noun
    ((f"{SAID} Am Abend waren es dann rund 40 Autos.\n\nLange Staus\n\nBei den Fahrer*innen seien vor allem "
      "Pendler betroffen."),
     [SAID_ROW, ("Die Sprecherin", None, "Bei den Fahrer*innen seien vor allem Pendler betroffen")]),
]

STOPS = [
    # two sentences with no record between
    (f"{SAID} Der Verkehr staute sich. Am Abend regnete es. Die Umleitung sei ausgeschildert.", [SAID_ROW]),
    # a question between
    (f"{SAID} Wie lange dauert die Sperrung? Die Umleitung sei ausgeschildert.", [SAID_ROW]),
    # a new speaker: a source word in the subject, a person named in full (the sentence is theirs: decont12)
    (f"{SAID} Der Bürgermeister widersprach. Die Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Der Bürgermeister", None, "Die Umleitung sei ausgeschildert")]),
    (f"{SAID} Doch das Verkehrsministerium ließ den Bau weiterlaufen. Die Umleitung sei ausgeschildert.", [SAID_ROW]),
    (f"{SAID} Am Abend versuchte Landrat Jens Kolb die Anwohner zu beruhigen. Die Lage sei ruhig.",
     [SAID_ROW, ("Landrat Jens Kolb", None, "Die Lage sei ruhig")]),
]

NOT_REPORTED = [
    # set phrases in a Konjunktiv form report nobody
    (f"{SAID} Wie dem auch sei, die Brücke bleibt zu.", [SAID_ROW]),
    (f"{SAID} Sei es wegen des Regens oder wegen des Verkehrs, die Brücke bleibt zu.", [SAID_ROW]),
    (f"{SAID} Gott sei Dank wurde niemand verletzt.", [SAID_ROW]),
    # the Konjunktiv of the writer's fronted clause, with an indicative main clause
    (f"{SAID} Damit die Räumung gelinge, blieb die Brücke zu.", [SAID_ROW]),
    (f"{SAID} Ob die Brücke am Dienstag wieder frei sei, blieb offen.", [SAID_ROW]),
    # a conjunction or an adverb in -e after the first noun is no Konjunktiv verb in -e
    (f"{SAID} Auf der Brücke sowie im Tunnel fuhren am Abend Räumfahrzeuge.", [SAID_ROW]),
    (f"{SAID} Die Anwohner beispielsweise mussten ihre Autos umparken.", [SAID_ROW]),
    (f"{SAID} Der Verkehr möglicherweise wird noch tagelang umgeleitet.", [SAID_ROW]),
    # but a fronted clause before a Konjunktiv main clause goes on, with "dann" between; "Damit" as an adverb too
    (f"{SAID} Wenn es weiter regne, dann müsse man die Brücke schließen.",
     [SAID_ROW, ("Die Sprecherin", None, "Wenn es weiter regne, dann müsse man die Brücke schließen")]),
    (f"{SAID} Damit sei der Weg für die Räumung frei.",
     [SAID_ROW, ("Die Sprecherin", None, "Damit sei der Weg für die Räumung frei")]),
]

SUBJECTS = [
    # a counted list as the subject, its items after commas
    ("Das Amt sagte, die Lage sei ruhig. 40 Häuser, 12 Scheunen und drei Brücken seien beschädigt worden.",
     [("Das Amt", "sagte", "die Lage sei ruhig"),
      ("Das Amt", None, "40 Häuser, 12 Scheunen und drei Brücken seien beschädigt worden")]),
    ("Das Amt sagte, die Lage sei ruhig. Mehr als 30 Dächer, fünf Ställe und zwei Hallen seien zerstört.",
     [("Das Amt", "sagte", "die Lage sei ruhig"),
      ("Das Amt", None, "Mehr als 30 Dächer, fünf Ställe und zwei Hallen seien zerstört")]),
    # an infinitive clause after the subject's noun
    (f"{SAID} Der Versuch, die Baustelle früher zu räumen, sei gescheitert.",
     [SAID_ROW, ("Die Sprecherin", None, "Der Versuch, die Baustelle früher zu räumen, sei gescheitert")]),
    # a number before a capitalised noun names nobody: reported speech goes on past it
    (f"{SAID} Drei Personen wurden leicht verletzt. Die Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Die Sprecherin", None, "Die Umleitung sei ausgeschildert")]),
    # a possessive determiner before a capitalised noun names nobody either (every form of every possessive)
    (f"{SAID} Ihre Baustelle liegt am Ortsrand. Die Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Die Sprecherin", None, "Die Umleitung sei ausgeschildert")]),
    (f"{SAID} Seine Räder standen still. Die Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Die Sprecherin", None, "Die Umleitung sei ausgeschildert")]),
    (f"{SAID} Unserem Wagen fehlte ein Rad. Die Umleitung sei ausgeschildert.",
     [SAID_ROW, ("Die Sprecherin", None, "Die Umleitung sei ausgeschildert")]),
    # but a source word after the possessive is a new speaker: the Konjunktiv is no longer the first one's
    (f"{SAID} Ihre Kollegin widersprach. Die Umleitung sei ausgeschildert.", [SAID_ROW]),
]

OWN_TAG = [
    # a sentence with a speaker and a split cue of its own, its claim a quotation, goes on from nobody's report
    # (colon43)
    (("Das Amt erklärte, es sei „im Sinne einer raschen Klärung, jetzt auf Gutachten zu verzichten“. Für die "
      "Opposition warf die Abgeordnete Lena Kurz der Regierung vor, den Minister „mit Dreck zu bewerfen“."),
     [("Das Amt", "erklärte", "es sei „im Sinne einer raschen Klärung, jetzt auf Gutachten zu verzichten“"),
      ("die Abgeordnete Lena Kurz", "warf vor", "den Minister „mit Dreck zu bewerfen“")]),
]

OPENING_VERB = [
    # a sentence opened by the Konjunktiv form itself is no report: a slip for a preposition, a set phrase
    (f"{SAID} Sei dem Winter warten die Anwohner auf die Sanierung.", [SAID_ROW]),
    (f"{SAID} Sei es drum, die Brücke bleibt zu.", [SAID_ROW]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_ONE + HEADINGS + STOPS + NOT_REPORTED + SUBJECTS + OWN_TAG
                         + OPENING_VERB)
def test_konjunktiv_continuation(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
