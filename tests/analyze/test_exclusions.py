"""Numbers that count nothing (`enligt.analyze.exclusions`), per language. Every sentence here was
written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.quantities import count
from enligt.models import Article


def values(text: str, lang: str) -> list[float]:
    article = Article(title=None, body=(text,), language=lang)
    return [q.value for q in count(article, ())]


EXCLUDED = [
    # ages in apposition, alone or several
    ("en", "Holm, 56, and two others were arrested.", [2]),
    ("en", "The women, 31 and 44, were detained in Eastport.", []),
    ("sv", "Kvinnorna, 31 och 44, greps i Västby.", []),
    ("no", "Mennene, 22 og 25, ble pågrepet.", []),
    ("da", "Mændene, 22 og 25, blev anholdt.", []),
    ("de", "Die Frauen, 31 und 44, wurden festgenommen.", []),
    # the old value of a change after the new one
    ("en", "The toll rose to 12 from 9 overnight.", [12]),
    ("sv", "Antalet döda steg till 12 från 9.", [12]),
    ("no", "Dødstallet steg til 12 fra 9.", [12]),
    ("da", "Dødstallet steg til 12 fra 9.", [12]),
    ("de", "Die Zahl der Toten stieg auf 12, zuvor war von 9 die Rede.", [12]),
    # a lone English "one" with no counted noun, or after "no"/"the"
    ("en", "No one was hurt when the roof fell in.", []),
    ("en", "It was one of the worst storms in years, and 14 people died.", [14]),
    ("en", "One woman was killed and three were injured.", [1, 3]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EXCLUDED)
def test_numbers_that_count_nothing(lang: str, text: str, expected: list[float]) -> None:
    assert values(text, lang) == expected


# Results, votes and codes: falling pairs, pairs joined with no space, a part with a leading zero.
RESULTS_AND_CODES = [
    ("en", "Call 555-0199 with tips; two people were hurt.", [2]),
    ("en", "The vote was 52 to 48 and 3 protesters were arrested.", [3]),
    ("en", "20 to 25 people were hurt in the crush.", [20]),
    ("no", "Laget tapte 1-4, og to supportere ble pågrepet.", [2]),
    ("sv", "Matchen slutade 2-2 och tre personer greps.", [3]),
    ("da", "Kampen endte 0-3, og fire tilskuere blev anholdt.", [4]),
    ("de", "Das Spiel endete 1-0, drei Fans wurden festgenommen.", [3]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RESULTS_AND_CODES)
def test_results_and_codes(lang: str, text: str, expected: list[float]) -> None:
    assert values(text, lang) == expected


# Hours: a number before a part of the day or "p.m." is a time; a spaced ordinal is no count.
HOURS = [
    ("en", "At 5 p.m. two people were killed.", [2]),
    ("en", "At 9 in the evening, police arrested four men.", [4]),
    ("en", "On the 14 th floor, two people died.", [2]),
    ("sv", "Strax efter 21 på kvällen greps fyra män.", [4]),
    ("no", "Like etter 22 i kveld ble to personer skadet.", [2]),
    ("da", "Kort efter 23 om aftenen blev tre personer anholdt.", [3]),
    ("de", "Gegen 5 am Morgen wurden zwei Menschen verletzt.", [2]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HOURS)
def test_hours(lang: str, text: str, expected: list[float]) -> None:
    assert values(text, lang) == expected


# One counts only with a measure word: "one person close to her" is no count of an event.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "She told one person close to her that she was tired.", []),
    ("en", "They found at least one person in the chain who knew.", []),
    ("en", "At least one person was killed in the blast.", [1]),
    ("de", "Mindestens ein Mensch saß im Wagen.", []),
    ("sv", "Minst en person skadades i olyckan.", [1]),
])
def test_one_counts_only_an_event(lang: str, text: str, expected: list[float]) -> None:
    assert values(text, lang) == expected


# A year after a determiner names things ("the 2012 attacks"); people after it are counted.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "He spoke about the 2012 attacks in Eastport.", []),
    ("en", "The 2000 protesters marched to the palace.", [2000]),
    ("sv", "Omkring 2000 demonstranter tågade till slottet.", [2000]),
    ("de", "Rund 2000 Demonstranten zogen zum Rathaus.", [2000]),
])
def test_a_year_after_a_determiner(lang: str, text: str, expected: list[float]) -> None:
    assert values(text, lang) == expected


# Things are never missing people.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "About 30,000 emails are missing from the server.", []),
    ("en", "Five fishermen are missing off the coast.", [5]),
    ("sv", "Omkring 300 dokument saknas i arkivet.", []),
    ("no", "Over 200 dokumenter er savnet.", []),
    ("da", "Over 200 dokumenter er forsvundet.", []),
    ("de", "Rund 3000 Akten werden vermisst.", []),
])
def test_things_are_never_missing(lang: str, text: str, expected: list[float]) -> None:
    assert values(text, lang) == expected
