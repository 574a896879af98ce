"""English: a sourceless passive report inside a tagless quote paragraph that continues a speaker's quotation ("“I
have been told C”", the speaker named in the paragraph before) is relayed by that speaker, as in a tagged quotation
(analyze/contnest.py). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import via_records

CASES: list[tuple[str, list[tuple[str | None, str | None, list[str]]]]] = [
    (("\u201cThe phones have not stopped ringing,\u201d said the harbour master, Tom Berg.\n\n"
     "\u201cI have been told the ferry will sail again on Friday, weather permitting.\u201d"),
     [("the harbour master", "said", []), ("the harbour master", None, []), (None, "have been told", ["Tom Berg"])]),
    (("\u201cWe opened the doors at six,\u201d the organiser, Ann Lee, said.\n\n"
     "\u201cAt noon we were informed that the main hall had lost power.\u201d"),
     [("the organiser, Ann Lee", "said", []), ("the organiser, Ann Lee", None, []),
      (None, "were informed", ["Ann Lee"])]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_passive_report_in_a_continuation_takes_its_speaker_as_via(
        text: str, expected: list[tuple[str | None, str | None, list[str]]]) -> None:
    assert via_records(text, "en") == expected
