"""German round de25: a tag after its content opens with its verb ("…, sagte der Sprecher", "…, hatte die
Polizei mitgeteilt") or with "wie"; words between a comma and a cue that open with a subject, a relative
pronoun or a preposition make a clause of their own (relative, reported, verb-final), so the cue at its end
tags nothing before the comma. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute

from .conftest import Row, article_of, rows_in

run = rows_in("de")


NO_SUBJECT_FIRST_TAG = [
    # a relative clause whose verb is a cue reports nothing of the noun it follows
    ("Die Stadt nannte einen Plan, den der Rat später ablehnte.", []),
    ("Es gab eine Erklärung, die der Verein am Abend zurückwies.", []),
    ("Er legte einen Brief vor, in dem er den Fehler bestätigte.", []),
    ("Im Netz kursiert ein Video, das einen Brand im Hafen zeigt.", []),
    # a reported clause whose participle is a cue is part of the claim, no tag of the words before
    ("Die Richterin erklärte, der Zeuge habe gelogen und alles bestritten.",
     [("Die Richterin", "erklärte", "der Zeuge habe gelogen und alles bestritten")]),
    ("Der Sprecher sagte, die Firma habe den Plan angekündigt.",
     [("Der Sprecher", "sagte", "die Firma habe den Plan angekündigt")]),
    ("Die Anwältin sagte, ihr Mandant habe die Tat gestanden.",
     [("Die Anwältin", "sagte", "ihr Mandant habe die Tat gestanden")]),
    # a main clause after a subordinate one: its verb-final cue tags nothing
    ("Sobald die Lage klar sei, wolle die Stadt sich dazu äußern.", []),
    # tags that open with their verb or "wie" stay
    ("Die Straße bleibe gesperrt, hatte die Polizei mitgeteilt.",
     [("die Polizei", "hatte mitgeteilt", "Die Straße bleibe gesperrt")]),
    ("„Wir geben nicht auf“, hatte die Trainerin gesagt.",
     [("die Trainerin", "hatte gesagt", "Wir geben nicht auf")]),
    ("Der Zug fiel aus, wie eine Sprecherin der Bahn bestätigte.",
     [("eine Sprecherin der Bahn", "bestätigte", "Der Zug fiel aus")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_SUBJECT_FIRST_TAG)
def test_german_tag_opens_with_its_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SEPARABLE_APART = [
    # the particle written apart from the verb, verb-final or in a perfect, as the spelling rules allow
    ("Die Brücke bleibt gesperrt, wie das Bauamt am Freitag bekannt gab.",
     [("das Bauamt", "bekannt gab", "Die Brücke bleibt gesperrt")]),
    ("Wie die Bäckerei bekannt gibt, schließt die Filiale im Mai.",
     [("die Bäckerei", "bekannt gibt", "schließt die Filiale im Mai")]),
    ("Der Verein hat bekannt gegeben, dass der Trainer bleibt.",
     [("Der Verein", "bekannt gegeben", "der Trainer bleibt")]),
    ("Die Halle bleibt zu, wie die Gemeinde wissen ließ.",
     [("die Gemeinde", "wissen ließ", "Die Halle bleibt zu")]),
    ("Die Ernte fällt aus, wie der Bauernverband bekannt machte.",
     [("der Bauernverband", "bekannt machte", "Die Ernte fällt aus")]),
    # a passive or a plan reports nothing
    ("Die Namen wurden nicht bekannt gegeben.", []),
    ("Die Stadt will die Ergebnisse im Mai bekannt geben.", []),
]


@pytest.mark.parametrize(("text", "expected"), SEPARABLE_APART)
def test_german_separable_cue_written_apart(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INQUIRY_CUT = [
    # the inquiry a tag's speaker answered is no part of the speaker; a medium named as the asker relays (via)
    ("Die Halle bleibt zu, wie ein Sprecher der Stadt auf Anfrage mitteilte.",
     [("ein Sprecher der Stadt", "mitteilte", "Die Halle bleibt zu", ())]),
    ("Wie die Reederei auf eine Anfrage der Agentur Reuters erklärte, fährt die Fähre wieder.",
     [("die Reederei", "erklärte", "fährt die Fähre wieder", ("Reuters",))]),
    ("Der Flug fiel aus, wie die Airline auf Anfrage der Nachrichtenagentur sda bestätigte.",
     [("die Airline", "bestätigte", "Der Flug fiel aus", ("sda",))]),
]


@pytest.mark.parametrize(("text", "expected"), INQUIRY_CUT)
def test_german_inquiry_is_no_part_of_the_speaker(text: str, expected: list[tuple[object, ...]]) -> None:
    got = attribute(article_of(text, "de"))
    assert [(a.source, a.cue, a.content, tuple(a.via)) for a in got] == expected


IMPERSONAL_SOURCE = [
    # a time fronted before "hieß es" is no source; a source after the cue still is
    ("Am Samstagabend hieß es zunächst, drei Häuser seien geräumt worden.",
     [(None, "hieß es", "drei Häuser seien geräumt worden")]),
    ("In der Nacht hieß es, der Deich halte.", [(None, "hieß es", "der Deich halte")]),
    ("Am Dienstag hieß es aus dem Landratsamt, die Fähre fahre wieder.",
     [("dem Landratsamt", "hieß es aus", "die Fähre fahre wieder")]),
    # "seitens" and "vonseiten" name the side it came from, before and after the cue
    ("Seitens der Klinik hieß es, alle Patienten seien versorgt.",
     [("der Klinik", "hieß es", "alle Patienten seien versorgt")]),
    ("„Die Lage ist ruhig“, hieß es am Abend seitens der Feuerwehr.",
     [("der Feuerwehr", "hieß es", "Die Lage ist ruhig")]),
    # a place or a body fronted stays the source
    ("Vom Hafenamt hieß es, die Schleuse sei repariert.",
     [("Hafenamt", "hieß es", "die Schleuse sei repariert")]),
]


@pytest.mark.parametrize(("text", "expected"), IMPERSONAL_SOURCE)
def test_german_impersonal_cue_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PLURAL_PLUPERFECT = [
    # "hatten" is an auxiliary like "hatte": no part of the speaker before the participle
    ("Die Stadtwerke hatten am Morgen mitgeteilt, dass das Wasser wieder fließe.",
     [("Die Stadtwerke", "mitgeteilt", "das Wasser wieder fließe")]),
    ("Polizei und Zoll hatten erklärt, die Kontrollen gingen weiter.",
     [("Polizei und Zoll", "erklärt", "die Kontrollen gingen weiter")]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_PLUPERFECT)
def test_german_plural_pluperfect_auxiliary(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
