"""German: a Konjunktiv I sentence right after a narration sentence with no record whose subject is a source word or
a person named in full ("X versuchte, die Leute zu beruhigen. Die Lage sei …", "Der Bürgermeister will sparen. Die
Kosten seien …") is that subject's, cue null; a subject that is no source ("Der Unfall …") gives none (issue 10,
decont12). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("de")

CASES = [
    # the subject right after the verb, past a fronted phrase
    ("Nach dem Sturm in Bremen versuchte Senatorin Lena Wolf die Leute zu beruhigen. Die Deiche seien sicher.",
     [("Senatorin Lena Wolf", None, "Die Deiche seien sicher")]),
    # the subject before the verb, also past a relative clause
    ("Der Landrat will die Schulen schließen. Die Kosten seien zu hoch.",
     [("Der Landrat", None, "Die Kosten seien zu hoch")]),
    ("Der neue Betreiber, der die Bäder im Mai übernahm, will Personal sparen. Die Löhne seien zu hoch.",
     [("Der neue Betreiber", None, "Die Löhne seien zu hoch")]),
    # no source word at the head of the subject: no record
    ("Der Einsatz der Polizei dauerte bis zum Abend. Er sei der größte des Jahres.", []),
    ("Der Unfall geschah am Morgen. Der Fahrer sei zu schnell gewesen.", []),
    # a Konjunktiv II sentence after it may be the writer's own: no record
    ("Der Landrat will die Schulen schließen. Das würde viel Geld sparen.", []),
    # an indicative sentence after it: no record
    ("Der Landrat will die Schulen schließen. Die Kosten sind hoch.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrated_speaker(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
