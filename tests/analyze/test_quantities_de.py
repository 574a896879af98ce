"""Tests of `enligt.analyze.quantities` (de): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


# Issue 11, German counts on real pages (live8dev): owners counted ("zehn Hausbesitzer", head of a compound),
# recruits are soldiers, a gender star after the stem ("Patient*innen"), a count joined by "und" past an
# approximator ("30 Patient*innen und rund 25 Mitarbeiter*innen"), "zusätzlichen" marks an increment, and
# "mehreren hundert" is vague; "vom Netz" is an outage; the dead of an army's
# "Verluste" are soldiers, and so meet a count of recruits. Every sentence here was written for this file.
def _read(text: str) -> list[tuple[str, float, str]]:
    article = Article(title=None, body=(text,), language="de")
    return [(q.measure, q.value, q.key.split("|")[2]) for q in count(article, attribute(article))]


COUNTS = [
    ("Die Männer haben gestanden, zehn Hausbesitzer um ihr Geld gebracht zu haben.", [("other", 10, "person")]),
    ("Die Angeklagten hatten zwölf Eigentümer überredet.", [("other", 12, "person")]),
    ("Die Firma hat 40 Mieter.", []),
    ("Bei dem Angriff wurden 30 Rekruten getötet.", [("killed", 30, "soldier")]),
    # the dead and wounded of an army's losses are soldiers; other dead stay people
    ("Die Armee bezifferte die gegnerischen Verluste auf 200 Tote und 90 Verletzte.",
     [("killed", 200, "soldier"), ("wounded", 90, "soldier")]),
    ("Bei dem Unglück gab es 20 Tote.", [("killed", 20, "person")]),
    ("Rund 30 Patient*innen sind positiv getestet worden.", [("other", 30, "person")]),
    ("Rund 30 Patient*innen und rund 25 Mitarbeiter*innen sind positiv getestet worden.",
     [("other", 30, "person"), ("other", 25, "employee")]),
    ("Die Firma hat 300 Mitarbeiter.", []),
    ("Auch Blogger sprachen von mehreren hundert Opfern.", []),
    # cut off the grid: an outage of the things and the households counted
    ("Am Abend gingen vier Umspannwerke vom Netz.", [("other", 4, "umspannwerk")]),
    ("Es gab nach Angaben der Retter einigen tausend Verletzten Hilfe.", []),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_german_counts(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(text) == expected


def test_losses_meet_a_count_of_recruits() -> None:
    article = Article(title=None, body=(("Das Ministerium räumte den Tod von 63 Rekruten ein. Die Armee bezifferte die "
                                         "gegnerischen Verluste auf 400 Tote."),), language="de")
    attributions = attribute(article)
    found = count(article, attributions)
    assert [c.quantities for c in find_conflicts(found, attributions)] == [(0, 1)]


def test_vom_netz_is_an_outage() -> None:
    article = Article(title=None, body=("Am Abend gingen vier Umspannwerke vom Netz.",), language="de")
    assert [q.key.split("|")[1] for q in count(article, attribute(article))] == ["outage"]


def test_zusaetzlichen_marks_an_increment() -> None:
    article = Article(title=None, body=("Im Werk werden 2500 zusätzliche Stellen abgebaut.",), language="de")
    found = count(article, attribute(article))
    assert [(q.value, "extra=1" in q.key) for q in found] == [(2500, True)]
