"""Sourceless hearsay frames (hearsay.py): an adverb between the passive marker and its complementizer ("Det sägs
nu att C", "Det siges også, at C", "Det sies nå at C") still leaves C as the claim, the frame cut off. Waiting
for something ("ventede på at blive afhørt") is no expectation (phrasal.tsv). Every sentence is written for its
test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=("Inledning", text), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


FRAME_ADVERB = [
    ("sv", "Det sägs nu att hamnen ska byggas ut.", [(None, "sägs", "hamnen ska byggas ut")]),
    ("sv", "Det sägs här att skolan stängde för tidigt.", [(None, "sägs", "skolan stängde för tidigt")]),
    ("da", "Det siges også, at havnen skal udvides.", [(None, "siges", "havnen skal udvides")]),
    ("no", "Det sies nå at havnen skal utvides.", [(None, "sies", "havnen skal utvides")]),
]


@pytest.mark.parametrize("lang,text,expected", FRAME_ADVERB)
def test_an_adverb_before_the_complementizer_of_a_hearsay_frame(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


WAITING = [
    ("da", "Chaufføren sad på stationen og ventede på at blive hentet.", []),
    ("no", "Sjåføren satt på stasjonen og ventet på å bli hentet.", []),
]


@pytest.mark.parametrize("lang,text,expected", WAITING)
def test_waiting_for_something_is_no_report(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
