"""Tests of genitive adjective (nordic): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import Row, bylined_rows

# A Nordic genitive name before a role keeps the role when weak adjectives stand between them (round da33):
# "Novo Nordisks administrerende direktør", "Norges nye finansminister", "Sveriges förra statsminister". The
# genitive takes the weak form (-e, sv -a/-e), so a lower-case word with that ending and no verb, before a source
# noun, belongs to the phrase; a verb after the genitive name ends it. Every sentence is written for its test.
GENITIVE_ADJECTIVE: list[tuple[str, str, list[Row]]] = [
    ("Fabrikken lukker, siger Mærsk Olies administrerende direktør Bo Holm.", "da",
     [("Mærsk Olies administrerende direktør Bo Holm", "siger", "Fabrikken lukker")]),
    ("Skolen flytter. Den melding kommer fra Aarhus Kommunes nye skolechef.", "da",
     [("Aarhus Kommunes nye skolechef", "kommer fra", "Skolen flytter")]),
    ("Skatten stiger, sier Norges nye finansminister Ola Dahl.", "no",
     [("Norges nye finansminister Ola Dahl", "sier", "Skatten stiger")]),
    ("Skatten höjs, säger Sveriges förra statsminister Per Ek.", "sv",
     [("Sveriges förra statsminister Per Ek", "säger", "Skatten höjs")]),
]

NO_ROLE: list[tuple[str, str, list[Row]]] = [
    # a verb after the genitive name: the name alone is the source
    ("Ifølge Reuters flygtede hundreder fra byen.", "da",
     [("Reuters", "Ifølge", "flygtede hundreder fra byen")]),
]


@pytest.mark.parametrize("text,lang,expected", GENITIVE_ADJECTIVE + NO_ROLE)
def test_a_genitive_name_keeps_its_role_past_weak_adjectives(text: str, lang: str, expected: list[Row]) -> None:
    assert bylined_rows(text, lang) == expected
