"""Norwegian hearsay "skal være" outside a relative clause (hearsay.py, lang/no/hearsay_states.txt): hearsay before a
thing seen or found in the reported event, a plan before other words. Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

SEEN_FOUND_SENT: list[tuple[str, str, list[Row]]] = [
    ("En ulv skal være observert like ved barnehagen.", "no",
     [(None, "skal være", "En ulv skal være observert like ved barnehagen")]),
    ("Bjørnen skal for det meste være observert nord for vannet.", "no",
     [(None, "skal være", "Bjørnen skal for det meste være observert nord for vannet")]),
    ("Kniven skal være funnet under en busk i parken.", "no",
     [(None, "skal være", "Kniven skal være funnet under en busk i parken")]),
    ("Lekkasjen skal vere oppdaga av ein nabo.", "no",
     [(None, "skal vere", "Lekkasjen skal vere oppdaga av ein nabo")]),
    # a plan or a duty: no hearsay
    ("Skolen skal være ferdig til høsten.", "no", []),
    ("Budsjettet skal være uendret neste år.", "no", []),
]


@pytest.mark.parametrize("text,lang,expected", SEEN_FOUND_SENT)
def test_seen_found_sent(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
