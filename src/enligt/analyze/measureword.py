"""The measure word of a number: what event it counts ("döda", "killed", "festgenommen").

`measure_word` picks the measure noun of the counted phrase, else the nearest predicate of the
clause, else one within `NEAR` tokens; `casualties` sees "killed or wounded" as one toll and
`severity_of` reads how badly the wounded were hurt.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import CountWords, count_words
from enligt.analyze.numsentence import (
    CLAUSE_BREAKS,
    WEAK,
    WINDOW,
    Head,
    Sentence,
    clause,
    described_by,
    relative_at,
    stronger_pair,
)
from enligt.analyze.numsets import besides, list_predicate
from enligt.analyze.readrecord import THINGS
from enligt.analyze.subjects import concept_of
from enligt.lang import wordset

NEAR: Final = 8  # tokens: how far a measure word outside the number's clause may stand


def severity_of(s: Sentence, a: int, t: lx.Trigger, lang: str) -> str:
    """How badly the counted were hurt: a severity word right before the wounded word or between
    the number and it ("alvorlig skadet", "seriously injured", "schwer verletzt") or right after it
    ("skadades lindrigt"), as its class
    (`severe`, `critical`, `light` in `count_words.tsv`) or else its first letters."""
    words = lx.words_of(lang, "severity")
    near = range(min(a, t.start - 2), t.start) if t.start > a else range(max(0, t.start - 2), t.start)
    word = next((s.lows[k] for k in near if 0 <= k < len(s.lows) and s.lows[k] in words), "")
    if not word and t.start > a and t.end < len(s.lows) and s.lows[t.end] in words:
        word = s.lows[t.end]  # "två skadades lindrigt", "to ble skadd alvorlig": right after the word
    if not word and t.end - t.start > 1:  # "in critical condition", "i kritisk tilstand": the phrase names it
        word = next((s.lows[k] for k in range(t.start, t.end) if s.lows[k] in words), "")
    if not word and t.end - t.start == 1:  # "vier Schwerverletzte", "zwei Leichtverletzte": the severity opens the word
        tok = s.lows[t.start]
        word = max((w for w in words if len(w) >= _SEVERITY_STEM and tok.startswith(w) and tok != w), key=len, default="")
    # "alvorlig skadd" and "hardt skadd" are one class: severe, critical or light
    return next((c for c in _SEVERITY_CLASSES if word in lx.words_of(lang, c)), word[:5])


_SEVERITY_CLASSES: Final = ("severe", "critical", "light")
_SEVERITY_STEM: Final = 5  # letters a severity word needs to open a compound ("schwer", "leicht"; not "hårt")


def hurt_after(s: Sentence, a: int, t: lx.Trigger, lang: str) -> lx.Trigger | None:
    """A wounded word of a severity soon after a hospital predicate ("taken to hospital with serious
    injuries", "med alvorlige skader"), or between the number and it: those counted are the badly hurt, a part of all taken there."""
    between = range(a + 1, t.start) if a < t.start else range(0)  # "zwei Menschen mit schweren Verletzungen ins Krankenhaus"
    for k in [*between, *range(t.end, min(len(s.lows), t.end + _HURT_REACH))]:
        hurt = s.triggers.get(k)
        if hurt is not None and hurt.measure == "wounded" and severity_of(s, a, hurt, lang):
            return hurt
    return None


_HURT_REACH: Final = 4  # tokens from a hospital predicate to the injuries of "with serious injuries"


def casualties(s: Sentence, t: lx.Trigger, lang: str) -> bool:
    """Whether a killed (wounded) predicate is joined by "eller"/"or"/"and" to a wounded (killed) one."""
    either, pair = lx.words_of(lang, "either"), {"killed": "wounded", "wounded": "killed"}.get(t.measure)
    if pair is None:
        return False
    after = s.triggers.get(t.end + 1) if t.end < len(s.lows) and s.lows[t.end] in either else None
    if after is not None and after.measure == pair:
        return True
    if t.start >= 2 and s.lows[t.start - 1] in either:
        return any(o.measure == pair and o.end == t.start - 1 for o in s.triggers.values())
    return False


BEYOND: Final = 10  # tokens added to the distance of a measure word that stands past another number


SMASHED: Final = "smashed"  # the event of a smash word in `measures.tsv` ("smashed", "knuste"): said only of things


def measure_word(s: Sentence, a: int, b: int, head: Head, lang: str) -> lx.Trigger | None:
    """The measure word for the number at [a, b): a measure noun in the counted phrase ("döda"),
    else the nearest predicate of the clause, else one nearby, else a people noun of the counted
    phrase ("demonstranter", "wounded"): "detained 30 protesters" is an arrest."""
    w = count_words(lang)
    set_end = _set_end(s, head, lang) if head.subset else head.end
    if not head.subset and (died := _died_after(s, head, lang)) is not None:
        return died  # "5 000 personer som varit smittade har avlidit": the death, not the infection
    if (death := _to_death(s, head, lang)) is not None:
        return death  # "burned 43 civilians to death", "slog två män ihjäl": the manner verb before says how they died
    own = range(head.start - (2 if head.subset else 0), set_end)
    roles = []
    for k in own:
        t = s.triggers.get(k)
        if t is not None and t.kind == "noun" and (not head.subset or _own_part_noun(s, b, t, w)):
            return _release_rule(s, t)
        if t is not None:  # the set a part is taken from ("sju av de smittade har avlidit") is a role
            roles.append(t)
    lo, hi = clause(s, a, b)
    comma = _apposition(s, head.end if _dashed(s, head.end) else hi, w)
    close = _closing(s, comma) if comma else 0
    if comma and s.lows[comma] in _DASHES and not _predicate_next(s, close, w):
        comma = close = 0  # "otte dræbte – heriblandt tre kvinder – ved angreb": no predicate after the dashes
    if not comma and (close := _breakdown_end(s, a, head.end)) and _predicate_next(s, close, w):
        comma = head.end  # "neun Polizisten - fünf Männer, vier Frauen - wurden verletzt": a part's predicate follows the dash
    if comma:  # "18 others, including children, wounded": the predicate after the apposition
        hi = clause(s, close + 1, close + 2)[1] if close + 1 < len(s.lows) and s.lows[close] in _CLOSERS else close
    conj, relative = w.conj, w.relative
    near = -1 if relative_at(s, lo, lang) else NEAR  # "who had three children, was"
    described = described_by(s, head, lang)
    if set_end > head.end and set_end < len(s.lows) and s.lows[set_end] == ",":
        described = clause(s, set_end + 1, set_end + 2)[1]  # "åtte av de 20 som ble skadd, ble sendt til sykehus"
    thing = head.head is not None and concept_of(s.lows[head.head], lang) in THINGS
    best: lx.Trigger | None = None
    best_d = 10**9
    wholes: list[lx.Trigger] = []  # the wholes a partitive relative ("varav", "hvoraf", "of whom") takes its part from
    for k in range(max(0, a - WINDOW), min(len(s.lows), b + WINDOW)):
        t = s.triggers.get(k)
        if t is None or (t.start < b and t.end > a) or k in s.in_source:
            continue  # a word of the source ("Hospital officials said") says nothing of the event
        if t.concept == SMASHED and not thing:
            continue  # "three men smashed windows and were arrested": smashing is said only of things
        if t.start >= b and _subclause_count(s, b, t.start, lang):
            continue  # "sent 15 officers after two people were killed": the predicate of the later count
        if k in own and (head.subset or t.kind != "verb"):
            continue  # the counted noun itself, or the set a part is taken from: a role
        if t.start >= b and t.kind == "verb" and _nobody_before(s, max(b, t.start - 3), t.start, lang):
            continue  # "searched to make sure no one else drowned", "men ingen ble drept": nobody's predicate
        if t.end <= a and besides(s, t.start, lang):
            continue  # "Foruden de dræbte er 32 personer blevet såret": the others, not these
        if not w.partclause.isdisjoint(s.lows[t.end : a] if head.subset else _outside(s, b, t.start, comma, close)):
            wholes += [t] if head.subset else []  # "fem drabbade varav två är skadade": the set is a role,
            continue  # and the part's predicate is not the whole's
        if t.kind in ("noun", "role") and k - 1 in s.numtoks and not a <= k - 1 < b:
            continue  # the counted noun of another number: "tre anmeldte forbrytelser og seks skadde politifolk"
        d = a - t.end if t.end <= a else t.start - b
        if comma and t.start > comma:
            d = comma - b + 1  # the apposition is no distance
        between = range(t.end, a) if t.end <= a else _around(b, t.start, comma, close)
        d += 5 * sum(1 for j in between if s.lows[j] in conj)  # "killed and two were injured"
        # past another number: "rose to 133 as officials reported 11 suspects arrested" (ranked lower, still near)
        beyond = BEYOND if any(j in s.numtoks for j in between) and not (comma and t.start > comma) else 0
        in_clause = (lo <= t.start and t.end <= hi) or (t.start > b and t.end <= described)
        if not in_clause and any(s.lows[j] in relative for j in between):
            continue  # "3,000 firefighters battled the blaze, which destroyed 1,200 homes"
        score = 2 * (d + beyond) + (1 if t.end <= a else 0) + (0 if in_clause else 1000)  # ties: the predicate after
        if (in_clause or d <= near) and score < best_d:
            best, best_d = t, score
    if best is None and hi < len(s.lows) and s.lows[hi] == ",":
        best = list_predicate(s, hi, lang)  # "En boligblokk, ni bolighus, biler og garasjer ble ødelagt"
    if best is None and not head.subset:
        best = _list_lead(s, a, w)  # "har ramt 40 lastbiler, seks broer, tre depoter og 212 militære køretøjer"
    best = best or next(iter(roles), None) or _nearest(wholes)  # "fire dræbte samt tolv sårede, hvoraf fem var børn"
    if best is not None and (best.concept in WEAK or best.measure == "wounded"):
        best = stronger_pair(s, best, lang)
    return _release_rule(s, best) if best else None


OWN_PREDICATE: Final = 4  # tokens from a count to a predicate after it read as that count's own


def _subclause_count(s: Sentence, b: int, start: int, lang: str) -> bool:
    """Whether a count of a subordinate clause stands between the number ending at token b and a predicate
    at token `start`, close before the predicate ("after two people were killed", "nachdem zwei Menschen
    getötet wurden"; `subclause` in `count_words.tsv`): the predicate is that count's."""
    j = max((k for k in range(b, start) if k in s.numtoks), default=-1)
    if j < 0 or start - j > OWN_PREDICATE:
        return False
    subs = lx.words_of(lang, "subclause")
    return any(s.lows[k] in subs for k in range(b, j))


def _nearest(wholes: list[lx.Trigger]) -> lx.Trigger | None:
    """The whole a partitive relative takes its part from: the nearest before it ("tolv sårede" in "fire dræbte
    samt tolv sårede, hvoraf fem var børn"), not the first word of the sentence that tells of an event ("telte ved
    hospitalet … ni sårede, hvoraf seks var journalister": the hospital is where, the wounded the whole)."""
    return max(wholes, key=lambda r: r.start, default=None)


def _nobody_before(s: Sentence, lo: int, hi: int, lang: str) -> bool:
    """Whether a negative subject ("no one", "nobody", "ingen", "niemand": `negative_subjects`) stands in
    tokens [lo, hi): the predicate after it says what happened to nobody."""
    words = wordset(lang, "negative_subjects")
    return any(s.lows[j] in words or " ".join(s.lows[j : j + 2]) in words for j in range(lo, hi))


def _own_part_noun(s: Sentence, b: int, t: lx.Trigger, w: CountWords) -> bool:
    """Whether a part's measure noun follows its number with no "of" or determiner between: the part's
    own measure ("Blandt dem 25 dræbte og 102 sårede": the 102 are wounded), not the set it is taken
    from ("sju av de smittade har avlidit")."""
    return t.start >= b and all(s.lows[j] not in w.of and s.lows[j] not in w.det for j in range(b, t.start))


LIST_REACH: Final = 24  # tokens: how far back the predicate of a list of counts may stand


def _list_lead(s: Sentence, a: int, w: CountWords) -> lx.Trigger | None:
    """The predicate before a list of counts ("destroyed 80 tanks, ten planes, seven helicopters and 516
    armoured vehicles") for an item too far from it: only commas, "and" and the items' words between,
    and at least two counts of the list before this one."""
    if a < 1 or s.lows[a - 1] not in w.conj and s.lows[a - 1] != ",":
        return None
    counts = 0
    for k in range(a - 1, max(-1, a - LIST_REACH), -1):
        t = s.triggers.get(k)
        if t is not None:
            return t if t.kind == "verb" and counts >= 2 and t.end <= a else None
        if k in s.numtoks:
            counts += 1
        elif s.lows[k] != "," and (s.lows[k] in CLAUSE_BREAKS or not s.texts[k][:1].isalnum()):
            return None
    return None


_CLOSING: Final = {",": ",", "–": "–", "—": "—", "-": "-", "(": ")"}  # the mark that closes an apposition opened by each
_CLOSERS: Final = frozenset(_CLOSING.values())
_DASHES: Final = frozenset({"–", "—", "-"})


def _dashed(s: Sentence, k: int) -> bool:
    """Whether token k is a dash set off by spaces ("neun Polizisten - fünf Männer, vier Frauen - …")."""
    return k < len(s.lows) and s.lows[k] in _DASHES and k + 1 < len(s.lows) and s.starts[k + 1] > s.ends[k]


def _apposition(s: Sentence, hi: int, w: CountWords) -> int:
    """The comma, dash or bracket at `hi` when an apposition of the counted opens after it ("18 others,
    including children, wounded", "six others, all of them civilians, were wounded", "minst 44 civila
    – varav sex barn – har dödats"), or a dash that opens a breakdown of it closed by a second dash
    ("neun Polizisten - fünf Männer, vier Frauen - wurden verletzt"), else 0."""
    if hi + 1 >= len(s.lows) or s.lows[hi] not in _CLOSING:
        return 0
    if hi + 1 in s.numtoks:
        return hi if s.lows[hi] in _DASHES and _closing(s, hi) else 0
    nxt = s.lows[hi + 1]
    return hi if nxt in w.partof_first or (nxt in w.all and hi + 2 < len(s.lows) and s.lows[hi + 2] in w.of) else 0


def _closing(s: Sentence, opened: int) -> int:
    """The token that closes the apposition opened at token `opened`: the next clause break after a
    comma, the same dash after a dash (commas of a breakdown inside it), a closing bracket; 0 when a dash
    or bracket is not closed within `WINDOW` tokens."""
    mark = s.lows[opened]
    if mark == ",":
        return clause(s, opened + 1, opened + 2)[1]
    for j in range(opened + 1, min(len(s.lows), opened + WINDOW)):
        if s.lows[j] == _CLOSING[mark]:
            return j
        if s.lows[j] in _SENTENCE_ENDS:
            break
    return 0


_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ";", ":"})
BREAKDOWN_REACH: Final = 4  # tokens from a number back to the dash that opens its breakdown, and from the dash to the count


def _breakdown_end(s: Sentence, a: int, end: int) -> int:
    """The closing dash when the number at token a is an item of a breakdown set off by dashes after a
    count ("neun Polizisten - fünf Männer, vier Frauen - wurden verletzt": fünf and vier), else 0."""
    for k in range(a - 1, max(-1, a - BREAKDOWN_REACH * 3), -1):
        if _dashed(s, k):
            counted = any(j in s.numtoks for j in range(max(0, k - BREAKDOWN_REACH), k))
            close = _closing(s, k) if counted else 0
            return close if close >= end else 0
        if s.lows[k] in _SENTENCE_ENDS or (s.lows[k] in CLAUSE_BREAKS and s.lows[k] != ","):
            return 0
    return 0


PREDICATE_REACH: Final = 3  # words after a closing dash to the verb or auxiliary of the predicate ("- nur leicht verletzt")


def _predicate_next(s: Sentence, close: int, w: CountWords) -> bool:
    """Whether a verb or an auxiliary follows token `close` within `PREDICATE_REACH` words ("– wurden
    verletzt", "– skadades", "- nur leicht verletzt worden"), not "– ved angreb på boliger"."""
    for k in range(close + 1, min(len(s.lows), close + 1 + PREDICATE_REACH)):
        t = s.triggers.get(k)
        if s.lows[k] in w.aux or (t is not None and t.kind == "verb"):
            return True
        if t is not None or not s.texts[k][:1].isalpha() or k in s.numtoks:
            return False
    return False


def _around(b: int, k: int, opened: int, closed: int) -> range | list[int]:
    """The tokens [b, k) outside an apposition [opened, closed] that closes before k."""
    if not opened or not opened < closed < k:
        return range(b, k)
    return [*range(b, opened), *range(closed + 1, k)]


def _outside(s: Sentence, b: int, k: int, opened: int, closed: int) -> list[str]:
    """The words in tokens [b, k) outside an apposition [opened, closed] that closes before k: a "varav"
    of "44 civila – varav sex barn – har dödats" opens a part with no predicate of its own."""
    if not opened or not opened < closed < k:
        return s.lows[b:k]
    return s.lows[b:opened] + s.lows[closed + 1 : k]


def _set_end(s: Sentence, head: Head, lang: str) -> int:
    """The end of the set a part is taken from, with a participle or a relative clause that says what
    befell the set ("9 of the 31 passengers hurt were flown", "åtta av de 20 som skadades fördes",
    "acht der 20 Menschen, die verletzt wurden, kamen"): that word is a role when a predicate follows."""
    k, n = head.end, len(s.lows)
    if head.head is None:
        return k  # "einer von ihnen starb": a pronoun set has no predicate of its own
    comma = k + 1 < n and s.lows[k] == "," and s.lows[k + 1] in count_words(lang).relative
    k += comma
    if k < n and s.lows[k] in count_words(lang).relative:
        end = clause(s, k, k + 1)[1]
        t = next((s.triggers[j] for j in range(k + 1, min(end, k + 4)) if j in s.triggers), None)
        end = end if comma or t is None else t.end  # "som skadades fördes": the clause ends with its verb
    else:
        t = s.triggers.get(k)
        end = t.end if t is not None else k
    if t is None:
        return head.end
    places = count_words(lang).place  # "died in hospital": a place the dead died in is no later predicate
    later = any(o.start >= end and o.kind == "verb" and s.lows[o.start] not in places and s.lows[o.start - 1] not in places
                for o in s.triggers.values() if o.start < end + WINDOW)
    return end if later else head.end


def _died_after(s: Sentence, head: Head, lang: str) -> lx.Trigger | None:
    """The death predicate after a restrictive relative clause (no comma) that says what else befell
    the counted ("personer som varit smittade … avlidit", "people who had been infected have died"):
    the counted died; the clause only names the set."""
    k, n = head.end, len(s.lows)
    if head.head is None or k >= n or s.lows[k] not in count_words(lang).relative:
        return None
    rel = next((s.triggers[j] for j in range(k + 1, min(n, k + 4)) if j in s.triggers), None)
    if rel is None or rel.measure != "other":
        return None
    for j in range(rel.end, min(n, rel.end + WINDOW)):
        if s.lows[j] in (".", ";", ":") or j in s.numtoks:
            return None
        t = s.triggers.get(j)
        if t is not None:
            return t if t.measure == "killed" else None
    return None


def _to_death(s: Sentence, head: Head, lang: str) -> lx.Trigger | None:
    """The death particle that closes the counted phrase ("to death", "ihjel", "ihjäl", "zu Tode": `to_death` in
    `count_words.tsv`), or None: it makes any verb before the number ("burning", "brændte", "beat") a killing."""
    k = head.end
    if k >= len(s.lows) or s.lows[k] == "(" and (k := k + 1) >= len(s.lows):
        return None
    t = s.triggers.get(k)
    if t is None or t.measure != "killed" or not lx.phrase_at(s.lows, k, lx.category(lang, "to_death")):
        return None
    return t


def _release_rule(s: Sentence, t: lx.Trigger) -> lx.Trigger:
    """Released prisoners are `other`: "frigivna ... som tillfångatogs" counts a release."""
    if t.measure == "captured" and s.release:
        return lx.Trigger(t.start, t.end, "other", s.release, t.kind)
    return t
