"""Issue 11, round conf25: gapped items of a list of counts ("Fem er anholdt for tyveri, én for vold og to for
hærværk"), analyze/numgapped.py. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[str, float]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value) for q in count(article, attribute(article))]


def _conflicts(text: str, lang: str) -> int:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    return len(find_conflicts(count(article, attributions), attributions))


# The items after the first leave out the predicate: each counts what the first counts, for a reason of its
# own, and two equal items ("one for X, one for Y") are two counts, not one figure said again.
GAPPED = [
    ("sv", ("Polisen grep nio personer under kvällen. Sex greps för rån, en för misshandel och två för hot, "
           "uppger polisen."), [9, 6, 1, 2]),
    ("no", ("Politiet pågrep ni personer i helgen. Seks ble pågrepet for ran, én for vold og to for trusler, "
           "opplyser politiet."), [9, 6, 1, 2]),
    ("da", ("Politiet anholdt ni personer i weekenden. Seks blev anholdt for røveri, én for vold og to for "
           "trusler, oplyser politiet."), [9, 6, 1, 2]),
    ("da", ("Politiet anholdt fire personer. Én er anholdt for røveri, én for vold og to for trusler, oplyser "
           "politiet."), [4, 1, 1, 2]),
    ("de", ("Die Polizei nahm neun Personen fest. Sechs wurden wegen Raubes festgenommen, einer wegen "
           "Körperverletzung und zwei wegen Bedrohung, teilte die Polizei mit."), [9, 6, 1, 2]),
    ("en", ("Police arrested nine people over the weekend. Six were arrested for robbery, one for assault and "
           "two for making threats, police said."), [9, 6, 1, 2]),
]


@pytest.mark.parametrize(("lang", "text", "values"), GAPPED)
def test_gapped_items_are_counted(lang: str, text: str, values: list[int]) -> None:
    assert _read(text, lang) == [("other", v) for v in values]


# The items of one source are a breakdown of the whole, no rival figure to it.
BREAKDOWN = [
    ("da", ("Politiet oplyser, at man har anholdt fire personer.\n\n- Én er anholdt for røveri, én for vold og to "
           "for trusler, siger vagtchef Ole Hansen.")),
]


@pytest.mark.parametrize(("lang", "text"), BREAKDOWN)
def test_gapped_items_are_no_rival_to_the_whole(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == 0


# No gapped item when no item before has the same preposition: the reason is the first item's own.
NOT_GAPPED = [
    ("en", "Police arrested six people on Friday, and two for questioning on Saturday."),
    ("sv", "Sex personer greps under fredagen, och två för förhör."),
    ("de", "Sechs Personen wurden am Freitag festgenommen, zwei wegen einer Schlägerei."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_GAPPED)
def test_no_parallel_item_no_gap(lang: str, text: str) -> None:
    article = Article(title=None, body=(text,), language=lang)
    assert not any("reason=" in q.key for q in count(article, attribute(article)))
