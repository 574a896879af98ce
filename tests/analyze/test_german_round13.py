"""German constructions from real pages (issue 10, round 13): a colon after an inverted subject or a split cue,
adverbs between an inverted cue and its subject, blaming with a name in apposition, a passive tag that names the
one quoted ("wird X zitiert"), judging and not accepting, and a report in Konjunktiv I that the speaker before
relays. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str]  # source, cue, content


def run(text: str) -> list[Row]:
    article = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language="de")
    return [(a.source, a.cue, a.content) for a in attribute(article)]


COLONS = [
    # a colon after the inverted subject opens the content; the fronted time phrase is no source
    ("Am Abend sagte der Minister: Die Lage ist ernst.", [("der Minister", "sagte", "Die Lage ist ernst")]),
    ("Am Montag sagte sie: Die Lage ist ernst.", [("sie", "sagte", "Die Lage ist ernst")]),
    ("Dann sagte Huber: Die Lage ist ernst.", [("Huber", "sagte", "Die Lage ist ernst")]),
    # a colon after a split cue's particle
    ("Sie räumt ein: Einen solchen Fall hat sie nicht erlebt.",
     [("Sie", "räumt ein", "Einen solchen Fall hat sie nicht erlebt")]),
    ("Ungeachtet der Vorkehrungen räumt sie ein: Einen solchen Fall habe sie nicht erlebt.",
     [("sie", "räumt ein", "Einen solchen Fall habe sie nicht erlebt")]),
    ("Der Konzern räumte Fehler ein.", [("Der Konzern", "räumte ein", "Fehler")]),
]

ADVERBS = [
    # an adverb between the inverted cue and its subject is no part of the subject
    ("Am Abend sagte auch der Bürgermeister, die Lage sei ernst.",
     [("der Bürgermeister", "sagte", "die Lage sei ernst")]),
    ("Am Abend sagte dann der Bürgermeister: Die Lage ist ernst.",
     [("der Bürgermeister", "sagte", "Die Lage ist ernst")]),
    ("Am Abend sagte er auch, die Lage sei ernst.", [("er", "sagte", "die Lage sei ernst")]),
]

BLAME = [
    # a subject with a name in apposition before a split cue is no content-first tag
    ("Der Vorsitzende der Partei, Max Huber, macht für die Entwicklung den Konzern verantwortlich.",
     [("Der Vorsitzende der Partei", "macht verantwortlich", "für die Entwicklung den Konzern")]),
    ("Der Chef des Verbands, Max Huber, teilte am Abend mit, die Lage sei ernst.",
     [("Der Chef des Verbands", "teilte mit", "die Lage sei ernst")]),
    ("Die Lage sei ernst, teilte die Polizei am Abend mit.",
     [("die Polizei", "teilte mit", "Die Lage sei ernst")]),
    ("Max Huber macht den Konzern für die Entwicklung verantwortlich.",
     [("Max Huber", "macht verantwortlich", "den Konzern für die Entwicklung")]),
    # "gibt X die Schuld": the one blamed; an adverb before the subject is no fronted phrase
    ("Die Ministerin gibt der Regierung die Schuld.", [("Die Ministerin", "gibt Schuld", "der Regierung")]),
    ("Auch der Staatssekretär Max Huber gibt dem Konzern die Hauptschuld.",
     [("der Staatssekretär Max Huber", "gibt Hauptschuld", "dem Konzern")]),
    # a time phrase opened by an adverb of class adv is still fronted: the subject follows the auxiliary
    ("Anfang Mai hatte die Firma den Abbau von 300 Stellen angekündigt.",
     [("die Firma", "angekündigt", "den Abbau von 300 Stellen")]),
    # a verb-final perfect with the cue's own preposition: what was told of follows it
    ("Zuvor hatte die Polizei von 40 Verletzten berichtet.", [("die Polizei", "berichtet", "40 Verletzten")]),
    ("Die Polizei hatte von 40 Verletzten berichtet.", [("Die Polizei", "berichtet", "40 Verletzten")]),
    ("Die Polizei hatte in Berlin die Zahl bestätigt.", [("Die Polizei", "bestätigt", "die Zahl")]),
]

QUOTED = [
    # a passive tag names the one quoted
    ("„Das ist ein Skandal“, wird der Sprecher zitiert.", [("der Sprecher", "wird zitiert", "Das ist ein Skandal")]),
    ("„Das ist ein Skandal“, wird Müller in der Zeitung zitiert.",
     [("Müller", "wird zitiert", "Das ist ein Skandal")]),
    ("Der Minister wird mit den Worten zitiert, die Lage sei ernst.",
     [("Der Minister", "wird zitiert", "die Lage sei ernst")]),
    # cited as a work, nothing said
    ("Die Studie wird häufig zitiert.", []),
    ("Er wird in dem Bericht mehrfach zitiert.", []),
]

JUDGING = [
    ("„Ich sehe keinen Fehler“, bewertet Maier das Vorgehen des Amtes.",
     [("Maier", "bewertet", "Ich sehe keinen Fehler")]),
    ("Das Gericht urteilte, die Klage sei unbegründet.", [("Das Gericht", "urteilte", "die Klage sei unbegründet")]),
    # not accepting a criticism: the negation is part of the cue
    ("Kritik, dass das Amt nie vor Ort war, lässt die Ärztin Anna Berg nicht gelten.",
     [("die Ärztin Anna Berg", "lässt nicht gelten", "Kritik, dass das Amt nie vor Ort war")]),
    ("Die Ärztin lässt den Einwand nicht gelten.", [("Die Ärztin", "lässt nicht gelten", "den Einwand")]),
    # a fronted object (an accusative article) before a split cue: the subject follows the verb
    ("Diesen Einwand lässt die Ärztin nicht gelten.", [("die Ärztin", "lässt nicht gelten", "Diesen Einwand")]),
    ("Den Abbau von Stellen kündigte die Firma am Montag an.",
     [("die Firma", "kündigte an", "Den Abbau von Stellen")]),
]

RELAYED = [
    # a report in Konjunktiv I after reported speech: the speaker before relays it, the named one's record nests
    (("Der Fraktionschef Max Huber sagte, die Lage sei ernst. Der Kanzler habe aber versichert, dass sich dies "
     "ändern werde."),
     [("Der Fraktionschef Max Huber", "sagte", "die Lage sei ernst"),
      ("Der Fraktionschef Max Huber", None, "Der Kanzler habe aber versichert, dass sich dies ändern werde"),
      ("Der Kanzler", "versichert", "sich dies ändern werde")]),
    # a pronoun subject is the same speaker going on: one record
    ("Der Fraktionschef Max Huber sagte, die Lage sei ernst. Er habe aber versichert, dass sich dies ändern werde.",
     [("Der Fraktionschef Max Huber", "sagte", "die Lage sei ernst"),
      ("Er", "versichert", "sich dies ändern werde")]),
    # an indicative report is a speaker's own
    ("Der Fraktionschef Max Huber sagte, die Lage sei ernst. Der Kanzler sagte dagegen, es gebe keine Krise.",
     [("Der Fraktionschef Max Huber", "sagte", "die Lage sei ernst"),
      ("Der Kanzler", "sagte", "es gebe keine Krise")]),
    # the Konjunktiv inside the content of a tag is no relay
    ("Der Fraktionschef Max Huber sagte, die Lage sei ernst. Die Bürger hätten mehr erwartet, sagte der Kanzler.",
     [("Der Fraktionschef Max Huber", "sagte", "die Lage sei ernst"),
      ("der Kanzler", "sagte", "Die Bürger hätten mehr erwartet")]),
]


@pytest.mark.parametrize(("text", "expected"), COLONS)
def test_colon_after_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), ADVERBS)
def test_adverb_before_inverted_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), BLAME)
def test_blame(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_passive_quoted(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), JUDGING)
def test_judging(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELAYED)
def test_relayed_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


EMBEDDED = [
    # a writer's sentence closing on a quotation right after reported speech goes on from its speaker
    (("Im Bund stehe die Partei „nicht gut da“, sagte Max Huber der Zeitung. Aber dass das „Hin und Her der "
     "Wochen uns nicht gestärkt hat, liegt auf der Hand“."),
     [("Max Huber", "sagte", "Im Bund stehe die Partei „nicht gut da“"),
      ("Max Huber", None, "Aber dass das „Hin und Her der Wochen uns nicht gestärkt hat, liegt auf der Hand“")]),
    # with no record before it, or with a title in quotes, nothing
    ("Die Partei sucht einen neuen Kurs. Das „Hin und Her der Wochen hat uns nicht gestärkt“.", []),
    ("Im Bund stehe die Partei nicht gut da, sagte Max Huber der Zeitung. Er las den Roman „Die Blechtrommel“.",
     [("Max Huber", "sagte", "Im Bund stehe die Partei nicht gut da")]),
    # a fronted "dass" clause after "Aber", the main verb in Konjunktiv I
    (("Im Bund stehe die Partei nicht gut da, sagte Max Huber der Zeitung. Aber dass das Hin und Her uns nicht "
     "gestärkt hat, liege auf der Hand."),
     [("Max Huber", "sagte", "Im Bund stehe die Partei nicht gut da"),
      ("Max Huber", None, "Aber dass das Hin und Her uns nicht gestärkt hat, liege auf der Hand")]),
]


@pytest.mark.parametrize(("text", "expected"), EMBEDDED)
def test_embedded_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
