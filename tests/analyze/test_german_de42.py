"""German attribution by construction (issue 10, de42): a dative pronoun fronted before an answering verb, summing
up and clearing up as split cues, a diagnosis as a finding, a noun object that ends at a second verb, a tag joined
by "und" to a second cue, the tag after a quotation a colon opened, "wollen" with a perfect infinitive (a claim by
its subject), an accusative object fronted before "hält … für", "soll" in a clause a dash opens, talk of something
by a body after "seitens", specifying as a verb of saying, a pointing dative alone as no source, and the type of
statements named by an adjective of the state, and a sentence naming the speaker closed by a colon before the
quote (a verb of a tag with its object, a fronted phrase, "für", a body of the state), and a decimal comma inside
a claim an according-to phrase interrupts, a quote headline labelled with a role and a surname, an adverb between a
tag's verb and its speaker, a "so" tag whose quotation goes on in Konjunktiv I after the speaker, a
judgement "als" followed by a reason in Konjunktiv, and a tagless quote paragraph after a paragraph opening on a
person named in full; finding and confessing as verbs of a clause; a quoted medium between a cue and its comma. Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, full_rows, rows_in

run = rows_in("de")

DATIVE_FRONTED = [
    # "Dem" points back at what was said before: the subject follows the verb
    ("Die Klägerin verlangte Schadenersatz. Dem widersprach die Firma, der Vertrag sei gültig.",
     [("die Firma", "widersprach", "der Vertrag sei gültig")]),
    ("Die Gemeinde plant eine Umgehung. Dem entgegnete der Landrat: „Dafür fehlt das Geld.“",
     [("der Landrat", "entgegnete", "Dafür fehlt das Geld")]),
    # as the article of a source noun it stays part of the source
    ("Dem Gutachten zufolge ist die Halle marode.", [("Dem Gutachten", "zufolge", "ist die Halle marode")]),
]

SPLIT_SUMMING_UP = [
    ("Die Gutachterin fasste am Ende zusammen, dass die Decke nicht tragfähig sei.",
     [("Die Gutachterin", "fasste zusammen", "die Decke nicht tragfähig sei")]),
    ("Am Morgen klärte der Schulleiter vor den Eltern auf: „Niemand war in Gefahr.“",
     [("der Schulleiter", "klärte auf", "Niemand war in Gefahr")]),
    # the object alone is no report: a result summed up, a case solved
    ("Der Ausschuss fasste die Vorschläge zusammen.", []),
    ("Die Kripo klärte den Einbruch rasch auf.", []),
]

DIAGNOSIS = [
    ("Die Teamärztin diagnostizierte eine Zerrung im Oberschenkel.",
     [("Die Teamärztin", "diagnostizierte", "eine Zerrung im Oberschenkel")]),
]

OBJECT_THEN_VERB = [
    # a noun object ends at a comma and a second verb of saying of the same subject
    ("Der Bürgermeister bestätigte die Schließung, betonte aber, dass niemand entlassen werde.",
     [("Der Bürgermeister", "bestätigte", "die Schließung"),
      ("Der Bürgermeister", "betonte", "niemand entlassen werde")]),
    # a sentence adverb alone between the second verb and its comma is no speaker
    ("Die Reederei bestätigte den Ausfall, betonte gleichzeitig, dass die Fähre morgen fahre.",
     [("Die Reederei", "bestätigte", "den Ausfall"), ("Die Reederei", "betonte", "die Fähre morgen fahre")]),
    # "aber" before the comma after a cue is no part of the claim
    ("Die Trainerin sagte aber, der Platz sei zu nass.", [("Die Trainerin", "sagte", "der Platz sei zu nass")]),
]

TAG_AND_SECOND_CUE = [
    # "sagte sie und fügte an": the tag's speaker is the second cue's subject
    ("„Wir haben gut gespielt“, sagte die Kapitänin und fügte nach dem Abpfiff an: „Das reicht aber nicht.“",
     [("die Kapitänin", "sagte", "Wir haben gut gespielt"), ("die Kapitänin", "fügte an", "Das reicht aber nicht")]),
    ("Die Halle sei zu klein, erklärte der Wirt am Sonntag und ergänzte, dass ein Anbau geplant sei.",
     [("der Wirt", "erklärte", "Die Halle sei zu klein"), ("der Wirt", "ergänzte", "ein Anbau geplant sei")]),
]

TAG_PAST_COLON = [
    # a colon opens the quote, a tag after it names the verb of saying: one record, the tag's
    ("Die Pilotin gab Entwarnung: „Das Triebwerk läuft wieder“, sagte sie.",
     [("sie", "sagte", "Das Triebwerk läuft wieder")]),
    # a quotation that opens a clause before its split tag stays that tag's claim
    ("„Zwölf Häuser“ seien betroffen, teilte die Bürgermeisterin am Abend mit.",
     [("die Bürgermeisterin", "teilte mit", "„Zwölf Häuser“ seien betroffen")]),
    # with no tag after it the colon's verb is the cue
    ("Der Kapitän teilte mit: „Die Fähre fährt wieder.“", [("Der Kapitän", "teilte mit", "Die Fähre fährt wieder")]),
]


@pytest.mark.parametrize(("text", "expected"), DATIVE_FRONTED)
def test_dative_pronoun_fronted(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_SUMMING_UP)
def test_summing_up_and_clearing_up(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), DIAGNOSIS)
def test_diagnosis_as_finding(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), OBJECT_THEN_VERB)
def test_noun_object_ends_at_second_verb(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TAG_AND_SECOND_CUE)
def test_tag_joined_to_second_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TAG_PAST_COLON)
def test_tag_after_colon_quote(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CLAIMED = [
    # "wollen" and a perfect infinitive: the subject claims it of itself
    ("Die Kassiererin will den Räuber vorher schon einmal gesehen haben.",
     [("Die Kassiererin", "will", "den Räuber vorher schon einmal gesehen haben")]),
    ("In der Nacht wollen zwei Anwohner laute Stimmen gehört haben.",
     [("zwei Anwohner", "wollen", "laute Stimmen gehört haben")]),
    # verb-final in a relative clause, the noun phrase before it speaks
    ("Die Polizei sucht einen Radfahrer, der den Unfall beobachtet haben will.",
     [("einen Radfahrer", "will", "den Unfall beobachtet haben")]),
    # with a plain infinitive it is a plan or a wish, no claim
    ("Der Verein will im Sommer ein neues Stadion bauen.", []),
    ("Die Gemeinde will künftig mehr Geld haben.", []),
]

HELD_FOR = [
    # an accusative object before the verb: it and the judgement are what is held
    ("Den Entwurf hält der Betriebsrat für unausgegoren.",
     [("der Betriebsrat", "hält für", "Den Entwurf unausgegoren")]),
    ("Auch einen zweiten Antrag hielt die Richterin für unzulässig.",
     [("die Richterin", "hielt für", "Auch einen zweiten Antrag unzulässig")]),
    # the subject first, as before
    ("Die Gewerkschaft hält den Entwurf für unausgegoren.",
     [("Die Gewerkschaft", "hält für", "den Entwurf unausgegoren")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMED)
def test_claim_by_own_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), HELD_FOR)
def test_object_fronted_before_held_for(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DASHED_WHERE = [
    # a "wo" clause after a dash holds the hearsay, as after a comma
    ("Die Spur führt zum Hafen – wo der Dieb auf ein Boot gestiegen sein soll.",
     [(None, "soll", "wo der Dieb auf ein Boot gestiegen sein soll")]),
]

TALK_BY = [
    # "seitens" names who talked of it
    ("Seitens der Reederei war zuletzt von drei Vermissten die Rede.",
     [("der Reederei", "war die Rede", "drei Vermissten")]),
    ("Vonseiten des Landkreises ist derweil von zwei Wochen die Rede.",
     [("des Landkreises", "ist die Rede", "zwei Wochen")]),
]

SPECIFYING = [
    ("„Gemeint sind etwa zehn Tage“, konkretisierte der Arzt die Pause.",
     [("der Arzt", "konkretisierte", "Gemeint sind etwa zehn Tage")]),
    # its object alone is no report
    ("Die Stadt konkretisierte die Baupläne.", []),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_WHERE)
def test_hearsay_in_dashed_where_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), TALK_BY)
def test_talk_of_by_body(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPECIFYING)
def test_specifying_as_saying(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


POINTING_DATIVE_ALONE = [
    # "Dem" with no claim after the verb is no speaker
    ("Die Kasse schloss mit einem Plus. Dem widersprach der Kämmerer deutlich.", []),
]

STATE_STATEMENTS = [
    ("Nach amtlichen Angaben ertranken zwei Urlauber.", "official"),
    ("Offiziellen Angaben zufolge brannten vier Hallen.", "official"),
    ("Nach polnischen Angaben brannten vier Hallen.", "official"),  # (de44: a state's statements, as in the gold of x29)
    ("Die Bundesanwaltschaft teilte mit, die Männer seien festgenommen worden.", "official"),
    # a sports club by the prefix of its name
    ("Der VfL Wolfsburg bestätigte, dass der Torwart ausfällt.", "organization"),
    ("Der FC Augsburg teilte mit, der Vertrag sei verlängert.", "organization"),
    # people by kin, side or sport, and the feminine endings of persons
    ("Die Großeltern sagten, das Dorf sei ruhig gewesen.", "person"),
    ("Die Turnerin sagte, sie sei erleichtert.", "person"),
    ("Die Zuschauer riefen, der Schiedsrichter habe gepfuscht.", "person"),
]


@pytest.mark.parametrize(("text", "expected"), POINTING_DATIVE_ALONE)
def test_pointing_dative_alone(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATE_STATEMENTS)
def test_state_statement_type(text: str, expected: str) -> None:
    assert [r[4] for r in full_rows(text, "de")] == [expected]


COLON_SENTENCE = [
    # a verb of a tag with its object before the colon: its cue
    ("Die Kapitänin lobte die Fans: „Ihr wart großartig.“", [("Die Kapitänin", "lobte", "Ihr wart großartig")]),
    # a fronted phrase, the subject after the verb
    ("Nach der Sitzung war die Landrätin verärgert: „Das war respektlos.“",
     [("die Landrätin", ":", "Das war respektlos")]),
    # the one something is clear to, after "für"
    ("Für die Gutachterin ist klar: „Die Brücke muss gesperrt werden.“",
     [("die Gutachterin", ":", "Die Brücke muss gesperrt werden")]),
    # a body of the state, after a focusing adverb
    ("Auch die Feuerwehr zog eine ruhige Bilanz: „Es gab kaum Einsätze.“",
     [("die Feuerwehr", ":", "Es gab kaum Einsätze")]),
    # nobody named before the colon
    ("Im Hafen war die Lage angespannt: „Wir warten auf Hilfe.“", []),
]


@pytest.mark.parametrize(("text", "expected"), COLON_SENTENCE)
def test_colon_sentence_names_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DECIMAL_COMMA = [
    # a decimal comma is no clause boundary after an interpolated according-to phrase
    ("Die Radlerin hatte laut Polizei 1,4 Promille im Blut.",
     [("Polizei", "laut", "Die Radlerin hatte 1,4 Promille im Blut")]),
    ("Der Pegel lag nach Angaben des Landkreises bei 4,2 Metern.",
     [("des Landkreises", "nach Angaben", "Der Pegel lag bei 4,2 Metern")]),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL_COMMA)
def test_decimal_comma_in_interrupted_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_role_and_surname_headline() -> None:
    # "Trainerin Vogt: „Q“": the title's label speaks, its surname the name, though the body's tag is a pronoun
    rows = full_rows("Nach dem Pokalaus wirkte Trainerin Anja Vogt gefasst. „Wir kommen zurück“, sagte sie.", "de",
                     title="Trainerin Vogt: „Wir kommen zurück“")
    assert rows[0][:4] == ("Trainerin Vogt", "Vogt", ":", "Wir kommen zurück")


ADVERB_IN_TAG = [
    ("„Die Halle bleibt offen“, sagte anschließend die Hausmeisterin.",
     [("die Hausmeisterin", "sagte", "Die Halle bleibt offen")]),
    ("„Die Halle bleibt offen“, sagte die Hausmeisterin anschließend.",
     [("die Hausmeisterin", "sagte", "Die Halle bleibt offen")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERB_IN_TAG)
def test_adverb_before_tag_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SO_GOES_ON = [
    # after "so X," a Konjunktiv I clause goes on with the quotation: one record, two parts
    ("„Der Keller stand unter Wasser“, so die Wirtin, danach sei der Strom ausgefallen.",
     [("die Wirtin", "so", "Der Keller stand unter Wasser danach sei der Strom ausgefallen")]),
    # an indicative clause of the writer's is no part of it
    ("„Der Keller stand unter Wasser“, so die Wirtin.", [("die Wirtin", "so", "Der Keller stand unter Wasser")]),
]


@pytest.mark.parametrize(("text", "expected"), SO_GOES_ON)
def test_so_tag_goes_on_in_konjunktiv(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


JUDGED_AS = [
    # the object and its "als" phrase before the comma are the claim, not the Konjunktiv reason after it
    ("Die Vermieterin bezeichnete die Forderung als überzogen, sei die Wohnung doch frisch renoviert.",
     [("Die Vermieterin", "bezeichnete", "die Forderung als überzogen")]),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED_AS)
def test_judged_as_before_reason(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NEW_SPEAKER = [
    # a tagless quotation paragraph after a paragraph with no record that opens on a person named in full
    ("Die Schulleiterin Karin Holt trat vor die Eltern.\n\n„Wir öffnen am Montag wieder.“",
     [("Karin Holt", None, "Wir öffnen am Montag wieder")]),
    # nobody named: no speaker
    ("Der Sturm zog am Morgen über die Stadt.\n\n„Ich habe nur Wind gehört.“", []),
]


@pytest.mark.parametrize(("text", "expected"), NEW_SPEAKER)
def test_quote_after_paragraph_naming_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FINDING_CONFESSING = [
    ("Die Anwohner fanden, die Straße sei zu laut.", [("Die Anwohner", "fanden", "die Straße sei zu laut")]),
    ("„Ich war nervös“, bekannte die Sängerin.", [("die Sängerin", "bekannte", "Ich war nervös")]),
    # an object found is no report
    ("Die Taucher fanden das Wrack am Abend.", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDING_CONFESSING)
def test_finding_and_confessing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_quoted_medium_before_comma() -> None:
    # "sagte laut „X“, C": the claim starts after the comma, the quoted medium no part of it
    rows = run("Die Torhüterin sagte laut „Sportblatt“, sie sei im Mai wieder fit.")
    assert ("Die Torhüterin", "sagte", "sie sei im Mai wieder fit") in rows
