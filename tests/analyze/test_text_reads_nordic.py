"""Tests of text reads (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# A document that "reads so" with the expletive after the verb (stop 32, nordic32): "I rapporten går det frem /
# kommer det fram / framgår det at C" names the fronted document as the source, in every spelling (fram/frem), tense
# and the Nynorsk "kjem det fram" (lang/<code>/cues_speech.tsv, class impersonal); "Av rapporten framgår det att C"
# stays the evidence rule's, one record. Every sentence is written for its test.
CASES: list[tuple[str, str, list[Row]]] = [
    ("I rapporten går det frem at kommunen sparte penger.", "no",
     [("rapporten", "går det frem", "kommunen sparte penger")]),
    ("I en pressemelding fra forbundet gikk det frem at to butikker stenger.", "no",
     [("en pressemelding fra forbundet", "gikk det frem", "to butikker stenger")]),
    ("I dommen kommer det frem at mannen visste om pengene.", "no",
     [("dommen", "kommer det frem", "mannen visste om pengene")]),
    ("I årsrapporten for i fjor kom det fram at kommunen sparte penger.", "no",
     [("årsrapporten for i fjor", "kom det fram", "kommunen sparte penger")]),
    ("I brevet kjem det fram at skulen må stenge.", "no", [("brevet", "kjem det fram", "skulen må stenge")]),
    ("I vedtaket fremgår det at hallen skal rives.", "no", [("vedtaket", "fremgår det", "hallen skal rives")]),
    ("I domen framgår det att mannen kände till pengarna.", "sv",
     [("domen", "framgår det", "mannen kände till pengarna")]),
    ("I årsredovisningen framkommer det att kommunen sparade pengar.", "sv",
     [("årsredovisningen", "framkommer det", "kommunen sparade pengar")]),
    ("I protokollet kom det fram att två skolor stänger.", "sv",
     [("protokollet", "kom det fram", "två skolor stänger")]),
    # the evidence rule's own shapes stay one record
    ("Av vedtaket fremgår det at hallen skal rives.", "no", [("vedtaket", "fremgår", "hallen skal rives")]),
    ("Av beslutet framgår det att hallen ska rivas.", "sv", [("beslutet", "framgår", "hallen ska rivas")]),
    ("Det fremgår av vedtaket at hallen skal rives.", "no", [("vedtaket", "fremgår", "hallen skal rives")]),
    # nothing came out of a text: no record
    ("Hva som skjedde, kom aldri fram.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_text_reads(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
