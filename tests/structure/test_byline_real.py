"""Byline shapes of real dumps (issue 10, item 3): names written for these tests."""
from __future__ import annotations

import pytest

from enligt.structure.byline import parse_byline


@pytest.mark.parametrize("line,authors", [
    ("Jon Hale in Paris and agencies", ["Jon Hale"]),
    ("Anna Berg och agenturer", ["Anna Berg"]),
    ("Anna Berg i Stockholm och TT", ["Anna Berg"]),
    ("Af Mette Holm", ["Mette Holm"]),
    ("Af Mette Holm, Odense", ["Mette Holm"]),
    ("Af Mette Holm - journalist", ["Mette Holm"]),
    ("Af Mette Holm Journalist", ["Mette Holm"]),
    ("Av Kari Nes, journalist i VG", ["Kari Nes"]),
    ("Av Kari Nes og NTB", ["Kari Nes"]),
    ("Von Anna Schmidt und Peter Müller, Berlin", ["Anna Schmidt", "Peter Müller"]),
    ("Von unserem Korrespondenten Peter Müller", ["Peter Müller"]),
    ("Tom Lee and agencies", ["Tom Lee"]),
    ("Jon Hale and Anna Berg", None),  # no opening word, no agency, no role: not a byline by itself
    ("Peace and quiet and agencies", None),
    ("Anna Berg, Stockholm", None),
])
def test_real_bylines(line: str, authors: list[str] | None) -> None:
    assert parse_byline(line) == authors
