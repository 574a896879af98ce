"""The outlets gazetteer (lang/outlets.txt, and the initials one language's papers use in
lang/<code>/named_sources.tsv): a listed medium a quote is told to is the via, a listed medium cited is a
media source, and a listed medium after a headline's dash is the page's outlet. One table per language,
sentences written for these tests."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.models import Article
from enligt.structure.outlet import split_title_suffix


def records(text: str, lang: str) -> list[tuple[str | None, str | None, list[str]]]:
    """(source, source type, via) of each record of a one-paragraph page with an outlet of its own."""
    art = Article(title=None, body=(text,), language=lang, outlet="Testbladet", authors=("A. Writer",))
    return [(a.source, a.source_type, list(a.via)) for a in attribute(art)]


SV = [
    ("– Vi är nöjda med säsongen, säger tränaren Per Lind till Sky Sports.",
     [("tränaren Per Lind", "person", ["Sky Sports"])]),
    ("– Laget är i form, säger Per Lind till Fotbollskanalen.", [("Per Lind", "person", ["Fotbollskanalen"])]),
    ("– Vi väntar på beskedet, säger Eva Holm till HBL.", [("Eva Holm", "person", ["HBL"])]),
    ("Enligt Haaretz har tre personer gripits vid gränsen.", [("Haaretz", "media", [])]),
]
NO = [
    ("– Vi har kontroll på brannen, sier operasjonsleder Kari Nilsen til Adressa.",
     [("operasjonsleder Kari Nilsen", "person", ["Adressa"])]),
    ("– Vi er glade for avtalen, sier Per Olsen til Avisa Oslo.", [("Per Olsen", "person", ["Avisa Oslo"])]),
    ("– Skolen er stengt i dag, sier rektor Anne Lie til BT.", [("rektor Anne Lie", "person", ["BT"])]),
    ("Ifølge Ukrainska Pravda er to personer drept i angrepet.", [("Ukrainska Pravda", "media", [])]),
]
DA = [
    ("– Vi er meget tilfredse, siger direktør Ole Brink til JP.", [("direktør Ole Brink", "person", ["JP"])]),
    ("– Vi kender ikke årsagen, siger vagtchef Mette Holm til BT.", [("vagtchef Mette Holm", "person", ["BT"])]),
    ("– Sagen er alvorlig, siger Ole Brink til Jydske Vestkysten.",
     [("Ole Brink", "person", ["Jydske Vestkysten"])]),
    ("Ifølge France Info er mindst ti personer såret.", [("France Info", "media", [])]),
]
DE = [
    ("„Das Spiel war hart“, sagte Max Roth der Sport Bild.", [("Max Roth", "person", ["Sport Bild"])]),
    ("Laut Haaretz wurden drei Menschen festgenommen.", [("Haaretz", "media", [])]),
    ("Nach Angaben von Correctiv wurden die Daten gelöscht.", [("Correctiv", "media", [])]),
]
EN = [
    ("“We are ready,” Ann Lee told MSNBC.", [("Ann Lee", "person", ["MSNBC"])]),
    ("“It is safe,” Tom Vale told Voice of America on Monday.", [("Tom Vale", "person", ["Voice of America"])]),
    ("“We will appeal,” Tom Vale told Sky Sports.", [("Tom Vale", "person", ["Sky Sports"])]),
    ("“The plan works,” Ann Lee told the Globe and Mail.", [("Ann Lee", "person", ["the Globe and Mail"])]),
    ("According to Haaretz, three people were arrested.", [("Haaretz", "media", [])]),
    # initials only Nordic papers write for a paper: in English "BT" is a company
    ("BT said profits rose in the second quarter.", [("BT", "organization", [])]),
]
CASES = [(t, "sv", e) for t, e in SV] + [(t, "no", e) for t, e in NO] + [(t, "da", e) for t, e in DA] \
    + [(t, "de", e) for t, e in DE] + [(t, "en", e) for t, e in EN]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_listed_media_are_vias_and_media_sources(text: str, lang: str,
                                                 expected: list[tuple[str, str, list[str]]]) -> None:
    assert records(text, lang) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Storm over Fyn - Dagbladet Information", ("Storm over Fyn", "Dagbladet Information")),
    ("Storm hits coast - Sky Sports", ("Storm hits coast", "Sky Sports")),
    ("Storm hits coast - The Globe and Mail", ("Storm hits coast", "The Globe and Mail")),
])
def test_listed_medium_after_a_dash_is_the_outlet(title: str, expected: tuple[str, str]) -> None:
    assert split_title_suffix(title, [], None) == expected
