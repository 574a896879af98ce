"""German report shapes of real pages (issue 10, round de10): an inverted tag with an adverbial after its
speaker, a quote after reported speech, the charge "vorwerfen" (perfect, passive), "rechnet … ab", "laut
Angaben", "C, das sagte X", "demnach" after the finite verb, "hieß es von X", a title whose source word is a
place, and dispatch centres as officials. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

from .conftest import Row, rows_in

run = rows_in("de")


INVERTED_TAG = [
    # a prepositional phrase after the speaker of an inverted tag: the content is before the comma
    ("Die Parteien hätten das Vertrauen verspielt, sagte er in der Debatte.",
     [("er", "sagte", "Die Parteien hätten das Vertrauen verspielt")]),
    ("Die Kassen hätten kein Geld mehr, sagte sie am Dienstag im Landtag.",
     [("sie", "sagte", "Die Kassen hätten kein Geld mehr")]),
    # an article "der"/"die" inside the content opens no relative clause
    ("Der Preis der Karten sei zu hoch, erklärte der Verein in einer Mitteilung.",
     [("der Verein", "erklärte", "Der Preis der Karten sei zu hoch")]),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_TAG)
def test_inverted_tag_with_adverbial(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUOTE_AFTER_REPORT = [
    # reported speech, then a quote with no tag: the quote goes on from the speaker as a record of its own
    ("Die Stadt habe zu spät gehandelt, sagte die Sprecherin. „Das war ein Fehler.“",
     [("die Sprecherin", "sagte", "Die Stadt habe zu spät gehandelt"), ("die Sprecherin", None, "Das war ein Fehler")]),
    # a quote after a quote with its tag still joins it
    ("„Wir sind bereit“, sagte der Trainer. „Alles andere zählt nicht.“",
     [("der Trainer", "sagte", "Wir sind bereit Alles andere zählt nicht")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_AFTER_REPORT)
def test_quote_after_reported_speech(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CHARGES = [
    # the perfect of "vorwerfen": the dative and the charge, a quoted charge too
    ("Die Opposition hat der Regierung „Stillstand ohne Ende“ vorgeworfen.",
     [("Die Opposition", "vorgeworfen", "der Regierung „Stillstand ohne Ende“")]),
    ("Der Verband hat dem Vorstand Untätigkeit vorgeworfen.",
     [("Der Verband", "vorgeworfen", "dem Vorstand Untätigkeit")]),
    # a quoted object of another verb-final perfect
    ("Der Bürgermeister hat „schnelle Hilfe“ angekündigt.", [("Der Bürgermeister", "angekündigt", "schnelle Hilfe")]),
    # the passive: no speaker; the clause charged, before or after the comma
    ("Dem Fahrer wird vorgeworfen, betrunken gefahren zu sein.",
     [(None, "wird vorgeworfen", "betrunken gefahren zu sein")]),
    ("Die Frau soll Geld unterschlagen haben, wurde ihr vorgeworfen.",
     [(None, "wurde vorgeworfen", "Die Frau soll Geld unterschlagen haben")]),
    # a charge named by a noun is the content, without the dative, its article phrase and a sentence adverb
    # (colon43; the conventions count a noun complement: "nekar till brott")
    ("Ihm wird Diebstahl vorgeworfen.", [(None, "wird vorgeworfen", "Diebstahl")]),
    ("Der 31 Jahre alten Kassiererin wird unter anderem schwerer Betrug vorgeworfen.",
     [(None, "wird vorgeworfen", "unter anderem schwerer Betrug")]),
    ("Den Brüdern werden außerdem Erpressung und gefährliche Körperverletzung in mehreren Fällen vorgeworfen.",
     [(None, "werden vorgeworfen", "Erpressung und gefährliche Körperverletzung in mehreren Fällen")]),
    ("Seit Montag wird dem früheren Bürgermeister Bestechlichkeit vorgeworfen.",
     [(None, "wird vorgeworfen", "Bestechlichkeit")]),
    ("Der Kassiererin wird Untreue in mehreren Fällen vorgeworfen.",
     [(None, "wird vorgeworfen", "Untreue in mehreren Fällen")]),
    ("Den drei Männern werden schwerer Diebstahl und Hehlerei vorgeworfen.",
     [(None, "werden vorgeworfen", "schwerer Diebstahl und Hehlerei")]),
    ("Ihr wurde Fahrerflucht vorgeworfen.", [(None, "wurde vorgeworfen", "Fahrerflucht")]),
    ("Das wird ihm nicht vorgeworfen.", []),
    # nothing charged: no record
    ("Dem Nachbarn wird bis heute nichts vorgeworfen.", []),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES)
def test_charges(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PHRASAL = [
    # "rechnet mit X ab" settles accounts, it expects nothing; also with a fronted phrase
    ("Der Kandidat rechnet mit seiner Partei ab.", []),
    ("Im Wahlkampf rechnet die Opposition mit dem Kanzler ab.", []),
    # "rechnet mit" alone still expects
    ("Am Abend rechnete der Wetterdienst mit Sturmböen.", [("der Wetterdienst", "rechnete mit", "Sturmböen")]),
]


@pytest.mark.parametrize(("text", "expected"), PHRASAL)
def test_phrasal_look_alikes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PREPOSITIONAL = [
    # "laut Angaben" is one cue, like "nach Angaben"; the genitive after it is the source
    ("Laut Angaben der Stadt ist die Brücke gesperrt.", [("der Stadt", "Laut Angaben", "ist die Brücke gesperrt")]),
    ("Das Feuer ist laut Angaben eines Sprechers gelöscht.",
     [("eines Sprechers", "laut Angaben", "Das Feuer ist gelöscht")]),
    ("Laut Polizeiangaben ist die Straße frei.", [("Polizeiangaben", "Laut", "ist die Straße frei")]),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSITIONAL)
def test_laut_angaben(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


POINTING_TAG = [
    # "C, das/dies sagte X": the pronoun after the comma points back at C
    ("Rund 80 Keller liefen voll, das sagte ein Sprecher am Morgen.",
     [("ein Sprecher", "sagte", "Rund 80 Keller liefen voll")]),
    ("Die Schule bleibt geschlossen, dies teilte die Stadt am Abend mit.",
     [("die Stadt", "teilte mit", "Die Schule bleibt geschlossen")]),
    # the speaker's genitive stays with it, in this shape and after a full stop
    ("Die Straße bleibt gesperrt, das sagte die Leitstelle der Feuerwehr auf Nachfrage.",
     [("die Leitstelle der Feuerwehr", "sagte", "Die Straße bleibt gesperrt")]),
    ("Die Straße bleibt gesperrt. Das sagte ein Sprecher der Feuerwehr am Morgen.",
     [("ein Sprecher der Feuerwehr", "sagte", "Die Straße bleibt gesperrt")]),
]


@pytest.mark.parametrize(("text", "expected"), POINTING_TAG)
def test_tag_pointing_back_after_comma(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DEMNACH = [
    # "demnach" right after the finite verb goes on from the report before, with that word as its cue
    ("Zwei Menschen sind verletzt, wie ein Sprecher sagte. Ein Kind wird demnach noch behandelt.",
     [("ein Sprecher", "sagte", "Zwei Menschen sind verletzt"), ("ein Sprecher", "demnach", "Ein Kind wird noch behandelt")]),
    ("Unter den Gästen waren nach ersten Angaben drei Kinder. Die Kinder stammen demnach aus Bonn.",
     [("ersten Angaben", "nach", "Unter den Gästen waren drei Kinder"),
      ("ersten Angaben", "demnach", "Die Kinder stammen aus Bonn")]),
    # with no report before it, nothing goes on
    ("Der Bus hielt an. Die Gäste stiegen demnach aus.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEMNACH)
def test_demnach_after_the_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


IMPERSONAL = [
    # the preposition before the body a report came from is part of the cue
    ("Die Lage sei ruhig, hieß es von der Polizei.", [("der Polizei", "hieß es von", "Die Lage sei ruhig")]),
    ("Die Gespräche liefen gut, hieß es aus dem Rathaus.", [("dem Rathaus", "hieß es aus", "Die Gespräche liefen gut")]),
    ("„Wir sind bereit“, hieß es aus dem Ministerium.", [("dem Ministerium", "hieß es aus", "Wir sind bereit")]),
    # with no source after it, the cue keeps its two words
    ("Die Lage sei ruhig, hieß es.", [(None, "hieß es", "Die Lage sei ruhig")]),
    ("Die Lage sei ruhig, hieß es von gestern.", [(None, "hieß es", "Die Lage sei ruhig")]),
]


@pytest.mark.parametrize(("text", "expected"), IMPERSONAL)
def test_impersonal_with_preposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TITLES = [
    # a source word after a preposition before a title's colon is a place, not the source
    ("Großeinsatz in ganz Deutschland: Durchsuchungen auch in Bayern", []),
    ("Polizei in Bremen: Zwei Verletzte bei Unfall", [("Polizei in Bremen", ":", "Zwei Verletzte bei Unfall")]),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_title_colon_source(title: str, expected: list[Row]) -> None:
    assert run("Die Lage ist ruhig.", title=title) == expected


BODY_NAMES = [
    # "für" and its field after a body's noun belong to the name
    ("Die Zahl steige, teilte das Bundesamt für Statistik mit.",
     [("das Bundesamt für Statistik", "teilte mit", "Die Zahl steige")]),
    ("Die Zahl steige, sagte ein Sprecher des Landesamts für Umwelt.",
     [("ein Sprecher des Landesamts für Umwelt", "sagte", "Die Zahl steige")]),
    # not after a body that is no organisation's name
    ("Die Zahl steige, sagte die Stadt für alle hörbar.", [("die Stadt", "sagte", "Die Zahl steige")]),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NAMES)
def test_body_name_with_field(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", ["Die Straße ist frei, sagte die Kreisleitstelle.",
                                  "Die Straße ist frei, sagte die Zentralstelle.",
                                  "Die Straße ist frei, teilte die Ansprechstelle mit."])
def test_offices_are_official(text: str) -> None:
    article = Article(title=None, body=(text,), language="de")
    assert [a.source_type for a in attribute(article)] == ["official"]


CLAIM_LABELS = [
    # a label and a colon after a sentence whose subject demands or criticises: that subject's claim
    ("Die Verbände forderten eine Pause. Der Vorwurf: Die Stadt plane ohne die Bürger.",
     [("Die Verbände", "Der Vorwurf:", "Die Stadt plane ohne die Bürger")]),
    ("Die Eltern kritisierten den Plan. Ihre Begründung: Der Schulweg werde zu lang.",
     [("Die Eltern", "kritisierten", "den Plan"), ("Die Eltern", "Ihre Begründung:", "Der Schulweg werde zu lang")]),
    # no subject that makes claims: no record
    ("Ein Trainer wurde entlassen. Der Vorwurf: Untreue.", []),
    ("Die Stadt plant einen Umbau. Die Kritik: Das kostet zu viel.", []),
    ("Am Abend kam es zum Streit. Der Vorwurf: Betrug.", []),
    # a label that names no claim
    ("Die Schüler forderten ein Fest. Das Motto: Sommer für alle.", []),
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_LABELS)
def test_claim_label_after_colon(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_title_role_named_in_the_body_stays_the_source() -> None:
    """A quote headline "Minister: „Q“" whose body quote is tagged "sagte Lund", after "Minister Eva Lund …":
    the role in the title is the source (cue ":"), the body's name its source_name."""
    article = Article(title="Umweltministerin: „Wir stehen am Anfang einer Krise“",
                      body=("Umweltministerin Eva Lund warnt davor, dass die Pegel steigen.",
                            "„Wir stehen am Anfang einer Krise im Land“, sagte Lund am Montag."), language="de")
    title = [a for a in attribute(article) if a.content == "Wir stehen am Anfang einer Krise"]
    assert [(a.source, a.source_name, a.cue) for a in title] == [("Umweltministerin", "Eva Lund", ":")]


CONTENT_ENDS = [
    # the speaker's next verb after ", und" ends what was said
    ("Die Ministerin betonte, das Land sei vorbereitet, und forderte mehr Geld.",
     [("Die Ministerin", "betonte", "das Land sei vorbereitet")]),
    ("Die Polizei teilte mit, der Mann sei gefasst worden, und sprach von einem Erfolg.",
     [("Die Polizei", "teilte mit", "der Mann sei gefasst worden"), ("Die Polizei", "sprach von", "einem Erfolg")]),
    # a clause with its own subject after ", und" goes on with it
    ("Der Sprecher sagte, die Straße sei gesperrt, und die Umleitung sei ausgeschildert.",
     [("Der Sprecher", "sagte", "die Straße sei gesperrt, und die Umleitung sei ausgeschildert")]),
    # the object of a verb-final or split cue: an adverbial with an article before it is no part of it
    ("Die Bahn kündigt für das Wochenende Einschränkungen an.", [("Die Bahn", "kündigt an", "Einschränkungen")]),
    ("Die Stadt hat für den Sommer Sperrungen angekündigt.", [("Die Stadt", "angekündigt", "Sperrungen")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTENT_ENDS)
def test_content_ends(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


MORE_CUES = [
    # promising and answering
    ("„Wir halten Wort“, versprach die Bürgermeisterin.", [("die Bürgermeisterin", "versprach", "Wir halten Wort")]),
    ("Die Firma versprach, die Schäden zu ersetzen.", [("Die Firma", "versprach", "die Schäden zu ersetzen")]),
    ("Auf die Frage antwortete der Trainer, er sei zufrieden.", [("der Trainer", "antwortete", "er sei zufrieden")]),
    ("„Das ist falsch“, erwiderte der Anwalt.", [("der Anwalt", "erwiderte", "Das ist falsch")]),
    # "verlautete": where it came from, with its preposition in the cue
    ("Aus Regierungskreisen verlautete, der Plan sei gescheitert.",
     [("Regierungskreisen", "verlautete", "der Plan sei gescheitert")]),
    ("Der Plan sei gescheitert, verlautete aus Regierungskreisen.",
     [("Regierungskreisen", "verlautete aus", "Der Plan sei gescheitert")]),
    # prepositional phrases alone after a one-word cue report nothing
    ("Die Stadt antwortete auf die Anfrage mit einem Brief.", []),
    ("Der Verband antwortete mit einem offenen Brief.", []),
    ("Der Sprecher sagte zu den Vorwürfen, man prüfe alles.", [("Der Sprecher", "sagte", "man prüfe alles")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CUES)
def test_more_cues(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
