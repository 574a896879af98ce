"""Title labels in a language that capitalises every noun (issue 10, head17): the capitals of a German headline
say nothing of a name, so a label of capitalised words before the colon ("Kölner Bäcker: …", a place adjective
and a noun, a kicker glued to it) names no source unless it opens with a first name, is a known body's name or
holds a source word; in English a title-case headline keeps its capitalised name. Every sentence is written for
its test."""
from __future__ import annotations

import pytest

from .conftest import NEUTRAL_BODY as BODY
from .conftest import Row, rows

LABELS = [
    # capitalised nouns and place adjectives before the colon: a topic, no source
    ("Kölner Bäcker: Brotpreise steigen erneut", "de", []),
    ("Bremer Hafenfest: Schiffe liegen seit Tagen fest", "de", []),
    ("Dutzende Tonnen Abfall: Firma muss Strafe zahlen", "de", []),
    ("Kiel Kieler Radwege: Stadt plant neue Strecken", "de", []),
    # a first name, a known body's name or a source word still names the speaker
    ("Anna Becker: Wir geben nicht auf", "de", [("Anna Becker", ":", "Wir geben nicht auf")]),
    ("Deutsche Bahn: Züge fahren wieder nach Plan", "de", [("Deutsche Bahn", ":", "Züge fahren wieder nach Plan")]),
    ("Polizei: Zwei Männer festgenommen", "de", [("Polizei", ":", "Zwei Männer festgenommen")]),
    # English capitals in a title-case headline still make a name
    ("Mark Dobson: Council Will Not Raise Taxes", "en", [("Mark Dobson", ":", "Council Will Not Raise Taxes")]),
]


@pytest.mark.parametrize("title,lang,expected", LABELS)
def test_capitalised_nouns_make_no_name_in_a_title_label(title: str, lang: str, expected: list[Row]) -> None:
    assert rows(BODY[lang], lang, title) == expected
