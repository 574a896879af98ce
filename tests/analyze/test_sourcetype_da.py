"""Tests of `enligt.analyze.sourcetype` (da): tables of (text, expected) per rule, joined from the files that first held them; each part keeps their docstring as its opening comment."""
from __future__ import annotations

import pytest

from .conftest import source_types

# da42: Danish bodies named by their kind (lang/da/source_types.tsv): a club, a school, a museum, a foundation and
# a paper by its kind ("dagbladet X") are organizations or media; an embassy and a rescue service official bodies.
# Every sentence is written for its test.
TYPES = [
    ("Kampen er flyttet til søndag, oplyser håndboldklubben.", "håndboldklubben", "organization"),
    ("Eleverne får fri fredag, skriver skolen på sin hjemmeside.", "skolen", "organization"),
    ("Maleriet er ægte, vurderer kunstmuseet.", "kunstmuseet", "organization"),
    ("Pengene går til forskning, oplyser fonden.", "fonden", "organization"),
    ("Ingen danskere er kommet til skade, oplyser ambassaden.", "ambassaden", "official"),
    ("Turisterne er i sikkerhed, skriver ugebladet Ude og Hjemme.", "ugebladet Ude og Hjemme", "media"),
    # courts named without the article
    ("Straffen er skærpet, oplyser Nordre Landsret.", "Nordre Landsret", "official"),
    ("Sagen er afvist, meddeler Højesteret.", "Højesteret", "official"),
    # a council ending a compound; firefighters
    ("Budgettet er vedtaget, oplyser byrådet.", "byrådet", "official"),
    ("Branden er under kontrol, fortæller brandfolkene.", "brandfolkene", "person"),
]


@pytest.mark.parametrize("text,source,expected", TYPES)
def test_source_type_da42(text: str, source: str, expected: str) -> None:
    assert source_types(text, "da").get(source) == expected


# da42: a full name after a role and its body closes the speaker's phrase when its first name is a common one
# (lang/da/first_names.txt), whatever the body's length ("meteorolog ved Danmarks Meteorologiske Institut (DMI) X Y")
NAMED_ROLES = [
    (("Stormen rammer Jylland i aften. Det oplyser vagthavende meteorolog ved Danmarks Meteorologiske Institut (DMI) "
     "Knud Vestergaard."), "vagthavende meteorolog ved Danmarks Meteorologiske Institut (DMI) Knud Vestergaard"),
    ("Vejen er spærret til i morgen, siger afdelingsleder ved Vejdirektoratet Annette Lund.",
     "afdelingsleder ved Vejdirektoratet Annette Lund"),
]


@pytest.mark.parametrize("text,source", NAMED_ROLES)
def test_a_common_first_name_closes_the_role(text: str, source: str) -> None:
    assert source_types(text, "da").get(source) == "person"
