"""English: a report inside a relative clause set off by commas ends where the main clause goes on: with the
source inside the clause ("The rules, which officials said will start in May, will cover …":
sourcefirst._gap_relative) and with the relative pronoun as the speaker ("The mayor, who said A, resigned.": a past
form in -ed opens the main clause's predicate, relclauseend._past_main).

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


RELATIVE_REPORT_END: list[tuple[str, list[Row]]] = [
    ("The gunman, who officials said was 19, died at the scene.", [("officials", "said", "who was 19")]),
    ("The new fees, which the council says will start in May, will hit small shops.",
     [("the council", "says", "which will start in May")]),
    ("The suspect, who police said was armed, fled.", [("police", "said", "who was armed")]),
    ("The treasurer, who said the books were clean, resigned.", [("who", "said", "the books were clean")]),
    ("Ann Berg, who said the count was rigged, lost her seat in the recount.",
     [("who", "said", "the count was rigged")]),
    # a report at the end of its sentence runs to it
    ("He attacked the levy, which he said had hurt the harbour.", [("he", "said", "which had hurt the harbour")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_REPORT_END)
def test_a_report_in_a_relative_clause_ends_at_the_main_clause(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
