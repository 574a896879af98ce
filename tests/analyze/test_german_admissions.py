"""German shapes of real news (issues 10 and 11): an inverted subject before an object that is what was said
("Offiziell bestätigte das Amt die Zahl"), contradicting ("widersprach den Angaben"), making clear ("wie X deutlich
machte"), confessing ("hat gestanden, … zu haben", not "hat im Hof gestanden"), a law as the head of a compound
("laut einem Bundesgesetz" is no source), the subject after a hearsay modal behind a fronted report ("Der Anklage
zufolge sollen sie … eingeredet haben, dass C") and a shared compound part inside an apposition ("Direktorin für
Finanz- und Personalplanung"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

run = rows_in("de")


INVERTED_OBJECT = [
    # a sentence adverb or a time word fronted: the subject follows the verb, its object is what was said
    ("Offiziell bestätigte das Unternehmen die Schließung des Werks.",
     [("das Unternehmen", "bestätigte", "die Schließung des Werks")]),
    ("Später bestätigte die Firma die Pläne der Regierung.", [("die Firma", "bestätigte", "die Pläne der Regierung")]),
    ("Dann kritisierte der Verband die Pläne.", [("der Verband", "kritisierte", "die Pläne")]),
    ("Am Abend bestätigte der Sprecher die Angaben.", [("der Sprecher", "bestätigte", "die Angaben")]),
    ("Erneut erklärte die Stadt, die Brücke sei sicher.", [("die Stadt", "erklärte", "die Brücke sei sicher")]),
    ("Offiziell räumte das Ministerium den Tod von zehn Soldaten ein.", [("das Ministerium", "räumte ein", "den Tod von zehn Soldaten")]),
]

CONTRADICTING = [
    # the dative is what was disputed; a Konjunktiv sentence after it goes on from the same speaker
    ("Ein Firmensprecher widersprach den Berichten der Gewerkschaft. Die bisherigen Pläne hätten weiter Bestand.",
     [("Ein Firmensprecher", "widersprach", "den Berichten der Gewerkschaft"),
      ("Ein Firmensprecher", None, "Die bisherigen Pläne hätten weiter Bestand")]),
    ("Die Stadt widerspricht, die Lage sei ruhig.", [("Die Stadt", "widerspricht", "die Lage sei ruhig")]),
    ("Der Verband hat der Darstellung widersprochen.", [("Der Verband", "widersprochen", "der Darstellung")]),
]

MAKING_CLEAR = [
    ("Der Streit sei beigelegt, wie ein Vertreter der Eltern deutlich machte.",
     [("ein Vertreter der Eltern", "deutlich machte", "Der Streit sei beigelegt")]),
    (("Die Eltern erkennen das Urteil nicht an, wie einer der Kläger deutlich machte, als ihm der Richter einen "
     "Vergleich vorschlug."), [("einer der Kläger", "deutlich machte", "Die Eltern erkennen das Urteil nicht an")]),
    ("Der Minister machte am Abend deutlich, dass er bleibe.", [("Der Minister", "machte deutlich", "er bleibe")]),
    ("Die Ministerin hat klargemacht, dass sie kandidiert.", [("Die Ministerin", "klargemacht", "sie kandidiert")]),
]

CONFESSING = [
    ("Die Täter haben vor Gericht gestanden, mehrere Rentner um ihr Erspartes gebracht zu haben.",
     [("Die Täter", "gestanden", "mehrere Rentner um ihr Erspartes gebracht zu haben")]),
    ("Die Frau gestand, das Geld genommen zu haben.", [("Die Frau", "gestand", "das Geld genommen zu haben")]),
    ("Der Angeklagte hat die Tat gestanden.", [("Der Angeklagte", "gestanden", "die Tat")]),
    # the participle of "stehen": a place, no object, nothing said
    ("Der Wagen hat lange im Hof gestanden.", []),
    ("Die Ministerin hat in Bremen Hilfe angekündigt.", [("Die Ministerin", "angekündigt", "Hilfe")]),
    ("Die Stadt hat rasche Hilfe für die Opfer angekündigt.",
     [("Die Stadt", "angekündigt", "rasche Hilfe für die Opfer")]),
]

HEARSAY_SUBJECT = [
    # the subject after the modal, not the fronted report; the report is its via
    ("Laut Polizei soll er gesagt haben, dass er bleibe.",
     [("Polizei", "Laut", "soll er gesagt haben, dass er bleibe"), ("er", "gesagt", "er bleibe")]),
    ("Der Anklage zufolge soll der Mann den Zeugen gesagt haben, er sei unschuldig.",
     [("Der Anklage", "zufolge", "soll der Mann den Zeugen gesagt haben, er sei unschuldig"),
      ("der Mann", "gesagt", "er sei unschuldig")]),
    ("Dabei soll der Mann gesagt haben, er sei unschuldig.", [("der Mann", "gesagt", "er sei unschuldig")]),
    # a law as the head of a compound is no source ("laut einem Bundesgesetz"), a name ending alike is
    ("Der Händler redete den Kunden ein, laut einem neuen Bundesgesetz sei Bargeld verboten.",
     [("Der Händler", "redete ein", "laut einem neuen Bundesgesetz sei Bargeld verboten")]),
    ("Nach dem Hygieneplan müssen alle Masken tragen.", []),
    ("Laut Kaplan Müller war die Kirche voll.", [("Kaplan Müller", "Laut", "war die Kirche voll")]),
]

APPOSITION = [
    # "und" inside the apposition is no verb: the speaker is named first, the content follows the cue
    ("Anna Berg, Leiterin der Abteilung und Mitglied im Vorstand, sagte, der Gewinn sei gestiegen.",
     [("Anna Berg", "sagte", "der Gewinn sei gestiegen")]),
    ("Anna Berg, Leiterin und Gründerin der Firma, sagte, der Gewinn sei gestiegen.",
     [("Anna Berg", "sagte", "der Gewinn sei gestiegen")]),
    ("Der Zug und der Bus fallen aus, sagte die Sprecherin.",
     [("die Sprecherin", "sagte", "Der Zug und der Bus fallen aus")]),
    # a time and a place of the report between the cue and its comma are no content
    ("Anna Berg, Chefin der Firma, sagte am Mittwoch bei einer Pressekonferenz, der Gewinn sei gestiegen.",
     [("Anna Berg", "sagte", "der Gewinn sei gestiegen")]),
    # "Finanz- und" is a shared compound part, not a clause boundary inside the speaker's apposition
    (("Anna Berg, Direktorin für Finanz- und Personalplanung und Mitglied im Vorstand der Bank, sagte am Mittwoch, "
     "der Gewinn sei gestiegen."), [("Anna Berg", "sagte", "der Gewinn sei gestiegen")]),
]


GOING_ON = [
    # "demnach" after the verb, with a date's point before it; a noun spelt like a Konjunktiv form ("Im Laufe")
    # is no verb; a Konjunktiv II of a strong verb goes on from the speaker
    (("Der Sprecher sagte, ein Pfleger sei erkrankt. Am 5. April waren demnach drei Patienten erkrankt. "
     "Im Laufe der Woche waren es zehn."),
     [("Der Sprecher", "sagte", "ein Pfleger sei erkrankt"),
      ("Der Sprecher", "demnach", "Am 5. April waren drei Patienten erkrankt")]),
    ("Der Händler sagte, das Geld sei in Gefahr. Das ließe sich aber verhindern.",
     [("Der Händler", "sagte", "das Geld sei in Gefahr"), ("Der Händler", None, "Das ließe sich aber verhindern")]),
    ("Die Stadt sagte, es gebe Streit. Es käme bald zu einer Einigung.",
     [("Die Stadt", "sagte", "es gebe Streit"), ("Die Stadt", None, "Es käme bald zu einer Einigung")]),
]


@pytest.mark.parametrize(("text", "expected"), GOING_ON + INVERTED_OBJECT + CONTRADICTING + MAKING_CLEAR + CONFESSING
                         + HEARSAY_SUBJECT + APPOSITION)
def test_german_admissions_and_inversions(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_pressestelle_is_an_organization() -> None:
    article = Article(title=None, body=("Die Lage sei ernst, hieß es aus der Pressestelle.",), language="de")
    assert [(a.source, a.source_type) for a in attribute(article)] == [("der Pressestelle", "organization")]


def test_hearsay_subject_has_the_report_as_via() -> None:
    article = Article(title=None, body=(("Der Anklage zufolge sollen die Männer den Opfern eingeredet haben, dass "
                                        "niemand Gold besitzen dürfe."),), language="de")
    found = [(a.source, a.cue, a.via) for a in attribute(article)]
    assert ("die Männer", "eingeredet", ("Der Anklage",)) in found
