"""Conflicts stage: figures in one article that disagree about the same thing.

Quantities are grouped by what they count (their `key`, see `enligt.analyze.quantities`): the
same measure, event and canonical subject, compatible nationality (one may be unsaid) and no
clashing place, day or starting point (regional subsets, different days and cumulative totals
are different subjects; a part "2 av de döda" is never the whole). A group is a conflict when
two of its figures come from different sources (the outlet's own voice counts as one) and differ
by more than `TOLERANCE` of the larger. The conflict lists every quantity of the group.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.numkey import key_parts
from enligt.analyze.qualifiers import same_place
from enligt.analyze.quantities import generic_source, same_source, source_id
from enligt.analyze.readrecord import THINGS
from enligt.analyze.subjects import family, subject_key
from enligt.lang import SUPPORTED, wordset
from enligt.models import Attribution, Conflict, Quantity

TOLERANCE: Final = 0.10


@dataclass(frozen=True, slots=True)
class Key:
    """A parsed `Quantity.key`."""

    base: tuple[str, str, str]  # measure, event, subject concept
    nationality: str
    qualifiers: dict[str, str]
    subset: bool


def parse_key(q: Quantity) -> Key:
    """The key of a quantity; one without a key (made elsewhere) falls back to its subject."""
    if not q.key:
        return Key((q.measure, "", subject_key(q.subject, None)), "", {}, False)
    return parse_key_text(q.key)


@lru_cache(maxsize=1 << 14)
def parse_key_text(key: str) -> Key:
    """A `Quantity.key` string ("killed|dead|person|russian|place=kyiv|") parsed."""
    parts = key_parts(key)
    quals = dict(p.split("=", 1) for p in parts[4].split(";") if "=" in p)
    return Key((parts[0], parts[1], parts[2]), parts[3], quals, parts[5] == "subset")


# Figures this far apart count different things (a toll since the war began vs one strike).
MAX_RATIO: Final = 50.0


# Events whose count is the same whether it is given in jobs or in people: "kutter 120 stillinger"
# and "sier opp 120 ansatte" count one layoff.
_JOBS_ARE_PEOPLE: Final = frozenset({"layoff"})


# Measures that are a state: "still missing" is missing ("still" marks no other count); the dead stay
# dead ("Det offisielle dødstallet var da fortsatt åtte" is the toll).
_STATES: Final = frozenset({"missing", "captured"})
_STILL_SAME: Final = _STATES | {"killed"}


def _same_thing(a: str, b: str, event: str = "") -> bool:
    if event == GENERIC:  # a bare count: "8 000 students" and "300 teachers" are different people;
        return a == b or ("person" in (a, b) and family(a) == family(b))  # "130 passengers" are people
    fa, fb = family(a), family(b)
    if event in _JOBS_ARE_PEOPLE and {fa, fb} <= {"person", "job"}:
        return True
    if event in _SUPPLIED and {fa, fb} <= _SUPPLIED[event]:
        return True  # "4000 husholdninger uten strøm" and "4500 kunder berørt": one outage
    return fa == fb


# Events whose count is the same in any unit of supply: households, customers, homes and people.
_SUPPLIED: Final = {"outage": frozenset({"household", "customer", "person", ""})}


def _place_total(k: Key) -> bool:
    """A total given for one place ("in all, three were arrested on the island")."""
    return "place" in k.qualifiers and "total" in k.qualifiers


def _placed(k: Key) -> bool:
    """Whether a figure names a place of its own, not one taken from the sentence before (`scene`), or is a
    hospital's count of its own patients (`site`)."""
    return ("place" in k.qualifiers and "scene" not in k.qualifiers) or "site" in k.qualifiers


def _part(k: Key) -> bool:
    """One of several figures given together for places or kinds (`regional`, `breakdown`)."""
    return "regional" in k.qualifiers or "breakdown" in k.qualifiers


def _same_region(a: Key, b: Key) -> bool:
    """Whether a regional part and a figure that is no part name the same place: "tre drept i Donetsk og
    to i Odesa-regionen" and "i Odesa-regionen ble en person drept" count one region's dead."""
    pa, pb = a.qualifiers.get("place", ""), b.qualifiers.get("place", "")
    whole = b if "regional" in a.qualifiers else a
    return bool(pa and pb) and ("regional" in a.qualifiers or "regional" in b.qualifiers) and same_place(pa, pb) and (
        "scene" not in whole.qualifiers)  # the other figure names the place itself, not the sentence before it


GENERIC: Final = "count"  # the event of a count with no measure word ("3 000 passengers")


AFFECTED: Final = "victim"  # the event of "3 000 passengers were affected"
ABOARD: Final = "aboard"  # the event of "a train carrying 130 passengers" ("103 people onboard" is a bare count of them)


def _same_event(a: Key, b: Key) -> bool:
    """Same measure and event; a bare count of `other` matches those affected of the same thing
    ("3 000 passengers were affected" and "some 11 000 passengers") and a count of attendees their
    attendance, never another event ("200 people gathered" is not "23 arrested")."""
    if a.base[0] != b.base[0]:
        return False
    events = {a.base[1], b.base[1]}
    bare = not (a.qualifiers.get("verb") or b.qualifiers.get("verb"))  # "some 11 000 passengers", no predicate
    return len(events) == 1 or (events in ({GENERIC, AFFECTED}, {GENERIC, ABOARD}) and bare) or (
        events == {GENERIC, "attendance"} and (_count_of(a, b).base[2] == "attendee" or bare))  # "150,000 marchers",
    # "the police spoke of 3,000 to 4,000 people" (a bare count of those the attendance figure counts)


def _count_of(a: Key, b: Key) -> Key:
    """The bare count of two keys (the first when neither or both are)."""
    return b if b.base[1] == GENERIC and a.base[1] != GENERIC else a


def same_subject(a: Key, b: Key) -> bool:
    """Whether two keys count the same thing (see the module docstring)."""
    event = GENERIC if GENERIC in (a.base[1], b.base[1]) else a.base[1]
    if {a.base[1], b.base[1]} == {GENERIC, "attendance"}:
        event = "attendance"  # "15 000 demonstranter" and "35 000 personer deltog": attendees are people
    if _whole_part(a, b) or _whole_part(b, a):
        return False  # "to ud af tre opgange" after "Tre opgange"; "18 ud af 24 droner" against "11 droner"
    if not _same_event(a, b) or not _same_thing(a.base[2], b.base[2], event) or (a.subset and b.subset) or (
            (a.subset or b.subset) and not _same_group(a, b)):
        return False
    if ("place" in a.qualifiers and "total" in b.qualifiers) or ("place" in b.qualifiers and "total" in a.qualifiers):
        return False  # 27 wounded in Kyiv vs 90 wounded in all
    if _place_total(a) and "place" not in b.qualifiers or _place_total(b) and "place" not in a.qualifiers:
        return False  # "i alt tre anholdt på Langeland" is a total of one place, no rival to the 27 of the whole raid
    if _part(a) != _part(b) and not _same_region(a, b):
        return False  # one of several regional figures ("27 in Kyiv and 41 in Kharkiv") vs the whole
    na, nb = a.nationality or a.qualifiers.get("side", ""), b.nationality or b.qualifiers.get("side", "")
    if na and nb and na != nb:
        return False  # 600 Ukrainian dead vs 89 Russian dead: different sides
    if _nationals_part(a, b) or _nationals_part(b, a):
        return False  # "four Americans" or "åtte nordmenn" among the sick vs "five patients": nationals are a part
    if ("side" in a.qualifiers and not nb) or ("side" in b.qualifiers and not na):
        return False  # "40 soldiers killed on the Armenian side" vs "more than 80 dead" in the whole battle: one side's part
    # "two soldiers who had surrendered", "ytterligare 60 personer", "last year"/"in 2021"; what a bare
    # count did ("15,000 people registered" vs "5,000 people entered")
    if GENERIC == a.base[1] == b.base[1] and (a.qualifiers.get("verb") != b.qualifiers.get("verb") or a.base[2] in THINGS):
        return False  # bare counts of things ("1000 piller" so far, "20.000 piller" in the case) are no rival tolls
    if _running(a, b) or _running(b, a):
        return False  # a toll since November vs one of a day or a month: a running total vs one event
    war = _war_total(a, b) or _war_total(b, a)
    if _year_to_date(a) != _year_to_date(b) and not war:
        return False  # "Hittil i år har 40 omkommet i trafikken" vs "tre omkom i ulykken": the year's total, not the event's
    for strict in ("rel", "extra", "period", "still", "wider"):
        if a.qualifiers.get(strict) != b.qualifiers.get(strict) and (strict != "still" or a.base[0] not in _STILL_SAME) and (
                strict != "period" or not war):
            return False
    return all(a.qualifiers[k] == b.qualifiers[k] or (k == "place" and same_place(a.qualifiers[k], b.qualifiers[k]))
               for k in a.qualifiers.keys() & b.qualifiers.keys())


def _nationals_part(a: Key, b: Key) -> bool:
    """Whether `a` counts civilians of one nationality and one kind and `b` people of another kind and no
    nationality: the nationals are a group of their own ("11 American passengers taken to hospitals" and
    "five patients" one hospital takes); "157 Ukrainians" and "140 people" exchanged stay one count."""
    return bool(a.nationality) and not b.nationality and "side" not in b.qualifiers and a.base[2] != b.base[2] and (
        family(a.base[2]) == family(b.base[2]) == "person")


def _war_total(a: Key, b: Key) -> bool:
    """Whether `a` is one side's military toll over the war ("mere end 11.000 russiske soldater er dræbt under
    krigen", "seit Kriegsbeginn") and `b` the same side's military toll with no period, day or starting point
    of its own ("Moskau nannte 1350 getötete Soldaten"): an army's losses are given as war totals."""
    side = a.nationality or a.qualifiers.get("side", "")
    return bool(side) and side == (b.nationality or b.qualifiers.get("side", "")) and (
        a.base[2] == b.base[2] == _SOLDIER) and a.qualifiers.get("period", "") in _war_periods() and (
        "since" not in b.qualifiers and "period" not in b.qualifiers and "time" not in b.qualifiers)


_SOLDIER: Final = "soldier"


@lru_cache(maxsize=1)
def _war_periods() -> frozenset[str]:
    """The periods of a whole war in every language ("under krigen", "seit Kriegsbeginn", `warperiod`)."""
    return frozenset(" ".join(p) for lang in SUPPORTED for p in lx.category(lang, "warperiod"))


def _year_to_date(k: Key) -> bool:
    """Whether a figure is a total of the year so far: "this year", "i år", "dieses Jahr", or since the turn of the
    year ("sedan årsskiftet", "seit Jahresbeginn"; `ytd` in `count_words.tsv`). "Sedan 2018" is no such total: a
    later figure "under perioden" restates its period."""
    return k.qualifiers.get("time", "") in _ytd() or k.qualifiers.get("since", "") in _ytd()


@lru_cache(maxsize=1)
def _ytd() -> frozenset[str]:
    """The `ytd` phrases of every language ("this year", "i år", "årsskiftet", "jahresbeginn")."""
    return frozenset(" ".join(p) for lang in SUPPORTED for p in lx.category(lang, "ytd"))


def _running(a: Key, b: Key) -> bool:
    """Whether `a` is a running total since a point and `b` the figure of one day or month; a figure
    "since the storm" dated the same day as the other (both "on Monday") is that day's toll."""
    return "since" in a.qualifiers and "time" in b.qualifiers and "time" not in a.qualifiers


# Concepts too general to name a group of their own: a part of them ("two of the dead") is no rival figure;
# fighters of an unsaid side may be of either ("50 Syrian forces" among the dead, "42 ISIS fighters").
_GENERAL = frozenset({"", "person", "dead", "soldier"})


def _same_group(a: Key, b: Key) -> bool:
    """Whether a part and another figure count the same named group ("including 4,714 protesters" and
    "3,428 killings of protesters"): a part meets only a figure of its very group, never its whole."""
    return a.base[2] == b.base[2] and a.base[2].split("/")[0] not in _GENERAL and a.nationality == b.nationality and (
        a.qualifiers.get("side") == b.qualifiers.get("side"))  # "50 Syrian forces" are not "42 ISIS fighters"


def _whole_part(part: Key, other: Key) -> bool:
    """Whether `part` is a part of a whole it names ("to ud af tre", "18 of 24", "two of them" after the figure
    just counted: `whole`) and `other` no part: the part rivals only other parts, never a whole or a total."""
    return part.subset and "whole" in part.qualifiers and not other.subset


def _comparable(x: float, y: float) -> bool:
    return max(x, y) <= MAX_RATIO * max(min(x, y), 1e-9)


def disagree(x: float, y: float, x_high: float | None = None, y_high: float | None = None) -> bool:
    """Values differ by more than `TOLERANCE` of the larger; ranges ("20 to 25") that overlap agree,
    else their nearest ends are compared."""
    x1, y1 = x if x_high is None else x_high, y if y_high is None else y_high
    if x <= y1 and y <= x1:
        return x_high is None and y_high is None and abs(x - y) > TOLERANCE * max(abs(x), abs(y))
    lo, hi = (x1, y) if x1 < y else (y1, x)
    return abs(hi - lo) > TOLERANCE * max(abs(hi), abs(lo))


def _sum_of_parts(x: Quantity, y: Quantity, values: Counter[tuple[str, float]]) -> bool:
    """Whether the smaller figure and another of the article add up to the larger, or the two add up
    to a third: parts of a whole ("55 dead in Indonesia" and "21 in East Timor" are the "76 dead" of both).
    An increment ("ytterligare 45", "45 more") is no part: it is what one toll adds to another."""
    if x.high is not None or y.high is not None:
        return False
    big, small = (x, y) if x.value > y.value else (y, x)
    if small.value < MIN_PART:
        return False
    if values[(big.measure, big.value + small.value)] >= 1:
        return True  # two parts of a whole the article gives
    rest = big.value - small.value
    need = 2 if rest == small.value else 1
    return rest >= MIN_PART and values[(big.measure, rest)] >= need


MIN_PART: Final = 10  # the least value of a part in a sum: small figures add up to others by chance


# A figure for one place less than this share of a figure of no place is that place's share of the whole ("three
# killed in the capital" against "six killed" across the country); closer figures are rival tolls of one event.
SHARE: Final = 2 / 3


def _local_share(a: Key, x: Quantity, b: Key, y: Quantity) -> bool:
    """Whether one of two figures names a place of its own and is less than `SHARE` of the other, which
    names none ("23,500 customers in Snohomish County" and "450,000 without power"; "70.000 in Berlin" and
    "320.000 Demonstranten"): a place's share of the whole, no rival to it. A place named with the event's
    cause ("in the quake that struck Sichuan") is where the whole event happened, no share."""
    for part, small, whole, big in ((a, x, b, y), (b, y, a, x)):
        local = _placed(part) and "cause" not in part.qualifiers and "place" not in whole.qualifiers and (
            not _side_in_country(part, whole))
        if local and (small.high or small.value) < SHARE * big.value:
            return True
    return False


def _side_in_country(part: Key, whole: Key) -> bool:
    """Whether a figure placed in a country and one of no place count one side ("498 russiske soldater drept i
    Ukraina" and "over 11.000 russiske soldater"): a side's toll in the country of the war is its whole toll."""
    side = part.nationality or part.qualifiers.get("side", "")
    return bool(side) and side == (whole.nationality or whole.qualifiers.get("side", "")) and (
        part.qualifiers.get("place", "") in _countries())


def _groups(quantities: tuple[Quantity, ...], keys: list[Key]) -> list[list[int]]:
    """Figures of one subject, grouped: first those that count the very same kind of thing
    ("getötete Demonstranten" apart from "Menschen getötet"), then each figure left alone joins the
    first group it matches as a kind of people ("protesters" are people)."""
    def fits(group: list[int], i: int) -> bool:
        return all(same_subject(keys[j], keys[i]) and _comparable(quantities[j].value, quantities[i].value)
                   and not _local_share(keys[j], quantities[j], keys[i], quantities[i]) for j in group)

    groups: list[list[int]] = []
    by_kind: dict[str, list[list[int]]] = {}
    for i, key in enumerate(keys):
        kind = by_kind.setdefault(key.base[2], [])
        group = next((g for g in kind if fits(g, i)), None)
        if group is None:
            groups.append([i])
            kind.append(groups[-1])
        else:
            group.append(i)
    for i in [g[0] for g in groups if len(g) == 1]:
        if [i] not in groups:
            continue  # joined by a figure left alone before it
        measure = keys[i].base[0]
        home = next((g for g in groups if g != [i] and keys[g[0]].base[0] == measure and fits(g, i)), None)
        if home is not None:
            home.append(i)
            groups.remove([i])
    return sorted(sorted(g) for g in groups)


def _revised(i: int, j: int, keys: list[Key], who: dict[int, str], q: tuple[Quantity, ...],
             attributions: tuple[Attribution, ...]) -> bool:
    """Whether one of two figures is a toll given earlier ("zuvor", "tidligere", "previously") that the
    other revises, both from one body: the article's own voice, or two generic references ("die kasachischen Behörden hatten zuvor von 164 Toten gesprochen" after "225 …, teilte
    die Staatsanwaltschaft mit"). A body correcting its own toll is no disagreement."""
    if ("earlier" in keys[i].qualifiers) == ("earlier" in keys[j].qualifiers) and not _revises(i, j, keys, q):
        return False  # neither a toll since revised ("zuvor") nor a revision of one given before ("had risen to 40")
    return "" in (who[i], who[j]) or (generic_source(q[i].attribution, attributions) and generic_source(
        q[j].attribution, attributions) and not _document(q[i], attributions) and not _document(q[j], attributions))


def _document(q: Quantity, attributions: tuple[Attribution, ...]) -> bool:
    """Whether a figure's source is a document ("an earlier report had put the toll at 10"): a report of its own, no
    body that revises what it said before."""
    a = q.attribution
    return a is not None and 0 <= a < len(attributions) and attributions[a].source_type == "document"


def find_conflicts(quantities: tuple[Quantity, ...], attributions: tuple[Attribution, ...]) -> tuple[Conflict, ...]:
    """One conflict per group of same-subject figures that disagree across sources."""
    keys = [parse_key(q) for q in quantities]
    groups = _groups(quantities, keys)
    out: list[Conflict] = []
    values: Counter[tuple[str, float]] = Counter((q.measure, q.value) for q, k in zip(quantities, keys, strict=True)
                                                 if q.high is None and "extra" not in k.qualifiers)
    for group in groups:
        if len(group) < 2:
            continue
        who = {i: source_id(quantities[i].attribution, attributions) for i in group}
        q = quantities
        if any(not same_source(who[i], who[j]) and disagree(q[i].value, q[j].value, q[i].high, q[j].high)
               and not _someone(q[i]) and not _someone(q[j])
               and not _own_far(who[i], who[j], q[i], q[j], keys[i])
               and not _sum_of_parts(q[i], q[j], values) and not _revised(i, j, keys, who, q, attributions)
               and not _other_employers(keys[i], keys[j], q[i], q[j], attributions)
               for i in group for j in group if i < j):
            first = quantities[group[0]]
            out.append(Conflict(measure=first.measure, subject=first.subject, quantities=tuple(group)))
    return tuple(out)


def _someone(q: Quantity) -> bool:
    """Whether a figure is "at least one" ("minst en person", "mindestens ein Toter", "at least one dead"): it says
    that someone was hit, not how many, so no later toll of the same event disagrees with it."""
    if q.value != 1 or q.high is not None:
        return False
    low = q.text.lower()
    return any(low.startswith(w + " ") for w in _at_least_words())


@lru_cache(maxsize=1)
def _at_least_words() -> tuple[str, ...]:
    """The `atleast` phrases of every language ("minst", "mindst", "mindestens", "at least")."""
    return tuple(" ".join(p) for lang in SUPPORTED for p in lx.category(lang, "atleast"))


# An outlet's own figure this many times another source's counts something else: a part, a whole, another event.
OWN_RATIO: Final = 5.0
_CROWDS: Final = frozenset({"attendance"})  # events counted by crowd estimates


def _own_far(a: str, b: str, x: Quantity, y: Quantity, key: Key) -> bool:
    """Whether one of two figures is the outlet's own and the two are `OWN_RATIO` or more apart ("mindestens 20
    Verletzte" in the lead and "vier", the police said; "2 Danes injured" and "20 injured", the police said):
    the outlet states no rival toll of its own that far from a source's, so the pair is no disagreement. Crowd
    estimates are the exception: organisers' and police figures lie that far apart ("just 30,000")."""
    if "" not in (a, b) or x.high is not None or y.high is not None or key.base[1] in _CROWDS:
        return False
    lo, hi = sorted((x.value, y.value))
    return hi >= OWN_RATIO * max(lo, 1e-9)


def _revises(i: int, j: int, keys: list[Key], q: tuple[Quantity, ...]) -> bool:
    """Whether one figure revises the other, given before it in the text: "Police said 25 had died. By
    evening the toll had risen to 40" (a figure given after the revision is another claim)."""
    new, old = (i, j) if "revised" in keys[i].qualifiers else (j, i)
    return "revised" in keys[new].qualifiers and "revised" not in keys[old].qualifiers and (
        q[old].number_span.start < q[new].number_span.start)


# Events of one employer: a layoff announced by a named firm is that firm's ("Siemens announced 3,300 job
# cuts. GE said it would cut 1,600"), and "at X"/"bei X"/"hos X" (read as a place) names the firm too.
_EMPLOYER_EVENTS: Final = frozenset({"layoff"})


def _employer(k: Key, q: Quantity, attributions: tuple[Attribution, ...]) -> str:
    """The firm a layoff figure is of: the organisation named as its source, else the firm after "at"
    ("bei X", read as a place; a country is where the jobs are, not whose)."""
    a = q.attribution
    if a is not None and 0 <= a < len(attributions) and attributions[a].source_type == "organization":
        name = (attributions[a].source_name or "").strip()
        if name[:1].isupper():
            return "" if _labour_body(name) else name.lower()
    place = k.qualifiers.get("place", "")
    return "" if place in _countries() else place


def _labour_body(name: str) -> bool:
    """Whether a source speaks for employees (a union, a works council: "IG Metall", "Fellesforbundet"), so
    that its figure is about an employer's cuts, not cuts of its own."""
    low = name.lower()
    words = low.replace("-", " ").split()
    bodies = wordset(None, "labour_words")
    return low in wordset(None, "unions") or any(w in bodies for w in words) or any(
        w.endswith(b) for w in words for b in bodies if len(b) > _SUFFIX)  # "Metallarbeiderforbundet", "Fødevareforbundet NNF"


_SUFFIX: Final = 6  # list entries long enough to be read as the end of a compound


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The country names of every language, lower-cased."""
    return frozenset(c.lower() for lang in SUPPORTED for c in wordset(lang, "countries")) | {"national"}


def _other_employers(a: Key, b: Key, x: Quantity, y: Quantity, attributions: tuple[Attribution, ...]) -> bool:
    """Whether two layoff figures are of different firms: each names its own, and the names differ."""
    if a.base[1] not in _EMPLOYER_EVENTS or b.base[1] not in _EMPLOYER_EVENTS:
        return False
    ea, eb = _employer(a, x, attributions), _employer(b, y, attributions)
    return bool(ea and eb) and not same_source(ea, eb) and not same_place(ea, eb)
