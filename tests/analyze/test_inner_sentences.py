"""innerend.own_sentences: a report inside a quotation of several sentences takes only its cue's sentence, in every
language (English since stop 30), and a record misread over two of its sentences (its content after the cue's
sentence, or its source reaching back into the sentence before) is dropped. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

INNER_CUT = [
    ("en", "\u201cSix sheds burned down, according to the fire crew. Two of our goats ran off,\u201d the farmer said.",
     ("the fire crew", "according to", "Six sheds burned down")),
    ("en", "\u201cAccording to the council, the pool will open in May. We have waited two years,\u201d a swimmer said.",
     ("the council", "According to", "the pool will open in May")),
    ("sv", "\u201dEnligt kommunen öppnar badet i maj. Vi har väntat i två år\u201d, säger en simmare.",
     ("kommunen", "Enligt", "öppnar badet i maj")),
]


@pytest.mark.parametrize(("lang", "text", "row"), INNER_CUT)
def test_inner_report_ends_at_its_sentence(lang: str, text: str, row: Row) -> None:
    assert row in rows(text, lang)


ACROSS = [
    # (text, a cue that must give no record there)
    ("en", "\u201cThe ferry is late, the captain said. Nobody warned us,\u201d a passenger said.", "warned"),
    ("en", "\u201cThe bridge is closed, officials said. Nobody told us,\u201d a resident said.", "told"),
    ("sv", "\u201dBron är stängd, uppger kommunen. Ingen sa något till oss\u201d, säger en boende.", "sa"),
]


@pytest.mark.parametrize(("lang", "text", "cue"), ACROSS)
def test_no_record_read_over_two_sentences(lang: str, text: str, cue: str) -> None:
    got = rows(text, lang)
    assert all(r[1] != cue for r in got)
    assert all(r[2][:1].isalnum() for r in got)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\u201cThe road will reopen soon, police say. We waited for hours,\u201d a driver said."),
    ("en", "\u201cThe shop stays shut, the owner says. We lost a week of sales,\u201d a baker said."),
])
def test_no_content_after_the_cue_sentence(lang: str, text: str) -> None:
    assert all(r[2][:1].isalnum() for r in rows(text, lang))
