"""German constructions of round de39 (issue 10): "nach eigenen Angaben" and its class ("nach eigener Aussage",
"eigenen Angaben zufolge") with the subject after the verb or a pronoun; the impersonal cue split by its source
in an "as" clause ("Wie es in einer Mitteilung der Stadt heißt, C"); speakers who cannot say (refusals); a
capitalised report noun after a comma ("…, Angaben zu machen"); a tag whose object follows the speaker
("C, begründete X ihr Vorgehen"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, attributions, rows_in

run = rows_in("de")

OWN_ACCOUNT_FIRST = [
    ("Nach eigenen Angaben war die Bergwacht die ganze Nacht im Einsatz.",
     [("die Bergwacht", "Nach eigenen Angaben", "war die ganze Nacht im Einsatz")]),
    ("Nach eigener Aussage hatte der Nachbar den Qualm zuerst gesehen.",
     [("der Nachbar", "Nach eigener Aussage", "hatte den Qualm zuerst gesehen")]),
    ("Nach eigenen Angaben ist sie nicht zuständig.", [("sie", "Nach eigenen Angaben", "ist nicht zuständig")]),
    ("Der Verband war eigenen Angaben zufolge nicht eingeladen.",
     [("Der Verband", "eigenen Angaben zufolge", "war nicht eingeladen")]),
    ("Die Brauerei will nach eigener Darstellung keine Preise erhöhen.",
     [("Die Brauerei", "nach eigener Darstellung", "will keine Preise erhöhen")]),
    # a passive with no subject after the verb: nobody named
    ("Nach eigenen Angaben wurden bei dem Brand zwei Menschen verletzt.", []),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ACCOUNT_FIRST)
def test_own_account_first(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


AS_IMPERSONAL = [
    ("Wie es in einer Mitteilung der Feuerwehr heißt, ist die Brücke gesperrt.",
     [("einer Mitteilung der Feuerwehr", "es heißt", "ist die Brücke gesperrt")]),
    ("Wie es aus Kreisen der Verwaltung hieß, wird der Markt verlegt.",
     [("Kreisen der Verwaltung", "es hieß", "wird der Markt verlegt")]),
    ("Der Markt wird verlegt, wie es aus dem Ordnungsamt hieß.",
     [("dem Ordnungsamt", "es hieß", "Der Markt wird verlegt")]),
    # no source between "es" and the verb: as before
    ("Wie es hieß, sei die Brücke gesperrt.", [(None, "es hieß", "sei die Brücke gesperrt")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_IMPERSONAL)
def test_as_impersonal(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CANNOT_SAY = [
    ("Ein Sprecher sagte, die Halle sei leer. Wie lange die Sperrung dauere, konnte er nicht sagen.",
     [("Ein Sprecher", "sagte", "die Halle sei leer")]),
    ("Wer das Feuer gelegt habe, könne man noch nicht sagen, erklärte die Polizei.", []),
]


@pytest.mark.parametrize(("text", "expected"), CANNOT_SAY)
def test_cannot_say(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NOUN_AFTER_COMMA = [
    ("Der Fahrer weigerte sich, Angaben zu machen.", []),
    # the verb after "wie": as before
    ("Die Straße war gesperrt, wie Zeugen angaben.", [("Zeugen", "angaben", "Die Straße war gesperrt")]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_AFTER_COMMA)
def test_noun_after_comma(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


OWNED_OBJECT_TAG = [
    ("Der Zaun sei zu teuer, begründete die Gemeinde ihre Ablehnung.",
     [("die Gemeinde", "begründete", "Der Zaun sei zu teuer")]),
    ("Die Regeln gälten für alle, erläuterte der Wirt seine Haltung.",
     [("der Wirt", "erläuterte", "Die Regeln gälten für alle")]),
    # giving reasons with no tag and no clause: no words reported
    ("Die Ministerin begründete den Schritt.", []),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_OBJECT_TAG)
def test_owned_object_tag(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


IMPERSONAL_AFTER_ADVERB = [
    ("Zunächst hieß es, die Schule bleibe geschlossen.", [(None, "hieß es", "die Schule bleibe geschlossen")]),
    ("Später hieß es aus dem Landratsamt, die Schule bleibe geschlossen.",
     [("dem Landratsamt", "hieß es aus", "die Schule bleibe geschlossen")]),
    # "laut" after the tag: that phrase's one record
    ("Zunächst hieß es laut Radio Nord, dass die Schule zu bleibe.",
     [("Radio Nord", "laut", "Zunächst hieß es dass die Schule zu bleibe")]),
]


@pytest.mark.parametrize(("text", "expected"), IMPERSONAL_AFTER_ADVERB)
def test_impersonal_after_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


IMPERSONAL_PERFECT = [
    ("Am Morgen hatte es seitens der Klinik geheißen, zwei Pfleger seien erkrankt.",
     [("der Klinik", "geheißen", "zwei Pfleger seien erkrankt")]),
    ("Zuvor hatte es geheißen, die Fähre fahre wieder.", [(None, "geheißen", "die Fähre fahre wieder")]),
    ("Die Fähre fahre wieder, hatte es am Abend geheißen.", [(None, "geheißen", "Die Fähre fahre wieder")]),
    ("Wie es aus dem Hafenamt geheißen hatte, fährt die Fähre wieder.",
     [("dem Hafenamt", "geheißen", "fährt die Fähre wieder")]),
    # welcoming, approving: no tag
    ("Der Bürgermeister hat die Besucher willkommen geheißen.", []),
]


@pytest.mark.parametrize(("text", "expected"), IMPERSONAL_PERFECT)
def test_impersonal_perfect(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PASSIVE_PAST_ADVERBS = [
    ("Bereits am Mittag war gemeldet worden, dass die Fähre ausfalle.",
     [(None, "war gemeldet worden", "die Fähre ausfalle")]),
    ("Schon zuvor war berichtet worden, die Fähre falle aus.", [(None, "war berichtet worden", "die Fähre falle aus")]),
    # a subject before the auxiliary: no report
    ("Die Reederei wurde am Abend informiert, dass die Fähre ausfalle.", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_PAST_ADVERBS)
def test_passive_past_adverbs(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


HEARSAY_PARAGRAPH_BETWEEN = [
    # a hearsay paragraph right after the speaker's: the Konjunktiv paragraph after it goes on from the speaker
    (("Die Wirtin sagte, der Keller sei voll Wasser.\n\nDann soll eine Scheune eingestürzt sein.\n\n"
      "Der Bauer sei rechtzeitig hinausgelaufen."),
     [("Die Wirtin", "sagte", "der Keller sei voll Wasser"),
      (None, "soll", "Dann soll eine Scheune eingestürzt sein"),
      ("Die Wirtin", None, "Der Bauer sei rechtzeitig hinausgelaufen")]),
]


@pytest.mark.parametrize(("text", "expected"), HEARSAY_PARAGRAPH_BETWEEN)
def test_hearsay_paragraph_between(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COLON_THEN_TAGGED_QUOTE = [
    # narration, a colon, then a quote with its tag after it: the quote alone is what the speaker said
    ("Auch der Torwart hatte Probleme mit dem Knie: „Das muss man sich anschauen“, erklärte der Trainer.",
     [("der Trainer", "erklärte", "Das muss man sich anschauen")]),
    ('Die Abwehr stand schlecht: "Wir waren nicht wach", sagte Kapitänin Lea Brandt.',
     [("Kapitänin Lea Brandt", "sagte", "Wir waren nicht wach")]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_THEN_TAGGED_QUOTE)
def test_colon_then_tagged_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


JUDGED_NAME = [
    ("Der Mieterbund nannte die Erhöhung unzumutbar.", [("Der Mieterbund", "nannte", "die Erhöhung unzumutbar")]),
    ("Die Grünen nannten den Beschluss einen Fehler.", [("Die Grünen", "nannten", "den Beschluss einen Fehler")]),
    ("Die Ärztin nannte die Wartezeiten „nicht hinnehmbar“.",
     [("Die Ärztin", "nannte", "die Wartezeiten „nicht hinnehmbar“")]),
    # a count named, and a name withheld: as before
    ("Das Amt nannte 40 Verletzte.", [("Das Amt", "nannte", "40 Verletzte")]),
    ("Die Polizei nannte den Namen des Fahrers nicht.", []),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED_NAME)
def test_judged_name(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ADVERBIAL_CLAUSE = [
    # a cue inside a fronted adverbial clause: the main clause after it is no one's claim
    ("Nachdem die Stadt den Umzug bestätigt hatte, begannen die Bauarbeiten.", []),
    ("Obwohl der Wirt versichert hatte, der Saal sei sicher, kam es zu einem Unfall.",
     [("der Wirt", "versichert", "der Saal sei sicher")]),
    ("Nachdem die Feuerwehr mitgeteilt hatte, dass das Feuer aus sei, kehrten die Gäste zurück.",
     [("die Feuerwehr", "mitgeteilt", "das Feuer aus sei")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBIAL_CLAUSE)
def test_adverbial_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SO_WITH_CLAUSE = [
    # "So" before the cue, then a clause in Konjunktiv I: that clause, not the sentence before
    ("Die Kassen sind leer. So erklärte die Kämmerin, das Defizit sei gewachsen.",
     [("die Kämmerin", "erklärte", "das Defizit sei gewachsen")]),
    # the object pronoun before the speaker of a tag pointing back is no part of the speaker
    ("Die Kassen sind leer. So sagte es die Kämmerin.", [("die Kämmerin", "sagte", "Die Kassen sind leer")]),
]


@pytest.mark.parametrize(("text", "expected"), SO_WITH_CLAUSE)
def test_so_with_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ROLE_BEFORE_COLON = [
    # a sentence about a person by role, closing on a colon before a quote that ends the paragraph: theirs
    ("Der Trainer war zufrieden: „Wir haben hart gearbeitet.“", [("Der Trainer", ":", "Wir haben hart gearbeitet")]),
    ("Der Landrat zeigte sich offen: „Wir reden mit allen.“", [("Der Landrat", ":", "Wir reden mit allen")]),
    # a thing before the colon names no speaker
    ("Die Lage im Tal ist ernst: „Keiner weiß, was kommt.“", []),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BEFORE_COLON)
def test_role_before_colon(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ROLE_ARTICLE_NAME = [
    # a name after an article and a role opening a sentence is a person a later pronoun may mean
    (("„Wir brauchen Ruhe“, sagte der Abgeordnete Paul Brenner.\n\nDer Grünen-Politiker Timo Falk hält dagegen. "
      "Der Plan sei falsch, betonte er."), "Timo Falk"),
]


@pytest.mark.parametrize(("text", "name"), ROLE_ARTICLE_NAME)
def test_role_article_name(text: str, name: str) -> None:
    assert attributions(text, "de")[-1].source_name == name


NARRATED_SPEAKER_GOES_ON = [
    # a speaker introduced without a cue, then two Konjunktiv I sentences: both theirs, not an earlier speaker's
    (("Die Suche blieb laut einer Sprecherin ohne Erfolg.\n\nDie Wirtin zeigte sich betroffen. Es sei der zweite "
     "Einbruch. Sie wolle nun eine Kamera anbringen."),
     ["einer Sprecherin", "Die Wirtin", "Die Wirtin"]),
]


@pytest.mark.parametrize(("text", "speakers"), NARRATED_SPEAKER_GOES_ON)
def test_narrated_speaker_goes_on(text: str, speakers: list[str]) -> None:
    assert [a.source for a in attributions(text, "de")] == speakers


REPORTEDLY = [
    ("Dem Vernehmen nach hatte der Verein den Trainer schon entlassen.",
     [(None, "Dem Vernehmen nach", "Dem Vernehmen nach hatte der Verein den Trainer schon entlassen")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTEDLY)
def test_reportedly(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_POINTING_ADVERB = [
    # a fronted pronominal adverb is no speaker: the subject follows the verb
    ("Darüber hinaus sagte die Ministerin, die Lage sei ernst.", [("die Ministerin", "sagte", "die Lage sei ernst")]),
    ("Hierzu erklärte der Verband, man prüfe eine Klage.", [("der Verband", "erklärte", "man prüfe eine Klage")]),
    # the topic pointed back at, with a perfect and no object: no record naming "Darüber"
    ("Die Miete soll steigen. Darüber hatte zuerst das „Tageblatt“ berichtet.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_POINTING_ADVERB)
def test_fronted_pointing_adverb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SO_TAG_RELATIVE = [
    # the speaker's relative clause after a "so" tag is no part of the claim
    ("Die Halle sei zu klein, so Vereinschef Uwe Kehl, der dort selbst trainiert.",
     [("Vereinschef Uwe Kehl", "so", "Die Halle sei zu klein")]),
    ("Die Halle sei zu klein, so der Vereinschef, der dort trainiert, man brauche mehr Platz.",
     [("der Vereinschef", "so", "Die Halle sei zu klein man brauche mehr Platz")]),
]


@pytest.mark.parametrize(("text", "expected"), SO_TAG_RELATIVE)
def test_so_tag_relative(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


UNLISTED_ROLE = [
    # a capitalised role no list has before a first name: the name alone, and no other role's antecedent
    ("Die Straße sei zu eng, so Ortsbeirätin Jana Stolz.\n\nDer Landrat sagte, man prüfe das.",
     ["Jana Stolz", None]),
]


@pytest.mark.parametrize(("text", "names"), UNLISTED_ROLE)
def test_unlisted_role(text: str, names: list[str | None]) -> None:
    assert [a.source_name for a in attributions(text, "de")] == names


QUOTED_WITH_WORDS = [
    # a medium quoting someone "mit den Worten": the one quoted speaks, after a comma or a colon
    ("Das Blatt zitierte den Bauherrn mit den Worten, man liege im Plan.",
     [("den Bauherrn", "zitierte", "man liege im Plan")]),
    ("Das Blatt zitierte die Architektin mit den Worten: „Wir liegen im Plan.“",
     [("die Architektin", "zitierte", "Wir liegen im Plan")]),
    # the tag after a claim: the one quoted speaks too, the medium relays (de41)
    ("Der Bau liege im Plan, zitierte das Blatt einen Bauleiter.", [("einen Bauleiter", "zitierte", "Der Bau liege im Plan")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_WITH_WORDS)
def test_quoted_with_words(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SPOKEN_THROUGH = [
    # "ließ … mitteilen/erklären/ausrichten": one split cue, the infinitive no cue of its own
    ("Die Reederei ließ mitteilen, die Fähre fahre wieder.", [("Die Reederei", "ließ mitteilen", "die Fähre fahre wieder")]),
    ("Sie sei unschuldig, ließ die Sängerin über ihren Anwalt erklären.",
     [("die Sängerin", "ließ erklären", "Sie sei unschuldig")]),
    # told, not telling
    ("Die Ministerin ließ sich die Pläne erklären.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_THROUGH)
def test_spoken_through(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


PLACE_NOUN_NO_SPEAKER = [
    # a source word inside a prepositional phrase of a narration sentence is a place, no new speaker
    (("Die Feuerwehr teilte mit, ein Kind sei verletzt worden. Es wurde ins Krankenhaus gebracht. "
     "Lebensgefahr bestehe nicht."),
     [("Die Feuerwehr", "teilte mit", "ein Kind sei verletzt worden"), ("Die Feuerwehr", None, "Lebensgefahr bestehe nicht")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_NOUN_NO_SPEAKER)
def test_place_noun_no_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


TAG_NOT_CONTENT = [
    # a participle cue before a tag after the comma does not read the tag as its clause
    ("Der Wirt soll Bargeld angenommen haben, berichtet die Lokalzeitung.",
     [("die Lokalzeitung", "berichtet", "Der Wirt soll Bargeld angenommen haben")]),
    ("Die Stadt hat angenommen, dass der Brand gelegt wurde.", [("Die Stadt", "angenommen", "der Brand gelegt wurde")]),
]


@pytest.mark.parametrize(("text", "expected"), TAG_NOT_CONTENT)
def test_tag_not_content(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
