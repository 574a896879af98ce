"""A print replica's strip under the headline gives the outlet and the reporters (replica.py)."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.replica import parse_replica_strip
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kustbladet - - Inrikes -", ("Kustbladet", [])),  # sv
        ("Kustbladet - - Inrikes - Anna Berg", ("Kustbladet", ["Anna Berg"])),
        ("Norra Kustbladet - - SPORT - Anna Berg Olle Ek", ("Norra Kustbladet", ["Anna Berg", "Olle Ek"])),
        ("Fjordavisa - - Innenriks - KARI LIE", ("Fjordavisa", ["Kari Lie"])),  # no
        ("Kystposten - - Indland - Mette Holm Lars Nielsen", ("Kystposten", ["Mette Holm", "Lars Nielsen"])),  # da
        ("Harbour Times - - World -", ("Harbour Times", [])),  # en
        ("Die Linde - - Lokales - Petra Kunz", ("Die Linde", ["Petra Kunz"])),  # de
        ("Rot - - Blau", ("Rot", [])),
        # reporters' first names of the Norwegian list; an odd run split at each first name
        ("Fjordavisa - - SPORT - TRYGVE ÅS BJARNE LID HOLM", ("Fjordavisa", ["Trygve Ås", "Bjarne Lid Holm"])),
        # the reporter's address after the name, broken by the dump's spaces or not
        ("Kystposten - - NYHEDER - Mette Lund Holm meho@ kystposten. dk", ("Kystposten", ["Mette Lund Holm"])),
        ("Kustbladet - - Inrikes - Anna Berg anna.berg@kustbladet.se", ("Kustbladet", ["Anna Berg"])),
        ("Kustbladet - - Inrikes - anna@kustbladet.se", ("Kustbladet", [])),
        ("Ja - nej - kanske", None),  # a spaced hyphen, no empty field
        ("sedan - - sist", None),  # no name before the empty field
        ("Kustbladet - - ", None),  # no section
    ],
)
def test_parse_replica_strip(text: str, expected: tuple[str, list[str]] | None) -> None:
    assert parse_replica_strip(text) == expected


PAGE = """Färjan ställs in hela veckan

Kustbladet - - Inrikes - Anna Berg Olle Ek

Färjan mellan Hamnö och Ekö ställs in hela veckan sedan en motor gått sönder.

– Vi hoppas att den är lagad till helgen, säger rederiets vd Sara Lind.

Resenärerna hänvisas till bussen över bron.
"""


def test_strip_under_headline_is_outlet_and_authors() -> None:
    a = structure_text(Page(input="t", content=PAGE, kind="text"), options=Options(lang="auto"))
    assert a.title == "Färjan ställs in hela veckan"
    assert a.outlet == "Kustbladet" and list(a.authors) == ["Anna Berg", "Olle Ek"]
    assert a.body[0].startswith("Färjan mellan")
