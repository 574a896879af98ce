"""Swedish records that report nothing (contentless._topic_report): "rapporterar om" before a noun phrase that is no
count names the topic a report was about ("Radion rapporterade om valrörelsen"); before a count or a clause it
reports one. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

TOPIC_REPORTS: list[tuple[str, list[Row]]] = [
    ("Lokalradion rapporterade om valrörelsen i länet.", []),
    ("Polisen rapporterar om inbrott i villaområdet.", []),
    # a count or a clause: reported
    ("Polisen rapporterar om fyra inbrott under natten.", [("Polisen", "rapporterar om", "fyra inbrott under natten")]),
    ("Räddningstjänsten rapporterade om cirka 30 evakuerade.",
     [("Räddningstjänsten", "rapporterade om", "cirka 30 evakuerade")]),
    ("Tidningen rapporterade om att fabriken ska läggas ned.",
     [("Tidningen", "rapporterade om", "fabriken ska läggas ned")]),
]


@pytest.mark.parametrize("text,expected", TOPIC_REPORTS)
def test_a_topic_reported_on_is_no_claim(text: str, expected: list[Row]) -> None:
    assert rows(text, "sv") == expected
