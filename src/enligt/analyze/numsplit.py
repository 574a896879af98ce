"""Counts of one sentence that split a figure given before into its parts ("Seks personer er fraktet til
sykehus. … det er snakk om fire menn og to kvinner"): parts of that figure, never rival figures in a conflict."""
from __future__ import annotations

from dataclasses import replace

from enligt.analyze.backrefs import WHOLE
from enligt.analyze.numkey import key_parts, with_qualifiers
from enligt.analyze.numscene import scope_of
from enligt.models import Quantity


def split_of_known(found: list[Quantity], known: set[float], restating: bool) -> list[Quantity]:
    """Bare counts of one sentence (or, after a back-reference, counts of one measure) that add up to
    a figure given before ("Seks personer er fraktet til sykehus. … det er snakk om fire menn og to
    kvinner"): a split of that figure, its parts."""
    groups: dict[str, list[Quantity]] = {}
    for q in found:
        event = q.key.split("|")[1]
        if event == "count" or restating:
            groups.setdefault("" if restating else q.measure, []).append(q)
    split = [q for g in groups.values() if len(g) > 1 and sum(q.value for q in g) in known for q in g]
    return [_as_part(q) if q in split else q for q in found] if split else found


def kinds_of_known(found: list[Quantity], before: list[Quantity]) -> list[Quantity]:
    """Figures of one measure for different kinds of people in one sentence that add up to a figure
    of that measure given before ("sechs Wachtmeister und Polizisten verletzt … drei Polizisten und drei
    Wachtmeister verletzt", "six guards and officers were hurt … three officers and three guards"): a
    split of it, its parts, never a rival figure."""
    groups: dict[str, list[Quantity]] = {}
    for q in found:
        if not q.key.endswith("|subset") and "extra=1" not in q.key:
            groups.setdefault(q.measure, []).append(q)
    split = {id(q): f"{WHOLE}={sum(x.value for x in g):g}" for m, g in groups.items() if len(g) > 1
             and len({key_parts(x.key)[2] for x in g}) == len(g)
             and any(b.measure == m and b.value == sum(x.value for x in g) for b in before) for q in g}
    return [_as_part(q, split[id(q)]) if id(q) in split else q for q in found] if split else found


def _as_part(q: Quantity, whole: str = "") -> Quantity:
    """A figure of a split of a known figure: a part of it (of `whole`, "whole=6", when named), never
    compared with the whole."""
    parts = key_parts(with_qualifiers(q.key, [whole]) if whole else q.key)
    parts[5] = "subset"
    key = "|".join(parts)
    return replace(q, key=key, scope=scope_of(key))
