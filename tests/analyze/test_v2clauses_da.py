"""Danish: a two-word cue split by its inverted subject ("regner banken med, at C") reports the subject, but a
first-person subject there is the speaker's own words and gives no record, as it does for an unsplit cue
(v2clauses.inverted_phrase with `split_own_voice`; dan46). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Row = tuple[str | None, str | None]  # source, cue


def run(text: str) -> list[Row]:
    article = Article(title=None, body=(text,), language="da")
    return [(a.source, a.cue) for a in attribute(article)]


SPLIT = [
    ("- Ud fra prognosen regner vi med, at salget falder, siger direktør Eva Lund.", [("direktør Eva Lund", "siger")]),
    ("- Til foråret regner jeg med, at huset er færdigt, siger Ib Holm.", [("Ib Holm", "siger")]),
    ("Efter mødet regner banken med, at salget falder.", [("banken", "regner med")]),
]


@pytest.mark.parametrize("text,expected", SPLIT)
def test_split_cue_first_person(text: str, expected: list[Row]) -> None:
    assert run(text) == expected
