"""German tags on real pages (issue 10, round 8): a "so" tag with a genitive after its noun and an adverbial
after it, an opinion verb inside a clause a belief tag reports ("…, so die Vermutung der Zeugen"), hearsay
"soll … gesagt haben, C" as one record of the speaker's, a reflexive "sich … geäußert" (no claim), a colon quote
after verb-second and after a split cue ("Am Morgen teilte der Sprecher mit: „Q“"). Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

run = rows_in("de")


SO_TAGS = [
    # "der" after the tag's noun is a genitive: a tag has no verb, so no one told
    ("Der Brand sei gelöscht, so ein Sprecher der Feuerwehr.",
     [("ein Sprecher der Feuerwehr", "so", "Der Brand sei gelöscht")]),
    ("Die Brücke bleibe gesperrt, so die Einschätzung der Gutachter.",
     [("die Einschätzung der Gutachter", "so", "Die Brücke bleibe gesperrt")]),
    # a time phrase after the speaker closes the tag; it is no second part of the claim
    ("Die Schule bleibe zu, so eine Sprecherin am Abend.",
     [("eine Sprecherin", "so", "Die Schule bleibe zu")]),
    # an opinion verb inside a clause that the tag calls a belief is no record of its own
    ("Alle rechneten mit einem Streit, so die Vermutung der Nachbarn.",
     [("die Vermutung der Nachbarn", "so", "Alle rechneten mit einem Streit")]),
]

HEARSAY_SPEECH = [
    # hearsay whose perfect is a reporting verb: the speaker's record, one
    ("Dabei soll der Wirt gegenüber den Gästen geäußert haben, er wolle schließen.",
     [("der Wirt", "geäußert", "er wolle schließen")]),
    ("Der Trainer soll gesagt haben, das Spiel sei verloren.",
     [("Der Trainer", "gesagt", "das Spiel sei verloren")]),
    ("Der Mann soll das Fahrrad gestohlen haben.",
     [(None, "soll", "Der Mann soll das Fahrrad gestohlen haben")]),
    # a reflexive "sich … geäußert" says no claim
    ("Der Verein hat sich zu den Vorwürfen bisher nicht geäußert.", []),
    ("Die Bürgermeisterin hat sich am Montag zu dem Streit geäußert.", []),
]

COLON = [
    ("Am Morgen erklärte der Sprecher: „Es besteht keine Gefahr.“",
     [("der Sprecher", "erklärte", "Es besteht keine Gefahr")]),
    ("Die Sprecherin teilte mit: „Die Straße ist wieder frei.“",
     [("Die Sprecherin", "teilte mit", "Die Straße ist wieder frei")]),
    ("Gegen Mittag gab ein Sprecher der Feuerwehr Entwarnung: „Die Messwerte sind normal.“",
     [("ein Sprecher der Feuerwehr", "gab Entwarnung", "Die Messwerte sind normal")]),
    # a split cue whose object is a time phrase alone says nothing
    ("Die Feuerwehr gab am Abend Entwarnung.", []),
]


CONTENT_ENDS = [
    # an indirect question fronted as the object of the next main clause is no part of the claim
    ("Laut Polizei gab es drei Verletzte, ob diese jedoch durch den Brand verletzt wurden, prüft die Feuerwehr noch.",
     [("Polizei", "Laut", "gab es drei Verletzte")]),
    ("Laut Polizei ist unklar, ob der Fahrer betrunken war.",
     [("Polizei", "Laut", "ist unklar, ob der Fahrer betrunken war")]),
    ("Laut Polizei war der Fahrer, als er ausstieg, betrunken.",
     [("Polizei", "Laut", "war der Fahrer, als er ausstieg, betrunken")]),
]

FRONTED = [
    # the second word of "sprach von" fronted with its object: the subject after the verb is the speaker
    ("Von einer Katastrophe sprach der Bürgermeister am Abend.",
     [("der Bürgermeister", "sprach", "einer Katastrophe")]),
    ("Im Video ist kein Schlag zu sehen, von einem solchen sprachen indes zwei Zeuginnen.",
     [("zwei Zeuginnen", "sprachen", "einem solchen")]),
    ("Von dort sprach der Redner zu den Gästen.", []),
]

CONTINUED = [
    # a Konjunktiv sentence after a quote goes on from the quoted speaker, not from a claim inside the quote
    (("Am Morgen gab ein Sprecher der Polizei Entwarnung: „Die Messungen haben ergeben, dass keine Gefahr besteht.“ "
      "Die Sperrung sei aufgehoben worden."),
     [("ein Sprecher der Polizei", "gab Entwarnung", "Die Messungen haben ergeben, dass keine Gefahr besteht"),
      ("Die Messungen", "ergeben", "keine Gefahr besteht"),
      ("ein Sprecher der Polizei", None, "Die Sperrung sei aufgehoben worden")]),
]

Typed = tuple[str | None, str | None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Wirt sagte, er habe nichts gesehen.", [("Der Wirt", "person")]),
    ("Ein Anrufer meldete, er habe Schüsse gehört.", [("Ein Anrufer", "person")]),
    ("Der Verteidiger sagte, sein Mandant sei unschuldig.", [("Der Verteidiger", "person")]),
    # "den Angaben zufolge" takes the type of the source just named
    (("Es brenne im Keller, sagte ein Sprecher der Feuerwehr. Das Haus sei den Angaben zufolge nicht mehr "
     "bewohnbar."), [("ein Sprecher der Feuerwehr", "person"), ("den Angaben", "person")]),
    ("Die Polizei teilte mit, die Lage sei ruhig. Den Angaben zufolge wurde niemand verletzt.",
     [("Die Polizei", "official"), ("Den Angaben", "official")]),
])
def test_german_person_roles(text: str, expected: list[Typed]) -> None:
    article = Article(title=None, body=(text,), language="de")
    assert [(a.source, a.source_type) for a in attribute(article)] == expected


@pytest.mark.parametrize(("text", "expected"), SO_TAGS + HEARSAY_SPEECH + COLON + CONTENT_ENDS + FRONTED + CONTINUED)
def test_german_tags(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
