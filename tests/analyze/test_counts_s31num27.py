"""Issue 11, stop 31's round num27 (quantities and conflicts): a count whose predicate follows an apposition set
off by dashes, brackets or commas: a part of it ("varav", "heraf", "davon", "darunter", "including") or a
breakdown of it ("fünf Männer, vier Frauen"), in the five languages. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _counts(text: str, lang: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value) for q in count(article, attribute(article))]


# A part set off by dashes or commas whose word also opens a part clause ("varav två är skadade"): the predicate
# after the apposition is the whole's.
PARTS = [
    ("sv", "Minst 30 civila – varav fem barn – har dödats i bombningarna i helgen.", [("killed", 30), ("killed", 5)]),
    ("sv", "Minst 30 civila, varav fem barn, har dödats i bombningarna i helgen.", [("killed", 30), ("killed", 5)]),
    ("no", "Minst 30 sivile, hvorav fem barn, er drept i bombingen i helgen.", [("killed", 30), ("killed", 5)]),
    ("no", "Minst 30 sivile – herav fem barn – er drept i bombingen i helgen.", [("killed", 30), ("killed", 5)]),
    ("da", "Mindst 30 civile – heraf fem børn – er dræbt i bombningerne i weekenden.", [("killed", 30), ("killed", 5)]),
    ("da", "Mindst 30 civile, hvoraf fem børn, er dræbt i bombningerne i weekenden.", [("killed", 30), ("killed", 5)]),
    ("de", "Mindestens 30 Zivilisten – darunter fünf Kinder – wurden bei den Angriffen am Wochenende getötet.",
     [("killed", 30), ("killed", 5)]),
    ("de", "Mindestens 30 Zivilisten – davon fünf Kinder – wurden bei den Angriffen am Wochenende getötet.",
     [("killed", 30), ("killed", 5)]),
    ("en", "At least 30 civilians – including five children – were killed in the weekend bombing.",
     [("killed", 30), ("killed", 5)]),
    # a part clause with its own predicate keeps it: the whole is only affected
    ("sv", "Sex personer drabbades, varav två är skadade.", [("other", 6), ("wounded", 2)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS)
def test_a_part_set_off_leaves_the_predicate_to_the_whole(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected


# A breakdown of the count set off by dashes: the count and each item take the predicate after the second dash.
BREAKDOWNS = [
    ("de", "Elf Beamte - sechs Männer, fünf Frauen - wurden bei der Räumung leicht verletzt.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("en", "Eleven officers – six men and five women – were injured during the eviction.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("sv", "Elva poliser – sex män och fem kvinnor – skadades lindrigt under avhysningen.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("no", "Elleve politifolk – seks menn og fem kvinner – ble lettere skadd under aksjonen.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
    ("da", "Elleve betjente - seks mænd og fem kvinder - blev lettere såret under rydningen.",
     [("wounded", 11), ("wounded", 6), ("wounded", 5)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BREAKDOWNS)
def test_a_breakdown_in_dashes_takes_the_predicate_after_it(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text, lang) == expected
