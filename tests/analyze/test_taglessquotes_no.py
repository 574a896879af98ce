"""Norwegian quote headlines after a topic and a colon (taglessquotes.dash_after_colon): "Topic: – Q" is a quote
headline whose speaker the body quote repeating it gives; a speaker before the colon keeps its own record.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

BODY = ("Redningsfolkene lette i tolv timer etter de to turgåerne.\n\n"
        "– Vi var heldige med været, sier innsatsleder Kari Moe.")

TOPIC_DASH: list[tuple[str, str, str, list[Row]]] = [
    ("Lang natt på fjellet: – Vi var heldige med været", BODY, "no",
     [("innsatsleder Kari Moe", None, "Vi var heldige med været"),
      ("innsatsleder Kari Moe", "sier", "Vi var heldige med været")]),
    ("Lang natt på fjellet: − Vi var heldige med været", BODY, "no",
     [("innsatsleder Kari Moe", None, "Vi var heldige med været"),
      ("innsatsleder Kari Moe", "sier", "Vi var heldige med været")]),
    # no body quote repeats it: no record
    ("Lang natt på fjellet: – Alle kom seg ned", BODY, "no",
     [("innsatsleder Kari Moe", "sier", "Vi var heldige med været")]),
]


@pytest.mark.parametrize("title,text,lang,expected", TOPIC_DASH)
def test_topic_dash(title: str, text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang, title) == expected
