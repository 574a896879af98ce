"""Byline lines of unusual shape: a site account after a byline phrase ("Skrevet af admin") and a name
before its one-word byline word ("Jane Doe By"). Both are bylines, so neither is taken as the headline.

Sentences written for these tests, per language.
"""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.byline import parse_byline
from enligt.structure.text import structure_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Skrivet av redaktionen", []), ("Skrivet av admin", []), ("Lena Holm Av", ["Lena Holm"]),  # sv
        ("Skrevet av admin", []), ("Ola Berge Av", ["Ola Berge"]),  # no
        ("Skrevet af admin", []), ("Skrevet af webmaster", []), ("Mette Lund Af", ["Mette Lund"]),  # da
        ("Ein Beitrag von redaktion", []), ("Anna Vogel Von", ["Anna Vogel"]),  # de
        ("Posted by admin", []), ("Written by editor", []), ("Priya Raman By", ["Priya Raman"]),  # en
    ],
)
def test_odd_bylines(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By the numbers", "Stand By", "Stand By Me", "Von heute", "Av og til",  # a headline, no name
        "Af mange grunde",  # a one-word byline word before lower-case words stays open
        "Nothing To Stand By",
    ],
)
def test_not_odd_bylines(line: str) -> None:
    assert parse_byline(line) is None


PAGES = [
    ("da", ("Storm lukker broen mellem to byer\n\nSkrevet af admin\n\n03/04/2021\n\n"
           "Broen blev lukket tirsdag morgen, fordi vinden var for kraftig til trafikken over vandet.\n\n"
           "Politiet beder bilisterne om at vente med at køre, til vinden har lagt sig igen.\n"),
     "Storm lukker broen mellem to byer", []),
    ("no", ("Brann i lagerhall på havna\n\nSkrevet av admin\n\n03.04.2021\n\n"
           "Brannvesenet rykket ut til en lagerhall på havna sent tirsdag kveld etter flere meldinger.\n\n"
           "Ingen personer ble skadet i brannen, opplyser politiet til avisen onsdag morgen.\n"),
     "Brann i lagerhall på havna", []),
    ("en", ("Storm closes the bridge between two towns\n\nPriya Raman By\n\n"
           "The bridge was closed on Tuesday morning because the wind was too strong for traffic over the water.\n\n"
           "Police asked drivers to wait until the wind had dropped before setting out again.\n"),
     "Storm closes the bridge between two towns", ["Priya Raman"]),
]


@pytest.mark.parametrize(("lang", "text", "title", "authors"), PAGES)
def test_odd_byline_is_no_title(lang: str, text: str, title: str, authors: list[str]) -> None:
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang=lang))
    assert (article.title, list(article.authors)) == (title, authors)


def test_byline_alone_above_lead_is_no_title() -> None:
    text = ("Priya Raman By\n\nCHENNAI: The bridge was closed on Tuesday morning because the wind was too strong "
            "for traffic over the water, officials said.\n\nPolice asked drivers to wait until the wind had dropped.\n")
    article = structure_text(Page(input="t", content=text, kind="text"), options=Options(lang="en"))
    assert (article.title, list(article.authors)) == (None, ["Priya Raman"])
