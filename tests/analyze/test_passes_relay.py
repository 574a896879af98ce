"""nordic23 (passes.nest): a Norwegian "ifølge Y" whose content holds nothing but a report of its own,
source included ("X sier ifølge NTB at C", "X siterer Y på at C, ifølge Reuters"), is no record of its own: the
report is the claim and Y one more via. A fronted "Ifølge Y sier X at C", or an "ifølge" content with a claim of
its own beside a report, keeps Y's record. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import full_rows

Full = tuple[str | None, str | None, str | None, str | None, str | None, tuple[str, ...]]


def claims(text: str, lang: str) -> list[tuple[str | None, str | None, str | None, list[str]]]:
    """(source, cue, content, via) of each attribution of `text`."""
    return [(r[0], r[2], r[3], list(r[5])) for r in full_rows(text, lang)]


CASES = [
    # the relay inside the report: one record, the relay its via
    ("Fylkeskommunen sier ifølge nyhetsbyrået NTB at skolene åpner igjen mandag.", "no",
     [("Fylkeskommunen", "sier", "skolene åpner igjen mandag", ["NTB"])]),
    ("Nyhetsbyrået Interfax siterer en kilde i regjeringen på at tre ministre går av, ifølge Reuters.", "no",
     [("en kilde i regjeringen", "siterer", "tre ministre går av", ["Interfax", "Reuters"])]),
    # a fronted relay, or one with a claim of its own beside the report: both records
    ("Ifølge avisen sier naboene at brannen startet i kjelleren.", "no",
     [("avisen", "Ifølge", "sier naboene at brannen startet i kjelleren", []),
      ("naboene", "sier", "brannen startet i kjelleren", ["avisen"])]),
    ("Fylket har ifølge NTB stengt veien, og politiet sier at den åpner i kveld.", "no",
     [("NTB", "ifølge", "Fylket har stengt veien, og politiet sier at den åpner i kveld", []),
      ("politiet", "sier", "den åpner i kveld", ["NTB"])]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_relayed_report(text: str, lang: str, expected: list[tuple[str, str, str, list[str]]]) -> None:
    assert claims(text, lang) == expected
