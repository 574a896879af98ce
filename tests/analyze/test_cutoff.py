"""cutoff.drop_cut_off: a short report that runs into the place where the page cuts its last paragraph off
mid-word gives no record; a long one, one that ends before the cut and a paragraph that ends properly keep theirs."""
from __future__ import annotations

import pytest

from enligt.analyze.cutoff import cut_end
from enligt.models import Span

from .conftest import Row, rows

_LEAD = {
    "sv": "Branden började på natten.",
    "no": "Brannen startet om natten.",
    "da": "Branden startede om natten.",
    "en": "The fire started at night.",
}


@pytest.mark.parametrize(("lang", "last"), [
    ("sv", "Räddningsledaren sa att taket på lagerhal"),
    ("sv", "Enligt polisen hade två grann"),
    ("no", "Innsatslederen sier at de to bilene ble fl"),
    ("no", "Ifølge politiet var mannen bevæp"),
    ("da", "Indsatslederen fortalte, at flere af naboerne blev evaku"),
    ("da", "Ifølge politiet var der ingen tilskad"),
    ("en", "The fire chief said the warehouse roof had colla"),
    ("en", "According to the police, two neighbours were tak"),
])
def test_cut_off_report_gives_no_record(lang: str, last: str) -> None:
    assert rows(f"{_LEAD[lang]}\n\n{last}", lang) == []


@pytest.mark.parametrize(("lang", "last", "expected"), [
    ("sv", "Räddningsledaren sa att taket på lagerhallen rasade strax efter midnatt.",
     [("Räddningsledaren", "sa", "taket på lagerhallen rasade strax efter midnatt")]),
    ("en", "The fire chief said the warehouse roof had collapsed shortly after midnight and that the crews had "
           "to pull back from the building before the walls fel",
     [("The fire chief", "said", "the warehouse roof had collapsed shortly after midnight and that the crews had "
                                 "to pull back from the building before the walls fel")]),
    ("no", "Innsatslederen sier at taket raste. Han sier at mannskapene trakk seg tilba",
     [("Innsatslederen", "sier", "taket raste")]),
])
def test_complete_or_long_reports_keep_their_record(lang: str, last: str, expected: list[Row]) -> None:
    assert rows(f"{_LEAD[lang]}\n\n{last}", lang) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The roof fel", 12), ("The roof fell.", None), ("He said: \u201cThe roof fell\u201d", None),
    ("Two were hurt (", None), ("Page 2 of 13", 12), ("", None),
    ("Two were hurt. abc", None), ("Zwei wurden verletzt. Der", 25), ("Zwei wurden verletzt. Die Feuerw", 32),
])
def test_cut_end(body: str, expected: int | None) -> None:
    assert cut_end(body, (Span(0, len(body)),)) == expected
