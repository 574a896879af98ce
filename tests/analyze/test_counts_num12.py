"""Issue 11, round num12 (live7dev): people forced from their homes, votes, the suspects, officers,
warrants and premises of a raid, units of rain, and two bare counts of people on board from two
sources. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float]], list[tuple[int, ...]]]:
    article = Article(title=None, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# "forcing 80 people from their homes", "the evacuation of 40 residents": displaced; rain in inches counts nothing.
DISPLACED = [
    ("en", "Heavy rain of up to 4 inches flooded the valley on Sunday, forcing some 80 people from their homes.", [("displaced", 80)]),
    ("en", "The river forced the evacuation of 40 residents, the mayor said.", [("displaced", 40)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DISPLACED)
def test_forced_from_homes_is_displaced(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# The votes of a council are counted (`other`).
VOTES = [
    ("da", "Ni byrådsmedlemmer stemte for forslaget i aftes.", [("other", 9)]),
    ("no", "Ni kommunestyremedlemmer stemte for forslaget i går.", [("other", 9)]),
    ("sv", "Nio fullmäktigeledamöter röstade för förslaget i går.", [("other", 9)]),
    ("de", "Neun Ratsmitglieder stimmten am Abend für den Antrag.", [("other", 9)]),
    ("en", "Nine council members voted for the proposal on Tuesday.", [("other", 9)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VOTES)
def test_votes_count(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# A raid: the suspects arrested, the warrants executed and the officers sent are counts.
RAID = [
    ("de", "Am Dienstag wurden sieben Beschuldigte festgenommen.", [("other", 7)]),
    ("de", "Bei der Razzia wurden acht Haftbefehle vollstreckt.", [("other", 8)]),
    ("de", "Rund 300 Beamtinnen und Beamte waren im Einsatz.", [("other", 300)]),
    ("en", "Officers obtained eight warrants before the raid on Tuesday.", [("other", 8)]),
    ("no", "Politiet pågrep fire siktede i aksjonen.", [("other", 4)]),
    ("da", "Politiet anholdt fire sigtede under aktionen.", [("other", 4)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RAID)
def test_a_raid_counts(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Two bare counts of people on board, from two sources, more than 10 % apart: a conflict; passengers
# and crew are people; "onboard" is no predicate.
ON_BOARD = [
    ("en", ("The sheriff said the ferry was carrying 210 passengers and crew members. The operator later said there "
            "were 160 people onboard.")),
    ("sv", "Polisen sade att 210 passagerare var ombord på färjan. Rederiet uppgav senare att 160 personer var ombord."),
]


@pytest.mark.parametrize(("lang", "text"), ON_BOARD)
def test_people_on_board_from_two_sources_conflict(lang: str, text: str) -> None:
    found, conflicts = _read(text, lang)
    assert [v for _, v in found] == [210, 160]
    assert conflicts == [(0, 1)]


# A bare count of people never meets a count of another kind of thing, nor one with another predicate.
APART = [
    ("en", "The school said 800 students sat the exam. The union said 300 people marched."),
    ("en", "Police said 5,000 people registered. Organisers said 12,000 people entered the park."),
]


@pytest.mark.parametrize(("lang", "text"), APART)
def test_other_counts_stay_apart(lang: str, text: str) -> None:
    assert _read(text, lang)[1] == []
