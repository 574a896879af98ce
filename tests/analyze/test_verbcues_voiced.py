"""Feelings voiced about a thing (verbcues._voiced, class `voiced`, `voiced_feelings.txt`, `voiced_preposition`): the
cue runs from the verb over a few words and the feeling to its preposition, the thing is the claim; a verb of voicing
with no feeling after it reports nothing. Speaking of a thing ("spoke of"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article


def _records(text: str, lang: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source, a.cue, a.content) for a in attribute(Article(title=None, body=(text,), language=lang))]


VOICED = [
    ("Bus drivers voiced anger over the new rota.", "en", ("Bus drivers", "voiced anger over", "the new rota")),
    ("Local shop owners expressed their fears about the road closure.", "en",
     ("Local shop owners", "expressed their fears about", "the road closure")),
    ("The bishop expressed strong support for the refugee appeal.", "en",
     ("The bishop", "expressed strong support for", "the refugee appeal")),
    ("Dozens of tenants voiced frustration with the landlord, briefly blocking the lobby.", "en",
     ("Dozens of tenants", "voiced frustration with", "the landlord")),
    ("Fishermen voiced fears that the quota would be cut again.", "en",
     ("Fishermen", "voiced fears", "the quota would be cut again")),
    ("The rector expressed confidence that the exams would go ahead.", "en",
     ("The rector", "expressed confidence", "the exams would go ahead")),
    ("Several nurses spoke of their despair at the staffing levels.", "en",
     ("Several nurses", "spoke of", "their despair at the staffing levels")),
]


@pytest.mark.parametrize(("text", "lang", "record"), VOICED)
def test_a_feeling_voiced_about_a_thing(text: str, lang: str, record: tuple[str, str, str]) -> None:
    assert record in _records(text, lang)


NOTHING = [
    ("The actor voiced a talking fox in the new cartoon.", "en"),
    ("All figures are expressed in euros.", "en"),
    ("She expressed the milk by hand.", "en"),
    ("The mayor spoke of roads and bridges for an hour.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOTHING)
def test_no_feeling_no_report(text: str, lang: str) -> None:
    assert _records(text, lang) == []
