"""Tests of naming (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

# Naming verbs (nordic35): a degree adverb between the object pronoun and the adjective ("kalder det meget
# alvorligt") keeps the naming, Swedish names an object pronoun too ("kallar det oansvarigt"), and a naming whose
# object is the antecedent of its relative clause ("en sag, som X betegner som en skandale") has the name alone as
# its content. Every sentence is written for its test.
Row = tuple[str | None, str | None, str | None]  # source, cue, content


def run(text: str, lang: str) -> list[Row]:
    article = Article(title=None, body=(text,), language=lang)
    return [(a.source, a.cue, a.content) for a in attribute(article)]


DEGREE = [
    ("da", "Formanden kalder det meget alvorligt.", [("Formanden", "kalder", "det meget alvorligt")]),
    ("da", "Direktøren kaldte det yderst beklageligt.", [("Direktøren", "kaldte", "det yderst beklageligt")]),
    ("no", "Lederen kaller det svært alvorlig.", [("Lederen", "kaller", "det svært alvorlig")]),
    ("no", "Rektoren kalte dette helt uansvarlig.", [("Rektoren", "kalte", "dette helt uansvarlig")]),
    ("sv", "Ordföranden kallar det mycket allvarligt.", [("Ordföranden", "kallar", "det mycket allvarligt")]),
    ("sv", "Rektorn kallade det helt oansvarigt.", [("Rektorn", "kallade", "det helt oansvarigt")]),
]


@pytest.mark.parametrize("lang,text,expected", DEGREE)
def test_naming_with_a_degree_adverb(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


SWEDISH_OBJECT = [
    ("Ordföranden kallar det oansvarigt.", [("Ordföranden", "kallar", "det oansvarigt")]),
    ("Ministern kallade det en skandal.", [("Ministern", "kallade", "det en skandal")]),
    ("Ordföranden kallade dem till möte.", []),
]


@pytest.mark.parametrize("text,expected", SWEDISH_OBJECT)
def test_swedish_naming_of_an_object_pronoun(text: str, expected: list[Row]) -> None:
    assert run(text, "sv") == expected


GAP = [
    ("da", "Det er en sag, som borgmesteren betegner som en skandale.", [("borgmesteren", "betegner", "en skandale")]),
    ("no", "Det gjelder et vedtak, som ordføreren betegner som en skandale.", [("ordføreren", "betegner", "en skandale")]),
]


@pytest.mark.parametrize("lang,text,expected", GAP)
def test_naming_of_a_relative_antecedent(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


CATAPHORIC = [
    ("da", "Formanden kalder det meget alvorligt, når skolen lukker.", [("Formanden", "kalder", "det meget alvorligt, når skolen lukker")]),
    ("no", "Lederen kaller det uansvarlig, når skolen stenger.", [("Lederen", "kaller", "det uansvarlig, når skolen stenger")]),
    ("sv", "Ordföranden kallar det oansvarigt när skolan stänger.", [("Ordföranden", "kallar", "det oansvarigt när skolan stänger")]),
    ("da", "Formanden kalder planen for en skandale, når hun taler med pressen.", [("Formanden", "kalder", "planen for en skandale")]),
]


@pytest.mark.parametrize("lang,text,expected", CATAPHORIC)
def test_naming_of_a_clause_after_det(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


# nordic42: a naming verb with a definite noun object and a time adverb after it names nothing ("omtalte saken
# først"): a publication event, no claim
ADVERB_AFTER = [
    ("no", "Nettavisen omtalte ulykken først.", []),
    ("no", "Kommunen omtalte planen tidligere i vår.", []),
    ("no", "Hun kaller valget robust.", [("Hun", "kaller", "valget robust")]),
]


@pytest.mark.parametrize("lang,text,expected", ADVERB_AFTER)
def test_time_adverb_after_a_naming_object_names_nothing(lang: str, text: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected
