"""Source types by word class (issue 10, stop 28): a state's army named by a short word the definite form
cannot reach ("den israelske hær"), television as a medium, a forecast or an article as a document, and
outlet names the gazetteer lacked, a two-letter channel with a figure ("P4 Örebro") among them. Every
sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions


def types(text: str, lang: str) -> list[tuple[str | None, str]]:
    """(source, source_type) of each attribution of `text`."""
    return [(a.source, a.source_type) for a in attributions(text, lang)]


CASES = [
    ("Ifølge den svenske hær blev tre soldater såret.", "da", "official"),
    ("Ifølge den danske hær er øvelsen aflyst.", "no", "official"),
    ("Ifølge russisk fjernsyn blev to personer dræbt.", "da", "media"),
    ("Ifølge fjernsynet er broen stengt.", "no", "media"),
    ("Ifølge vejrudsigten kommer der mere regn i nat.", "da", "document"),
    ("Ifølge værvarselet kommer det mer snø i helgen.", "no", "document"),
    ("Ifølge artikkelen ble to menn arrestert.", "no", "document"),
    ("Enligt artikeln greps två män.", "sv", "document"),
    ("Laut der Wettervorhersage kommt am Abend Hagel.", "de", "document"),
    ("Laut dem Heer wurden zwei Soldaten verletzt.", "de", "official"),
    ("According to the article, two men were arrested.", "en", "document"),
    ("According to Sky Sports, the striker will miss six weeks.", "en", "media"),
    ("Enligt P4 Västerbotten har två personer gripits.", "sv", "media"),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_word_class_type(text: str, lang: str, expected: str) -> None:
    got = types(text, lang)
    assert len(got) == 1 and got[0][1] == expected, got
