"""Source phrases read on real pages in round sven24: a Swedish focusing adverb before the subject ("Även
partisekreteraren instämmer", "Också polisen bekräftar": `focus` in function_words.tsv) is no part of the source.
End to end, one table per construction.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

FOCUS_BEFORE_A_SUBJECT: list[tuple[str, list[Row]]] = [
    ("Även partisekreteraren Anna Berg instämmer i kritiken.",
     [("partisekreteraren Anna Berg", "instämmer i", "kritiken")]),
    ("Också polisen bekräftar att två personer greps under natten.",
     [("polisen", "bekräftar", "två personer greps under natten")]),
    ("Även de andra vittnena uppgav att bilen körde mot rött.",
     [("de andra vittnena", "uppgav", "bilen körde mot rött")]),
    # inside the sentence, after the verb, the adverb is the verb's
    ("Han har även sagt att skolan ska stänga.",
     [("Han", "sagt", "skolan ska stänga")]),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS_BEFORE_A_SUBJECT)
def test_a_swedish_focusing_adverb_is_no_part_of_the_source(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected
