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
