"""A medium named after a speech tag relays the speaker's words (analyze/tails.relayed_by, inverted.py,
verbfirst.py, direct.py, viapass.py): "…, uppger polisen enligt Expressen", "Det oplyser X fredag ifølge
Ritzau", "…, säger X till TV4 enligt Expressen", "…, said the mayor, as quoted by X". The speaker's record
carries the medium as a via; a medium only ever cited so is never taken for the page's own outlet. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Rec = tuple[str | None, str | None, tuple[str, ...]]  # source, cue, via


def records(text: str, lang: str, outlet: str | None = "Testbladet") -> list[Rec]:
    """(source, cue, via) of each record of `text` (paragraphs cut at blank lines)."""
    authors = ("A. Skribent",) if outlet else ()
    art = Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang, outlet=outlet,
                  authors=authors)
    return [(a.source, a.cue, a.via) for a in attribute(art)]


INVERTED_TAG = [
    # "C, CUE SPEAKER PREP MEDIUM": the speaker is the tag's subject, the medium a via
    ("Två personer greps på lördagen, uppger polisen enligt Expressen.", "sv", ("polisen", "uppger", ("Expressen",))),
    ("To personer blev anholdt, oplyser politiet ifølge Ritzau.", "da", ("politiet", "oplyser", ("Ritzau",))),
    ("To personer er pågrepet, opplyser politiet ifølge NTB.", "no", ("politiet", "opplyser", ("NTB",))),
    ("Zwei Menschen wurden festgenommen, sagte ein Sprecher laut dpa.", "de", ("ein Sprecher", "sagte", ("dpa",))),
    ("Zwei Menschen wurden festgenommen, sagte ein Sprecher am Abend laut dpa.", "de",
     ("ein Sprecher", "sagte", ("dpa",))),
    ("The council will close the school, said the mayor, according to Reuters.", "en",
     ("the mayor", "said", ("Reuters",))),
]


@pytest.mark.parametrize("text,lang,expected", INVERTED_TAG)
def test_a_medium_after_an_inverted_tag_is_a_via(text: str, lang: str, expected: Rec) -> None:
    assert expected in records(text, lang)


BACK_TAG = [
    # "Det CUE SPEAKER (place, time) PREP MEDIUM": the sentence before is the speaker's, through the medium
    ("Hundratals hus saknar ström.\n\nDet uppger polisen enligt Expressen.", "sv", ("polisen", "uppger", ("Expressen",))),
    ("Hundreder af boliger står uden vand. Det oplyser beredskabet på Fyn fredag ifølge Ritzau.", "da",
     ("beredskabet", "oplyser", ("Ritzau",))),
    ("Hundrevis av hus er uten strøm. Det opplyser politiet ifølge NTB.", "no", ("politiet", "opplyser", ("NTB",))),
]


@pytest.mark.parametrize("text,lang,expected", BACK_TAG)
def test_a_medium_after_a_back_pointing_tag_is_a_via(text: str, lang: str, expected: Rec) -> None:
    assert expected in records(text, lang)


RELAY_PHRASE = [
    # "…, CUE SPEAKER, som citeras av X": a relay phrase after the tag's speaker
    ("Skolan stängs, säger rektorn, som citeras av Sydsvenskan.", "sv", ("rektorn", "säger", ("Sydsvenskan",))),
    ("Skolan stängs, säger rektorn som citeras av Sydsvenskan.", "sv", ("rektorn", "säger", ("Sydsvenskan",))),
    ("Skolen stenger, sier rektor, som siteres av NRK.", "no", ("rektor", "sier", ("NRK",))),
    ("Skolen lukker, siger rektor, der citeres af DR.", "da", ("rektor", "siger", ("DR",))),
    ("Die Schule schließt, sagte der Rektor, zitiert von der BBC.", "de", ("der Rektor", "sagte", ("BBC",))),
    ("The council will close the school, said the mayor, as quoted by the Evening Herald.", "en",
     ("the mayor", "said", ("Evening Herald",))),
    # a restrictive relative clause that names no relay stays the speaker's
    ("Skolan stängs, säger en lärare som TT har talat med.", "sv", ("en lärare som TT har talat med", "säger", ())),
]


@pytest.mark.parametrize("text,lang,expected", RELAY_PHRASE)
def test_a_relay_phrase_after_a_tag_is_a_via(text: str, lang: str, expected: Rec) -> None:
    assert expected in records(text, lang)


TWO_MEDIA = [
    # told one medium, which another then relayed: innermost first
    ("– Vi är besvikna, säger Olsson till TV4 enligt Expressen.", "sv", ("Olsson", "säger", ("TV4", "Expressen"))),
    ("– Vi er lei oss, sier Olsen til TV 2 ifølge NRK.", "no", ("Olsen", "sier", ("TV 2", "NRK"))),
]


@pytest.mark.parametrize("text,lang,expected", TWO_MEDIA)
def test_a_relay_after_the_medium_told(text: str, lang: str, expected: Rec) -> None:
    assert expected in records(text, lang)


CITED_IS_NOT_OWN = [
    # a page naming no outlet, which cites the same medium after "enligt" twice: another's words, not its own
    ("– Vi tappade fokus, säger tränaren Per Lund enligt BBC.\n\n– Nu vilar vi, säger Lund enligt BBC.", "sv",
     [("tränaren Per Lund", "säger", ("BBC",)), ("Lund", "säger", ("BBC",))]),
    ("– Vi mistede fokus, siger træner Per Lund ifølge BBC.\n\n– Nu hviler vi, siger Lund ifølge BBC.", "da",
     [("træner Per Lund", "siger", ("BBC",)), ("Lund", "siger", ("BBC",))]),
]


@pytest.mark.parametrize("text,lang,expected", CITED_IS_NOT_OWN)
def test_a_cited_medium_is_never_the_pages_own(text: str, lang: str, expected: list[Rec]) -> None:
    assert records(text, lang, outlet=None) == expected
