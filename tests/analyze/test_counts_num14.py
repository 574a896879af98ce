"""Issue 11, round num14 (live8dev, live7dev, live7): places of a figure that make two tolls one subject
or two. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, ...]]]:
    article = Article(title=None, body=(text,), language=lang)
    attributions = attribute(article)
    found = count(article, attributions)
    return [(q.measure, q.value, q.key) for q in found], [c.quantities for c in find_conflicts(found, attributions)]


# A nationality before a name ("i den ukrainske Sumy-regionen") places the figure at the name, so the
# toll of one region never meets that of another.
NATIONAL_NAME = [
    ("no", ("Guvernøren sa at fire personer ble såret i Brovary. I den ukrainske Sumy-regionen ble seks personer "
           "såret, ifølge politiet."), "sumy-regionen"),
    ("sv", ("Guvernören sa att fyra personer skadades i Brovary. I det ukrainska Sumy-området skadades sex personer, "
           "enligt polisen."), "sumy-området"),
    ("da", ("Guvernøren sagde, at fire personer blev såret i Brovary. I den ukrainske Sumy-region blev seks personer "
           "såret, ifølge politiet."), "sumy-region"),
]


@pytest.mark.parametrize(("lang", "text", "place"), NATIONAL_NAME)
def test_a_name_after_a_nationality_is_the_place(lang: str, text: str, place: str) -> None:
    found, conflicts = _read(text, lang)
    assert f"place={place}" in found[1][2]
    assert conflicts == []


# "the city" with no name after it is the place of the sentence before ("i Derna" … "i byen"): the two tolls
# are one subject and disagree; with no such sentence it stays a place of its own.
TOWN = [
    ("da", ("Røde Kors siger, at mindst 11.300 mennesker er omkommet i Derna. Myndighederne har oplyst, at mindst "
           "5500 mennesker mistede livet i byen."), [(0, 1)]),
    ("no", ("Røde Kors sier at minst 900 mennesker er drept i Derna. Myndighetene har opplyst at minst 500 mennesker "
           "mistet livet i byen."), [(0, 1)]),
    ("sv", "Röda korset säger att 300 människor dog i Derna. Myndigheterna sa att 150 människor har dött i staden.",
     [(0, 1)]),
    ("en", "The Red Cross said 300 people died in Derna. Officials said 150 people had died in the city.", [(0, 1)]),
    ("de", ("Das Rote Kreuz sagt, mindestens 300 Menschen seien in Derna ums Leben gekommen. Die Behörden sagten, "
           "150 Menschen seien in der Stadt gestorben."), [(0, 1)]),
    ("sv", ("Borgmästaren i Kalmar uppger att tio människor har dödats i staden. Enligt Reuters har minst 41 "
           "människor dödats i Kiev."), []),
    ("de", ("Die Polizei sagte, 30 Menschen seien in der Stadt Kassel verletzt worden. In Fulda wurden laut "
           "Feuerwehr 50 Menschen verletzt."), []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOWN)
def test_the_city_is_the_place_named_before(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _read(text, lang)[1] == expected
