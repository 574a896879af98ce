"""Tests of gapped (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

# German gapped clauses with a source phrase of their own (de24, markers._gapped_count): after the comma that closes
# a clause with a finite verb, "nach Angaben Y …"/"laut Y …" opening a clause with a count and no verb is Y's claim
# alone ("Nach Angaben des Amtes sind acht gestorben, nach Angaben der Kliniken bereits 16 Menschen"), and the claim
# before ends at its comma. A clause after the source with a verb of its own, or with no count, keeps the reading it
# had. Every sentence is written for its test.
run = rows_in("de")

GAPPED = [
    ("Nach Angaben des Amtes sind acht Personen gestorben, nach Angaben der Kliniken bereits 16 Menschen.",
     [("des Amtes", "Nach Angaben", "sind acht Personen gestorben"),
      ("der Kliniken", "nach Angaben", "bereits 16 Menschen")]),
    ("Zum Protest kam es in Kiel, an dem sich 2.000 Menschen beteiligten, laut Polizei aber nur noch 750.",
     [("Polizei", "laut", "aber nur noch 750")]),
    # no count after the source: the sentence before is the claim, as before
    ("Der Mann wurde schwer verletzt, laut Polizei lebensgefährlich.",
     [("Polizei", "laut", "Der Mann wurde schwer verletzt")]),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED)
def test_gapped(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
