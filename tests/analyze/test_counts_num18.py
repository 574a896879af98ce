"""Issue 11, round num18 (causes pooled over the annotated real sets): a figure a source relays from a
part of itself, people registered at an address. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, ...]]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value, q.key) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# A source that gave a figure and then relays the report of a part of itself ("the army's statement
# said the review team estimates …") says its own figure again: one record, no third member of a conflict.
RELAYED = [
    ("en", ("The army said on Monday that 12 civilians were killed in the raid. Local officials say 40 civilians "
           "were killed.\n\n\"The review team estimates that 12 civilians were killed in the raid,\" the army "
           "statement said.")),
]


@pytest.mark.parametrize(("lang", "text"), RELAYED)
def test_a_figure_relayed_from_a_part_of_its_source_is_one_record(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [(m, v) for m, v, _ in found] == [("killed", 12), ("killed", 40)]
    assert conflicts == [(0, 1)]


# People registered as living at an address or in a house are those who live there, a standing total;
# people registered elsewhere, or registered with no dwelling, are still counted.
REGISTERED = [
    ("sv", "Branden började i natt. 60 personer är folkbokförda på adressen, säger räddningstjänsten.", []),
    ("sv", "Branden började i natt. 60 personer är registrerade på adressen, säger räddningstjänsten.", []),
    ("no", "Brannen startet i natt. 60 personer er registrert på adressen, sier politiet.", []),
    ("da", "Branden startede i nat. 60 personer er registreret på adressen, siger politiet.", []),
    ("de", "Das Feuer brach in der Nacht aus. Es seien 60 Menschen in dem Haus gemeldet, sagte die Polizei.", []),
    ("en", "The fire broke out overnight. Some 60 people are registered at the address, police said.", []),
    ("no", "Brannen startet i natt. 60 personer ble evakuert fra huset, sier politiet.", [60]),
    ("en", "The fire broke out overnight. Some 60 people registered for the race, police said.", [60]),
]


@pytest.mark.parametrize(("lang", "text", "values"), REGISTERED)
def test_people_registered_at_an_address_are_no_count(lang: str, text: str, values: list[int]) -> None:
    found, _ = _read(text, lang)
    assert [v for _, v, _ in found] == values
