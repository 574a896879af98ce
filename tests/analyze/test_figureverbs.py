"""Verbs that set or change a figure (figureverbs.py): a cue only with a figure noun as the object and a number after
the preposition that follows it ("raised the toll to 41", "korrigierte die Zahl auf 12", "oppjusterte dødstallet til
30"); the figure is the record's. One table a language, end to end.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count

from .conftest import Row, article_of, rows

FIGURE_SET: list[tuple[str, str, list[Row]]] = [
    ("en", "On Monday the health ministry raised the official death toll to 41.",
     [("the health ministry", "raised", "the official death toll to 41")]),
    ("en", "The regional governor upped the figure for missing hikers to more than 60.",
     [("The regional governor", "upped", "the figure for missing hikers to more than 60")]),
    ("en", "Rescue teams lowered their estimate of the injured to 200.",
     [("Rescue teams", "lowered", "their estimate of the injured to 200")]),
    ("en", "The agency revised its tally of damaged homes to 1,300.",
     [("The agency", "revised", "its tally of damaged homes to 1,300")]),
    ("en", "The county has updated its count of the dead to 34 from 16.",  # the earlier figure is no longer claimed
     [("The county", "updated", "its count of the dead to 34")]),
    ("de", "Die Stadt senkte die Zahl der Vermissten auf 5 von zuvor 9.",
     [("Die Stadt", "senkte", "die Zahl der Vermissten auf 5")]),
    ("en", "The army has raised the death toll from last week's powerful storm in the hills to 212.",
     [("The army", "raised", "the death toll from last week's powerful storm in the hills to 212")]),
    ("en", "The union gave a higher figure of 70.",
     [("The union", "gave", "a higher figure of 70")]),
    ("de", "Die Feuerwehr korrigierte die Zahl der Verletzten auf 12.",
     [("Die Feuerwehr", "korrigierte", "die Zahl der Verletzten auf 12")]),
    ("de", "Die Polizei erhöhte die Opferzahl auf mindestens 30.",
     [("Die Polizei", "erhöhte", "die Opferzahl auf mindestens 30")]),
    ("no", "Brannvesenet oppjusterte dødstallet til 30.",
     [("Brannvesenet", "oppjusterte", "dødstallet til 30")]),
    ("da", "Beredskabet nedjusterede antallet af savnede til 4.",
     [("Beredskabet", "nedjusterede", "antallet af savnede til 4")]),
    ("sv", "Räddningstjänsten skrev upp antalet skadade till 9.",
     [("Räddningstjänsten", "skrev upp", "antalet skadade till 9")]),
    ("sv", "Polisen justerade ned dödssiffran till 3.",
     [("Polisen", "justerade ned", "dödssiffran till 3")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIGURE_SET)
def test_a_figure_set_or_changed(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


NO_FIGURE_SET: list[tuple[str, str]] = [
    # an event as the subject, no figure noun, no number after the preposition, or a participle in an apposition
    ("en", "The discovery of two more bodies raised the death toll to 14."),
    ("en", "Another landslide hit the valley. It raised the death toll to 23."),
    ("en", "The bakery raised the price of its bread to 4 dollars."),
    ("en", "The mayor gave a speech of welcome to the visitors."),
    ("en", "The officers lowered the flag to half mast."),
    ("en", "The army revised its count of the March 3 raids on Friday."),
    ("en", "A farmer raised in Iowa, Tom Bell, moved to the city."),
    ("de", "Der Verein erhöhte die Beiträge auf 50 Euro."),
    ("no", "Butikken økte prisene til 40 kroner."),
    ("da", "Banken hævede renten til 2 procent."),
    ("sv", "Hon höjde priset till 40 kronor."),
]


@pytest.mark.parametrize(("lang", "text"), NO_FIGURE_SET)
def test_no_figure_set(lang: str, text: str) -> None:
    assert rows(text, lang) == []


FIGURE_OF_RECORD: list[tuple[str, str, float]] = [
    ("en", "The coast guard raised the death toll to 19.", 19),
    ("de", "Die Behörden korrigierten die Zahl der Toten auf 12.", 12),
    ("sv", "Polisen skrev upp antalet döda till 5.", 5),
]


@pytest.mark.parametrize(("lang", "text", "value"), FIGURE_OF_RECORD)
def test_the_figure_is_the_records(lang: str, text: str, value: float) -> None:
    article = article_of(text, lang)
    found = attribute(article)
    assert [(q.value, q.attribution) for q in count(article, found)] == [(value, 0)]
