"""A figure "in the city" ("i byen", "the city", `qualifiers.TOWN`) that no scene placed: the one place the
article's other figures name, else the town word itself (`numscene.unplaced_town`). "mindst 5500 mennesker
mistede livet i byen" opening an article whose other figures are all "i Derna" counts Derna's dead."""
from __future__ import annotations

from enligt.analyze.numkey import key_qualifiers, with_qualifiers
from enligt.analyze.numscene import rekeyed, unplaced_town
from enligt.analyze.qualifiers import SEVERAL, TOWN
from enligt.models import Quantity


def placed_towns(out: list[Quantity]) -> list[Quantity]:
    """`out` with each figure "in the city" placed where the article's other figures are, when they name one place."""
    if not any(TOWN + "=" in q.key for q in out):
        return out
    places = {_place(q) for q in out} - {""}
    if len(places) != 1:
        return [unplaced_town(q) for q in out]
    place = places.pop()
    return [_moved(q, place) for q in out]


def _place(q: Quantity) -> str:
    """The one named place of a figure that is no regional part ("place=derna"), else ""."""
    quals = dict(p.split("=", 1) for p in key_qualifiers(q.key).split(";") if "=" in p)
    place = quals.get("place", "")
    return "" if "regional" in quals or SEVERAL in place else place


def _moved(q: Quantity, place: str) -> Quantity:
    if not any(p.startswith(TOWN + "=") for p in key_qualifiers(q.key).split(";")):
        return q
    return rekeyed(q, with_qualifiers(q.key, ["place=" + place], lambda p: p.startswith(TOWN + "=")))
