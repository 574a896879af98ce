"""Source types of round via40 (analyze/resolve.py, sourcetype.writes_to_medium, lang/outlets.txt,
lang/de/source_types.tsv): an unknown one-word name that writes to a medium ("skrev X til Fjordvarden") is a person,
not the medium that writes; a newspaper by its initials ("the WSJ") or its rhythm ("the daily", "the weekly"); German official bodies named by
"Stellen" ("offizielle Stellen", "staatliche Stellen"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import source_types

TYPES = [
    # a one-word name that writes to a medium is a person; one that writes, with no recipient, a medium
    ("no", "Saken var avklart allerede i mars, skrev Hovdenes til Fjordvarden.", "Hovdenes", "person"),
    ("sv", "Beslutet var fattat redan i mars, skrev Lindqvarn till Kustvakten.", "Lindqvarn", "person"),
    ("da", "Sagen var afgjort allerede i marts, skriver Holmvarde til Vestvarden.", "Holmvarde", "person"),
    ("no", "Saken var avklart allerede i mars, skriver Fjordvarden.", "Fjordvarden", "media"),
    # a newspaper by its initials
    ("en", "The plant will close by the end of the year, the WSJ said.", "the WSJ", "media"),
    # a paper by the rhythm it appears in
    ("en", "The pier will be sold by the end of the year, the daily reported.", "the daily", "media"),
    ("en", "The pier will be sold by the end of the year, the weekly said.", "the weekly", "media"),
    # official bodies named by "Stellen"
    ("de", "Offizielle Stellen in Bern erklärten, die Brücke bleibe gesperrt.", "Offizielle Stellen",
     "official"),
    ("de", "Staatliche Stellen teilten mit, die Brücke bleibe gesperrt.", "Staatliche Stellen", "official"),
]


@pytest.mark.parametrize("lang,text,source,expected", TYPES)
def test_source_type(lang: str, text: str, source: str, expected: str) -> None:
    got = source_types(text, lang)
    assert got.get(source) == expected, got
