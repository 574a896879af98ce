"""A quantity's key as fields, read and rewritten in one place: "measure|concept|subject|group|qualifiers|part"
(`Quantity.key`; the qualifiers are "name=value" joined by ";", sorted). The stages after counting add
qualifiers to it (the scene's place, a wider scope, the whole of a part) and read them back (a place, a scope)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from enligt.analyze.subjects import family

FIELDS: Final = 6  # measure, concept, subject, group, qualifiers, part
QUALIFIERS: Final = 4  # the field of the qualifiers


def key_parts(key: str) -> list[str]:
    """The six fields of a key, padded with "" where a key has fewer."""
    return (key.split("|") + [""] * FIELDS)[:FIELDS]


def key_qualifiers(key: str) -> str:
    """The qualifiers field of a key ("place=kyiv;time=2025-09-14")."""
    return key_parts(key)[QUALIFIERS]


def joined(quals: str, add: Iterable[str] = (), drop: Callable[[str], bool] | None = None) -> str:
    """A qualifiers field with `add` added and the qualifiers `drop` selects removed, kept sorted."""
    kept = [x for x in quals.split(";") if x and not (drop is not None and drop(x))]
    return ";".join(sorted([*kept, *add]))


def with_qualifiers(key: str, add: Iterable[str] = (), drop: Callable[[str], bool] | None = None) -> str:
    """`key` with the qualifiers `add` added and those `drop` selects removed."""
    parts = key_parts(key)
    parts[QUALIFIERS] = joined(parts[QUALIFIERS], add, drop)
    return "|".join(parts)


_BARE: Final = "count"  # the event of a count with no measure word ("3 000 passengers")


def figures_of(key: str) -> tuple[str, ...]:
    """What makes a figure one per source: the measure and kind of thing ("two cars" and "two people" are two
    figures), and for a counted event that is no part of a set also the measure and event ("two men charged"
    after "two suspects charged" is the figure given before)."""
    parts = key_parts(key)
    kind = parts[0] + "|" + family(parts[2])
    if parts[1] and parts[1] != _BARE and parts[5] != "subset":
        return (kind, parts[0] + "|" + parts[1])
    return (kind,)
