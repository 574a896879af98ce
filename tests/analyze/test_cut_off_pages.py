"""A page cut off in the middle of its last sentence (a dump or a paywall stopping mid-word): the unfinished
sentence is no claim, so a report inside it makes no record, in every language (profile `cut_sentence_void`,
analyze/cutend.py; en45 for English, stop 45's integration for the others: the annotated pages drop the unfinished
sentence on most pages of each language). A complete report before it keeps its record. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

_LEAD = {
    "sv": "Branden började på natten.",
    "no": "Brannen startet om natten.",
    "da": "Branden startede om natten.",
    "de": "Der Brand brach in der Nacht aus.",
    "en": "The fire started at night.",
}

CUT_REPORTS = [
    ("sv", "Räddningsledaren sa att taket på lagerhal"),
    ("no", "Innsatslederen sier at de to bilene ble fl"),
    ("no", "Brannsjefen skriver på Facebook at to av"),
    ("da", "Indsatslederen fortalte, at flere af naboerne blev evaku"),
    ("de", "Der Einsatzleiter sagte, das Dach der Halle sei eingest"),
    ("en", "The fire chief said the warehouse roof had colla"),
    ("en", "Jane Roe told reporters she would retu"),
]


@pytest.mark.parametrize(("lang", "last"), CUT_REPORTS)
def test_a_report_the_page_cuts_off_makes_no_record(lang: str, last: str) -> None:
    assert rows(f"{_LEAD[lang]}\n\n{last}", lang) == []


@pytest.mark.parametrize(("lang", "last", "expected"), [
    ("sv", "Räddningsledaren sa att taket på lagerhallen rasade strax efter midnatt.",
     [("Räddningsledaren", "sa", "taket på lagerhallen rasade strax efter midnatt")]),
    ("no", "Innsatslederen sier at taket raste. Han sier at mannskapene trakk seg tilba",
     [("Innsatslederen", "sier", "taket raste")]),
])
def test_complete_and_cut_reports_side_by_side(lang: str, last: str, expected: list[Row]) -> None:
    assert rows(f"{_LEAD[lang]}\n\n{last}", lang) == expected
