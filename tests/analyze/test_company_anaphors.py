"""A company noun as the source of reported speech ("wie das Unternehmen mitteilte", "the company said",
"uppger bolaget") takes the name of the company the article named after such a noun ("des Anbieters X", "the
carmaker X", function words company_noun); a union or a party named as a source in between is no company.
Every sentence is written for its test."""
from __future__ import annotations

import pytest

from .conftest import attributions

COMPANY = [
    # (text, lang, source_name of the last record)
    (("Beim Hersteller Brennwald standen am Montag alle Bänder still. Die Produktion laufe wieder, wie das "
      "Unternehmen am Dienstag mitteilte. Brennwald baut Pumpen."), "de", "Brennwald"),
    ("The carmaker Halvorsen halted two lines on Monday. The lines would restart next week, the company said.",
     "en", "Halvorsen"),
    ("Tillverkaren Norrvik stängde fabriken i går. Produktionen startar igen på måndag, uppger bolaget.", "sv",
     "Norrvik"),
    ("Produsenten Fjordlys stengte fabrikken i går. Produksjonen starter igjen mandag, opplyser selskapet.", "no",
     "Fjordlys"),
    ("Producenten Ravnholt lukkede fabrikken i går. Produktionen starter igen mandag, oplyser virksomheden.", "da",
     "Ravnholt"),
]

NO_COMPANY = [
    # no company named after a company noun: a union named as a source is no antecedent of "bolaget"
    ("Facket menar att fabriken måste öppna. Produktionen startar igen på måndag, uppger bolaget.", "sv",
     "Facket"),
    # German: a capitalised noun after the company noun, named once, is no company ("Ende März")
    ("Das Unternehmen Ende März schloss zwei Werke. Die Produktion laufe wieder, wie das Unternehmen mitteilte.",
     "de", "Ende März"),
]


@pytest.mark.parametrize("text,lang,name", COMPANY)
def test_company_noun_takes_the_company_named_before(text: str, lang: str, name: str) -> None:
    assert attributions(text, lang)[-1].source_name == name


@pytest.mark.parametrize("text,lang,name", NO_COMPANY)
def test_company_noun_takes_no_other_name(text: str, lang: str, name: str) -> None:
    assert attributions(text, lang)[-1].source_name != name
