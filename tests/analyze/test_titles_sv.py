"""Swedish title speakers ("Förnamn Efternamn: Q", titles.title_source): a person's name is known by its first name
(lang/sv/first_names.txt, a word class: the common Swedish first names), so a title opened by a name with one of
them is the speaker's, whatever the surname. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

NAMED_TITLES: list[tuple[str, str, list[Row]]] = [
    ("Annie Ekholm: Vi gjorde allt enligt reglerna", "Ministern frågades ut av utskottet på tisdagen.",
     [("Annie Ekholm", ":", "Vi gjorde allt enligt reglerna")]),
    ("Torgny Lind: Klubben har inte råd med fler värvningar", "Ordföranden talade inför årsmötet i helgen.",
     [("Torgny Lind", ":", "Klubben har inte råd med fler värvningar")]),
    ("Marianne Holm: Skolan måste få fler lärare", "Kommunen har sparat på utbildningen i flera år.",
     [("Marianne Holm", ":", "Skolan måste få fler lärare")]),
]


@pytest.mark.parametrize("title,body,expected", NAMED_TITLES)
def test_a_first_name_opens_a_speaker(title: str, body: str, expected: list[Row]) -> None:
    assert rows(body, "sv", title) == expected
