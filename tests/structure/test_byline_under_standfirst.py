"""A byline name straight under the standfirst ("Headline / Standfirst. / Jane Doe / Body ...") is the author, as
under a top picture; a date's label glued to a byline ("Anna Berg, Olle Ek Publicerad") is no part of a name.
Sentences and names written for these tests, per language."""
from __future__ import annotations

import pytest

from enligt.models import Page
from enligt.settings import Options
from enligt.structure.byline import clean_authors
from enligt.structure.text import structure_text

CASES = [
    ("Brand i radhus i Gävle", "Tre personer fick lämna sina hem när det brann i ett radhus under natten.",
     "Karin Ekström", "Räddningstjänsten larmades strax efter midnatt och var snabbt på plats vid huset.",
     ["Karin Ekström"]),
    ("Flere evakuert etter brann", "Fem personer ble evakuert da det brant i et hus på Notodden natt til fredag.",
     "Tone Bakkevik", "Brannvesenet rykket ut like etter klokken tre og fikk raskt kontroll på brannen.",
     ["Tone Bakkevik"]),
    ("Brand i rækkehus i Vejle", "Tre personer måtte forlade deres hjem, da det brændte i et rækkehus i nat.",
     "Mette Kjærgaard", "Brandvæsenet rykkede ud kort efter midnat og fik hurtigt slukket branden i huset.",
     ["Mette Kjærgaard"]),
    ("Plant to close by the end of the year", "Workers preparing for contract talks were told the plant will close.",
     "Harbour Gazette", "The company said on Monday that production would move to a plant in another state.", []),
]


@pytest.mark.parametrize(("title", "standfirst", "name", "body", "authors"), CASES)
def test_byline_under_standfirst(title: str, standfirst: str, name: str, body: str, authors: list[str]) -> None:
    content = f"{title}\n\n{standfirst}\n{name}\n\n{body}\n\n{body} {body}\n"
    art = structure_text(Page(input="t.txt", content=content, kind="text"), options=Options())
    assert list(art.authors) == authors
    assert name not in " ".join(art.body)


@pytest.mark.parametrize(("raw", "lang", "authors"), [
    ("Karin Ekström, Olle Berg Publicerad", "sv", ["Karin Ekström", "Olle Berg"]),
    ("Tone Bakkevik Oppdatert", "no", ["Tone Bakkevik"]),
    ("Mette Kjærgaard Publiceret", "da", ["Mette Kjærgaard"]),
    ("Jana Roth Aktualisiert:", "de", ["Jana Roth"]),
    ("Jane Roe Updated", "en", ["Jane Roe"]),
    ("Anna Stand", "de", ["Anna Stand"]),  # a one-word name left: the last word is the surname
])
def test_date_label_after_byline(raw: str, lang: str, authors: list[str]) -> None:
    assert clean_authors([raw], lang) == authors
