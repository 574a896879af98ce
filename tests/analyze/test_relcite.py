"""A source cited in a relative clause after another source's name (analyze/relcite.py): "According to X, which
cited Y, C" gives X's record and Y's, with via X; the relative clause is no record of its own; so too a citing verb
after "and" closing a report's tag ("C, skriver X och hänvisar till Y"). Every sentence is written for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article

Rec = tuple[str | None, str | None, str, tuple[str, ...]]  # source, cue, content, via


def records(text: str, lang: str) -> list[Rec]:
    art = Article(title=None, body=(text,), language=lang, outlet="Testbladet", authors=("A. Skribent",))
    return [(a.source, a.cue, a.content, a.via) for a in attribute(art)]


CITED = [
    ("en", "According to Reuters, which cited the coast guard, three boats sank.",
     [("Reuters", "According to", "three boats sank", ()),
      ("the coast guard", "cited", "three boats sank", ("Reuters",))]),
    ("en", "Three boats sank, according to Reuters, which quoted two harbour officials.",
     [("Reuters", "according to", "Three boats sank", ()),
      ("two harbour officials", "quoted", "Three boats sank", ("Reuters",))]),
    ("sv", "Enligt TT, som citerar kustbevakningen, sjönk tre båtar.",
     [("TT", "Enligt", "sjönk tre båtar", ()), ("kustbevakningen", "citerar", "sjönk tre båtar", ("TT",))]),
    ("no", "Ifølge NRK, som viser til Kystverket, sank tre båter.",
     [("NRK", "Ifølge", "sank tre båter", ()), ("Kystverket", "viser til", "sank tre båter", ("NRK",))]),
    ("da", "Ifølge DR, der citerer politiet, sank tre både.",
     [("DR", "Ifølge", "sank tre både", ()), ("politiet", "citerer", "sank tre både", ("DR",))]),
    ("de", "Laut Reuters, das sich auf die Küstenwache beruft, sanken drei Boote.",
     [("Reuters", "Laut", "sanken drei Boote", ()),
      ("die Küstenwache", "beruft sich auf", "sanken drei Boote", ("Reuters",))]),
]


@pytest.mark.parametrize("lang,text,expected", CITED)
def test_the_one_cited_in_a_relative_clause_speaks_via_the_first(lang: str, text: str, expected: list[Rec]) -> None:
    assert records(text, lang) == expected


def test_a_relative_clause_that_goes_on_is_no_citation() -> None:
    got = records("According to Reuters, which cited a report that was later withdrawn, three boats sank.", "en")
    assert ("Reuters", "According to", "three boats sank", ()) in got
    assert not any(r[3] for r in got)


COORDINATED = [
    ("sv", "Tre båtar sjönk, skriver Reuters och hänvisar till kustbevakningen.",
     [("Reuters", "skriver", "Tre båtar sjönk", ()),
      ("kustbevakningen", "hänvisar till", "Tre båtar sjönk", ("Reuters",))]),
    ("da", "Tre både sank, skriver Reuters og henviser til politiet.",
     [("Reuters", "skriver", "Tre både sank", ()), ("politiet", "henviser til", "Tre både sank", ("Reuters",))]),
    ("de", "Drei Boote seien gesunken, berichtete Reuters und berief sich auf die Küstenwache.",
     [("Reuters", "berichtete", "Drei Boote seien gesunken", ()),
      ("die Küstenwache", "berief sich auf", "Drei Boote seien gesunken", ("Reuters",))]),
]


@pytest.mark.parametrize("lang,text,expected", COORDINATED)
def test_a_citing_verb_after_and_names_the_one_cited(lang: str, text: str, expected: list[Rec]) -> None:
    assert records(text, lang) == expected
