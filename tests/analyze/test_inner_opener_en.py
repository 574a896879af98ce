"""English: a report inside a subordinate clause that opens after a comma or a coordinator, in the middle of its
sentence ("The vote was close, and though officials said A, many voters B"; sourcefirst._inner_opener, `inner_opener`
in function_words.tsv): the report ends where the main clause starts, as it does when the clause opens the sentence.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows_in

run = rows_in("en")


INNER_CLAUSE: list[tuple[str, list[Row]]] = [
    ("The mayor's backing matters, and while he said he would call a vote, the bill is unlikely to pass.",
     [("he", "said", "he would call a vote")]),
    ("The count was slow, but although the board said every ballot was checked, many voters were angry.",
     [("the board", "said", "every ballot was checked")]),
    ("The ferry was late again, and though the operator said the engine was fixed, the crew refused to sail.",
     [("the operator", "said", "the engine was fixed")]),
    # "as" opens no such clause: its report runs on to the end
    ("The port was quiet, as the harbour master reported that the ships waited for weeks.",
     [("the harbour master", "reported", "the ships waited for weeks")]),
]


@pytest.mark.parametrize(("text", "expected"), INNER_CLAUSE)
def test_a_report_in_a_clause_opened_inside_the_sentence(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
