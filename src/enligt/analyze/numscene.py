"""The scene of a sentence's figures: the place and the day the sentence before names, when it tells
of an event ("Russian strikes hit Kharkiv on Monday. Three people were killed"), and `scope_of`, what
narrows a count, read from its key (see `enligt.analyze.quantities`)."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.numkey import key_parts, key_qualifiers, with_qualifiers
from enligt.analyze.numsentence import Sentence, SourceSpans, make_sentence
from enligt.analyze.qualifiers import TOWN, qualifiers, same_place
from enligt.analyze.sentences import Known
from enligt.analyze.subjects import concept_of
from enligt.models import Quantity


def placeless(q: Quantity) -> bool:
    """Whether a figure names no place, whole or part of its own."""
    quals = key_qualifiers(q.key)
    return not any(k in quals for k in ("place=", "total=", "regional=", "side="))


def setting(text: str, prev: tuple[int, int], lang: str, sources: SourceSpans, made: Sentence | None = None,
             block: Known | None = None) -> tuple[str, str]:
    """The one place and the one day of the sentence before, when it tells of an event (a measure word
    or a word for what happened: "Russian strikes hit Kharkiv on Monday."): the scene of the figures
    after it ("Antallet af indlagte er steget fra fredag. Her oplyste ministeren, at 23 var indlagt":
    Friday's figure). `made`: that sentence as `_read_sentence` prepared it (its number tokens are not read here)."""
    s = made if made is not None else make_sentence(text, prev[0], prev[1], [], lang, sources, block)
    struck = lx.words_of(lang, "struck")
    if not s.triggers and not s.causes and not any(w in struck or concept_of(w, lang) in _EVENTFUL for w in s.lows) and (
            not _closing(s.lows, lang)):
        return "", ""
    found = qualifiers(s.texts, s.lows, (0, len(s.lows)), lang, s.in_source)
    places = [q for q in found if q.startswith("place=")]
    days = [q for q in found if q.startswith("time=")] or _since_days(found, lang)
    return places[0] if len(places) == 1 else "", days[0] if len(days) == 1 else ""


# Concepts of nouns that tell of an attack: the attack itself, or the weapons fired in it ("Am Dienstag
# schlugen Raketen in Hafenstadt X ein. Bei dem Beschuss kam eine Frau ums Leben": Tuesday's toll).
_EVENTFUL: Final = frozenset({"attack", "missile", "drone"})


def _closing(lows: list[str], lang: str) -> bool:
    """Whether a sentence tells that a workplace closes (`closing`: "Avdelningen i Malmö läggs ned", "the
    plant in Ohio shuts down"): the layoff figures after it are of that place."""
    firsts = _closing_firsts(lang)
    return bool(firsts) and any(tuple(lows[k:k + len(p)]) == p for k, w in enumerate(lows) if w in firsts
                                for p in firsts[w])


@cache
def _closing_firsts(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The `closing` phrases of `lang` by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in lx.category(lang, "closing"):
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _since_days(found: frozenset[str], lang: str) -> list[str]:
    """The weekdays a rise is counted from ("har økt siden fredag"): the day of the figure told next."""
    days = lx.weekdays(lang)
    out = []
    for q in found:
        low = q[len("since="):] if q.startswith("since=") else ""
        day = next((d for d in days.get(low[:3], ()) if low.startswith(d)), None)
        if day:
            out.append("time=" + day)
    return out


def scene_of(place: str, before: list[Quantity]) -> str:
    """The place of the sentence before as the scene, unless none of its own figures is there but
    as a whole ("von insgesamt 166.320 Toten – in Asien insgesamt mehr als 221.000": a total's place)."""
    return place if not before or any(place in q.key and "total=1" not in q.key for q in before) else ""


def elsewhere(g: Quantity, q: Quantity) -> bool:
    """Whether two equal figures each name a place of their own and the places differ: "ein Mensch in
    Sumy getötet … eine Person in Donezk getötet" are two tolls, not one said again."""
    a, b = _place_of(g.key), _place_of(q.key)
    return bool(a and b) and not same_place(a, b) and not _narrowed(a, b)


LEAD_REACH: Final = 400  # characters after the headline where the lead restates its figure


def headline_restated(g: Quantity, q: Quantity, title_end: int) -> bool:
    """Whether `g` is a headline's figure and `q` the lead's restatement of it, its place named more fully ("Zwei
    Tote bei Brand in Scheune" and "in einer Scheune am Ortsrand von X sind zwei Menschen gestorben"): a headline names its place short, so the places need not match."""
    return g.number_span.start < title_end <= q.number_span.start < title_end + LEAD_REACH


def _narrowed(a: str, b: str) -> bool:
    """Whether one place is the other named closer by words before it ("norge" and "nordlige norge",
    "Syria" and "northern Syria"): one figure placed twice, not two tolls."""
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) < len(long) and long[-len(short):] == short


def fronted_region(s: Sentence, found: list[Quantity], before: list[Quantity], lang: str) -> list[Quantity]:
    """The figures of a sentence that opens with a place ("In Sachsen kamen 30 Menschen ums Leben",
    "I Bergen har 40 mistet strømmen") right after a sentence of its paragraph whose figure of the same measure
    names no place ("Die Zahl der Toten stieg auf 80."): the whole narrowed to one place, a regional
    part of it (`regional=1`), no rival of the whole."""
    if not found or not before or len(s.lows) < 2 or s.lows[0] not in lx.words_of(lang, "place") or (
            not s.texts[1][:1].isupper()):
        return found
    wholes = {q.measure for q in before if placeless(q)}
    opened = s.lows[1]
    return [rekeyed(q, with_qualifiers(q.key, ["regional=1"], lambda x: False))
            if q.measure in wholes and _place_of(q.key).split(" ")[0] == opened and "regional=" not in q.key else q
            for q in found]


def _place_of(key: str) -> str:
    """The place qualifier of a key, or ""."""
    quals = key_qualifiers(key)
    return next((x[len("place="):] for x in quals.split(";") if x.startswith("place=")), "")


def placed(found: list[Quantity], place: str, day: str = "") -> list[Quantity]:
    """The figures of a sentence with no place of their own, placed at the scene `place`, and those
    with no day or period of their own dated `day` (a day the sentence before in the paragraph names)."""
    if not place and not day:
        return found
    out = []
    for q in found:
        add = [place, SCENE + "=1"] if place and placeless(q) else []  # marked: a place of the sentence before
        if day and not any(x.startswith(_DATED) for x in key_qualifiers(q.key).split(";")):
            add.append(day)
        if add:
            q = rekeyed(q, with_qualifiers(q.key, add, lambda x: bool(place) and x.startswith(TOWN + "=")))
        out.append(q)
    return out


SCENE: Final = "scene"  # the qualifier of a figure placed at the scene of the sentence before, no place of its own
_DATED: Final = ("time=", "since=", "period=", "earlier=", "revised=")  # a figure dated or revised on its own


def unplaced_town(q: Quantity) -> Quantity:
    """A figure "in the city" that no scene placed keeps the town word as its place (`qualifiers.TOWN`)."""
    if TOWN + "=" not in q.key:
        return q
    return rekeyed(q, q.key.replace(TOWN + "=", "place="))


def rekeyed(q: Quantity, key: str) -> Quantity:
    """`q` under a new key, its scope read again from it."""
    return replace(q, key=key, scope=scope_of(key))


_SCOPES: Final = ("place", "time", "period", "since", "rel", "extra", "total", "side", "cause")


def scope_of(key: str) -> tuple[tuple[str, str], ...]:
    """`_scope_of_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _SCOPE_OF_KEPT.get(key)
    if got is None:
        got = _SCOPE_OF_KEPT.setdefault(key, _scope_of_built(key))
    return got


_SCOPE_OF_KEPT: Final[dict[str, tuple[tuple[str, str], ...]]] = {}


def _scope_of_built(key: str) -> tuple[tuple[str, str], ...]:
    """What narrows a count, read from its key: the group (nationality or side), place, day,
    period, starting point, restricting clause, and whether it is a part of another figure."""
    parts = key_parts(key)
    out: list[tuple[str, str]] = [("group", parts[3])] if parts[3] else []
    quals = sorted(tuple(q.split("=", 1)) for q in parts[4].split(";") if "=" in q)
    out += [("group" if k == "side" else k, v) for k, v in quals if k in _SCOPES]
    kind = parts[5] or ("regional" if "regional=1" in parts[4] else "breakdown" if "breakdown=1" in parts[4] else "")
    if kind:
        out.append(("part", kind))  # "two of the dead"; "41 in Kharkiv" of a whole; "53 on misdemeanors"
    return tuple(out)


def place_items(g: Quantity, q: Quantity, near: int) -> bool:
    """Whether two equal figures less than `near` characters apart are regional figures of two places ("three
    hikers in Ashford and three in Wexham"): two counts, not one said again."""
    qa = dict(p.split("=", 1) for p in key_qualifiers(q.key).split(";") if "=" in p)
    ga = dict(p.split("=", 1) for p in key_qualifiers(g.key).split(";") if "=" in p)
    return q.number_span.start - g.number_span.end < near and "regional" in qa and "regional" in ga and bool(
        qa.get("place")) and bool(ga.get("place")) and not same_place(qa["place"], ga["place"])
