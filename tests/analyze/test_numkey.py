"""A quantity key's fields read and rewritten in one place (analyze/numkey.py)."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.numkey import joined, key_parts, key_qualifiers, with_qualifiers
from enligt.analyze.quantities import count
from enligt.models import Article

PARTS = [
    ("killed|dead|person|russian|place=kyiv|subset", ["killed", "dead", "person", "russian", "place=kyiv", "subset"]),
    ("killed|dead|person", ["killed", "dead", "person", "", "", ""]),  # a short key is padded
    ("", ["", "", "", "", "", ""]),
]


@pytest.mark.parametrize("key,expected", PARTS)
def test_key_parts(key: str, expected: list[str]) -> None:
    assert key_parts(key) == expected


REWRITES = [
    # (key, add, drop prefix, expected key): qualifiers stay sorted, empty ones never appear
    ("killed|dead|person||place=kyiv|", ["wider=1"], None, "killed|dead|person||place=kyiv;wider=1|"),
    ("killed|dead|person|||", ["place=derna"], None, "killed|dead|person||place=derna|"),
    ("killed|dead|person||town=byen;time=2025-09-14|", ["place=derna"], "town=",
     "killed|dead|person||place=derna;time=2025-09-14|"),
    ("wounded|injured|person", [], None, "wounded|injured|person|||"),
]


@pytest.mark.parametrize("key,add,drop,expected", REWRITES)
def test_with_qualifiers(key: str, add: list[str], drop: str | None, expected: str) -> None:
    assert with_qualifiers(key, add, (lambda q: q.startswith(drop)) if drop else None) == expected
    assert key_qualifiers(expected) == joined(key_qualifiers(key), add, (lambda q: q.startswith(drop)) if drop else None)


# Issue 11, second round named num23 (quantities and conflicts of live16dev, live16dev2 and live16dev3): a
# list of places that gaps the counted noun of its first item. Every sentence here was written for this file.
def _places(text: str, lang: str) -> list[tuple[float, str]]:
    article = Article(title=None, body=tuple(text.split("\n\n")), language=lang)
    out = []
    for q in count(article, attribute(article)):
        quals = dict(x.split("=", 1) for x in key_qualifiers(q.key).split(";") if "=" in x)
        out.append((q.value, quals.get("place", "")))
    return out


# "in Kiel 4.000, in Lübeck 3.000": a bare number after a place preposition and a name, in a list whose
# first item names what is counted, counts that at its own place (`backrefs.gapped_place`).
GAPPED = [
    ("de", "Die Polizei zählte in Kassel 900 Teilnehmer, in Fulda 400 und in Marburg 300.",
     [(900, "kassel"), (400, "fulda"), (300, "marburg")]),
    ("de", "In Kassel zählte die Polizei 900 Menschen, in Fulda 400 sowie in Marburg 300.",
     [(900, "kassel"), (400, "fulda"), (300, "marburg")]),
    ("en", "Police counted 900 marchers in Leeds, in Hull 400 and in York 300.",
     [(900, "leeds"), (400, "hull"), (300, "york")]),
    ("sv", "Polisen räknade 900 deltagare i Umeå, i Luleå 400 och i Piteå 300.",
     [(900, "umeå"), (400, "luleå"), (300, "piteå")]),
    ("no", "Politiet telte 900 deltakere i Bodø, i Narvik 400 og i Harstad 300.",
     [(900, "bodø"), (400, "narvik"), (300, "harstad")]),
    ("da", "Politiet talte 900 deltagere i Vejle, i Horsens 400 og i Kolding 300.",
     [(900, "vejle"), (400, "horsens"), (300, "kolding")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GAPPED)
def test_gapped_place_items_count_the_first_items_noun(lang: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert _places(text, lang) == expected


# No list of places: a bare number after a name with no place preposition, or a year, counts nothing new.
NOT_GAPPED = [
    ("de", "Die Polizei zählte in Kassel 900 Teilnehmer, seit 2019 kamen nie mehr.", [(900, "kassel")]),
    ("en", "Police counted 900 marchers in Leeds, Hull 400 and York 300.", [(900, "leeds")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_GAPPED)
def test_no_gapped_list(lang: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert _places(text, lang) == expected
