"""German attribution by construction (issue 10, de44): a postposed source phrase of an adjective and its noun after
the clause's verb ("blieb amtlichen Angaben zufolge"), statements a state owns through its nationality adjective or
its letters (official), a club's manager, a messenger channel and one news medium as source types, a "so" tag whose
speaker opens with a possessive ("so ihr Anwalt"), and a "so" tag inside the sentence after a closed quotation (the
tag of the sentence, not of the quotation). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, full_rows, rows_in

run = rows_in("de")

ADJECTIVE_POSTPOSED = [
    # the source is the adjective and its noun, not the subject and verb before them
    ("Die Fähre lag amtlichen Angaben zufolge zwei Tage im Hafen fest.",
     [("amtlichen Angaben", "zufolge", "Die Fähre lag zwei Tage im Hafen fest")]),
    ("Der Vorstoß der Truppen scheiterte britischen Angaben zufolge am Widerstand der Verteidiger.",
     [("britischen Angaben", "zufolge", "Der Vorstoß der Truppen scheiterte am Widerstand der Verteidiger")]),
    # an adverb between the verb and the adjective stays with the claim
    ("Die Armee räumte dagegen offiziellen Angaben zufolge drei Dörfer.",
     [("offiziellen Angaben", "zufolge", "Die Armee räumte dagegen drei Dörfer")]),
    # the plural verb after its subject is no adjective: the bare noun is the source
    ("Die Einbrecher flohen Zeugen zufolge in einem grauen Wagen.",
     [("Zeugen", "zufolge", "Die Einbrecher flohen in einem grauen Wagen")]),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVE_POSTPOSED)
def test_adjective_source_before_postposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SOURCE_TYPES = [
    ("Die Flotte verlor nach türkischen Angaben zwei Schiffe.", "türkischen Angaben", "official"),
    ("Nach US-Angaben wurden drei Brücken beschädigt.", "US-Angaben", "official"),
    ("Die Mannschaft sei müde, sagte der Manager des Vereins.", "der Manager des Vereins", "person"),
    ("Die Brücke ist zerstört. Das meldete der regierungsnahe Telegram-Kanal „Nordfront“.", "der regierungsnahe Telegram-Kanal",
     "social_media"),
    ("Das kritische Medium „Nowaja“ berichtete, die Wahl sei gefälscht worden.", "Das kritische Medium „Nowaja“", "media"),
]


@pytest.mark.parametrize(("text", "source", "kind"), SOURCE_TYPES)
def test_german_source_types(text: str, source: str, kind: str) -> None:
    rows = {row[0]: row[4] for row in full_rows(text, "de")}
    assert rows.get(source) == kind


SO_TAG = [
    # a possessive opens the speaker of a "so" tag inside the sentence
    ("Vorher, so ihr Anwalt, habe die Mieterin nie Ärger gemacht.",
     [("ihr Anwalt", "so", "Vorher habe die Mieterin nie Ärger gemacht")]),
    ("Das Dach, so seine Sprecherin, müsse neu gedeckt werden.",
     [("seine Sprecherin", "so", "Das Dach müsse neu gedeckt werden")]),
    # "so" before a possessive with no speaker noun is a degree, no tag
    ("Der Regen kam, so sein Eindruck, viel zu früh.", []),
]


@pytest.mark.parametrize(("text", "expected"), SO_TAG)
def test_so_tag_possessive_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_so_tag_after_closed_quotation() -> None:
    # the sentence after a closed quotation has its own "so" tag: its words are no speaker of the quotation
    rows = run('„Wir sind zufrieden.“ Die neue Halle, so Trainerin Ute Brandt, "ist ein großer Gewinn."')
    assert ("Die neue Halle", "so", "Wir sind zufrieden") not in [(r[0], r[1], r[2]) for r in rows]
    assert any(r[0] == "Trainerin Ute Brandt" and r[1] == "so" for r in rows)


MORE_SOURCE_TYPES = [
    # officials by their noun are the state's; a channel after an adjective is a messenger's
    ("Die Brücke sei gesprengt worden, sagten Marinebeamte.", "Marinebeamte", "official"),
    ("Die Stadt ist eingeschlossen. Das meldete der kremlnahe Militär-Kanal.", "der kremlnahe Militär-Kanal", "social_media"),
]


@pytest.mark.parametrize(("text", "source", "kind"), MORE_SOURCE_TYPES)
def test_officials_and_channels(text: str, source: str, kind: str) -> None:
    rows = {row[0]: row[4] for row in full_rows(text, "de")}
    assert rows.get(source) == kind


TELLING_LATER = [
    # an infinitive cue after a future or modal auxiliary and before a clause of condition tells later
    ("Der Veranstalter wird den Termin bekanntgeben, sobald die Halle frei ist.", []),
    ("Die Klinik kann mehr sagen, sofern die Befunde vorliegen.", []),
    # a Konjunktiv after the condition is what was said
    ("Der Landrat will erklären, falls die Straße gesperrt bleibe, fahre ein Ersatzbus.",
     [("Der Landrat", "erklären", "falls die Straße gesperrt bleibe, fahre ein Ersatzbus")]),
]


@pytest.mark.parametrize(("text", "expected"), TELLING_LATER)
def test_telling_later_is_no_claim(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


COUNTED_PARTICIPLE = [
    # a participle after a count is an adjective before its noun, no cue
    ("Die Seite schrieb, es gebe sieben gemeldete Verstöße.", [("Die Seite", "schrieb", "es gebe sieben gemeldete Verstöße")]),
    ("Bis Freitag gab es 12 bestätigte Infektionen.", []),
    # a year before the verb is no count
    ("Im Jahr 2019 bestätigte Direktorin Lena Voss, dass die Schule schließt.",
     [("Direktorin Lena Voss", "bestätigte", "die Schule schließt")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_PARTICIPLE)
def test_participle_after_count(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INVERTED_OBJECT = [
    # after a fronted phrase, an object with its prepositional attribute closing the sentence is what was expected
    ("Für den Winter erwarten die Forscher einen Anstieg von drei Grad.",
     [("die Forscher", "erwarten", "einen Anstieg von drei Grad")]),
    # a meeting is no report
    ("Am Dienstag traf die Ministerin den Bürgermeister in Köln.", []),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_OBJECT)
def test_inverted_object_with_attribute(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FORECAST_SPLIT = [
    ("Das Wahlforum sagt den Grünen elf Prozent voraus.", [("Das Wahlforum", "sagt voraus", "elf Prozent")]),
    # calling off is no forecast
    ("Die Sängerin sagte das Konzert ab.", []),
]


@pytest.mark.parametrize(("text", "expected"), FORECAST_SPLIT)
def test_forecast_split_particle(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_million_abbreviation_ends_no_sentence() -> None:
    # "Mio." before its currency belongs to the figure: the claim runs on
    rows = run("Die Analysten erwarten durchschnittlich 12,5 Mio. Euro Umsatz im Quartal.")
    assert rows == [("Die Analysten", "erwarten", "durchschnittlich 12,5 Mio. Euro Umsatz im Quartal")]


STATE_HEARSAY = [
    # "soll" with a state no one plans before "sein" is hearsay
    ("Zwei Vereine aus England sollen an der Stürmerin interessiert sein.",
     [(None, "sollen", "Zwei Vereine aus England sollen an der Stürmerin interessiert sein")]),
    ("Der Beifahrer soll schwer verletzt sein.", [(None, "soll", "Der Beifahrer soll schwer verletzt sein")]),
    # a state that is planned stays a plan
    ("Das Freibad soll ab Juni geöffnet sein.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATE_HEARSAY)
def test_soll_with_state(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


VIEW_OF = [
    ("Aus Sicht der Gutachterin ist die Mauer nicht mehr standsicher.",
     [("der Gutachterin", "Aus Sicht", "ist die Mauer nicht mehr standsicher")]),
    ("Die Lage ist aus Sicht der Feuerwehr unter Kontrolle.",
     [("der Feuerwehr", "aus Sicht", "Die Lage ist unter Kontrolle")]),
]


@pytest.mark.parametrize(("text", "expected"), VIEW_OF)
def test_view_of_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SOURCE_BEFORE_WITH = [
    # a "mit" phrase after an interpolated source belongs to the clause, not to the source
    ("Der Kurs dürfte laut Landesbank mit dem Jahresbericht steigen.",
     [("Landesbank", "laut", "Der Kurs dürfte mit dem Jahresbericht steigen")]),
    # at the sentence's start it stays the source's
    ("Laut einer Frau mit Kinderwagen fuhr der Wagen zu schnell.",
     [("einer Frau mit Kinderwagen", "Laut", "fuhr der Wagen zu schnell")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_BEFORE_WITH)
def test_interpolated_source_ends_before_mit(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


NOT_KNOWN = [
    # a negated verb of knowing before its question clause claims nothing
    ("Am Abend wussten die Ärzte noch nicht, wann die Patientin aufwacht.", []),
    # knowing what is the case is a claim
    ("Die Nachbarin wusste, dass der Keller feucht war.", [("Die Nachbarin", "wusste", "der Keller feucht war")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_KNOWN)
def test_negated_knowing(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_source_after_von_adjective() -> None:
    # "nach Angaben von" before an adjective and its noun: the adjective opens the source
    rows = full_rows("Nach Angaben von örtlichen Behörden brannten drei Scheunen.", "de")
    assert [(r[0], r[4]) for r in rows] == [("örtlichen Behörden", "official")]


def test_military_representatives_official() -> None:
    rows = full_rows("Nach Angaben von polnischen Militärvertretern wurden zwei Ballons gesichtet.", "de")
    assert [(r[0], r[4]) for r in rows] == [("polnischen Militärvertretern", "official")]


def test_citing_phrase_cut_from_as_tag_source() -> None:
    # "…, wie X unter Berufung auf Y berichten": X is the source
    rows = run("Die Fähre fällt aus, wie norwegische Zeitungen unter Berufung auf die Reederei berichten.")
    assert ("norwegische Zeitungen", "berichten", "Die Fähre fällt aus") in rows


ACCORDING_GEMAESS = [
    # "gemäss"/"gemäß" before a source, as "laut"
    ("Der Lastwagen geriet gemäss Augenzeugen ins Schleudern.",
     [("Augenzeugen", "gemäss", "Der Lastwagen geriet ins Schleudern")]),
    ("Gemäß Polizei blieb der Fahrer unverletzt.", [("Polizei", "Gemäß", "blieb der Fahrer unverletzt")]),
    # a rule, a contract or an order after it is no source
    ("Gemäß dem Vertrag trägt der Verein die Kosten.", []),
    ("Die Wahl läuft gemäss Reglement bis Freitag.", []),
    ("Gemäß der Verfassung wählt das Parlament den Präsidenten.", []),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_GEMAESS)
def test_according_gemaess(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_gemaess_measure_is_no_source() -> None:
    # "gemäß" before a measure or a possession means "in accordance with": no source
    assert run("Die Prämien werden gemäß ihrem Umsatz verteilt.") == []


def test_interpolated_source_ends_before_contracted_preposition() -> None:
    rows = run("Der Bus geriet laut Fahrgästen ins Rutschen.")
    assert rows == [("Fahrgästen", "laut", "Der Bus geriet ins Rutschen")]


EXTENDED_ATTRIBUTE = [
    # the object opens at the article before the phrase its participle governs
    ("Die Händler haben die von der Stadt im Frühjahr beschlossenen Gebühren kritisiert.",
     [("Die Händler", "kritisiert", "die von der Stadt im Frühjahr beschlossenen Gebühren")]),
    # a plain object stays as it was
    ("Die Eltern haben die Schließung der Schule kritisiert.",
     [("Die Eltern", "kritisiert", "die Schließung der Schule")]),
]


@pytest.mark.parametrize(("text", "expected"), EXTENDED_ATTRIBUTE)
def test_extended_attribute_object(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_findings_owned_by_police_official() -> None:
    # findings typed by their owner in the genitive, as statements are
    rows = full_rows("Der Fahrer war nach ersten Erkenntnissen der Polizei zu schnell unterwegs.", "de")
    assert [r[4] for r in rows] == ["official"]


def test_colon_before_quotation_ends_reported_clause() -> None:
    # "sagte, C: «Q»": C ends at the colon, the quotation is a record of its own
    rows = run("Die Kapitänin sagte, das Team sei müde: «Wir brauchen eine Pause.»")
    assert ("Die Kapitänin", "sagte", "das Team sei müde") in rows
    assert any(r[2] == "Wir brauchen eine Pause" for r in rows)


KONJUNKTIV_GOES_ON = [
    # a quoted name after an adjective in the subject keeps a Konjunktiv sentence a continuation
    ("Die Kosten seien zu hoch, so Stadträtin Eva Roth. Das vom Bürgermeister vorgelegte „Sparpaket“ sei zu spät gekommen.",
     [("Stadträtin Eva Roth", "so", "Die Kosten seien zu hoch"),
      ("Stadträtin Eva Roth", None, "Das vom Bürgermeister vorgelegte „Sparpaket“ sei zu spät gekommen")]),
]


@pytest.mark.parametrize(("text", "expected"), KONJUNKTIV_GOES_ON)
def test_konjunktiv_continuation_shapes(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


def test_konjunktiv_after_guillemet_quotation() -> None:
    # after a quotation in »…« closed by its full stop, a Konjunktiv sentence goes on with the speaker
    rows = run("Der Vorsitzende Jan Kurz sagte, die Lage sei ernst: »Wir haben alles versucht.« Die Schließung sei falsch.")
    assert any(r[1] is None and r[2] == "Die Schließung sei falsch" and "Jan Kurz" in str(r[0]) for r in rows)


IMPERSONAL_IN = [
    # the preposition before the document or place it came from is part of the cue, as "hieß es aus"
    ("Die Ernte falle schwach aus, hieß es im Bericht des Bauernverbands.",
     [("Bericht des Bauernverbands", "hieß es im", "Die Ernte falle schwach aus")]),
    ("Der Hafen bleibe gesperrt, heißt es in einer Mitteilung.",
     [("einer Mitteilung", "heißt es in", "Der Hafen bleibe gesperrt")]),
    # a time after it stays outside the cue
    ("Der Hafen bleibe gesperrt, hieß es in der Nacht.", [(None, "hieß es", "Der Hafen bleibe gesperrt")]),
]


@pytest.mark.parametrize(("text", "expected"), IMPERSONAL_IN)
def test_impersonal_cue_with_in(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CUE_WITH_PREPOSITION = [
    # the preposition between a statement noun and its source is the cue's, as the gold writes it
    ("Nach Angaben aus Warschau landeten zwei Drohnen.", [("Warschau", "Nach Angaben aus", "landeten zwei Drohnen")]),
    ("Die Mauer stürzte nach Angaben von Passanten ein.",
     [("Passanten", "nach Angaben von", "Die Mauer stürzte ein")]),
    ("Laut Auskunft der Rettungsleitstelle blieb niemand verletzt.",
     [("der Rettungsleitstelle", "Laut Auskunft", "blieb niemand verletzt")]),
]


@pytest.mark.parametrize(("text", "expected"), CUE_WITH_PREPOSITION)
def test_cue_keeps_preposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


ADVERB_AFTER_SOURCE = [
    # a set adverbial phrase after an interpolated source is the clause's
    ("Die Fähren fahren laut Reederei in der Regel stündlich.",
     [("Reederei", "laut", "Die Fähren fahren in der Regel stündlich")]),
    ("Der Markt schloss laut Betreiber aus diesem Grund früher.",
     [("Betreiber", "laut", "Der Markt schloss aus diesem Grund früher")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERB_AFTER_SOURCE)
def test_adverb_phrase_ends_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
