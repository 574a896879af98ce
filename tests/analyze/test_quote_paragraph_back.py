"""A paragraph that is all one tagless quotation of several sentences, then "Det sier/säger/siger X." (or "Sådan lød
det fra X.") opening the next one: the whole quotation is X's direct speech, not only its last sentence
(reader._bare_quote). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import KindRow, attributions

QUOTE_BACK = [
    ("no", "Det regnet i går.\n\n– Vi startet for sent. Banen var tung. Det er skuffende.\n\nDet sier Ola Lie til NRK.",
     ("Ola Lie", "sier", "Vi startet for sent. Banen var tung. Det er skuffende", "direct")),
    ("sv", "Det regnade i går.\n\n– Vi startade för sent. Banan var tung. Det är tråkigt.\n\nDet säger Ola Lind till SVT.",
     ("Ola Lind", "säger", "Vi startade för sent. Banan var tung. Det är tråkigt", "direct")),
    ("da", "Det regnede i går.\n\n- Vi startede for sent. Banen var tung. Det er ærgerligt.\n\nDet siger Ole Lund til DR.",
     ("Ole Lund", "siger", "Vi startede for sent. Banen var tung. Det er ærgerligt", "direct")),
    ("da", "Det regnede i går.\n\n»Vi startede for sent. Banen var tung.«\n\nSådan lød det fra træner Ole Lund.",
     ("træner Ole Lund", "lød det fra", "Vi startede for sent. Banen var tung", "direct")),
]


@pytest.mark.parametrize(("lang", "text", "row"), QUOTE_BACK)
def test_the_whole_quotation_paragraph_is_the_tags(lang: str, text: str, row: KindRow) -> None:
    assert [(a.source, a.cue, a.content, a.kind) for a in attributions(text, lang)] == [row]


PROSE_BACK = [
    # a paragraph of prose keeps its last sentence (no quotation, no direct speech)
    ("no", "Laget startet for sent.\n\nDet sier Ola Lie til NRK.", ("Ola Lie", "sier", "Laget startet for sent", "indirect")),
]


@pytest.mark.parametrize(("lang", "text", "row"), PROSE_BACK)
def test_a_prose_paragraph_stays_reported(lang: str, text: str, row: KindRow) -> None:
    assert [(a.source, a.cue, a.content, a.kind) for a in attributions(text, lang)] == [row]
