"""Issue 11, round num21 (causes pooled over the annotated real sets): premises searched in a raid and
settlements attacked are counted things. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[str, float, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value, q.key.split("|")[2]) for q in count(article, attribute(article))]


# Premises searched in a raid ("adresser", "Einrichtungen", "Objekte", "addresses") are buildings counted
# when a predicate says what befell them.
PREMISES = [
    ("sv", "Under tisdagen genomsökte polisen sju adresser i staden.", 7),
    ("no", "Politiet ransaket ni adresser i byen tirsdag.", 9),
    ("da", "Politiet ransagede elleve adresser i byen tirsdag.", 11),
    ("de", "Am Dienstag wurden 40 Einrichtungen in mehreren Ländern durchsucht.", 40),
    ("de", "Die Ermittler durchsuchten insgesamt 12 Objekte.", 12),
    ("en", "Officers searched 16 addresses across the city on Tuesday.", 16),
]


@pytest.mark.parametrize(("lang", "text", "value"), PREMISES)
def test_premises_searched_are_counted(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [("other", value, "building")]


# Settlements shelled or attacked ("Ortschaften angegriffen", "shelled 20 villages") are counted things;
# after a place preposition they stay a place of several places ("in 15 Dörfern": no count).
SETTLEMENTS = [
    ("sv", "Under natten besköts nio byar av artilleriet.", 9),
    ("no", "Artilleriet beskjøt sju landsbyer i løpet av natten.", 7),
    ("da", "Artilleriet beskød otte landsbyer i løbet af natten.", 8),
    ("de", "Insgesamt seien 17 Ortschaften beschossen worden.", 17),
    ("en", "The artillery shelled 23 villages overnight.", 23),
]


@pytest.mark.parametrize(("lang", "text", "value"), SETTLEMENTS)
def test_settlements_attacked_are_counted(lang: str, text: str, value: int) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)] == [("other", value)]


NO_COUNT = [
    ("sv", "Protesterna spreds till 15 städer under helgen."),
    ("de", "Die Proteste breiteten sich am Wochenende in 15 Städten aus."),
    ("en", "The protests spread to towns in 15 regions over the weekend."),
]


@pytest.mark.parametrize(("lang", "text"), NO_COUNT)
def test_places_after_a_preposition_are_no_count(lang: str, text: str) -> None:
    assert _read(text, lang) == []


# A back-reference that names a standing total ("the number of employees", "antalet anställda", "die Zahl der
# Mitarbeiter") gives a workforce, not the layoff counted before it: no record.
WORKFORCE = [
    ("sv", "Företaget varslar 450 anställda. Antalet anställda har minskat med 10 procent, till cirka 5 300."),
    ("no", "Selskapet kutter 450 stillinger. Antallet ansatte har allerede sunket til rundt 5300."),
    ("da", "Virksomheden fyrer 450 medarbejdere. Antallet af ansatte er allerede faldet til omkring 5300."),
    ("de", "Die Firma streicht 450 Stellen. Die Zahl der Mitarbeiter ist bereits auf rund 5300 gesunken."),
    ("en", "The carrier may lay off 450 employees. The number of employees is already down 10 percent, to about 5,300."),
]


@pytest.mark.parametrize(("lang", "text"), WORKFORCE)
def test_the_number_of_employees_is_no_layoff(lang: str, text: str) -> None:
    assert [v for _, v, _ in _read(text, lang)] == [450]


# A back-reference naming what the toll counts still restates it ("the number of dead … 12").
RESTATED = [
    ("sv", "Fem personer dödades, enligt polisen. Antalet döda är nu cirka 12, säger kommunen."),
    ("en", "Five people were killed, police said. The number of dead is now about 12, the mayor said."),
]


@pytest.mark.parametrize(("lang", "text"), RESTATED)
def test_the_number_of_dead_restates_the_toll(lang: str, text: str) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)] == [("killed", 5), ("killed", 12)]


def _conflicts(text: str, lang: str) -> list[tuple[int, ...]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    return [c.quantities for c in find_conflicts(count(article, attributions), attributions)]


# The dead named as a part of the victims just counted in the same sentence ("300 civilian victims, including
# at least 70 dead") are all the dead of them: the death toll, which meets another source's toll.
VICTIMS_TOLL = [
    ("sv", "FN har registrerat minst 300 civila offer, varav minst 70 döda. Ministeriet uppger att 150 civila har dödats."),
    ("no", "FN har registrert minst 300 sivile ofre, deriblant minst 70 drepte. Departementet sier at 150 sivile er drept."),
    ("da", "FN har registreret mindst 300 civile ofre, herunder mindst 70 dræbte. Ministeriet siger, at 150 civile er blevet dræbt."),
    ("de", "Die UN zählte mindestens 300 zivile Opfer, darunter mindestens 70 Tote. Das Ministerium sprach von 150 getöteten Zivilisten."),
    ("en", "The UN has recorded at least 300 civilian victims, including at least 70 dead. The ministry said 150 civilians had been killed."),
]


@pytest.mark.parametrize(("lang", "text"), VICTIMS_TOLL)
def test_the_dead_among_victims_are_the_toll(lang: str, text: str) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)] == [("other", 300), ("killed", 70), ("killed", 150)]
    assert _conflicts(text, lang) == [(1, 2)]


# A part of a toll of its own measure stays a part ("20 were killed, among them 7 children").
PART_OF_TOLL = [
    ("sv", "Minst 20 personer dödades, varav sju barn. Ministeriet uppger att 30 har dödats."),
    ("en", "At least 20 people were killed, including seven children. The ministry said 30 had been killed."),
]


@pytest.mark.parametrize(("lang", "text"), PART_OF_TOLL)
def test_a_part_of_a_toll_stays_a_part(lang: str, text: str) -> None:
    article = Article(title=None, body=(text,), language=lang)
    assert [q.key.endswith("subset") for q in count(article, attribute(article))] == [False, True, False]
