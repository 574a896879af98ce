"""Colon speakers in the body (issue 10, all five languages): a speaker's label before a colon and the quote, its
age in brackets no part of it ("Gregor Lenz (53): „Q“"); where not every noun is capitalised, only an honorific
and a surname or a first name and a surname are a label ("Mr Lane: “Q”", "Anna Ek: ”Q”"), never a heading
("Key Quote:", "Läs också:"); a double first name joined by a hyphen opens a name in a German sentence that
closes on a colon ("Tief betroffen zeigt sich Hans-Jörg Lenz: „Q“"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, attributions, rows

CASES = [
    # English: an honorific and a surname, or a first name and a surname; no heading, no label of a name word
    ("en", 'The plant will close. Mr Lane: "This is a sad day for the town."',
     [("Mr Lane", ":", "This is a sad day for the town")]),
    ("en", 'The plant will close. Mrs Ortiz (61): "We saw this coming."',
     [("Mrs Ortiz", ":", "We saw this coming")]),
    ("en", 'The plant will close. Anna Lane: "This is a sad day for the town."',
     [("Anna Lane", ":", "This is a sad day for the town")]),
    ("en", 'The plant will close. Key Quote: "This is a sad day for the town."', []),
    ("en", 'The plant will close. Update: "This is a sad day for the town."', []),
    # a full name the article gives elsewhere is a label whatever its first name (colon43)
    ("en", ('Councillor Tamsin Orrell said the plan was overdue.\n\nTamsin Orrell: "We could not keep paying for an '
            'empty building."'), [("Councillor Tamsin Orrell", "said", "the plan was overdue"),
                            ("Tamsin Orrell", ":", "We could not keep paying for an empty building")]),
    ("en", 'Lights went out at noon.\n\nBarnaby Quill: "We lost power for six hours."', []),
    # Swedish, Norwegian, Danish: the same, with the age in brackets left out
    ("sv", "Fabriken läggs ner. Anna Ek (47): ”Det är en sorglig dag för orten.”",
     [("Anna Ek", ":", "Det är en sorglig dag för orten")]),
    ("sv", "Fabriken läggs ner. Läs också: ”Det är en sorglig dag för orten.”", []),
    ("no", "Fabrikken legges ned. Kari Lie: «Dette er en trist dag for bygda.»",
     [("Kari Lie", ":", "Dette er en trist dag for bygda")]),
    ("no", "Fabrikken legges ned. Les også: «Dette er en trist dag for bygda.»", []),
    ("da", "Fabrikken lukker. Mette Holm (52): »Det er en trist dag for byen.«",
     [("Mette Holm", ":", "Det er en trist dag for byen")]),
    ("da", "Fabrikken lukker. Læs også: »Det er en trist dag for byen.«", []),
    # a paragraph that opens on a label, a colon and a dash quote (colon43)
    ("sv", "Fabriken läggs ner.\n\nAnna Ek (47): – Det är en sorglig dag för orten.",
     [("Anna Ek", ":", "Det är en sorglig dag för orten")]),
    ("no", "Skolen legges ned, sier rektor Tordis Hjelmeland.\n\nTordis Hjelmeland: – Vi har ikke noe valg.",
     [("rektor Tordis Hjelmeland", "sier", "Skolen legges ned"), ("Tordis Hjelmeland", ":", "Vi har ikke noe valg")]),
    ("da", "Fabrikken lukker.\n\nLæs også: – Det er en trist dag for byen.", []),
    # German: the age in brackets after a label; a hyphenated first name in a sentence closing on a colon
    ("de", "Das Werk schließt. Betriebsrätin Eva Lenz (53): „Das ist ein schwarzer Tag.“",
     [("Betriebsrätin Eva Lenz", ":", "Das ist ein schwarzer Tag")]),
    ("de", ("Das Werk schließt. Tief betroffen zeigt sich der Betriebsratsvorsitzende Hans-Jörg Lenz über die Pläne: "
            "„Das ist ein schwarzer Tag.“"), [("Betriebsratsvorsitzende Hans-Jörg Lenz", ":", "Das ist ein schwarzer Tag")]),
    ("de", "Das Werk schließt. Die Bilanz (2023): „Ein schwarzes Jahr.“", []),
    # German: a name after a preposition of topic is talked about, no speaker (colon43)
    ("de", ("Die Sitzung dauerte lange. Am Ende redete die Gruppe noch über Jana Roth, die das Amt verlässt: „Sie wird "
     "uns fehlen.“ Danach war Schluss."), []),
    # German: a team's or town's genitive before the role of a label (colon43)
    ("de", "Der Gast siegte knapp. Kiels Torwarttrainer Ole Brandt: „Wir haben heute Glück gehabt.“",
     [("Kiels Torwarttrainer Ole Brandt", ":", "Wir haben heute Glück gehabt")]),
    ("de", "Die Brücke bleibt gesperrt. Bremens Bausenatorin Ina Voss: „Die Prüfung dauert noch Wochen.“",
     [("Bremens Bausenatorin Ina Voss", ":", "Die Prüfung dauert noch Wochen")]),
    # the full stop of an ordinal after an article or a preposition ends no sentence before the label (colon43)
    ("de", "Der Gast siegte knapp.\n\nTrainerin Mara Lenz über den 3. Auswärtssieg: „Das war harte Arbeit.“",
     [("Mara Lenz", ":", "Das war harte Arbeit")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_colon_speakers(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# nordic42: a paragraph closing on a colon after a cue and a phrase of a preposition ("skriver i ett mejl till
# Aftonbladet:", "sier i en e-post til Dagbladet:") introduces the next paragraph; the medium told is its via
INTRO_PHRASE = [
    ("sv", "Bron stängs i kväll.\n\nTrafikverket skriver i ett mejl till Aftonbladet:\n\n– Vi måste laga fogarna.",
     ("Trafikverket", "skriver", "Vi måste laga fogarna", ("Aftonbladet",))),
    ("no", "Brua stenges i kveld.\n\nStatens vegvesen sier i en e-post til Dagbladet:\n\n– Vi må reparere fugene.",
     ("Statens vegvesen", "sier", "Vi må reparere fugene", ("Dagbladet",))),
    ("sv", "Bron stängs i kväll.\n\nTrafikverket skriver i sitt svar på frågan:\n\n”Vi måste laga fogarna.”",
     ("Trafikverket", "skriver", "Vi måste laga fogarna", ())),
]


@pytest.mark.parametrize("lang,text,expected", INTRO_PHRASE)
def test_colon_intro_after_a_phrase(lang: str, text: str, expected: tuple[str, str, str, tuple[str, ...]]) -> None:
    got = [(a.source, a.cue, a.content, a.via) for a in attributions(text, lang)]
    assert expected in got


# colon43: a paragraph that is a speaker's label alone, perhaps after an article and a role and with a phrase of a
# preposition after the name, introduces the next paragraph's quote (cue ":"); the role before a name counts in
# a label where not every noun is capitalised too
LABEL_LINE = [
    ("de", "Der Gast siegte knapp.\n\nDer Kapitän Jonas Hering nach dem Spiel:\n\n„Das war ein wichtiger Schritt.“",
     [("Kapitän Jonas Hering", ":", "Das war ein wichtiger Schritt")]),
    ("sv", "Gästerna vann knappt.\n\nTränaren Karin Lund efter matchen:\n\n– Vi kämpade hela vägen.",
     [("Tränaren Karin Lund", ":", "Vi kämpade hela vägen")]),
    ("en", 'The visitors won narrowly.\n\nCaptain Tom Lane after the match:\n\n"We fought all the way."',
     [("Captain Tom Lane", ":", "We fought all the way")]),
    ("en", 'The plant will close. Mayor Anna Lane: "This is a sad day for the town."',
     [("Mayor Anna Lane", ":", "This is a sad day for the town")]),
    # a sentence closing on a colon with a verb that is no cue and no name is no label
    ("en", 'The visitors won narrowly.\n\nThe mood changed after the match:\n\n"We fought all the way."', []),
]


@pytest.mark.parametrize("lang,text,expected", LABEL_LINE)
def test_a_label_paragraph_introduces_the_quote(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# colon43: German, a sentence that names no speaker and closes on a colon before a quote (a topic set by the writer)
# goes on the last speaker; a question after such a colon is nobody's; a hearsay marker inside the quote keeps a
# record of its own, via that speaker
TOPIC_COLON = [
    (("„Wir sind enttäuscht“, sagte Trainerin Eva Roth nach dem Spiel.\n\nAuch bei Brandt stehen Untersuchungen an: "
     "„Er ist auf die Hand gefallen.“ Am Dienstag fällt die Entscheidung."),
     [("Trainerin Eva Roth", "sagte", "Wir sind enttäuscht"), ("Trainerin Eva Roth", None, "Er ist auf die Hand gefallen")]),
    (("„Wir sind enttäuscht“, sagte Trainerin Eva Roth.\n\nUnd nach dem Spiel im Kabinengang: „Wie geht es weiter?“ "
     "Am Dienstag fällt die Entscheidung."),
     [("Trainerin Eva Roth", "sagte", "Wir sind enttäuscht")]),
    # a topic line is no label ("Zum Alibi:"): the last speaker goes on
    (("Der Anwalt Jan Kurz betonte die Unschuld seines Mandanten. Zum Alibi: „Er war an dem Abend zu Hause.“ Das "
      "Urteil fällt im Mai."),
     [("Der Anwalt Jan Kurz", "betonte", "die Unschuld seines Mandanten"),
      ("Der Anwalt Jan Kurz", None, "Er war an dem Abend zu Hause")]),
    (("Der Anwalt Jan Kurz betonte die Unschuld seines Mandanten. Über die Beweise der Anklage: „Es geht nicht um das "
     "Auto, mit dem er gefahren sein soll.“ Das Urteil fällt im Mai."),
     [("Der Anwalt Jan Kurz", "betonte", "die Unschuld seines Mandanten"),
      ("Der Anwalt Jan Kurz", None, "Es geht nicht um das Auto, mit dem er gefahren sein soll"),
      (None, "soll", "mit dem er gefahren sein soll")]),
]


@pytest.mark.parametrize("text,expected", TOPIC_COLON)
def test_a_german_topic_colon_goes_on_the_last_speaker(text: str, expected: list[Row]) -> None:
    assert rows(text, "de") == expected
