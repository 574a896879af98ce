"""Swedish, Norwegian and Danish reporting verbs with their own preposition (issue 10): "melder om", "rapporterar
om", "advarer om", "ga beskjed om". The preposition belongs to the cue, the noun phrase or clause after it is what
was told; also inverted after a fronted phrase (V2), in an agentless passive (with "fra X" before the participle as
its source), and a shared subject after ", og" behind a quotation's tag. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

CASES = [
    # a noun phrase after the cue's own preposition
    ("Brannvesenet melder om tre skadde etter brannen.", "no",
     [("Brannvesenet", "melder om", "tre skadde etter brannen")]),
    ("Redningstjenesten meldte om store skader i sentrum.", "no",
     [("Redningstjenesten", "meldte om", "store skader i sentrum")]),
    ("Forskerne advarer om flere jordskred i høst.", "no", [("Forskerne", "advarer om", "flere jordskred i høst")]),
    ("Beredskabet melder om over 200 evakuerede.", "da", [("Beredskabet", "melder om", "over 200 evakuerede")]),
    ("Eksperterne advarede om stigende vandstand.", "da", [("Eksperterne", "advarede om", "stigende vandstand")]),
    ("Räddningstjänsten rapporterar om två skadade.", "sv", [("Räddningstjänsten", "rapporterar om", "två skadade")]),
    # a perfect
    ("Sykehuset har meldt om flere innleggelser.", "no", [("Sykehuset", "meldt om", "flere innleggelser")]),
    # before a clause
    ("Regionen har rapporteret om, at vejen er lukket.", "da", [("Regionen", "rapporteret om", "vejen er lukket")]),
    ("Tidningen har rapporterat om att skolan ska stänga.", "sv",
     [("Tidningen", "rapporterat om", "skolan ska stänga")]),
    # giving word, only before a clause
    ("En nabo ga beskjed om at døren sto åpen.", "no", [("En nabo", "ga beskjed om", "døren sto åpen")]),
    ("Rektor gav besked om, at skolen var lukket.", "da", [("Rektor", "gav besked om", "skolen var lukket")]),
    ("Hon gav besked om mötet.", "sv", []),
    # V2: a fronted phrase, then the cue, its subject (a source noun) and its own preposition
    ("I natt meldte brannvesenet om tre skadde.", "no", [("brannvesenet", "meldte om", "tre skadde")]),
    ("I morges meldte beredskabet om to sårede.", "da", [("beredskabet", "meldte om", "to sårede")]),
    ("I nord melder lokale myndigheter om ett dødsfall.", "no", [("lokale myndigheter", "melder om", "ett dødsfall")]),
    ("I går rapporterade räddningstjänsten om två skadade.", "sv",
     [("räddningstjänsten", "rapporterade om", "två skadade")]),
    # an agentless passive: no source, or the body named by "fra" before the participle
    ("Det ble meldt om tre skadde.", "no", [(None, "meldt om", "tre skadde")]),
    ("I går blev der fra hospitalet meldt om fire indlagte.", "da",
     [("hospitalet", "blev der meldt om", "fire indlagte")]),
]

SHARED_SUBJECT = [
    # a quotation's inverted tag, then ", og" and a second cue: the tag's speaker speaks on
    ("Skolen er for liten, mener rektor Eva Holm, og peker på at elevtallet har økt.", "no",
     [("rektor Eva Holm", "mener", "Skolen er for liten"), ("rektor Eva Holm", "peker på", "elevtallet har økt")]),
    ("Bygget är för gammalt, menar rektorn Eva Holm, och hänvisar till att taket läcker.", "sv",
     [("rektorn Eva Holm", "menar", "Bygget är för gammalt"), ("rektorn Eva Holm", "hänvisar till", "taket läcker")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_cue_with_own_preposition(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", SHARED_SUBJECT)
def test_shared_subject_after_tag(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected


INSERTED_CITING = [
    # a citing phrase between the subject and its verb belongs to that report: no record of its own
    ("Tidningen, med hänvisning till interna dokument, skriver att bruket går med förlust.", "sv",
     [("Tidningen", "skriver", "bruket går med förlust")]),
]


@pytest.mark.parametrize("text,lang,expected", INSERTED_CITING)
def test_inserted_citing_phrase(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
