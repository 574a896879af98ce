"""Refusals to comment are no attributions (issue 10, sv/no/da/de/en); a refusal that goes on to say something
stays. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.refusals import only_refusal
from enligt.models import Article


def _contents(text: str, lang: str) -> list[str]:
    return [a.content for a in attribute(Article(title=None, body=(text,), language=lang))]


REFUSALS = [
    ("– Just nu har jag inga kommentarer, säger Per Lind.", "sv"),
    ("Per Lind säger att han inte vill kommentera.", "sv"),
    ("– Det kan jag ikke kommentere nå, sier Ola Berge.", "no"),
    ("– Vi har ingen kommentarer til det, siger Jens Holm.", "da"),
    ("– Vi kommer ikke til å gi noen ytterligere kommentarer nå, sier Kari Lunde.", "no"),
    ("– Vi kommer inte att lämna några ytterligare kommentarer, säger Eva Lind.", "sv"),
    ("– Vi vil ikke komme med yderligere kommentarer, siger Mads Krog.", "da"),
    ("\"Dazu kann ich derzeit nichts sagen\", sagte Peter Lang.", "de"),
    ("\"I have no comment at this time,\" said John Reed.", "en"),
    ("\"We cannot comment on an ongoing case,\" a spokesman said.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), REFUSALS)
def test_refusal_is_no_attribution(text: str, lang: str) -> None:
    assert _contents(text, lang) == []


KEPT = [
    ("– Jag har inga kommentarer, men vi kommer att överklaga domen, säger Per Lind.", "sv",
     "Jag har inga kommentarer, men vi kommer att överklaga domen"),
    ("– Ingen kommentar. Vi venter på rapporten, sier Ola Berge.", "no", "Ingen kommentar. Vi venter på rapporten"),
    ("\"I have no comment on the ruling, but we will appeal,\" said John Reed.", "en",
     "I have no comment on the ruling, but we will appeal"),
    ("\"Wir kommentieren das nicht, weil das Verfahren läuft\", sagte Peter Lang.", "de",
     "Wir kommentieren das nicht, weil das Verfahren läuft"),
]


@pytest.mark.parametrize(("text", "lang", "content"), KEPT)
def test_refusal_that_says_more_stays(text: str, lang: str, content: str) -> None:
    assert content in _contents(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Inga kommentarer.", "sv", True),
    ("Ingen kommentar, men vi överklagar.", "sv", False),
    ("Sie wollte sich dazu nicht äußern.", "de", True),
    ("The plan will go ahead.", "en", False),
])
def test_only_refusal(text: str, lang: str, expected: bool) -> None:
    assert only_refusal(text, lang) is expected


def test_long_sentence_that_also_refuses_stays() -> None:
    text = "The school board is planning a new building for the pupils next year and has no comment on the sale."
    assert only_refusal(text, "en") is False


def test_a_case_blind_match_the_lower_cased_text_misses_is_still_found() -> None:
    """The cheap word test before the pattern reads the lower-cased text; a long s ("ſ") matches "s"
    case-blind but stays "ſ" lower-cased, so such a text goes to the pattern."""
    assert only_refusal("Jag vill inte ſvara.", "sv") is only_refusal("Jag vill inte svara.", "sv") is True


@pytest.mark.parametrize(("odd", "lang"), [
    ("Vi vill ınte kommentera.", "sv"),
    ("VI VIL İKKE KOMMENTERE.", "no"),
    ("Ingen kommentarer, ſiger han.", "da"),
    ("No comment at thiſ time.", "en"),
])
def test_a_letter_lower_casing_changes_still_reaches_the_pattern(odd: str, lang: str) -> None:
    """Dotless "ı", dotted "İ" and long "ſ" match "i", "I" and "s" case-blind, and the lower-cased text does not
    hold the phrase: the pattern still reads such a text."""
    assert only_refusal(odd, lang) is True

