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
    ("sv", ("Borgmästaren i Växjö uppger att åtta människor har dödats i staden. Enligt TT har minst 35 "
           "människor dödats i Malmö."), []),
    ("de", ("Die Polizei sagte, 30 Menschen seien in der Stadt Kassel verletzt worden. In Fulda wurden laut "
           "Feuerwehr 50 Menschen verletzt."), []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOWN)
def test_the_city_is_the_place_named_before(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _read(text, lang)[1] == expected


# A suspended compound ("Wohn- und Geschäftsräume") is one counted noun, its head the last word; nationals
# and pills are counted things.
COUNTED = [
    ("de", "Die Polizei durchsuchte insgesamt 101 Wohn- und Geschäftsräume in der Stadt.", [("other", 101)]),
    ("de", "Die Bande soll etwa 350 zumeist chinesischen Staatsangehörigen Papiere verschafft haben.", [("other", 350)]),
    ("de", "Die Polizei fand 2000 Tabletten in der Wohnung.", [("other", 2000)]),
    ("da", "Politiet fandt 20.000 piller i lejligheden.", [("other", 20000)]),
    ("no", "Tollerne fant 3000 tabletter i bilen.", [("other", 3000)]),
    ("sv", "Tullen hittade 4000 tabletter i bilen.", [("other", 4000)]),
    ("en", "Police seized 20,000 pills in the raid.", [("other", 20000)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED)
def test_counted_things_and_suspended_compounds(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)[0]] == expected


# Bare counts of things from two sources (pills counted so far and in the whole case, drones stopped and
# drones used) are no rival tolls; bare counts of people still are.
THINGS = [
    ("da", ("Ind til videre er der optalt 1000 piller, oplyser politiet. Anklageren oplyser, at der i sagen er "
            "fundet cirka 20.000 piller."), []),
    ("no", "Russland sier de stanset 21 droner. Ifølge Ukraina tok russerne i bruk totalt 537 droner.", []),
    ("en", "Police said 3,000 passengers were affected. A consumer group said some 11,000 passengers.", [(0, 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), THINGS)
def test_bare_counts_of_things_do_not_conflict(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _read(text, lang)[1] == expected


# What a place or a firm has is no count: pupils who go to a school ("går på"), pupils who attend, and the
# workforce a part is taken from ("700 av 7 000 anställda").
STANDING = [
    ("da", "Der går små 100 børn på skolen.", []),
    ("da", "I øjeblikket går der flere end 70 børn på skolen.", []),
    ("no", "Det går 200 elever på skolen.", []),
    ("sv", "På skolan går 300 elever.", []),
    ("en", "About 300 pupils attend the school.", []),
    ("sv", "Personalen fick beskedet att 300 av 4 000 anställda kan sägas upp.", [("other", 300)]),
    ("en", "The company said 300 of its 2,000 workers would be laid off.", [("other", 300)]),
    ("sv", "Polisen sa att 38 av 44 drönare sköts ned.", [("destroyed", 38), ("other", 44)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STANDING)
def test_what_a_place_or_firm_has_is_no_count(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)[0]] == expected


# A compound whose last part is a counted noun ("Rechtsanwaltskanzleien", "næringsbygninger") counts even
# when no whole word of the sentence is a measure word or counted noun.
COMPOUNDS = [
    ("de", "Die Polizei durchsuchte auch zwei Rechtsanwaltskanzleien.", [("other", 2)]),
    ("no", "Politiet ransaket 40 næringsbygninger.", [("other", 40)]),
    ("sv", "Polisen genomsökte 40 bostadsrättslägenheter.", [("other", 40)]),
    ("da", "Politiet ransagede 12 erhvervslokaler.", [("other", 12)]),
    ("en", "Police searched 12 warehouses.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMPOUNDS)
def test_a_compound_of_a_counted_noun_counts(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)[0]] == expected


# Homes lost are people displaced ("mistet deres hjem", "lost their homes"), never lives lost at home; dying
# of one's injuries ("erlagen ihren Verletzungen", "succumbed", "bukkede under") is a death.
MEASURES = [
    ("da", "7060 personer har mistet deres hjem som følge af jordskælvet.", [("displaced", 7060)]),
    ("da", "To personer mistede livet i deres hjem.", [("killed", 2)]),
    ("no", "Over 500 personer har mistet hjemmene sine i flommen.", [("displaced", 500)]),
    ("sv", "Omkring 3000 personer har förlorat sina hem i jordbävningen.", [("displaced", 3000)]),
    ("sv", "Två personer förlorade livet i sitt hem.", [("killed", 2)]),
    ("en", "About 3,000 people lost their homes in the quake.", [("displaced", 3000)]),
    ("en", "Two people lost their lives at home.", [("killed", 2)]),
    ("de", "Rund 7000 Menschen haben ihr Zuhause verloren.", [("displaced", 7000)]),
    ("de", "Laut Gesundheitsverwaltung erlagen drei der Opfer im Krankenhaus ihren schweren Verletzungen.",
     [("killed", 3)]),
    ("en", "Two of the injured later succumbed to their wounds.", [("killed", 2)]),
    ("da", "To af de sårede er bukkede under.", [("killed", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEASURES)
def test_homes_lost_and_deaths_of_injuries(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)[0]] == expected


# "also" after the counted noun ("Eight people also were taken to …") names others than those counted before,
# so two sources' figures of the two groups do not disagree; after a death toll, "20 were also injured" is
# the injured, no increment.
ALSO = [
    ("en", ("Eleven people were taken to one hospital, a spokesman said. Eight people also were taken to another "
           "hospital, police said."), []),
    ("no", ("Elleve personer ble sendt til sykehus, sier politiet. Åtte personer ble også sendt til sykehus, "
           "ifølge brannvesenet."), []),
    ("sv", ("Elva personer fördes till sjukhus, säger polisen. Åtta personer fördes också till sjukhus, enligt "
           "räddningstjänsten."), []),
    ("da", ("Elleve personer blev kørt på hospitalet, siger politiet. Otte personer blev også kørt på hospitalet, "
           "oplyser beredskabet."), []),
    ("en", ("Police said five people were killed and 12 injured. Hospital officials said 20 people were also "
           "injured."), [(1, 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ALSO)
def test_also_names_others(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _read(text, lang)[1] == expected


# A part named before a Konjunktiv auxiliary ("Unter ihnen seien mindestens 20 Kinder") is a part of the
# dead, as with "sind"; bombings and shootings are counted things.
PARTS_AND_ATTACKS = [
    ("de", "Die Behörden bestätigten 51 Tote. Unter ihnen seien mindestens 20 Kinder.",
     [("killed", 51), ("killed", 20)]),
    ("sv", "Polisen skriver att det skett 149 bombdåd i landet förra året.", [("other", 149)]),
    ("no", "Politiet skriver at det var 80 skytinger i landet i fjor.", [("other", 80)]),
    ("da", "Politiet skriver, at der var 30 skyderier i landet sidste år.", [("other", 30)]),
    ("en", "Police said there were 149 bombings in the country last year.", [("other", 149)]),
    ("de", "Die Polizei zählte im vergangenen Jahr 149 Sprengungen.", [("other", 149)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS_AND_ATTACKS)
def test_konjunktiv_parts_and_attacks(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)[0]] == expected
