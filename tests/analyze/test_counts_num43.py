"""Issue 11, round num43 (counts outside the casualty words on the read set): players, "along with",
one of a possessive set, jobs that vanished, the laid off as a noun, the shoot-down paradigm. Every
sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float]], list[tuple[int, ...]]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# Players of a team are people: a count of them with an event of people (quarantine, illness) is a quantity.
PLAYERS = [
    ("sv", "Fyra spelare i laget sattes i karantän efter matchen.", [("other", 4)]),
    ("no", "Sju spillere fra klubben er nå i karantene.", [("other", 7)]),
    ("da", "Fem spillere fra holdet er sendt i karantæne.", [("other", 5)]),
    ("de", "Acht Spieler des Vereins sind in Quarantäne.", [("other", 8)]),
    ("en", "Nine players from the squad are in quarantine.", [("other", 9)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PLAYERS)
def test_players_are_counted_people(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# "along with", "tillsammans med": a coordination of counts, not the size of what comes before.
ALONG_WITH = [
    ("sv", "Två elever har tillsammans med fyra anställda testats positivt för viruset.", [("other", 2), ("other", 4)]),
    ("no", "To elever har sammen med fire ansatte testet positivt for viruset.", [("other", 2), ("other", 4)]),
    ("da", "To elever er sammen med fire ansatte testet positiv for virusset.", [("other", 2), ("other", 4)]),
    ("de", "Zwei Schüler wurden zusammen mit vier Mitarbeitern positiv getestet.", [("other", 2), ("other", 4)]),
    ("en", "Two pupils along with four workers who taught them have tested positive for the virus.",
     [("other", 2), ("other", 4)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ALONG_WITH)
def test_along_with_is_no_size(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# A size stays a size: "a firm with 300 employees" counts nothing.
STILL_SIZED = [
    ("sv", "Ett företag med 300 anställda har gått i konkurs."),
    ("en", "A firm with 300 employees has gone bankrupt."),
]


@pytest.mark.parametrize(("lang", "text"), STILL_SIZED)
def test_a_size_is_still_no_count(lang: str, text: str) -> None:
    assert _read(text, lang)[0] == []


# One of a possessive set ("one of its deputies"): the numeral one, counted by the predicate after it.
ONE_OF_THEIRS = [
    ("sv", "Polisen uppger att en av deras kollegor skadades under natten.", [("wounded", 1)]),
    ("no", "Politiet opplyser at en av deres kolleger ble skadet i natt.", [("wounded", 1)]),
    ("da", "Politiet oplyser, at en af deres kolleger blev såret i nat.", [("wounded", 1)]),
    ("de", "Die Feuerwehr teilte mit, einer ihrer Kameraden sei verletzt worden.", [("wounded", 1)]),
    ("en", "The fire service said one of its crew members was injured overnight.", [("wounded", 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ONE_OF_THEIRS)
def test_one_of_a_possessive_set(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


ONE_OF_THEIRS_NOTHING = [
    ("sv", "Hon åt middag med en av sina grannar."),
    ("en", "She had dinner with one of her neighbours."),
    ("en", "The company said one of its stores would open later."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_OF_THEIRS_NOTHING)
def test_one_of_a_possessive_set_without_event(lang: str, text: str) -> None:
    assert _read(text, lang)[0] == []


# Jobs that vanished are cut jobs, never missing people; the laid off as a noun are a layoff.
JOBS_GONE = [
    ("sv", "Sedan 2019 har omkring 300 jobb försvunnit från bruket.", [("other", 300)]),
    ("sv", "Nu är ytterligare 45 uppsagda vid fabriken.", [("other", 45)]),
    ("no", "I år er ytterligere 45 oppsagte ved fabrikken.", [("other", 45)]),
    ("da", "I år er yderligere 45 opsagte på fabrikken.", [("other", 45)]),
    ("de", "In diesem Jahr kommen weitere 45 Entlassene hinzu.", [("other", 45)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JOBS_GONE)
def test_jobs_gone_are_a_layoff(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Shot down: the infinitive and split forms ("managed to shoot eight of them down").
SHOT_DOWN = [
    ("sv", "Armén avfyrade 12 robotar. Luftvärnet lyckades skjuta ned åtta av dem.", [("other", 12), ("destroyed", 8)]),
    ("no", "Hæren sendte 12 droner. Luftvernet klarte å skyte åtte av dem ned.", [("other", 12), ("destroyed", 8)]),
    ("da", "Hæren sendte 12 droner. Luftforsvaret formåede at skyde otte af dem ned.", [("other", 12), ("destroyed", 8)]),
    ("de", "Die Armee schickte 12 Drohnen. Die Luftabwehr schoss acht davon ab.", [("other", 12), ("destroyed", 8)]),
    ("en", "The army launched 12 drones. Air defences managed to shoot down eight of them.",
     [("other", 12), ("destroyed", 8)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHOT_DOWN)
def test_shot_down_forms(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected
