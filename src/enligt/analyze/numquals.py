"""The qualifiers of one count: place, day, period, side, cause and the marks that set it apart.

`count_qualifiers` reads the clause of a number (and a fronted adverbial, the clause a comma or an
"and" joins it to) through `enligt.analyze.qualifiers`, and adds the marks the comparison key
needs: `regional` (a figure per place), `extra` (others than those counted), `still` (a state
now), `rel` (a relative clause), `side` and `cause`.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import CountWords, count_words
from enligt.analyze.numsentence import (
    CLAUSE_BREAKS,
    FRONTED,
    WINDOW,
    Head,
    Sentence,
    clause,
    other_measure_before,
)
from enligt.analyze.numsets import elsewhere
from enligt.analyze.qualifiers import qualifiers
from enligt.analyze.subjects import concept_of, nationality_of
from enligt.lang import profile


def _places_in_sentence(s: Sentence, lang: str) -> int:
    """How many places the numbers of the sentence have, each its nearest (2 or more: a figure per
    place, "27 wounded in Kyiv and 41 in Kharkiv"; not "på Drottninggatan i centrala Stockholm")."""
    if len(s.numtoks) < 2:
        return 0
    found = set()
    for m in s.numtoks:
        quals = qualifiers(s.texts, s.lows, clause(s, m, m + 1), lang, s.in_source, near=m)
        found |= {q for q in quals if q.startswith("place=")}
    return len(found)


def _side(s: Sentence, lo: int, hi: int, lang: str) -> str:
    """The nationality of a side named in tokens [lo, hi): "on the Russian side", "på ukrainsk sida"."""
    sides = lx.words_of(lang, "side")
    if sides.isdisjoint(s.lows[lo + 1 : hi]):
        return ""
    for k in range(lo, max(lo, hi - 1)):
        if s.lows[k + 1] in sides:
            found = nationality_of(s.lows[k], lang)
            if found:
                return found[0]
    return ""


def count_qualifiers(s: Sentence, a: int, b: int, head: Head, lang: str, measure: str = "") -> frozenset[str]:
    """Place, day, period and since of the clause, plus the "ytterligare" and relative-clause marks."""
    w = count_words(lang)
    lo, hi = clause(s, a, b)
    skip = s.in_source
    if any(len(s.lows[k]) == 4 and s.lows[k].isdigit() for k in range(a, b)):
        skip = skip | frozenset(range(a, b))  # "2000 Teilnehmer" is no period of itself
    quals = qualifiers(s.texts, s.lows, (lo, hi), lang, skip, near=a)
    if any(q.startswith("place=") for q in quals) and _places_in_sentence(s, lang) > 1:
        quals |= {"regional=1"}  # "27 wounded in Kyiv and 41 in Kharkiv": each a part of the whole
    if not w.alone.isdisjoint(s.lows[max(0, a - WINDOW) : max(0, a - 1)]) and _alone(s, a, w.alone, w.place):
        quals |= {"regional=1"}  # "Alleine die Kölner Polizei meldete 20 Tote", "In Cologne alone, 20 died": a part
    elif not w.alone.isdisjoint(s.lows[b:hi]) and _alone_after(s, b, hi, w):
        quals |= {"regional=1"}  # "20 died in Cologne alone", "10 er savnet alene i Derna": a part
    elif s.lows and s.lows[0] in w.here and not any(q.startswith("place=") for q in quals) and (
            w.here_report.isdisjoint(s.lows[1:a])):
        quals |= {"regional=1"}  # "Her blev én person dræbt", "Der ble tre drept": the place just named, a part
    side = _side(s, lo, hi, lang)
    if not any(q.startswith("place=") for q in quals) and lo >= 2 and s.lows[lo - 1] == "," and (
            (t := s.triggers.get(lo)) is not None and t.kind == "verb"):  # "…, killing about 19,500 people"
        prev_lo = clause(s, lo - 2, lo - 1)[0]
        quals |= {q for q in qualifiers(s.texts, s.lows, (prev_lo, lo - 1), lang, skip) if q.startswith("place=")}
    start = next((k + 1 for k in range(lo - 1, max(-1, lo - WINDOW), -1) if s.lows[k] == ";"), 0)  # "…; in August, …"
    opener = next((k for k in range(start, min(lo, start + FRONTED + 1)) if s.lows[k] in CLAUSE_BREAKS
                   and k not in s.numtoks), -1)
    fronted = start < opener < lo and w.report.isdisjoint(s.lows[start:opener])
    if fronted:  # a fronted adverbial: "Since November, …"
        before = qualifiers(s.texts, s.lows, (start, opener), lang, s.in_source)
        if not s.in_source.isdisjoint(range(start, opener)):  # "Onsdag oplyste Rusland, at 498 …": the report's day
            before = frozenset(q for q in before if not q.startswith("time="))
        quals |= before
        side = side or _side(s, start, opener, lang)
    if not any(q.startswith("place=") for q in quals) and lo >= 2 and s.lows[lo - 1] == ",":
        quals |= _setting_before(s, lo, lang)  # "In X, near Y, four died"; "Targets in 15 regions were hit, and four died"
    if side and not head.nationality:
        quals |= {"side=" + side}  # "On the Ukrainian side, 600 soldiers were killed"
    cause = next((c for k, c in s.causes if lo <= k < hi and k not in s.in_source), "")
    if cause:
        quals |= {"cause=" + cause}  # "syv blev dræbt af bomben" is not the massacre's toll
    totals, first = w.total_first, start if fronted else lo  # "In all, 90 were wounded": a fronted total
    if not totals.isdisjoint(s.lows[first:hi]) and any(
            s.lows[k] in totals and lx.phrase_at(s.lows, k, w.total) for k in range(first, hi)):
        quals |= {"total=1"}  # "90 wounded in all", "totalt 90 skadade": the whole of its parts
    extra = w.extra
    if (any(s.lows[k] in extra for k in range(max(0, a - 3), a)) or (b < len(s.lows) and (
            s.lows[b] in extra or s.lows[b] in w.extra_after)) or _also(s, head.end, hi, w.also, measure)) and (
            not other_measure_before(s, a, measure)):
        quals |= {"extra=1"}  # "ytterligare ett sextiotal personer", "five more people": others than those counted
    elif a >= 1 and s.lows[a - 1] in w.increment and b + 1 < len(s.lows) and s.lows[b] in w.changes_to and (
            b + 1 in s.numtoks):
        quals |= {"extra=1"}  # "has risen by three to 2,360": an increment, no part of the new toll
    elif _raises_toll(s, b, w):
        quals |= {"extra=1"}  # "five deaths were reported, taking the toll to 21": the increment, no rival toll
    elif w.fewer and not w.fewer.isdisjoint(s.lows[b : b + 2]):
        quals |= {"extra=1"}  # "gut hundert Menschen weniger getötet als angenommen": a difference, no toll
    elif _another_event(s, lo, a, lang) or elsewhere(s, a, lang):
        quals |= {"extra=1"}  # "Ytterligare en attack … ska ha dödat 35 civila", "Elsewhere, …": a further event
    near = range(max(lo, a - 3), min(hi, head.end + 4))
    if not w.still_first.isdisjoint(s.lows[near.start : near.stop]) and any(
            lx.phrase_at(s.lows, k, w.still) for k in near) and lx.words_of(lang, "initially").isdisjoint(s.lows[max(0, a - 12) : a]):
        quals |= {"still=1"}  # "20 vårdas fortfarande på sjukhus": a state now, not all who were taken
    if w.hidden and not w.hidden.isdisjoint(s.lows[:a]) and _hidden(s, a, w.hidden):
        quals |= {"period=hidden"}  # "Mörkertalet kan vara 5 000": the unreported toll, not a reported one
    if len(set(s.lows[lo:hi]) & lx.words_of(lang, "counterfactual")) >= 2:
        quals |= {"period=hypothetical"}  # "hade omkring 100 döda kunnat räddas", "could have been saved": no toll
    if a >= 2 and s.lows[a - 1] in w.changes_to and not w.revised.isdisjoint(s.lows[max(lo, a - 7) : a - 1]):
        quals |= {"revised=1"}  # "By evening the toll had risen to 40", "stieg die Zahl der Toten auf 40": a new toll
    if any(s.lows[k] in w.projection_first and lx.phrase_at(s.lows, k, w.projection) for k in range(max(lo, a - 6), a)):
        quals |= {"period=projection"}  # "the final toll risks reaching 25,000", "kan stige til 300": not yet a toll
    if not w.earlier.isdisjoint(s.lows[:a]) and _nearest_before(s, a, w.earlier):
        quals |= {"earlier=1"}  # "Die Behörden hatten zuvor von 164 Toten gesprochen": a toll since revised
    elif changed_from(s, a, lo, w):
        quals |= {"earlier=1"}  # "The number rose from 80 homes": the old toll a revision replaced
    if head.end < len(s.lows) and s.lows[head.end] in w.relative and (
            not profile(lang).capitalised_nouns or s.lows[head.end - 1] == ","):  # not "Einsatzkräfte der Polizei"
        quals |= {"rel=" + (s.lows[head.end + 1] if head.end + 1 < len(s.lows) else "")}
    if not w.reported.isdisjoint(s.lows[lo:a]) and _report_day(s, lo, a, hi, w, lang):
        quals = frozenset(q for q in quals if not q.startswith("time="))  # "Lørdag blev der meldt om 10.000 dræbte"
    return quals


def changed_from(s: Sentence, a: int, lo: int, w: CountWords) -> bool:
    """Whether the number at token a is the old value of a change with no new one after it ("The number rose
    from 80 homes as …", "Tallet er steget fra 80"): a toll since revised, no rival of the new one."""
    return a >= 2 and s.lows[a - 1] in w.rangefrom and not w.revised.isdisjoint(s.lows[max(lo, a - CHANGE_REACH) : a - 1])


CHANGE_REACH: Final = 5  # tokens before "from" where the verb of the change stands ("has risen sharply from")


def _report_day(s: Sentence, lo: int, a: int, hi: int, w: CountWords, lang: str) -> bool:
    """Whether the day of the clause dates the report of the number at token a, not the events: it
    stands before a verb or noun of reporting that comes before the number ("Lørdag blev der meldt om
    10.000 dræbte", "in einem am Freitag verbreiteten Interview von 2500 Toten"), and no day follows."""
    r = max(k for k in range(lo, a) if s.lows[k] in w.reported)
    return any(_day_at(s, k, w, lang) for k in range(lo, r)) and not any(_day_at(s, k, w, lang) for k in range(a + 1, hi))


def _day_at(s: Sentence, k: int, w: CountWords, lang: str) -> bool:
    """Whether token k starts a day: a weekday ("lørdag", "Saturday") or a time phrase ("i går", "yesterday")."""
    low = s.lows[k]
    days = lx.weekdays(lang).get(low[:3], ())
    return any(low.startswith(d) for d in days) or (low in w.time_first and lx.phrase_at(s.lows, k, w.time) > 0)


def _hidden(s: Sentence, a: int, hidden: frozenset[str]) -> bool:
    """Whether the last word before the number at token a that names an unreported toll
    ("mörkertalet", "die Dunkelziffer") has no other number between them."""
    k = max(k for k in range(a) if s.lows[k] in hidden)
    return not any(j in s.numtoks for j in range(k + 1, a))


def _nearest_before(s: Sentence, a: int, words: frozenset[str]) -> bool:
    """Whether the last word of `words` before the number at token a has no other number between."""
    k = max(k for k in range(a) if s.lows[k] in words)
    return not any(j in s.numtoks for j in range(k + 1, a))


_EVENTS: Final = frozenset({"attack", "incident"})  # "another attack", "i en annen hendelse", "bei einem anderen Vorfall"


def _another_event(s: Sentence, lo: int, a: int, lang: str) -> bool:
    """Whether the clause before the number names a further event ("ytterligare en attack", "ein
    weiterer Angriff", "another explosion"): its count is of others than those counted before."""
    w = count_words(lang)
    extra, indefinite = w.extra, w.indefinite
    for k in range(lo, a - 1):
        low, nxt = s.lows[k], s.lows[k + 1]
        if low in w.another:
            noun = k + 1
        elif (low in extra and nxt in indefinite) or (low in indefinite and nxt.startswith(w.extra_tuple)):
            noun = k + 2
        else:
            continue
        if noun < a and noun not in s.numtoks and (concept_of(s.lows[noun], lang) in _EVENTS or lx.cause_of(s.lows[noun], lang)):
            return True
    return False


def _alone(s: Sentence, a: int, alone: frozenset[str], place: frozenset[str]) -> bool:
    """Whether an "alone" word before number a marks its count as a part: not right before the number
    ("bara två personer": only two), no other number between, and a name beside it ("Bara i Uppsala", "In Bonn
    alone,", "Allein die Polizei") or a place preposition after it ("Enbart på avdelningen har 14 insjuknat": one
    ward's part); "dömdes bara för tre fall", "på bara en timme" say "only", no part."""
    k = next((k for k in range(a - 2, max(-1, a - WINDOW), -1) if s.lows[k] in alone), -1)
    return k >= 0 and not any(j in s.numtoks for j in range(k, a)) and (any(
        s.texts[j][:1].isupper() for j in (k - 1, k + 1, k + 2) if 0 < j < a) or (k + 2 < a and s.lows[k + 1] in place))


def _alone_after(s: Sentence, b: int, hi: int, w: CountWords) -> bool:
    """Whether an "alone" word after number b names a place ("in Cologne alone", "in Tacloban City alone", "alene
    i Derna"): a place preposition right after it, or a name of up to PLACE_WORDS words right before it after a
    place preposition."""
    for k in range(b, hi):
        if s.lows[k] not in w.alone:
            continue
        if k + 2 < len(s.lows) and s.lows[k + 1] in w.place and s.texts[k + 2][:1].isupper():
            return True
        j = k - 1
        while j > b and k - j <= PLACE_WORDS and s.texts[j][:1].isupper():
            j -= 1
        if j < k - 1 and s.lows[j] in w.place:
            return True
    return False


PLACE_WORDS: Final = 4  # the longest place name read before "alone" ("in Tacloban City alone")


def _setting_before(s: Sentence, lo: int, lang: str) -> frozenset[str]:
    """The place of a clause that starts after a comma, read before it: from a stretch of adverbials
    that opens the sentence ("Near Kyiv, in Irpin, 60 km from the capital, four people died": no
    measure word, no count before) or from the clause its "and"/"og" joins it to ("Targets in 15
    regions were hit, and four people were killed")."""
    if s.lows[lo] in lx.words_of(lang, "conj"):
        prev = clause(s, lo - 2, lo - 1)[0]
        before = (prev, lo - 1)
    elif lo - 1 <= WINDOW and not any(k in s.triggers or _counts(s, k, lang) for k in range(lo - 1)):
        before = (0, lo - 1)
    else:
        return frozenset()
    if not lx.words_of(lang, "report").isdisjoint(s.lows[before[0] : before[1]]):
        return frozenset()  # "In a briefing at the U.N. headquarters in New York, …": the report's place
    found = qualifiers(s.texts, s.lows, before, lang, s.in_source, near=lo)
    return frozenset(q for q in found if q.startswith("place="))


def _counts(s: Sentence, k: int, lang: str) -> bool:
    """Whether token k is a number that may count something (not "60 Kilometer", "60 km")."""
    if k not in s.numtoks or (k + 1 < len(s.lows) and (k + 1) in s.numtoks):
        return False
    return not (k + 1 < len(s.lows) and lx.is_not_countable(s.lows[k + 1], lang))


def _also(s: Sentence, end: int, hi: int, also: frozenset[str], measure: str) -> bool:
    """Whether an "also" word follows the counted noun, at most past one auxiliary ("Eight people also were
    taken to another hospital", "To personer ble også sendt"): others than those just counted. Not for the
    dead and wounded: "20 people were also injured" after a death toll adds a measure, not people."""
    return bool(also) and measure not in _TOLLS and any(s.lows[k] in also for k in range(end, min(hi, end + 2)))


_TOLLS: Final = frozenset({"killed", "wounded"})


RAISE_REACH: Final = 8  # tokens from a raising verb to the "to" of the new toll ("taking the toll in the region to 21")


def _raises_toll(s: Sentence, b: int, w: CountWords) -> bool:
    """Whether a raising verb after the number at [.., b) takes a toll to a new figure with no number
    between: "reports of five deaths poured in, taking the toll to 21", "three new cases, bringing the total to eight"."""
    raising = w.raising
    if raising.isdisjoint(s.lows[b:]):
        return False
    k = next(k for k in range(b, len(s.lows)) if s.lows[k] in raising)
    return not any(j in s.numtoks for j in range(b, k)) and any(
        s.lows[j] in w.changes_to and j + 1 in s.numtoks for j in range(k + 1, min(len(s.lows) - 1, k + RAISE_REACH)))
