"""Dash quote headlines (issue 10, direct.quote_records): a Nordic title that opens with a dash ("– Vi gir oss
ikke") is a quote headline; the body quote it repeats gives its speaker, cue null; a dash title that no body
quote repeats stays without a record. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, rows

REPEATED = [
    ("– Vi ger inte upp", "sv", "– Vi ger inte upp, vi kämpar vidare, säger kommunalrådet Eva Lind.",
     ("kommunalrådet Eva Lind", None, "Vi ger inte upp")),
    ("– Vi gir oss ikke", "no", "– Vi gir oss ikke før skolen er reddet, sier ordfører Kari Dahl.",
     ("ordfører Kari Dahl", None, "Vi gir oss ikke")),
    ("- Vi giver ikke op", "da", "- Vi giver ikke op, før skolen er reddet, siger borgmester Hans Holm.",
     ("borgmester Hans Holm", None, "Vi giver ikke op")),
]


@pytest.mark.parametrize(("title", "lang", "body", "row"), REPEATED)
def test_a_dash_headline_takes_the_speaker_of_the_quote_it_repeats(title: str, lang: str, body: str, row: Row) -> None:
    assert row in rows(body, lang, title)


UNREPEATED = [
    ("– Skolan måste räddas", "sv", "– Vi ska prata med föräldrarna, säger kommunalrådet Eva Lind."),
    ("– Skolen må reddes", "no", "– Vi skal snakke med foreldrene, sier ordfører Kari Dahl."),
]


@pytest.mark.parametrize(("title", "lang", "body"), UNREPEATED)
def test_a_dash_headline_no_quote_repeats_has_no_record(title: str, lang: str, body: str) -> None:
    assert len(rows(body, lang, title)) == 1
