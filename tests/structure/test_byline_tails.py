"""An agency or a weekday glued after a byline name (structure/byline.cut_name_tail, parse_byline)."""
from __future__ import annotations

import pytest

from enligt.structure.byline import parse_byline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an agency after the name, no separator
        ("Av Karin Holm TT", ["Karin Holm"]),
        ("Af Mads Lund Ritzau", ["Mads Lund"]),
        ("Af Mads Lund Berlingske Nyhedsbureau", ["Mads Lund"]),
        ("Av Ola Nordahl NTB", ["Ola Nordahl"]),
        ("By Jane Doe Reuters", ["Jane Doe"]),
        # no opening word: the agency marks the byline; an e-mail address between is dropped
        ("Karin Holm karin.holm@example.se TT", ["Karin Holm"]),
        ("Mads Lund Berlingske Nyhedsbureau", ["Mads Lund"]),
        # a weekday between the name and the date
        ("Von Petra Krause Dienstag", ["Petra Krause"]),
        ("By Jane Doe Tuesday", ["Jane Doe"]),
        ("Av Karin Holm tisdag", ["Karin Holm"]),
        # unchanged
        ("Av Anna Maria Berg", ["Anna Maria Berg"]),
        ("Polisen i Malmö TT", None),
        ("Anna Berg", None),
    ],
)
def test_name_tail(line: str, expected: list[str] | None) -> None:
    assert parse_byline(line) == expected
