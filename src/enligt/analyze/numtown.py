"""A figure "in the city" ("i byen", "the city", `qualifiers.TOWN`) that no scene placed: the one place the
article's other figures name, else the town word itself (`numscene.unplaced_town`). "mindst 5500 mennesker
mistede livet i byen" opening an article whose other figures are all "i Derna" counts Derna's dead.

A figure "in the capital" ("i huvudstaden", "in der Hauptstadt": `capital` in `count_words.tsv`) is first
placed in the city the article names as its capital ("huvudstaden Vilnius", "the capital, Tallinn"), when it
names one only."""
from __future__ import annotations

import re
from functools import cache

from enligt.analyze import lexicon as lx
from enligt.analyze.numkey import key_qualifiers, with_qualifiers
from enligt.analyze.numscene import rekeyed, unplaced_town
from enligt.analyze.qualifiers import SEVERAL, TOWN
from enligt.models import Quantity


def placed_towns(out: list[Quantity], text: str = "", lang: str = "") -> list[Quantity]:
    """`out` with each figure "in the city" placed where the article's other figures are, when they name one
    place, and each "in the capital" in the capital the article names."""
    if not any(TOWN + "=" in q.key for q in out):
        return out
    places = {_place(q) for q in out} - {""}  # (read before the capital is placed: it is no figure's own place)
    if text and lang:
        out = _capital_placed(out, text, lang)
    if len(places) != 1:
        return [unplaced_town(q) for q in out]
    place = places.pop()
    return [_moved(q, place) for q in out]


def _capital_placed(out: list[Quantity], text: str, lang: str) -> list[Quantity]:
    """The figures "in the capital" placed in the one city the text names right after a capital word."""
    pattern = _capital_pattern(lang)
    if pattern is None:
        return out
    words = {m.group(1).lower() for m in pattern.finditer(text) if m.group(1)[:1].isupper()}
    if len(words) != 1:
        return out
    name = words.pop()
    capitals = lx.words_of(lang, "capital")
    return [_moved(q, name) if any(p.startswith(TOWN + "=") and p.split()[-1].split("=")[-1] in capitals
                                   for p in key_qualifiers(q.key).split(";")) else q for q in out]


@cache
def _capital_pattern(lang: str) -> re.Pattern[str] | None:
    """A capital word, an optional comma, and the capitalised name after it ("huvudstaden Vilnius", "the capital, Tallinn")."""
    words = sorted(lx.words_of(lang, "capital"), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, words)) + r"))\b,?\s+([^\W\d_][\w-]*)")


def _place(q: Quantity) -> str:
    """The one named place of a figure that is no regional part ("place=derna"), else ""."""
    quals = dict(p.split("=", 1) for p in key_qualifiers(q.key).split(";") if "=" in p)
    place = quals.get("place", "")
    return "" if "regional" in quals or SEVERAL in place else place


def _moved(q: Quantity, place: str) -> Quantity:
    if not any(p.startswith(TOWN + "=") for p in key_qualifiers(q.key).split(";")):
        return q
    return rekeyed(q, with_qualifiers(q.key, ["place=" + place], lambda p: p.startswith(TOWN + "=")))
