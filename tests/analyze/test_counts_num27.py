"""Issue 11, round num27 (causes pooled over the annotated real sets): the searches of a raid are counted
events and more premises are counted things. Every sentence here was written for this file."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quantities import count
from enligt.models import Article


def _read(text: str, lang: str) -> list[tuple[str, float, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    return [(q.measure, q.value, q.key.split("|")[2]) for q in count(article, attribute(article))]


# The searches of a raid ("fünf Durchsuchungen", "husrannsakningar", "ransagninger", "searches") are counted
# events, like the attacks of a war ("sprengungen").
SEARCHES = [
    ("sv", "Polisen genomförde sex husrannsakningar i Umeå under onsdagen.", 6),
    ("no", "Politiet gjennomførte åtte ransakinger i Tromsø onsdag.", 8),
    ("da", "Politiet foretog ni ransagninger i Odense onsdag.", 9),
    ("de", "In Bremen gab es am Mittwoch sieben Durchsuchungen.", 7),
    ("de", "Insgesamt habe es 31 Hausdurchsuchungen gegeben.", 31),
    ("en", "Detectives carried out 14 searches in Bristol on Wednesday.", 14),
]


@pytest.mark.parametrize(("lang", "text", "value"), SEARCHES)
def test_searches_are_counted(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [("other", value, "search")]


# Premises searched ("Räumlichkeiten", "Büros", "fastigheter", "ejendomme", "eiendommer", "residences").
PREMISES = [
    ("sv", "Polisen genomsökte tolv fastigheter i Luleå.", 12),
    ("no", "Politiet ransaket elleve eiendommer i Bodø.", 11),
    ("da", "Politiet ransagede tretten ejendomme i Vejle.", 13),
    ("de", "Die Fahnder haben 44 Räumlichkeiten durchsucht.", 44),
    ("de", "Beamte durchsuchten 9 Büros in der Innenstadt.", 9),
    ("en", "Agents searched 19 residences across the county.", 19),
]


@pytest.mark.parametrize(("lang", "text", "value"), PREMISES)
def test_premises_searched_are_counted(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [("other", value, "building")]


# The layoff verbs of each language's general vocabulary, every form ("fyre", "afskedige", "sa opp",
# "nedbemanne", "avskedade", "entlässt", "furloughs").
LAYOFFS = [
    ("da", "Virksomheden i Kolding skal fyre 40 medarbejdere inden sommeren.", 40),
    ("da", "Kommunen har været nødt til at afskedige 17 pædagoger i år.", 17),
    ("no", "Verftet i Ulsteinvik sa opp 120 ansatte i fjor høst.", 120),
    ("no", "Bedriften i Mo i Rana skal nedbemanne 35 ansatte før jul.", 35),
    ("sv", "Företaget i Borås avskedade 60 anställda under hösten.", 60),
    ("de", "Der Zulieferer aus Bielefeld entlässt 300 Mitarbeiter bis zum Sommer.", 300),
    ("en", "The carmaker in Ohio furloughs 500 workers until the spring.", 500),
]


@pytest.mark.parametrize(("lang", "text", "value"), LAYOFFS)
def test_layoff_verbs_are_counted(lang: str, text: str, value: int) -> None:
    assert [(m, v) for m, v, _ in _read(text, lang)] == [("other", value)]
