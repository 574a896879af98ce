"""A V2 main clause inside another record's words (issue 10, nested records): after "at"/"att"/"dass", an opening
quotation mark or a dash, a fronted phrase before the cue is no source, the subject after the cue is; with a
first-person subject the nested cue reports nothing of its own ("– Efter mødet mener vi, at C", as at a
sentence's start). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

CASES = [
    ("no", "Ola Lie sier at etter møtet mener forbundet at grensen er nådd.",
     [("Ola Lie", "sier", "etter møtet mener forbundet at grensen er nådd"),
      ("forbundet", "mener", "grensen er nådd")]),
    ("no", "– Etter møtet sier forbundet at grensen er nådd, sier Ola Lie.",
     [("Ola Lie", "sier", "Etter møtet sier forbundet at grensen er nådd"), ("forbundet", "sier", "grensen er nådd")]),
    ("no", "– Når byen står bak en stor endring mener vi at grensen er nådd, sier Ola Lie.",
     [("Ola Lie", "sier", "Når byen står bak en stor endring mener vi at grensen er nådd")]),
    ("no", "– Foran valget mener vi at skatten må ned, sier Ola Lie.",
     [("Ola Lie", "sier", "Foran valget mener vi at skatten må ned")]),
    ("da", "Anna Holm siger, at efter mødet mener forbundet, at grænsen er nået.",
     [("Anna Holm", "siger", "efter mødet mener forbundet, at grænsen er nået"),
      ("forbundet", "mener", "grænsen er nået")]),
    ("da", "»Efter mødet mener vi, at grænsen er nået,« siger Anna Holm.",
     [("Anna Holm", "siger", "Efter mødet mener vi, at grænsen er nået")]),
    ("sv", "”Efter mötet menar förbundet att gränsen är nådd”, säger Anna Ek.",
     [("Anna Ek", "säger", "Efter mötet menar förbundet att gränsen är nådd"), ("förbundet", "menar", "gränsen är nådd")]),
    ("sv", "”Efter mötet menar vi att gränsen är nådd”, säger Anna Ek.",
     [("Anna Ek", "säger", "Efter mötet menar vi att gränsen är nådd")]),
    ("de", "„Nach dem Treffen sagt der Verband, dass die Grenze erreicht ist“, sagte Anna Lenz.",
     [("Anna Lenz", "sagte", "Nach dem Treffen sagt der Verband, dass die Grenze erreicht ist"),
      ("der Verband", "sagt", "die Grenze erreicht ist")]),
    # a closing mark before the cue opens no clause: the subject before it stays the source
    # (the naming with its quoted word is a record of its own: nordic17)
    ("sv", "Han kallade beslutet ”fel” och menar att det bör rivas upp.",
     [("Han", "kallade", "beslutet ”fel”"), ("Han", "menar", "det bör rivas upp")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_inner_clause(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
