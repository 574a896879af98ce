"""Issue 11, round num20 (standing totals pooled over the annotated real sets): the size of a firm or
place given with "med"/"with"/"mit" ("koncernen med 16 000 anställda") and people registered at an
address named before them are no event figures. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[str, float, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    found = count(article, attribute(article))
    return [(q.measure, q.value, q.key.split("|")[1]) for q in found]


# A resident noun (employees, inhabitants, members) after "with": the size of a firm or place; the
# layoff of the same sentence still counts.
SIZES = [
    ("sv", "Koncernen, med totalt 16 000 anställda, varslar 400 anställda i Sverige.", [("other", 400, "layoff")]),
    ("sv", "Holmen, med drygt 60 fast boende, hör till de hårdast drabbade öarna i stormen.", []),
    ("no", "Bedriften, med totalt 9 000 ansatte, har permittert 2 000 ansatte i vår.", [("other", 2000, "layoff")]),
    ("da", "Virksomheden med 5000 medarbejdere fyrer 300 medarbejdere i Danmark.", [("other", 300, "layoff")]),
    ("de", "Der Zulieferer mit rund 700 Mitarbeitern streicht 90 Stellen in Bayern.", [("other", 90, "layoff")]),
    ("en", "The mill, a firm with 1,200 workers, said it would lay off 150 workers.", [("other", 150, "layoff")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SIZES)
def test_a_count_after_with_is_the_size_of_a_firm_or_place(lang: str, text: str,
                                                            expected: list[tuple[str, float, str]]) -> None:
    assert _read(text, lang) == expected


# An absolute "with" clause whose count has a predicate of its own is an event: the layoff counts.
ABSOLUTE = [
    ("en", "The plant will close, with 300 employees laid off by the end of the year.", 300),
]


@pytest.mark.parametrize(("lang", "text", "value"), ABSOLUTE)
def test_an_absolute_with_clause_still_counts(lang: str, text: str, value: float) -> None:
    assert [v for _, v, _ in _read(text, lang)] == [value]


# People registered at an address named before them live there: a standing total, no victims.
REGISTERED = [
    ("de", "An der Adresse sind nach Polizeiangaben rund 45 Bewohner gemeldet.", []),
    ("no", "På adressen er 30 personer registrert, opplyser politiet.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REGISTERED)
def test_people_registered_at_an_address_named_before_are_no_count(lang: str, text: str,
                                                                   expected: list[tuple[str, float, str]]) -> None:
    assert _read(text, lang) == expected


# An increment followed by a raising verb that takes the toll to a new figure is no rival toll.
INCREMENTS = [
    ("en", "Officials reported four deaths in the floods on Monday, taking the toll to 30.", [(4, True), (30, False)]),
    ("en", "Two more bodies were found in the river, bringing the death toll to 12.", [(2, True), (12, False)]),
    ("de", "Am Montag starben drei Menschen, damit steigt die Zahl der Toten auf 18.", [(3, True), (18, False)]),
    ("sv", "Under natten dog fem personer, vilket gör att antalet döda stiger till 40.", [(5, True), (40, False)]),
    ("no", "Seks personer døde natt til søndag, og dermed stiger dødstallet til 31.", [(6, True), (31, False)]),
    ("da", "Tre personer døde mandag, og dermed stiger dødstallet til 25.", [(3, True), (25, False)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INCREMENTS)
def test_an_increment_taking_the_toll_to_a_new_figure_is_extra(lang: str, text: str,
                                                               expected: list[tuple[float, bool]]) -> None:
    article = Article(title=None, body=(text,), language=lang)
    found = count(article, attribute(article))
    assert [(q.value, "extra=1" in q.key) for q in found] == expected
