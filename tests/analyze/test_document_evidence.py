"""Documents and data as sources, a second round (issue 10, stop 25): a question word after an evidence verb is
what is shown, no claim ("viser hvordan …", `shown_question`); a two-word subordinator opens a fronted clause
before a V2 evidence verb ("Selv om …, viser tallene at C", `subordinator_pair`); a lone pronoun subject of an
evidence verb points back at figures or a report named in the sentence before ("De viser at C",
`document_pronoun`); a focus adverb before the document's preposition ("Det fremgår også af X."); a place adverb
pointing back at a document before "står det" ("Heri står det, at C", `back_place`). Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_attributions, bylined_rows

QUESTIONS: list[tuple[str, str]] = [
    ("Hver uke kommer det nye tall som viser hvordan det går med salget.", "no"),
    ("Varje vecka kommer nya siffror som visar hur det går för försäljningen.", "sv"),
    ("Hver uge kommer der nye tal, som viser, hvordan det går med salget.", "da"),
    ("Jede Woche erscheinen neue Zahlen, die zeigen, wie sich der Absatz entwickelt.", "de"),
]


@pytest.mark.parametrize("text,lang", QUESTIONS)
def test_shown_question_is_no_claim(text: str, lang: str) -> None:
    assert bylined_rows(text, lang) == []


FRONTED: list[tuple[str, str, list[Row]]] = [
    ("Selv om salget falt i mars, viser tallene at året gikk godt.", "no",
     [("tallene", "viser", "året gikk godt")]),
    ("Även om försäljningen föll i mars, visar siffrorna att året gick bra.", "sv",
     [("siffrorna", "visar", "året gick bra")]),
    ("Selv om salget faldt i marts, viser tallene, at året gik godt.", "da",
     [("tallene", "viser", "året gik godt")]),
    ("Selv om salget falt i mars, sier sjefen at året gikk godt.", "no", [("sjefen", "sier", "året gikk godt")]),
    # one word is no pair: "Selv" alone stays a fronted adverb
    ("Selv sier sjefen at året gikk godt.", "no", [("sjefen", "sier", "året gikk godt")]),
]


@pytest.mark.parametrize("text,lang,expected", FRONTED)
def test_two_word_subordinator(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


PRONOUNS: list[tuple[str, str, list[Row], str | None]] = [
    ("I går kom kontorets tall for salget. De viser at salget falt litt.", "no",
     [("De", "viser", "salget falt litt")], "kontorets tall"),
    ("I går kom byråns siffror för försäljningen. De visar att försäljningen föll något.", "sv",
     [("De", "visar", "försäljningen föll något")], "byråns siffror för försäljningen"),
    ("I går kom kontorets tal for salget. De viser, at salget faldt lidt.", "da",
     [("De", "viser", "salget faldt lidt")], "kontorets tal for salget"),
    ("Gestern erschienen die neuen Zahlen des Amtes. Sie zeigen, dass der Absatz leicht sank.", "de",
     [("Sie", "zeigen", "der Absatz leicht sank")], "Zahlen des Amtes"),
    ("The office released its figures on Monday. They show that sales fell slightly.", "en",
     [("They", "show", "sales fell slightly")], "its figures"),
]


@pytest.mark.parametrize("text,lang,expected,name", PRONOUNS)
def test_pronoun_points_back_at_figures(text: str, lang: str, expected: list[Row], name: str | None) -> None:
    found = bylined_attributions(text, lang)
    assert [(a.source, a.cue, a.content) for a in found] == expected
    assert [(a.source_name, a.source_type) for a in found] == [(name, "document")]


PEOPLE: list[tuple[str, str]] = [
    ("I går møtte vi sjefen og to ansatte. De viser at de er fornøyde.", "no"),
    ("Yesterday we met the manager and two workers. They show that they are happy.", "en"),
]


@pytest.mark.parametrize("text,lang", PEOPLE)
def test_pronoun_after_people_is_no_document(text: str, lang: str) -> None:
    assert bylined_rows(text, lang) == []


LEAD = {"sv": "Två vakter skadades vid rånet.", "no": "To vakter ble skadet under ranet.",
        "da": "To vagter blev såret under røveriet.", "de": "Zwei Wachleute wurden bei dem Überfall verletzt."}

BACK: list[tuple[str, str, list[Row]]] = [
    ("Det fremgår også af anklageskriftet.", "da", [("anklageskriftet", "fremgår", LEAD["da"][:-1])]),
    ("Det framgår också av åtalet.", "sv", [("åtalet", "framgår", LEAD["sv"][:-1])]),
    ("Det fremgår også av tiltalen.", "no", [("tiltalen", "fremgår", LEAD["no"][:-1])]),
    ("Das geht auch aus der Anklage hervor.", "de", [("der Anklage", "geht hervor", LEAD["de"][:-1])]),
]


@pytest.mark.parametrize("text,lang,expected", BACK)
def test_focus_before_document(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(f"{LEAD[lang]} {text}", lang) == expected


PLACES: list[tuple[str, str, Row]] = [
    ("Dommen kom i går. Heri står det, at de to mænd skal i fængsel.", "da",
     ("Heri", "står det", "de to mænd skal i fængsel")),
    ("Domen kom i går. Där står det att de två männen döms till fängelse.", "sv",
     ("Där", "står det", "de två männen döms till fängelse")),
]


@pytest.mark.parametrize("text,lang,expected", PLACES)
def test_place_adverb_points_back_at_document(text: str, lang: str, expected: Row) -> None:
    found = bylined_attributions(text, lang)
    assert [(a.source, a.cue, a.content) for a in found] == [expected]
    assert found[0].source_type == "document"  # what a text reads (`text_cue`)


NEGATED: list[tuple[str, str, list[Row]]] = [
    # a negated evidence verb shows nothing
    ("Af regnskabet fremgår dog ikke de samlede udgifter.", "da", []),
    ("Det framgår inte av domen att mannen var hemma.", "sv", []),
    ("Det fremgår ikke av vedtaket at hallen skal rives.", "no", []),
    # but a negation with an indefinite after it is a finding of none
    ("Målingene viste ikke noe stort fall i salget.", "no", [("Målingene", "viste", "ikke noe stort fall i salget")]),
    ("Målingerne viste ikke nogen stor nedgang i salget.", "da",
     [("Målingerne", "viste", "ikke nogen stor nedgang i salget")]),
    # a speech verb with it still says nothing
    ("Sjefen sa ikke noe om salget.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", NEGATED)
def test_negated_evidence(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


CONTACT: list[tuple[str, str, list[Row]]] = [
    ("Rapporten de la fram i går viser at salget falt.", "no", [("Rapporten de la fram i går", "viser", "salget falt")]),
    ("Rapporten de lade fram visar att försäljningen föll.", "sv",
     [("Rapporten de lade fram", "visar", "försäljningen föll")]),
    ("Tallene hun fremlagde viste, at salget faldt.", "da", [("Tallene hun fremlagde", "viste", "salget faldt")]),
    # the evidence verb inside the contact clause is no cue of the figures
    ("Siffrorna hon visade i fredags pekar åt samma håll.", "sv", []),
]


@pytest.mark.parametrize("text,lang,expected", CONTACT)
def test_contact_clause_subject(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


WORDS: list[tuple[str, str]] = [
    ("Ett videoklipp visar att kön var lång.", "sv"),
    ("Studien viser at køen var lang.", "no"),
    ("Optagelserne viser, at køen var lang.", "da"),
    ("Eine Aufnahme zeigt, dass die Schlange lang war.", "de"),
    ("A clip shows that the line was long.", "en"),
    ("The chart shows that the line was long.", "en"),
]


@pytest.mark.parametrize("text,lang", WORDS)
def test_document_words_carry_evidence(text: str, lang: str) -> None:
    assert [a.source_type for a in bylined_attributions(text, lang)] == ["document"]


# nordic42: an evidence verb inside another's reported clause ("… at A da de kom frem og at B") is no evidence
# phrase of a preposition opening the sentence: the words before it hold a complementizer
INSIDE_CONTENT: list[tuple[str, str, list[Row]]] = [
    ("I en melding skriver vaktsjefen at røyken lå tett da mannskapene kom fram og at taket falt.", "no",
     [("vaktsjefen", "skriver", "røyken lå tett da mannskapene kom fram og at taket falt")]),
    ("I rapporten kom det frem at bremsene sviktet.", "no", [("rapporten", "kom det frem", "bremsene sviktet")]),
]


@pytest.mark.parametrize("text,lang,expected", INSIDE_CONTENT)
def test_evidence_verb_inside_reported_content(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
