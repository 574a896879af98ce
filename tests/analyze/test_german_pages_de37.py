"""German records on real-page shapes (stop 37): an "according to" of findings with no owner ("Nach bisherigen
Angaben") inside a quotation is the speaker's words; a sourceless hearsay claim printed twice is one record; a last
paragraph closed by a writer's sign-off is not cut off. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

OWNERLESS_ANGABEN: list[tuple[str, list[Row]]] = [
    ("\"Nach bisherigen Angaben wurden drei Fahrgäste verletzt\", sagte ein Sprecher der Bahn.",
     [("ein Sprecher der Bahn", "sagte", "Nach bisherigen Angaben wurden drei Fahrgäste verletzt")]),
    ("\"Nach ersten Angaben brannte ein Lager\", erklärte die Feuerwehr.",
     [("die Feuerwehr", "erklärte", "Nach ersten Angaben brannte ein Lager")]),
    # standing alone, with an owner: a record of its own
    ("Nach Angaben der Feuerwehr brannte ein Lager.", [("der Feuerwehr", "Nach Angaben", "brannte ein Lager")]),
]


@pytest.mark.parametrize(("text", "expected"), OWNERLESS_ANGABEN)
def test_ownerless_angaben_inside_a_quotation(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REPEATED_HEARSAY: list[tuple[str, list[Row]]] = [
    ("Im Hafen soll ein Kran umgestürzt sein.\n\nIm Hafen soll ein Kran umgestürzt sein.\n\nDer Betrieb ruht.",
     [(None, "soll", "Im Hafen soll ein Kran umgestürzt sein")]),
]


@pytest.mark.parametrize(("text", "expected"), REPEATED_HEARSAY)
def test_sourceless_hearsay_printed_twice_is_one_record(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


SIGN_OFF: list[tuple[str, Row]] = [
    ("Der Keller lief voll.\n\nNach Angaben der Stadt ist niemand verletzt worden. xyz",
     ("der Stadt", "Nach Angaben", "ist niemand verletzt worden")),
]


@pytest.mark.parametrize(("text", "expected"), SIGN_OFF)
def test_record_before_a_sign_off_is_kept(text: str, expected: Row) -> None:
    (source, cue, content), = run(text)  # (the sign-off still ends the content: the sentence runs on past it)
    assert (source, cue) == expected[:2] and content.startswith(expected[2])


DATIVE_TITLE: list[tuple[str, list[Row]]] = [
    # a fronted dative medium with an adjective before its quoted title: the speaker follows the verb
    ("Dem Hamburger \"Wochenblatt\" sagte Müller, die Lage sei ernst.",
     [("Müller", "sagte", "die Lage sei ernst")]),
    ("Der britischen \"Abendpost\" sagte die Ministerin, man prüfe alles.",
     [("die Ministerin", "sagte", "man prüfe alles")]),
    # after the verb, as before
    ("Die Ministerin sagte dem Kölner \"Blatt\", man prüfe alles.",
     [("Die Ministerin", "sagte", "man prüfe alles")]),
]


@pytest.mark.parametrize(("text", "expected"), DATIVE_TITLE)
def test_fronted_dative_title_with_adjective(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


QUOTED_NAME_SUBJECT: list[tuple[str, list[Row]]] = [
    # a quoted name inside the subject of a Konjunktiv sentence going on from a speaker
    ("Die Firma rechne mit Verlusten, sagte der Chef. Der Verband “Metall” fordere mehr Geld.",
     [("der Chef", "sagte", "Die Firma rechne mit Verlusten"),
      ("der Chef", None, "Der Verband “Metall” fordere mehr Geld")]),
    ("Die Lage sei ernst, sagte der Chef. Der Verein \"Hafen und Stadt\" sei besorgt.",
     [("der Chef", "sagte", "Die Lage sei ernst"), ("der Chef", None, "Der Verein \"Hafen und Stadt\" sei besorgt")]),
    # in the indicative it ends the reported speech
    ("Die Firma rechne mit Verlusten, sagte der Chef. Der Verband “Metall” fordert mehr Geld.",
     [("der Chef", "sagte", "Die Firma rechne mit Verlusten")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NAME_SUBJECT)
def test_konjunktiv_past_a_quoted_name_in_the_subject(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


BACKGROUND_REPORT: list[tuple[str, list[Row]]] = [
    # a pluperfect report with no content of its own is an aside: the Konjunktiv after it goes on from the speaker
    (("\"Wir prüfen alles\", sagte der Staatsanwalt. Zuvor hatten Zeitungen darüber berichtet.\n\n"
      "Es habe Durchsuchungen in drei Städten gegeben."),
     [("der Staatsanwalt", "sagte", "Wir prüfen alles"),
      ("der Staatsanwalt", None, "Es habe Durchsuchungen in drei Städten gegeben")]),
    # one with content of its own is a new speaker
    (("\"Wir prüfen alles\", sagte der Staatsanwalt. Zuvor hatte die Zeitung berichtet, dass zwei Männer flohen.\n\n"
      "Es habe Durchsuchungen in drei Städten gegeben."),
     [("der Staatsanwalt", "sagte", "Wir prüfen alles"), ("die Zeitung", "berichtet", "zwei Männer flohen"),
      ("die Zeitung", None, "Es habe Durchsuchungen in drei Städten gegeben")]),
]


@pytest.mark.parametrize(("text", "expected"), BACKGROUND_REPORT)
def test_konjunktiv_goes_on_past_a_background_report(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


CLAIMED_AFTER: list[tuple[str, list[Row]]] = [
    # a Konjunktiv sentence after a narrated subject, claimed by "Dies sagte X" after it: X's record only
    (("Die Polizei hat drei Männer festgenommen. Es bestehe der Verdacht eines Betrugs.\n\n"
      "Dies sagte ein Sprecher der Staatsanwaltschaft am Montag."),
     [("ein Sprecher der Staatsanwaltschaft", "sagte", "Es bestehe der Verdacht eines Betrugs")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMED_AFTER)
def test_claim_reported_by_a_later_tag_is_one_record(text: str, expected: list[Row]) -> None:
    assert run(text) == expected


REFLEXIVE_TOPIC: list[tuple[str, list[Row]]] = [
    # "äußern sich zu X": X is the topic, never the speaker
    ("Die Ministerin fügte hinzu, zu viele äußerten sich zu Fragen, von denen sie nichts verstünden.",
     [("Die Ministerin", "fügte hinzu", "zu viele äußerten sich zu Fragen, von denen sie nichts verstünden")]),
]


@pytest.mark.parametrize(("text", "expected"), REFLEXIVE_TOPIC)
def test_reflexive_cue_topic_is_no_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
