"""Swedish, Norwegian and Danish attribution on real pages (nordic38): a free relative whose verb is a phrase of two
words ("Etter det avisen kjenner til, C"), closed by a comma or the sentence's end; a sentence adverb holding a time
word ("samtidigt") between a cue and its noun object. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


KNOWN_TO = [
    ("no", "Etter det Lillevik Avis kjenner til, ble to menn pågrepet.",
     [("Lillevik Avis", "kjenner til", "ble to menn pågrepet")]),
    ("no", "To menn ble pågrepet, etter det kanalen kjenner til.", [("kanalen", "kjenner til", "To menn ble pågrepet")]),
    ("da", "Efter hvad avisen kender til, er to mænd anholdt.", [("avisen", "kender til", "er to mænd anholdt")]),
    ("sv", "Två män greps, enligt vad tidningen känner till.", [("tidningen", "känner till", "Två män greps")]),
    # knowing of a thing is no report
    ("no", "Naboen kjenner til saken fra før.", []),
    ("sv", "Grannen känner till huset sedan länge.", []),
]


@pytest.mark.parametrize("lang,text,expected", KNOWN_TO)
def test_a_free_relative_of_knowing_is_the_cue(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


ADVERB_BEFORE_OBJECT = [
    ("sv", "Mannen erkänner samtidigt gärningen.", [("Mannen", "erkänner", "gärningen")]),
    ("sv", "Kvinnan nekar till stöld, men erkänner samtidigt själva gärningen.",
     [("Kvinnan", "nekar till", "stöld"), ("Kvinnan", "erkänner", "själva gärningen")]),
    ("no", "Mannen erkjenner samtidig tyveriet.", [("Mannen", "erkjenner", "tyveriet")]),
    # the adverb closing a tag, or before a preposition, is no object
    ("sv", "Vägen är avstängd, säger han samtidigt.", [("han", "säger", "Vägen är avstängd")]),
    ("no", "Veien er stengt, sier han samtidig.", [("han", "sier", "Veien er stengt")]),
    ("no", "Hun sier samtidig til NRK at veien er stengt.", [("Hun", "sier", "veien er stengt")]),
]


@pytest.mark.parametrize("lang,text,expected", ADVERB_BEFORE_OBJECT)
def test_a_sentence_adverb_before_a_noun_object(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
