"""German tagless quote sentences inside a paragraph (issue 10, passes.join_follows): a quote after a tagged
quote and its tag sentence, or after reported speech going on in Konjunktiv I, is its own record of the same
speaker, cue null; a quote after a sentence of the reporter's own stays without one. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

GOES_ON = [
    # after a tagged quotation and the rest of its tag sentence (the source as the tag writes it, its name resolved)
    ("de", ("Ähnlich äußerte sich die Fraktionschefin Lena Brandt: „Wir haben lange genug gewartet“, sagte sie dem "
           "Sender. „Jetzt muss die Regierung handeln.“"),
     ("sie", None, "Jetzt muss die Regierung handeln")),
    ("de", ("Kritik kam auch vom Landrat Peter Vogt: „Das Angebot ist zu niedrig“, sagte er am Montag der "
           "Zeitung. „Wir werden weiter verhandeln.“"),
     ("er", None, "Wir werden weiter verhandeln")),
    # after a Konjunktiv I sentence going on from a report
    ("de", ("Die Stimmung sei schlecht, sagte der Betriebsrat Tim Sauer. Viele Kollegen hätten Angst um ihre Stelle. "
           "„Die Leute sind wütend.“"),
     ("der Betriebsrat Tim Sauer", None, "Die Leute sind wütend")),
    # an outer report holds the record before the quote: its speaker goes on
    ("de", ("Die Behörde habe die Schulen informiert, erklärte das Kultusministerium am Dienstag. „Die Schulen "
           "müssen nun selbst planen.“"),
     ("das Kultusministerium", None, "Die Schulen müssen nun selbst planen")),
]


@pytest.mark.parametrize(("lang", "text", "row"), GOES_ON)
def test_a_tagless_quote_goes_on_from_the_record_before(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


STAYS = [
    # a sentence of the reporter's own between the report and the quote
    ("de", ("Die Stimmung sei schlecht, sagte der Betriebsrat Tim Sauer. Das Werk wurde 1970 gebaut. "
           "„Die Leute sind wütend.“"),
     "Die Leute sind wütend"),
]


@pytest.mark.parametrize(("lang", "text", "content"), STAYS)
def test_a_quote_after_the_reporters_own_sentence_stays(lang: str, text: str, content: str) -> None:
    assert all(r[2] != content for r in rows(text, lang))
