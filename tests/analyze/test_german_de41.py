"""German attribution by word class (issue 10, de41): accusative time phrases fronted before the cue, findings
with no owner, the inquiry a statement answered, a dash clause with its own source, hearsay in a perfect of
motion, and a Konjunktiv I sentence after a sourced report that carries hearsay. Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from .conftest import Row, full_rows, rows_in

run = rows_in("de")

FRONTED_TIME = [
    # an adjective of time and a unit, weekday or month with no preposition: an adverbial, the subject follows
    ("Letzte Woche sagte die Ministerin, das Gesetz komme später.",
     [("die Ministerin", "sagte", "das Gesetz komme später")]),
    ("Vergangenen Freitag meldete der Verband, die Halle sei verkauft.",
     [("der Verband", "meldete", "die Halle sei verkauft")]),
    ("Diese Woche teilte die Stadt mit, die Brücke bleibe gesperrt.",
     [("die Stadt", "teilte mit", "die Brücke bleibe gesperrt")]),
    ("Letztes Jahr hatte der Vorstand erklärt, der Standort sei sicher.",
     [("der Vorstand", "erklärt", "der Standort sei sicher")]),
    # the same words as the subject's own adjective stay the subject's
    ("Die letzte Woche sei hart gewesen, sagte der Trainer.", [("der Trainer", "sagte", "Die letzte Woche sei hart gewesen")]),
]

FINDINGS = [
    # what is known so far names no source
    ("Nach ersten Erkenntnissen wurde niemand verletzt.", []),
    ("Bisherigen Erkenntnissen zufolge brach das Feuer im Keller aus.", []),
    ("Der Fahrer war nach aktuellem Kenntnisstand allein im Wagen.", []),
    # sourceless hearsay in that sentence stays hearsay
    ("Nach bisherigen Erkenntnissen soll der Radfahrer bei Rot gefahren sein.",
     [(None, "soll", "Nach bisherigen Erkenntnissen soll der Radfahrer bei Rot gefahren sein")]),
    # with an owner, or a statement noun, it is a source
    ("Nach ersten Erkenntnissen der Polizei wurde niemand verletzt.",
     [("ersten Erkenntnissen der Polizei", "Nach", "wurde niemand verletzt")]),
    ("Nach ersten Angaben wurde niemand verletzt.", [("ersten Angaben", "Nach", "wurde niemand verletzt")]),
]

INQUIRY = [
    # the inquiry a statement answered is no source
    ("Der Laden bleibe geschlossen, hieß es auf Anfrage.", [(None, "hieß es", "Der Laden bleibe geschlossen")]),
    ("Auf Nachfrage unserer Zeitung hieß es, der Laden bleibe geschlossen.",
     [(None, "hieß es", "der Laden bleibe geschlossen")]),
    ("Der Laden bleibe geschlossen, heißt es auf KN-Nachfrage.", [(None, "heißt es", "Der Laden bleibe geschlossen")]),
    # a body after the inquiry stays the source
    ("Der Laden bleibe geschlossen, hieß es aus dem Rathaus auf Anfrage.",
     [("dem Rathaus", "hieß es aus", "Der Laden bleibe geschlossen")]),
]

DASH = [
    # a clause after a dash with a source of its own is that source's claim
    ("Der Schaden ist nach Angaben der Stadt hoch – allein die Halle soll nach Angaben der Feuerwehr zerstört worden sein.",
     [("der Stadt", "nach Angaben", "Der Schaden ist hoch"),
      ("der Feuerwehr", "nach Angaben", "allein die Halle soll zerstört worden sein")]),
    # with none, the clause goes on with the claim
    ("Der Schaden ist nach Angaben der Stadt hoch – die Halle wurde zerstört.",
     [("der Stadt", "nach Angaben", "Der Schaden ist hoch – die Halle wurde zerstört")]),
]

HEARSAY = [
    # "soll" with the perfect of a verb of change or motion
    ("Die Zahl der Besucher soll zuletzt gesunken sein.", [(None, "soll", "Die Zahl der Besucher soll zuletzt gesunken sein")]),
    # and with an adjective of how a person was
    ("Die Täterin soll etwa 40 Jahre alt sein.", [(None, "soll", "Die Täterin soll etwa 40 Jahre alt sein")]),
    ("Der Lieferwagen soll zuvor einem Reh ausgewichen sein.",
     [(None, "soll", "Der Lieferwagen soll zuvor einem Reh ausgewichen sein")]),
]

GOING_ON = [
    # a plural modal in Konjunktiv II stands for Konjunktiv I after reported speech
    ("Die Behörde sagte, die Liste sei vollständig. Die Namen dürften nicht genannt werden.",
     [("Die Behörde", "sagte", "die Liste sei vollständig"), ("Die Behörde", None, "Die Namen dürften nicht genannt werden")]),
    # a report of hearsay, pointed back at, goes on in Konjunktiv I from its reporter
    (("Die Trainerin soll ihren Abschied angekündigt haben. Das berichtet die Zeitung. Sie habe aber noch keinen "
      "Vertrag gekündigt."),
     [("die Zeitung", "berichtet", "Die Trainerin soll ihren Abschied angekündigt haben"),
      ("die Zeitung", None, "Sie habe aber noch keinen Vertrag gekündigt")]),
    ("Laut Polizei soll der Dieb geflohen sein. Er sei mit einem Roller unterwegs gewesen.",
     [("Polizei", "Laut", "soll der Dieb geflohen sein"), ("Polizei", None, "Er sei mit einem Roller unterwegs gewesen")]),
]

BARE_SOURCE = [
    # a source with no article before "zufolge", the verb before it no part of it
    ("Die Diebe entkamen Augenzeugen zufolge auf Fahrrädern.",
     [("Augenzeugen", "zufolge", "Die Diebe entkamen auf Fahrrädern")]),
    ("Die Diebe entkamen ersten Berichten zufolge auf Fahrrädern.",
     [("ersten Berichten", "zufolge", "Die Diebe entkamen auf Fahrrädern")]),
    ("Im Hafen lagen Polizeiangaben zufolge drei Boote.", [("Polizeiangaben", "zufolge", "Im Hafen lagen drei Boote")]),
]

POINTING_BACK = [
    # "dies" or "das" as the object, then the inquiry answered or the one told: the sentence before is the claim
    ("Die Schule bleibt zu. Eine Sprecherin der Stadt bestätigte dies auf Anfrage.",
     [("Eine Sprecherin der Stadt", "bestätigte", "Die Schule bleibt zu")]),
    ("Die Schule bleibt zu. Eine Sprecherin der Stadt bestätigte das gegenüber unserer Redaktion.",
     [("Eine Sprecherin der Stadt", "bestätigte", "Die Schule bleibt zu")]),
]

FINDING = [
    # a finding arrived at, with a clause after it
    ("Das Gutachten kommt zu dem Ergebnis, dass die Mauer hält.",
     [("Das Gutachten", "kommt zu dem Ergebnis", "die Mauer hält")]),
    ("Die Prüfer kamen zu dem Schluss, die Rechnung sei falsch.",
     [("Die Prüfer", "kamen zu dem Schluss", "die Rechnung sei falsch")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SOURCE)
def test_bare_source_before_zufolge(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), POINTING_BACK)
def test_pointing_object_then_inquiry(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), FINDING)
def test_finding_arrived_at(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_TIME)
def test_fronted_time_phrase(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), FINDINGS)
def test_findings_without_owner(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), INQUIRY)
def test_inquiry_is_no_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), DASH)
def test_dash_clause_with_own_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), HEARSAY)
def test_hearsay_perfect_of_motion(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GOING_ON)
def test_konjunktiv_after_hearsay_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ASIDES = [
    # a bracketed note between two sentences is a sentence of its own, and no claim to point back at
    ("Die Brücke ist gesperrt. (Quelle: Stadtverwaltung) Das bestätigte ein Sprecher.",
     [("ein Sprecher", "bestätigte", "Die Brücke ist gesperrt")]),
    ("Die Brücke ist gesperrt. (Foto: Archiv) Ein Sprecher bestätigte das am Morgen.",
     [("Ein Sprecher", "bestätigte", "Die Brücke ist gesperrt")]),
]

DEMONSTRATIVE_OBJECT = [
    # a demonstrative and a noun of what was told, fronted as the object: the subject follows the verb
    ("Die Brücke ist gesperrt. Diese Angaben bestätigte die Stadt am Morgen.",
     [("die Stadt", "bestätigte", "Die Brücke ist gesperrt")]),
    ("Die Brücke ist gesperrt. Diese Darstellung wies der Bauherr zurück.",
     [("der Bauherr", "wies zurück", "Die Brücke ist gesperrt")]),
    # as the subject before a clause it stays the source
    ("Die Brücke ist alt. Diese Zahlen zeigen, dass sie saniert werden muss.",
     [("Diese Zahlen", "zeigen", "sie saniert werden muss")]),
]

QUOTE_AFTER_STOP = [
    # a quote after the full stop of its tag is the same quotation split by the tag: one record, its parts joined
    # (the conventions: "a quote split by its tag is one record")
    ("„Das Dach hält“, sagte die Statikerin am Abend. „Wir prüfen es trotzdem.“",
     [("die Statikerin", "sagte", "Das Dach hält Wir prüfen es trotzdem")]),
    # split by its tag mid-sentence it is one record
    ("„Das Dach hält“, sagte die Statikerin, „wir prüfen es trotzdem.“",
     [("die Statikerin", "sagte", "Das Dach hält wir prüfen es trotzdem")]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_aside_between_sentences(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATIVE_OBJECT)
def test_demonstrative_object_first(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTE_AFTER_STOP)
def test_quote_after_tag_stop(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COORDINATED = [
    # a second verb after "und" shares the subject of the first, also a naming verb and a split cue with its object
    ("Der Verband wies die Vorwürfe zurück und nannte den Streik „maßlos“.",
     [("Der Verband", "wies zurück", "die Vorwürfe"), ("Der Verband", "nannte", "den Streik „maßlos“")]),
    ("Die Firma bestritt die Vorwürfe und räumte Fehler ein.",
     [("Die Firma", "bestritt", "die Vorwürfe"), ("Die Firma", "räumte ein", "Fehler")]),
]

FRONTED_SPLIT_OBJECT = [
    # a fronted phrase, the verb, an article and noun as the subject, then a bare noun as the object
    ("Am Abend räumte die Trainerin Fehler ein.", [("die Trainerin", "räumte ein", "Fehler")]),
]

SPLIT_TAG_GENITIVE = [
    # a genitive after the speaker of a split tag is the speaker's, not the one told
    ("Der Hafen bleibe gesperrt, teilte die Verwaltung der Insel mit.",
     [("die Verwaltung der Insel", "teilte mit", "Der Hafen bleibe gesperrt")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_verb_shares_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_SPLIT_OBJECT)
def test_fronted_split_bare_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_TAG_GENITIVE)
def test_split_tag_genitive(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AS_CLAUSE_FIRST = [
    # "Wie X mitteilte," before a main clause whose verb opens a longer cue or a split cue: the main clause is the claim
    ("Wie die Polizei mitteilte, kam der Bus von der Straße ab.",
     [("die Polizei", "mitteilte", "kam der Bus von der Straße ab")]),
    ("Wie die Feuerwehr berichtete, gab es keine Verletzten.",
     [("die Feuerwehr", "berichtete", "gab es keine Verletzten")]),
    ("Wie ein Sprecher sagte, hielt sich der Mann im Keller auf.",
     [("ein Sprecher", "sagte", "hielt sich der Mann im Keller auf")]),
    # nor is the "wie" clause what a verb of calling out reports
    ("Wie die Polizei mitteilte, rief eine Nachbarin die Feuerwehr.",
     [("die Polizei", "mitteilte", "rief eine Nachbarin die Feuerwehr")]),
    # a tag after its claim still is one
    ("Der Mann soll Geld genommen haben, teilte die Polizei mit.",
     [("die Polizei", "teilte mit", "Der Mann soll Geld genommen haben")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_CLAUSE_FIRST)
def test_as_clause_before_main_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


OBJECT_AFTER_ADVERBIAL = [
    # a noun object after a time phrase or the inquiry answered is what was confirmed or denied
    ("Die Klinik bestätigte am Freitag den Tod der Patientin.",
     [("Die Klinik", "bestätigte", "den Tod der Patientin")]),
    ("Der Club dementierte auf Anfrage die Gerüchte.", [("Der Club", "dementierte", "die Gerüchte")]),
    ("Die Polizei bestätigte am frühen Abend einen Einsatz.", [("Die Polizei", "bestätigte", "einen Einsatz")]),
    # prepositional phrases alone report nothing
    ("Die Ärztin antwortete auf die Frage mit einem Lächeln.", []),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_AFTER_ADVERBIAL)
def test_object_after_adverbial(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ECHO_FRONTED = [
    # "Weiter hieß es" goes on from the speaker before, as "hieß es weiter" does
    ("Der Verein teilte mit, das Spiel falle aus. Weiter hieß es, ein neuer Termin folge.",
     [("Der Verein", "teilte mit", "das Spiel falle aus"), ("Der Verein", "hieß es", "ein neuer Termin folge")]),
    # with no speaker before, it has none
    ("Weiter hieß es, ein neuer Termin folge.", [(None, "hieß es", "ein neuer Termin folge")]),
]


@pytest.mark.parametrize(("text", "expected"), ECHO_FRONTED)
def test_echo_adverb_fronted(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUOTED_BY_MEDIUM = [
    # a medium quoting someone in a tag: the one quoted is the source, the medium the via
    ("„Die Saison ist gelaufen“, zitierte die Agentur Interfax einen Sprecher des Clubs.",
     ("einen Sprecher des Clubs", ("Interfax",))),
    ("Die Saison sei gelaufen, zitierte die Agentur Interfax einen Sprecher des Clubs.",
     ("einen Sprecher des Clubs", ("Interfax",))),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_BY_MEDIUM)
def test_quoted_by_medium_in_tag(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    rows = full_rows(text, "de")
    assert [(r[0], r[5]) for r in rows] == [expected]


CITED_MEDIUM_VIA = [
    # the via of a record cited by a medium with a quoted title: its name without the article or the marks
    ('Die "Nordsee-Post" hatte unter Berufung auf die Polizei berichtet, der Mann sei gefasst.',
     ("die Polizei", ("Nordsee-Post",))),
]


@pytest.mark.parametrize(("text", "expected"), CITED_MEDIUM_VIA)
def test_cited_medium_via_name(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    rows = full_rows(text, "de")
    assert (rows[-1][0], rows[-1][5]) == expected


APPEALS = [
    # an appeal in Konjunktiv to whoever may help is a request, no claim going on
    ("Die Polizei sucht Zeugen. Wer etwas gesehen habe, solle sich bei der Wache melden.", []),
    ("Die Stadt sagte, die Brücke sei gesperrt. Wer sie nutzen wolle, möge die Fähre nehmen.",
     [("Die Stadt", "sagte", "die Brücke sei gesperrt")]),
    # a clause of "wer" with no appeal still goes on
    ("Die Stadt sagte, die Brücke sei gesperrt. Wer sie beschädigt habe, sei unklar.",
     [("Die Stadt", "sagte", "die Brücke sei gesperrt"), ("Die Stadt", None, "Wer sie beschädigt habe, sei unklar")]),
]


@pytest.mark.parametrize(("text", "expected"), APPEALS)
def test_appeal_is_no_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


OBJECT_FIRST = [
    # an accusative object first: the subject follows the verb
    ("Den Schaden beziffert die Feuerwehr auf rund 20.000 Euro.",
     [("die Feuerwehr", "beziffert", "auf rund 20.000 Euro")]),
    ("Den Vorwurf wies die Trainerin zurück.", [("die Trainerin", "wies zurück", "Den Vorwurf")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_FIRST)
def test_accusative_object_first(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUOTED_COLLOQUIAL = [
    # a verb of telling inside a quotation, its subject a lone demonstrative article: quoted speech, no record
    ("„Das war klar“, sagte die Anwältin. „Ehrlich gesagt: Der hat Unsinn erzählt.“",
     [("die Anwältin", "sagte", "Das war klar Ehrlich gesagt: Der hat Unsinn erzählt")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_COLLOQUIAL)
def test_demonstrative_inside_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


IDIOMS = [
    # fixed phrases with a verb of saying report nothing; "wie berichtet" is the paper's own earlier report
    ("Ehrlich gesagt, die Lage ist ernst.", []),
    ("Der Dieb war, wie berichtet, geflohen.", []),
    ("Wie die Zeitung berichtet, war der Dieb geflohen.", [("die Zeitung", "berichtet", "war der Dieb geflohen")]),
]


@pytest.mark.parametrize(("text", "expected"), IDIOMS)
def test_saying_idioms(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SO_AFTER_QUOTE = [
    # "so X" right after a closing quotation mark, the comma left out: the tag of the whole sentence before it
    ("Im Hof brannte es, „Rauch sichtbar“ so die Meldung der Leitstelle.",
     [("die Meldung der Leitstelle", "so", "Im Hof brannte es, „Rauch sichtbar“")]),
]

LAUT_ADJECTIVE = [
    # "laut" after a word of degree is the adjective "loud"
    ("Sie schrie so laut sie konnte.", []),
    ("Laut Feuerwehr brannte es im Keller.", [("Feuerwehr", "Laut", "brannte es im Keller")]),
]


@pytest.mark.parametrize(("text", "expected"), SO_AFTER_QUOTE)
def test_so_tag_after_quote_without_comma(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), LAUT_ADJECTIVE)
def test_laut_after_degree_word(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
