"""German records on real-page shapes (stop 38): a perfect pointing back at the sentence before with an adverbial
after its subject or another speaker's tag closing it ("Das hat die Stadt am Abend mitgeteilt."); an interrupting
tag with an adverbial after its speaker; a bare surname named in full in passing before; a present participle
after a tag's speaker; a dative pronoun is no source; hearsay far inside a verb-final relative clause; a fronted
"Bis wann" question before a Konjunktiv verb; a report noun and "wonach"; "laut X" inside a split cue. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, full_rows, rows_in

run = rows_in("de")

PERFECT_BACK: list[tuple[str, list[Row]]] = [
    ("Die Fähre fällt aus. Das hat die Reederei mitgeteilt.",
     [("die Reederei", "mitgeteilt", "Die Fähre fällt aus")]),
    # an adverbial between the subject and the participle is no part of the source
    ("Die Fähre fällt aus. Das hat die Reederei am Morgen mitgeteilt.",
     [("die Reederei", "mitgeteilt", "Die Fähre fällt aus")]),
    ("Die Fähre fällt aus. Dies hat ein Sprecher der Reederei bereits bestätigt.",
     [("ein Sprecher der Reederei", "bestätigt", "Die Fähre fällt aus")]),
    # another speaker's tag after it: that speaker reports the perfect, the perfect's subject the sentence before
    ("Die Fähre fällt aus. Das habe die Reederei mitgeteilt, berichtet das Blatt.",
     [("die Reederei", "mitgeteilt", "Die Fähre fällt aus"),
      ("das Blatt", "berichtet", "Das habe die Reederei mitgeteilt")]),
]


@pytest.mark.parametrize(("text", "expected"), PERFECT_BACK)
def test_perfect_pointing_back(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


INTERRUPTING_TAG: list[tuple[str, list[Row]]] = [
    # a short adverbial after the speaker of a tag between commas: the clause goes on after it
    ("Beim Umbau, erzählte sie am Telefon, sei vieles schiefgelaufen.",
     [("sie", "erzählte", "Beim Umbau sei vieles schiefgelaufen")]),
    ("Die Kasse, erklärte der Wirt am Abend, habe gefehlt.",
     [("der Wirt", "erklärte", "Die Kasse habe gefehlt")]),
    # as before, with no adverbial
    ("Beim Umbau, sagte sie, sei vieles schiefgelaufen.",
     [("sie", "sagte", "Beim Umbau sei vieles schiefgelaufen")]),
]


@pytest.mark.parametrize(("text", "expected"), INTERRUPTING_TAG)
def test_interrupting_tag_with_an_adverbial(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SURNAME_NAMED_BEFORE: list[tuple[str, list[tuple[str | None, str | None, str]]]] = [
    # a full name with a particle given in a sentence with no record: the surname alone later is that person
    ("Zu Wort meldete sich Ministerin Lena von Hagen (SPD). Hagen sagte, der Plan sei gut. Er koste aber viel.",
     [("Hagen", "Lena von Hagen", "der Plan sei gut"), ("Hagen", "Lena von Hagen", "Er koste aber viel")]),
    ("Am Abend kam Thomas Brenner an. Brenner sagte, die Fahrt sei lang gewesen.",
     [("Brenner", "Thomas Brenner", "die Fahrt sei lang gewesen")]),
    # a capitalised word before it that is no first name and no role: no full name
    ("Dann trafen die Brenner ein. Brenner sagte, die Fahrt sei lang gewesen.",
     [("Brenner", "Brenner", "die Fahrt sei lang gewesen")]),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_NAMED_BEFORE)
def test_surname_named_in_full_before(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert [(r[0], r[1], r[3]) for r in full_rows(text, "de")] == expected


PARTICIPLE_AFTER_SPEAKER: list[tuple[str, list[Row]]] = [
    # a present participle after an inverted tag's speaker is no verb of a clause: the speaker closes the tag
    ("Das habe niemand gewollt, sagt er bedauernd.", [("er", "sagt", "Das habe niemand gewollt")]),
    ("Der Laden sei zu klein gewesen, erklärte die Wirtin lächelnd.",
     [("die Wirtin", "erklärte", "Der Laden sei zu klein gewesen")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_AFTER_SPEAKER)
def test_present_participle_after_the_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


DATIVE_PRONOUN: list[tuple[str, list[Row]]] = [
    # "gestanden" of "stehen" with a dative: nobody confessed; the tag after it still reports the sentence
    ("Ihm habe nur eine Liste zur Verfügung gestanden, sagt der Wirt.",
     [("der Wirt", "sagt", "Ihm habe nur eine Liste zur Verfügung gestanden")]),
]


@pytest.mark.parametrize(("text", "expected"), DATIVE_PRONOUN)
def test_dative_pronoun_is_no_source(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


LONG_RELATIVE_HEARSAY: list[tuple[str, list[Row]]] = [
    # a verb-final relative clause holds its whole middle before "sollen": the marker may stand far from its opener
    (("Nach Meldungen über einen Brand, bei dem mehr als 30 Tiere in dem alten Stall am Rand des kleinen Dorfes "
      "verendet sein sollen, prüft das Amt den Betrieb."),
     [(None, "sollen", "bei dem mehr als 30 Tiere in dem alten Stall am Rand des kleinen Dorfes verendet sein sollen")]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_RELATIVE_HEARSAY)
def test_hearsay_far_inside_a_relative_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


FRONTED_QUESTION_AFTER_PREPOSITION: list[tuple[str, list[Row]]] = [
    # an indirect question opened by a preposition and a question word, then a Konjunktiv main verb: it goes on
    ("Die Brücke ist gesperrt, wie ein Sprecher der Stadt sagte. Bis wann die Arbeiten dauern, sei offen.",
     [("ein Sprecher der Stadt", "sagte", "Die Brücke ist gesperrt"),
      ("ein Sprecher der Stadt", None, "Bis wann die Arbeiten dauern, sei offen")]),
    # an indicative main verb after it ends the reported speech
    ("Die Brücke ist gesperrt, wie ein Sprecher der Stadt sagte. Bis wann die Arbeiten dauern, ist offen.",
     [("ein Sprecher der Stadt", "sagte", "Die Brücke ist gesperrt")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_QUESTION_AFTER_PREPOSITION)
def test_fronted_question_after_a_preposition(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


RELATIVE_REPORT: list[tuple[str, list[Row]]] = [
    # a report noun before "…, wonach C": the report phrase is the source
    ("Die Stadt prüft Meldungen von Nachbarn, wonach der Brunnen vergiftet sei.",
     [("Meldungen von Nachbarn", "wonach", "der Brunnen vergiftet sei")]),
    ("Am Morgen tauchten Medienberichte auf, wonach das Werk schließt.",
     [("Medienberichte", "wonach", "das Werk schließt")]),
    ("Die Aktie fiel wegen der jüngsten Meldungen, wonach das Werk schließt.",
     [("der jüngsten Meldungen", "wonach", "das Werk schließt")]),
    # no report noun before it: "wonach" asks what for
    ("Der Hund lief los, wonach er nie zurückkam.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_REPORT)
def test_report_noun_with_wonach(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SOURCE_IN_MIDDLE_FIELD: list[tuple[str, list[Row]]] = [
    # an "according to" phrase between the verb and the rest of a longer cue: both records
    ("Die Stadt geht laut der Zeitung davon aus, die Kosten seien gestiegen.",
     [("der Zeitung", "laut", "Die Stadt geht davon aus"), ("Die Stadt", "geht davon aus", "die Kosten seien gestiegen")]),
    ("Die Stadt geht laut \"Kurier\" davon aus, die Kosten seien gestiegen.",
     [("\"Kurier\"", "laut", "Die Stadt geht davon aus"), ("Die Stadt", "geht davon aus", "die Kosten seien gestiegen")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_IN_MIDDLE_FIELD)
def test_according_to_inside_a_split_cue(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
