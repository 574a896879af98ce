"""Issue 11, round conf20 (numbers and conflicts pooled over the annotated real sets): "costs N people their
lives" in every tense is a death toll; a sentence that opens with a place adverb ("Her", "Der", "Där", "Dort")
sets its figures at the place just named, a part of the whole and no rival toll, unless a verb of saying makes
"her" a text ("Her lyder det, at …"). Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[float, str, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.value, q.measure, q.key.split("|")[4]) for q in count(article, attribute(article))]


def _conflicts(text: str, lang: str) -> list[list[float]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    atts = attribute(article)
    qs = count(article, atts)
    return [sorted(qs[i].value for i in c.quantities) for c in find_conflicts(qs, atts)]


# "koster N personer livet" (present, past, perfect; "das Leben gekostet" after the number in German).
COST_LIVES = [
    ("da", "Branden koster mindst 12 beboere livet.", 12),
    ("da", "Ulykken kostede fire mennesker livet.", 4),
    ("no", "Stormen koster seks mennesker livet.", 6),
    ("no", "Flommen kosta ti personer livet.", 10),
    ("sv", "Skottlossningen kostar tre personer livet.", 3),
    ("sv", "Olyckan kostade fem personer livet.", 5),
    ("de", "Das Feuer kostet sieben Menschen das Leben.", 7),
    ("de", "Die Unwetter kosteten elf Menschen das Leben.", 11),
    ("de", "Der Anschlag hat mindestens 14 Menschen das Leben gekostet.", 14),
]


@pytest.mark.parametrize(("lang", "text", "value"), COST_LIVES)
def test_costs_lives_is_a_death_toll(lang: str, text: str, value: float) -> None:
    assert [(v, m) for v, m, _ in _read(text, lang)] == [(value, "killed")]


# The toll of the whole attack, then a sentence set at one place named before it: no rival of the toll.
HERE_PLACE = [
    ("da", ("Seks personer blev dræbt ved angrebene i landet. Om natten ramte en drone en landsby nord for byen. "
           "Her blev to personer dræbt.")),
    ("no", ("Seks personer ble drept i angrepene i landet. Om natten traff en drone en landsby nord for byen. "
           "Der ble to personer drept og tre såret.")),
    ("sv", ("Sex personer dödades i attackerna i landet. Under natten träffade en drönare en by norr om staden. "
           "Där dödades två personer.")),
    ("de", ("Sechs Menschen wurden bei den Angriffen im Land getötet. In der Nacht traf eine Drohne ein Dorf im "
           "Norden. Dort wurden zwei Menschen getötet.")),
]


@pytest.mark.parametrize(("lang", "text"), HERE_PLACE)
def test_here_sets_a_part_at_the_place_just_named(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == []
    assert any("regional=1" in quals for _, _, quals in _read(text, lang))


# With a verb of saying, "her" is a text, not a place: the two tolls stay rivals.
NOT_HERE = [
    ("da", "Seks personer blev dræbt ved angrebene i landet. Her lyder det, at to personer blev dræbt.", [[2, 6]]),
    ("no", "Seks personer ble drept i angrepene i landet. Her opplyste politiet at to personer ble drept.", [[2, 6]]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_HERE)
def test_here_of_a_text_keeps_the_rival(lang: str, text: str, expected: list[list[float]]) -> None:
    assert _conflicts(text, lang) == expected
