"""Issue 11, round num13 (live8dev): a time adverb after a count ("so far", "hittills") is no counted
noun, and Indian number words. Every
sentence here was written for this file."""
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


# A speaker's toll "to 12 so far" and then "now rose to 12" is one record: the adverb is no counted noun.
SO_FAR = [
    ("en", "The mayor said the storm had now killed 12 so far. She said the toll now rose to 12.", [("killed", 12)]),
    ("sv", "Borgmästaren sa att stormen har dödat 12 hittills. Hon sa att dödssiffran nu steg till 12.", [("killed", 12)]),
    ("no", "Ordføreren sa at stormen har drept 12 hittil. Hun sa at dødstallet nå steg til 12.", [("killed", 12)]),
    ("da", "Borgmesteren sagde, at stormen har dræbt 12 hidtil. Hun sagde, at dødstallet nu steg til 12.", [("killed", 12)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SO_FAR)
def test_a_time_adverb_is_no_counted_noun(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# "lakh" and "crore" multiply.
LAKH = [
    ("en", "Nearly 4 lakh people were evacuated from the district.", [("displaced", 400000)]),
    ("en", "The state spent 2 crore rupees on relief camps.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LAKH)
def test_indian_number_words(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# The predicate after an apposition of the counted ("18 others, including children, wounded") is theirs,
# not the predicate of the count before the "and".
APPOSITION = [
    ("en", "Witnesses said 9 people were killed and 14 others, including two children wounded in the attack.",
     [("killed", 9), ("wounded", 14), ("wounded", 2)]),
    ("en", "Police said three guards were killed and five others, all of them visitors, were injured.",
     [("killed", 3), ("wounded", 5)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), APPOSITION)
def test_predicate_after_an_apposition(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# "mehreren hundert": an inflected vague quantifier before a lone hundred says no number.
VAGUE = [
    ("de", "Beobachter sprachen von mehreren hundert Opfern.", []),
    ("de", "Die Feuerwehr rettete einigen hundert Menschen das Leben.", []),
    ("de", "Die Feuerwehr rettete hundert Menschen aus dem Gebäude.", [("other", 100)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VAGUE)
def test_inflected_vague_quantifier(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# An emergency clinic is another place than the hospital: "two to hospital and one to the clinic" is no
# breakdown of the hospital count, so another source's hospital figure still disagrees with the two.
CLINIC = [
    ("no", "Fire personer er sendt til sykehus. To personer er kjørt til sykehus og én person til legevakt, ifølge politiet.",
     [(0, 1)]),
    ("da", "Fire personer er kørt på hospitalet. To personer er kørt på hospitalet og én person på lægevagten, oplyser politiet.",
     [(0, 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLINIC)
def test_clinic_is_no_part_of_the_hospital_count(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _read(text, lang)[1] == expected


# A year-like number before a measure noun counts ("omkring 2000 lig"); "i 2000" stays a year.
YEAR_LIKE = [
    ("da", "Redningsfolk siger, at omkring 2000 lig er fundet langs kysten.", [("killed", 2000)]),
    ("no", "Redningsfolk sier at rundt 1900 lik er funnet langs kysten.", [("killed", 1900)]),
    ("da", "Huset blev bygget i 2000 af kommunen.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_LIKE)
def test_year_like_number_before_a_measure_noun(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# A range whose thousands are written only on its high end ("10-11.000") runs from 10 000.
def test_range_with_thousands_on_the_high_end() -> None:
    article = Article(title=None, body=("Dødstallet har passeret 7-8.000, siger organisationen.",), language="da")
    found = count(article, attribute(article))
    assert [(q.value, q.high) for q in found] == [(7000, 8000)]


# "alone" after the count names a part of a wider toll: it never meets the whole.
ALONE_AFTER = [
    ("da", "Omkring 9000 er savnet, oplyser regeringen. 4100 mennesker er meldt savnet alene i Sorø, siger Røde Kors.", []),
    ("en", "About 9,000 are missing, the government said. 4,100 people are missing in Springfield alone, the Red Cross said.", []),
    # a place name of several words before "alone"
    ("en", "About 9,000 are missing, the government said. 4,100 people are missing in Port Mary City alone, the Red Cross said.", []),
    ("sv", "Omkring 9 000 saknas, uppger regeringen. 4 100 personer saknas enbart i Nya Staden, säger Röda korset.", []),
    # a capitalised word after "alone" is no place before it
    ("en", "About 9,000 are missing, the government said. 4,100 people are missing, Red Cross said.", [(0, 1)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ALONE_AFTER)
def test_alone_after_the_count_is_a_part(lang: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert _read(text, lang)[1] == expected


# Evacuation centres in the plural; a road number is a label.
PLACES = [
    ("da", "Omkring 500 mennesker opholder sig i evakueringscentre.", [("displaced", 500)]),
    ("en", "About 500 people are staying in evacuation centers.", [("displaced", 500)]),
    ("en", "The truck overturned on Interstate 80 and 4 people were injured.", [("wounded", 4)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PLACES)
def test_centres_and_roads(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected


# Past forms of "destroyed" and "shot down"; recruits are soldiers.
DESTROYED = [
    ("no", "Forsvaret ødela 14 droner natt til mandag.", [("destroyed", 14)]),
    ("da", "Forsvaret ødelagde 14 droner natten til mandag.", [("destroyed", 14)]),
    ("sv", "Försvaret förstörde 14 drönare under natten.", [("destroyed", 14)]),
    ("de", "In der Nacht wurden 14 Drohnen abgefangen.", [("destroyed", 14)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DESTROYED)
def test_destroyed_past_forms(lang: str, text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text, lang)[0] == expected
