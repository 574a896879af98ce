"""Issue 11, round conf21 (false conflicts pooled over the annotated real sets): a stretch between two
places ("mellan Sveg och Fågelsjö", "between Kabul and Jalalabad") is where its figure is, so a count there
is no rival of a count elsewhere. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.conflicts import find_conflicts
from enligt.analyze.quantities import count
from enligt.models import Article


def _places(text: str, lang: str) -> list[tuple[float, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.value, next((p[6:] for p in q.key.split("|")[4].split(";") if p.startswith("place=")), ""))
            for q in count(article, attribute(article))]


def _conflicts(text: str, lang: str) -> int:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    attributions = attribute(article)
    return len(find_conflicts(count(article, attributions), attributions))


BETWEEN = [
    ("sv", "Vattenfall uppger att 250 kunder mellan Borlänge och Falun saknar ström.", [(250, "borlänge+falun")]),
    ("no", "Elvia opplyser at 320 kunder mellom Hamar og Elverum er uten strøm.", [(320, "elverum+hamar")]),
    ("da", "Radius oplyser, at 410 kunder mellem Køge og Ringsted er uden strøm.", [(410, "køge+ringsted")]),
    ("en", "Officials said 12 people were killed on the road between Kabul and Jalalabad.", [(12, "jalalabad+kabul")]),
    # no places: a range of numbers, or two parties
    ("no", "Politiet anslår at mellom 100 og 300 mennesker deltok.", [(100, "")]),
    ("en", "Talks between police and 300 protesters ended late.", [(300, "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BETWEEN)
def test_a_stretch_between_two_places_is_a_place(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert _places(text, lang) == expected


# An outage in one stretch and one in another region are two outages, not one disputed figure.
TWO_STRETCHES = [
    ("sv", ("I Dalarna var 1 200 kunder utan ström, uppger Ellevio.\n\n"
           "Vattenfall uppger att 250 kunder mellan Borlänge och Falun saknar ström.")),
    ("no", ("I Innlandet var 1.200 kunder uten strøm, opplyser Eidsiva.\n\n"
           "Elvia opplyser at 320 kunder mellom Hamar og Elverum mistet strømmen.")),
    ("da", ("På Fyn var 1.200 kunder uden strøm, oplyser Energi Fyn.\n\n"
           "Radius oplyser, at 410 kunder mellem Køge og Ringsted mistede strømmen.")),
]


@pytest.mark.parametrize(("lang", "text"), TWO_STRETCHES)
def test_outages_of_two_places_are_no_conflict(lang: str, text: str) -> None:
    assert _conflicts(text, lang) == 0


# A contrast conjunction ("while", "während", "medan", "mens") sets a bare figure against the figure of its
# sentence: "while the organisers spoke of 9,000" counts the crowd the police put at 2,000.
RIVALS = [
    ("en", "The police put the crowd at about 2,000 people, while the organisers claimed 9,000.", [2000, 9000]),
    ("en", "The ministry counted 300 dead, whereas a rights group arrived at more than 800 in all.", [300, 800]),
    ("de", "Die Polizei zählte rund 2000 Teilnehmer, während die Veranstalter auf 9000 kamen.", [2000, 9000]),
    ("de", "Während das Ministerium von 300 Toten spricht, will eine Gruppe mehr als 800 gezählt haben.", [300, 800]),
    ("sv", "Polisen uppskattar att 2 000 personer deltog, medan arrangörerna talar om 9 000.", [2000, 9000]),
    ("no", "Politiet anslår at 2000 personer deltok, mens arrangørene mener at det var 9000.", [2000, 9000]),
    ("da", "Politiet vurderer, at 2000 demonstranter var mødt op, mens arrangørerne taler om 9000.", [2000, 9000]),
]


@pytest.mark.parametrize(("lang", "text", "values"), RIVALS)
def test_a_bare_figure_after_a_contrast_counts_the_same(lang: str, text: str, values: list[float]) -> None:
    article = Article(title=None, body=(text,), language=lang)
    found = count(article, attribute(article))
    assert [q.value for q in found] == values
    assert found[0].key == found[1].key


# No contrast, or a noun of its own after the number: no figure of the same count.
NOT_RIVALS = [
    ("en", "The police put the crowd at about 2,000 people, and 9,000 tickets were sold.", "ticket"),
    ("de", "Die Polizei zählte rund 2000 Teilnehmer, während 40 Busse im Einsatz waren.", "bus"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NOT_RIVALS)
def test_a_counted_noun_after_a_contrast_is_its_own(lang: str, text: str, word: str) -> None:
    article = Article(title=None, body=(text,), language=lang)
    found = count(article, attribute(article))
    assert len({q.key for q in found}) == len(found)
