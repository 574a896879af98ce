"""Round de26: an impersonal tag with an adverb of going on after it ("…, hieß es weiter", "heter det vidare",
"hedder det videre") is the speaker before's, as an echo tag is ("…, lyder det"); with no speaker before it has no
source. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

ECHO_ADVERB = [
    # "hieß es weiter" goes on from the speaker before, in a quotation's tag too; with none before it has no source
    ("de", "Die Schule teilte mit, zwei Klassen seien in Quarantäne. Der Unterricht laufe online, hieß es weiter.",
     [("Die Schule", "teilte mit", "zwei Klassen seien in Quarantäne"),
      ("Die Schule", "hieß es", "Der Unterricht laufe online")]),
    ("de", "Die Feuerwehr berichtete von einem Brand. „Das Haus ist nicht mehr bewohnbar“, heißt es weiter.",
     [("Die Feuerwehr", "berichtete von", "einem Brand"),
      ("Die Feuerwehr", "heißt es", "Das Haus ist nicht mehr bewohnbar")]),
    ("de", "Der Markt bleibt geschlossen, hieß es weiter.", [(None, "hieß es", "Der Markt bleibt geschlossen")]),
    ("de", "Der Markt bleibt geschlossen, hieß es.", [(None, "hieß es", "Der Markt bleibt geschlossen")]),
    ("sv", "Skolan meddelade att två klasser är hemma. Undervisningen sker på distans, heter det vidare.",
     [("Skolan", "meddelade", "två klasser är hemma"), ("Skolan", "heter det", "Undervisningen sker på distans")]),
    ("no", "Skolen opplyste at to klasser er hjemme. Undervisningen skjer digitalt, heter det videre.",
     [("Skolen", "opplyste", "to klasser er hjemme"), ("Skolen", "heter det", "Undervisningen skjer digitalt")]),
    ("da", "Skolen oplyste, at to klasser er hjemme. Undervisningen foregår online, hedder det videre.",
     [("Skolen", "oplyste", "to klasser er hjemme"), ("Skolen", "hedder det", "Undervisningen foregår online")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ECHO_ADVERB)
def test_impersonal_tag_with_echo_adverb(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected


AFTER_SOURCELESS = [
    # a Konjunktiv I sentence after an impersonal tag goes on from it, with no source
    ("de", "„Wir bleiben ruhig“, heißt es aus dem Umfeld. Der Zeitplan sei aber eng.",
     [("dem Umfeld", "heißt es aus", "Wir bleiben ruhig"), ("dem Umfeld", None, "Der Zeitplan sei aber eng")]),
    ("de", "Der Saal bleibt zu, hieß es. Auch die Bühne sei beschädigt.",
     [(None, "hieß es", "Der Saal bleibt zu"), (None, None, "Auch die Bühne sei beschädigt")]),
    # after sourceless hearsay opening a paragraph, a speaker's record in an earlier one is not taken
    ("de", ("Die Wirtin sagte, der Keller sei voll Wasser.\n\nSturm im Tal\n\n"
           "Im Nachbarort soll eine Scheune eingestürzt sein. Der Bauer sei rechtzeitig hinausgelaufen."),
     [("Die Wirtin", "sagte", "der Keller sei voll Wasser"),
      (None, "soll", "Im Nachbarort soll eine Scheune eingestürzt sein"),
      (None, None, "Der Bauer sei rechtzeitig hinausgelaufen")]),
    # but in the speaker's own paragraph the sentence after the hearsay stays the speaker's
    ("de", ("Die Wirtin sagte, der Keller sei voll Wasser. Dann soll eine Scheune eingestürzt sein. "
           "Der Bauer sei rechtzeitig hinausgelaufen."),
     [("Die Wirtin", "sagte", "der Keller sei voll Wasser"),
      (None, "soll", "Dann soll eine Scheune eingestürzt sein"),
      ("Die Wirtin", None, "Der Bauer sei rechtzeitig hinausgelaufen")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AFTER_SOURCELESS)
def test_konjunktiv_after_sourceless_report(lang: str, text: str, expected: list[Row]) -> None:
    assert rows_in(lang)(text) == expected
