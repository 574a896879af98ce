"""Round de35: German tag structure and according-to scope. A time phrase with an article or adjectives after an
inverted speaker ("…, sagte X am frühen Morgen") ends the speaker and leaves the tag inverted; an according-to claim
ends at a spaced dash closing a parenthesis or appending a verbless fragment; an adjective report after "nach" ends at
its noun before a preposition of place or manner. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

MODIFIED_TIME = [
    # an adjective or an article between the preposition and the time noun: still a time, no part of the speaker
    ("de", "Ein Hund habe sich im Stall versteckt, sagte Maier am frühen Morgen.",
     [("Maier", "sagte", "Ein Hund habe sich im Stall versteckt")]),
    ("de", "Ein Kind sei im Keller gefunden worden, sagte Huber am späten Nachmittag.",
     [("Huber", "sagte", "Ein Kind sei im Keller gefunden worden")]),
    ("de", "Ein Fahrer habe die Kontrolle verloren, erklärte Berger am frühen Nachmittag.",
     [("Berger", "erklärte", "Ein Fahrer habe die Kontrolle verloren")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MODIFIED_TIME)
def test_inverted_speaker_before_a_modified_time(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected


DASH_END = [
    # an according-to claim ends at a dash that appends a fragment with no verb
    ("de", "Die Armee hat nach eigenen Angaben im Osten drei Drohnen abgeschossen – wenige Stunden nach einem Angriff.",
     [("Die Armee", "nach eigenen Angaben", "hat im Osten drei Drohnen abgeschossen")]),
    ("de", "Laut Veranstalter kamen am Samstag rund 5000 Besucher – deutlich mehr als im Vorjahr.",
     [("Veranstalter", "Laut", "kamen am Samstag rund 5000 Besucher")]),
    # or at the dash closing a parenthesis opened before the cue
    ("de", "Die Retter – darunter nach Angaben der Feuerwehr auch zwei Taucher – suchten die ganze Nacht am Fluss.",
     [("der Feuerwehr", "nach Angaben", "darunter auch zwei Taucher")]),
    # a hyphen after a quoted word is no dash
    ("de", "Nach Angaben der Polizei fanden die Beamten eine selbst gebaute „Super“-Waffe.",
     [("der Polizei", "Nach Angaben", "fanden die Beamten eine selbst gebaute „Super“-Waffe")]),
    # a clause after the dash goes on with the claim
    ("de", "Nach Angaben der Polizei hatte sich der Mann bei einem Sturz verletzt – er wurde in eine Klinik gebracht.",
     [("der Polizei", "Nach Angaben", "hatte sich der Mann bei einem Sturz verletzt – er wurde in eine Klinik gebracht")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DASH_END)
def test_according_to_claim_ends_at_a_dash(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected


ADJECTIVE_REPORT_END = [
    # "nach" + adjectives + report noun: a phrase of place or manner after the noun is no part of the source
    ("de", "Der Bus fuhr nach ersten Ermittlungen im Rahmen einer Übung mit hoher Geschwindigkeit in die Kurve.",
     [("ersten Ermittlungen", "nach", "Der Bus fuhr im Rahmen einer Übung mit hoher Geschwindigkeit in die Kurve")]),
    ("de", "Unter den Opfern waren zwei Ärzte, deren Klinik nach offiziellen Angaben in Weststadt beschossen wurde.",
     [("offiziellen Angaben", "nach", "deren Klinik in Weststadt beschossen wurde")]),
    # an owner after the noun stays part of it
    ("de", "Nach ersten Erkenntnissen der Feuerwehr war ein Kabel defekt.",
     [("ersten Erkenntnissen der Feuerwehr", "Nach", "war ein Kabel defekt")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ADJECTIVE_REPORT_END)
def test_adjective_report_ends_at_its_noun(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected
