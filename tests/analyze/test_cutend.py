"""en45: a page cut off in mid-sentence ("… said the plant would close the"): the unfinished last sentence makes
no record; a quotation of several sentences running into it ends with the sentence before; a content that ends
before the cut is whole (only its tag was cut). Where the profile says so (every language since stop 45). Every sentence is
written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

CASES: list[tuple[str, str, list[Row]]] = [
    # the cut sentence holds the whole content: no record
    ("The bakery opened in May.\n\nThe owner said sales in the first week were abo", "en", []),
    ("Crews worked through the night.\n\nA spokesman for the utility said power should be back by", "en", []),
    ("The school stayed shut. Parents believe the heating failed in the east wi", "en", []),
    # a quotation of several sentences running into the cut: it ends with the last full sentence
    ("The vote was close.\n\n\u201cWe did what we could,\u201d the councillor said. \u201cNobody wanted this. We will try ag",
     "en", [("the councillor", "said", "We did what we could Nobody wanted this")]),
    # the content ends before the cut: only the tag was cut, the record stands
    ("The river rose overnight.\n\n\u201cThe bridge is closed for now,\u201d the sheriff said, adding that a de",
     "en", [("the sheriff", "said", "The bridge is closed for now")]),
    # a sentence ended as written is never cut
    ("The mayor said the park would reopen in June.", "en",
     [("The mayor", "said", "the park would reopen in June")]),
    ("\u201cWe are ready for the season,\u201d the coach said", "en",
     [("the coach", "said", "We are ready for the season")]),
    # a stop the splitter reads on past (a lower-case sign-off after it): the sentence before is whole
    ("Der Keller lief voll.\n\nDie Polizei sagte, niemand sei verletzt worden. kna", "de",
     [("Die Polizei", "sagte", "niemand sei verletzt worden")]),
    ("Vägen stängdes.\n\nIngen skadades, uppger polisen. /TT", "sv", [("polisen", "uppger", "Ingen skadades")]),
    # every language's profile says so
    ("Butiken öppnade i maj.\n\nÄgaren säger att försäljningen första veckan var fle", "sv", []),
    ("Butikken åpnet i mai.\n\nEieren sier at salget den første uken var høy", "no", []),
    ("Butikken åbnede i maj.\n\nEjeren siger, at salget den første uge var hø", "da", []),
    ("Der Laden öffnete im Mai.\n\nDer Inhaber sagt, der Umsatz der ersten Woche sei hö", "de", []),
    ("Der Laden öffnete im Mai.\n\n„Wir sind zufrieden“, sagte der Inhaber. „Die erste Woche war gut. Wir pla", "de",
     [("der Inhaber", "sagte", "Wir sind zufrieden Die erste Woche war gut")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_cutend(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
