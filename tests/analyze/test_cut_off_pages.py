"""A page cut off in the middle of its last sentence (a dump or a paywall stopping mid-word): the report that runs
into the cut keeps its record, however few of its words are left, as the annotators count it. English is the
exception (profile `cut_sentence_void`, analyze/cutend.py): its annotated pages drop the unfinished sentence, so a
report inside it makes no record (en45). Every sentence is written for its test."""
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
    ("sv", "Räddningsledaren sa att taket på lagerhal", ("Räddningsledaren", "sa", "taket på lagerhal")),
    ("no", "Innsatslederen sier at de to bilene ble fl", ("Innsatslederen", "sier", "de to bilene ble fl")),
    ("no", "Brannsjefen skriver på Facebook at to av", ("Brannsjefen", "skriver", "to av")),
    ("da", "Indsatslederen fortalte, at flere af naboerne blev evaku",
     ("Indsatslederen", "fortalte", "flere af naboerne blev evaku")),
    ("de", "Der Einsatzleiter sagte, das Dach der Halle sei eingest",
     ("Der Einsatzleiter", "sagte", "das Dach der Halle sei eingest")),
]

CUT_ENGLISH = ["The fire chief said the warehouse roof had colla", "Jane Roe told reporters she would retu"]


@pytest.mark.parametrize(("lang", "last", "row"), CUT_REPORTS)
def test_a_report_the_page_cuts_off_keeps_its_record(lang: str, last: str, row: Row) -> None:
    assert row in rows(f"{_LEAD[lang]}\n\n{last}", lang)


@pytest.mark.parametrize("last", CUT_ENGLISH)
def test_an_english_report_the_page_cuts_off_makes_no_record(last: str) -> None:
    assert rows(f"{_LEAD['en']}\n\n{last}", "en") == []


@pytest.mark.parametrize(("lang", "last", "expected"), [
    ("sv", "Räddningsledaren sa att taket på lagerhallen rasade strax efter midnatt.",
     [("Räddningsledaren", "sa", "taket på lagerhallen rasade strax efter midnatt")]),
    ("no", "Innsatslederen sier at taket raste. Han sier at mannskapene trakk seg tilba",
     [("Innsatslederen", "sier", "taket raste"), ("Han", "sier", "mannskapene trakk seg tilba")]),
])
def test_complete_and_cut_reports_side_by_side(lang: str, last: str, expected: list[Row]) -> None:
    assert rows(f"{_LEAD[lang]}\n\n{last}", lang) == expected
