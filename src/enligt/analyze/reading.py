"""What one number counts: the per-number rules of the quantities stage.

`read_number` works on a `Sentence` (tokens, measure words looked up once, the token ranges of its
numbers) and returns a `Reading` (measure, event concept, subject as written, comparison key) or
None for a number that counts no event. Every look-around is bounded by `WINDOW` tokens, so the
cost per number is constant and a long unpunctuated paragraph stays linear.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import count_words
from enligt.analyze.exclusions import excluded
from enligt.analyze.numbers import NumberMatch
from enligt.analyze.numsentence import (
    CLAUSE_BREAKS,
    FRONTED,
    WEAK,
    WINDOW,
    Head,
    Sentence,
    SourceSpans,
    among,
    besides,
    clause,
    daily,
    described_by,
    elsewhere,
    fronted_part,
    joined_adjectives,
    joined_to_count,
    list_predicate,
    missing_found,
    opens_whole,
    other_measure_before,
    relative_at,
    stronger_pair,
    token_range,
)
from enligt.analyze.qualifiers import qualifiers
from enligt.analyze.subjects import concept_of, lemma, nationality_of
from enligt.lang import profile

NEAR = 8  # tokens: how far a measure word outside the number's clause may stand
BACKREF_REACH = 1500  # characters: how far back a restated figure may point
_HUMAN_MEASURES = frozenset({"killed", "wounded", "captured", "missing", "displaced", "deserted"})
# Subject concepts that are things, not people: "injured" buildings are damaged.
# Events that only people undergo: a bare count of them ("anholdt 14 efter uroligheder") is people.
_PEOPLE_EVENTS = frozenset({"arrest", "ill", "hospital", "rescue", "release", "return", "charged", "attendance"})
_STAFF = frozenset({"job", "employee", "worker"})
_THINGS = frozenset({"building", "vehicle", "aircraft", "drone", "missile", "ship", "tank", "road", "flight", "document"})


@dataclass(frozen=True, slots=True, init=False)
class Reading:
    """What a number counts, before it becomes a `Quantity`."""

    measure: str
    concept: str
    subject: str
    key: str

    def __init__(self, measure: str, concept: str, subject: str, key: str) -> None:
        # spelt out: compiled, a field store each (see records.Draft)
        object.__setattr__(self, "measure", measure)
        object.__setattr__(self, "concept", concept)
        object.__setattr__(self, "subject", subject)
        object.__setattr__(self, "key", key)

@dataclass
class Memory:
    """What earlier numbers said, for back-references (rule 3 of `enligt.analyze.quantities`)."""

    latest: Reading | None = None
    latest_sentence: int = -(10**9)
    noncount_sentence: int = -1  # the last sentence that held a number counting nothing
    # sentence, token, concept, nationality and words of the last counted noun, for ellipsis
    head: tuple[int, int, str, str, str] = (-1, 0, "", "", "")
    values: set[float] = field(default_factory=set)  # the figures counted so far
    subset_sentence: int = -1  # the last sentence that counted a part ("two of the dead")
    main: Reading | None = None  # the latest figure outside a relative clause and no part
    main_sentence: int = -1

    def note(self, sentence: int, reading: Reading | None, value: float = 0.0) -> None:
        if reading is None:
            self.noncount_sentence = sentence
        else:
            self.latest, self.latest_sentence = reading, sentence
            if "rel=" not in reading.key and not reading.key.endswith("|subset"):
                self.main, self.main_sentence = reading, sentence
            self.values.add(value)
            if reading.key.endswith("|subset"):
                self.subset_sentence = sentence


def read_number(s: Sentence, n: NumberMatch, lang: str, sources: SourceSpans, memory: Memory) -> Reading | None:
    """What number `n` of sentence `s` counts, or None when it counts no event."""
    w = count_words(lang)
    a, b = token_range(s, n)
    if a >= b or excluded(s, a, b, n, lang, sources):
        return None
    first = a if n.start == n.num_start else max(0, bisect_right(s.starts, n.start) - 1)  # "de cirka 100": the approximator
    if first > 0 and s.lows[first - 1] in w.det and n.value in memory.values:
        return None  # "unter den 40 Verletzten", "the 40 injured": a figure already given
    if n.words and n.value == 1 and a > 0 and s.lows[a - 1] in w.conj and memory.latest_sentence == s.index and (
            memory.latest is not None and memory.latest.key.endswith("|subset")):
        return None  # "sechs Frauen und ein Kind" among the dead: a part joined to a part, no figure of its own
    head = counted_phrase(s, b, lang)
    named = None
    if head.head is None and head.start == head.end:
        named = _count_of(s, a, lang)  # "put the number of affected roles at 650"
        head = named or head
    if head.end < len(s.lows) and s.lows[head.end] in w.rate:
        return None  # "120 fall per 100 000 invånare": a rate
    if daily(s, a, head.end, lang):
        return None  # "mellom 60 og 100 soldater falt hver dag": a rate
    cond = w.condition
    if not cond.isdisjoint(s.lows[max(0, a - WINDOW) : a]) and not cond.isdisjoint(s.lows[clause(s, a, b)[0] : a]):
        return None  # "oppløst dersom flere enn åtte personer samlet seg": a condition, no count
    if _part_of(s, first, b, lang) or fronted_part(s, a, lang):  # "fem personer, varav två …", "15 davon"
        head = Head(head.start, head.end, head.head, True, head.nationality)
    total = a >= 1 and s.lows[a - 1] in w.of and (
        (a >= 2 and (a - 2) in s.numtoks) or opens_whole(s, a, head, lang))
    if head.head is None and not head.subset and memory.subset_sentence == s.index:
        head = Head(head.start, head.end, None, True, head.nationality)  # "Ti af dem …, fire for …": more parts
    trig = measure_word(s, a, b, head, lang)
    t, victims = among(s, a, lang)
    if t is not None and (trig is None or trig.measure == "other" or trig.start == t.start):
        trig, head = t, Head(head.start, head.end, head.head, True, head.nationality)  # "Among the dead were six women"
    if victims and (trig is None or trig.measure == "other"):
        return _among_victims(s, b, head, memory)  # "To spædbørn er blandt ofrene": a part of the toll
    if trig is None and n.words and n.value == 1:
        return None  # "one person close to her", "at least one person in the chain": one counts only an event
    if trig is None:
        if head.subset:
            return _part_of_latest(s, a, b, head, memory, lang)
        if named is not None:  # "estimate the number of participants at about 150,000": its own count
            return counted(s, a, b, head, lang)
        if first > 0 and s.lows[first - 1] in w.all and n.value in memory.values:
            return None  # "Tre personer är skadade. Alla tre personer är ungdomar": the set just counted
        return _restated(s, a, memory) or counted(s, a, b, head, lang) or _bare(s, a, b, head, memory, lang, n.approx)
    measure, concept = trig.measure, trig.concept
    if measure == "missing" and trig.kind == "noun" and named is None and head.start <= trig.start < head.end and (
            missing_found(s, a, b, lang)):
        measure, concept = "other", "found"  # "700 Vermisste telefonisch erreicht": found, no longer missing
    if _casualties(s, trig, lang):  # "dödats eller sårats", "killed or wounded": one toll of both
        measure, concept = "other", "casualty"
    own_noun = trig.kind == "noun" and head.start <= trig.start < head.end  # "nio av tio döda"
    if total and not own_noun:  # the 44 of "38 av 44 drönare sköts ned": the whole, not the part
        measure, concept = "other", "total"
    head_concept, subject = _subject(s, head, trig, lang)
    nationality = head.nationality
    if head.head is not None:
        memory.head = (s.index, head.head, head_concept, nationality, subject)
    elif memory.head[0] == s.index and memory.head[2] and any(
            s.lows[j] in w.conj for j in range(memory.head[1], a)):
        _, _, head_concept, nationality, subject = memory.head  # "15 soldater stupade och 40 skadades"
    if not head_concept and (measure in _HUMAN_MEASURES or concept in _PEOPLE_EVENTS):
        head_concept = "person"  # "the death toll rose to five": people
    elif concept in _PEOPLE_EVENTS and head.head is not None and not head.subset and trig.kind == "verb" and (
            head_concept in _THINGS or not concept_of(s.lows[head.head], lang)):
        return None  # "23 personer anholdt ved to demonstrationer": demonstrations are not arrested
    if measure in ("killed", "wounded") and head_concept in _THINGS:  # "12 hus skadades": damage
        measure, concept = ("destroyed", "destroyed") if measure == "killed" else ("other", "damaged")
    elif measure in ("missing", "captured", "deserted") and head_concept in _THINGS:
        return None  # "savnet etter at raset traff tre bolighus": houses are not missing people
    if measure == "wounded" and (sev := _severity(s, a, trig, lang)):
        head_concept += "/" + sev  # "seks alvorlig skadet" counts not all of "minst 25 skadede"
    if concept == "hit" and head_concept not in _THINGS and head_concept:
        concept = "victim"  # "11 000 passengers were hit": people hit are those affected
    if concept == "victim" and head_concept in _STAFF:
        concept = "layoff"  # "650 affected roles", "drabbade anställda": jobs hit by cuts
    key = "|".join((measure, concept, head_concept, nationality, ";".join(sorted(_qualifiers(s, a, b, head, lang, measure))),
                    "subset" if head.subset else ""))
    return Reading(measure, concept, subject, key)


# Kinds of people a bare count of whom is mostly a standing total ("4 300 anställda", "its 300 members").
_STANDING_CONCEPTS = frozenset({"employee", "worker", "member", "job", "household", "user"})


def counted(s: Sentence, a: int, b: int, head: Head, lang: str) -> Reading | None:
    """A count of anything with no measure word ("about 8 000 students are expected", "400 000
    accounts were exposed"): `other` of the counted noun, when the noun is a countable subject of
    `subjects.tsv` and the clause does not make it a standing total ("has 450 pupils", "1,900 people
    remain"), a speaker ("three diplomats told") or a known set ("the three men")."""
    w = count_words(lang)
    if head.head is None:
        return None
    concept = concept_of(s.lows[head.head], lang)
    if not concept or (concept in _STANDING_CONCEPTS and not joined_to_count(s, a, lang)):
        return None  # "4 300 anställda", not "131 passagerer og tre medarbejdere om bord"
    lo, hi = clause(s, a, b)
    standing, having = w.standing, w.having
    if relative_at(s, lo, lang) or not standing.isdisjoint(s.lows[lo:a]):
        return None  # "who had three children", "the firm employs 300 people"
    if _having(s, lo, a, having, lang) and not _participle(s, head.end, hi, lang):
        return None  # "The school has 450 pupils and 40 teachers", not "I år har 8 000 elever skrivit"
    prev = s.lows[a - 1] if a > 0 else ""
    if prev in w.det or prev in w.of:
        return None  # "the three men", "one of 40 passengers": a set already known
    after = range(head.end, min(hi, head.end + 3))
    if any(s.lows[k] in standing or s.lows[k] in w.speaker for k in after):
        return None  # "1,900 people remain there", "three diplomats told reporters"
    quals = ";".join(sorted(_qualifiers(s, a, b, head, lang, "other") | {"verb=" + _predicate(s, head.end, hi, lang)}))
    key = f"other|count|{concept}|{head.nationality}|{quals}|"
    return Reading("other", "count", " ".join(s.texts[head.start : head.end]), key)


def _predicate(s: Sentence, lo: int, hi: int, lang: str) -> str:
    """The first letters of what a bare count does, past auxiliaries ("registered", "entered",
    "skrivit"): two counts of one noun with different predicates count different things."""
    aux = count_words(lang).aux
    word = next((s.lows[k] for k in range(lo, min(hi, lo + 4)) if s.lows[k] not in aux), "")
    return word[:5] if word[:1].isalpha() else ""


HAVING_REACH = 3  # tokens: "has" this close before a count makes it what someone has


def _having(s: Sentence, lo: int, a: int, having: frozenset[str], lang: str) -> bool:
    """Whether a "has/har" governs the count at token a: at most `HAVING_REACH` tokens before it,
    or before another count it is coordinated with ("has 450 pupils and 40 teachers"); not "had to
    face a harrowing time as 80 flights …"."""
    for k in range(lo, a):
        if s.lows[k] in having and (a - k <= HAVING_REACH or any(
                j in s.numtoks and j - k <= HAVING_REACH for j in range(k + 1, a))):
            return not _participle(s, k + 1, a, lang)  # "har sendt 14 betjente": a perfect
    return False


def _participle(s: Sentence, lo: int, hi: int, lang: str) -> bool:
    """Whether a participle ("skrivit", "exposed") stands in tokens [lo, hi)."""
    ends = count_words(lang).participle
    return any(len(s.lows[k]) > 4 and s.lows[k].endswith(ends) for k in range(lo, hi))


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


def _severity(s: Sentence, a: int, t: lx.Trigger, lang: str) -> str:
    """How badly the counted were hurt: a severity word right before the wounded word or between
    the number and it ("alvorlig skadet", "seriously injured", "schwer verletzt"), as its class
    (`severe`, `critical`, `light` in `count_words.tsv`) or else its first letters."""
    words = lx.words_of(lang, "severity")
    near = range(min(a, t.start - 2), t.start) if t.start > a else range(max(0, t.start - 2), t.start)
    word = next((s.lows[k] for k in near if 0 <= k < len(s.lows) and s.lows[k] in words), "")
    # "alvorlig skadd" and "hardt skadd" are one class: severe, critical or light
    return next((c for c in _SEVERITY_CLASSES if word in lx.words_of(lang, c)), word[:5])


_SEVERITY_CLASSES = ("severe", "critical", "light")


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


def _casualties(s: Sentence, t: lx.Trigger, lang: str) -> bool:
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


def _qualifiers(s: Sentence, a: int, b: int, head: Head, lang: str, measure: str = "") -> frozenset[str]:
    """Place, day, period and since of the clause, plus the "ytterligare" and relative-clause marks."""
    w = count_words(lang)
    lo, hi = clause(s, a, b)
    skip = s.in_source
    if any(len(s.lows[k]) == 4 and s.lows[k].isdigit() for k in range(a, b)):
        skip = skip | frozenset(range(a, b))  # "2000 Teilnehmer" is no period of itself
    quals = qualifiers(s.texts, s.lows, (lo, hi), lang, skip, near=a)
    if any(q.startswith("place=") for q in quals) and _places_in_sentence(s, lang) > 1:
        quals |= {"regional=1"}  # "27 wounded in Kyiv and 41 in Kharkiv": each a part of the whole
    side = _side(s, lo, hi, lang)
    if not any(q.startswith("place=") for q in quals) and lo >= 2 and s.lows[lo - 1] == "," and (
            (t := s.triggers.get(lo)) is not None and t.kind == "verb"):  # "…, killing about 19,500 people"
        prev_lo = clause(s, lo - 2, lo - 1)[0]
        quals |= {q for q in qualifiers(s.texts, s.lows, (prev_lo, lo - 1), lang, skip) if q.startswith("place=")}
    start = next((k + 1 for k in range(lo - 1, max(-1, lo - WINDOW), -1) if s.lows[k] == ";"), 0)  # "…; in August, …"
    opener = next((k for k in range(start, min(lo, start + FRONTED + 1)) if s.lows[k] in CLAUSE_BREAKS
                   and k not in s.numtoks), -1)
    if start < opener < lo:  # a fronted adverbial: "Since November, some 4,800 people have been …"
        quals |= qualifiers(s.texts, s.lows, (start, opener), lang, s.in_source)
        side = side or _side(s, start, opener, lang)
    if not any(q.startswith("place=") for q in quals) and lo >= 2 and s.lows[lo - 1] == ",":
        quals |= _setting_before(s, lo, lang)  # "In X, near Y, four died"; "Targets in 15 regions were hit, and four died"
    if side and not head.nationality:
        quals |= {"side=" + side}  # "On the Ukrainian side, 600 soldiers were killed"
    cause = next((c for k, c in s.causes if lo <= k < hi and k not in s.in_source), "")
    if cause:
        quals |= {"cause=" + cause}  # "syv blev dræbt af bomben" is not the massacre's toll
    totals = w.total_first
    if not totals.isdisjoint(s.lows[lo:hi]) and any(
            s.lows[k] in totals and lx.phrase_at(s.lows, k, w.total) for k in range(lo, hi)):
        quals |= {"total=1"}  # "90 wounded in all", "totalt 90 skadade": the whole of its parts
    extra = w.extra
    if (any(s.lows[k] in extra for k in range(max(0, a - 3), a)) or (b < len(s.lows) and (
            s.lows[b] in extra or s.lows[b] in w.extra_after))) and not other_measure_before(s, a, measure):
        quals |= {"extra=1"}  # "ytterligare ett sextiotal personer", "five more people": others than those counted
    elif _another_event(s, lo, a, lang) or elsewhere(s, a, lang):
        quals |= {"extra=1"}  # "Ytterligare en attack … ska ha dödat 35 civila", "Elsewhere, …": a further event
    near = range(max(lo, a - 3), min(hi, head.end + 4))
    if not w.still_first.isdisjoint(s.lows[near.start : near.stop]) and any(
            lx.phrase_at(s.lows, k, w.still) for k in near):
        quals |= {"still=1"}  # "20 vårdas fortfarande på sjukhus": a state now, not all who were taken
    if w.hidden and not w.hidden.isdisjoint(s.lows[:a]) and _hidden(s, a, w.hidden):
        quals |= {"period=hidden"}  # "Mörkertalet kan vara 5 000": the unreported toll, not a reported one
    if head.end < len(s.lows) and s.lows[head.end] in w.relative and (
            not profile(lang).capitalised_nouns or s.lows[head.end - 1] == ","):  # not "Einsatzkräfte der Polizei"
        quals |= {"rel=" + (s.lows[head.end + 1] if head.end + 1 < len(s.lows) else "")}
    return quals


def _hidden(s: Sentence, a: int, hidden: frozenset[str]) -> bool:
    """Whether the last word before the number at token a that names an unreported toll
    ("mörkertalet", "die Dunkelziffer") has no other number between them."""
    k = max(k for k in range(a) if s.lows[k] in hidden)
    return not any(j in s.numtoks for j in range(k + 1, a))


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
        if noun < a and noun not in s.numtoks and (concept_of(s.lows[noun], lang) == "attack" or lx.cause_of(s.lows[noun], lang)):
            return True
    return False


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
    found = qualifiers(s.texts, s.lows, before, lang, s.in_source, near=lo)
    return frozenset(q for q in found if q.startswith("place="))


def _counts(s: Sentence, k: int, lang: str) -> bool:
    """Whether token k is a number that may count something (not "60 Kilometer", "60 km")."""
    if k not in s.numtoks or (k + 1 < len(s.lows) and (k + 1) in s.numtoks):
        return False
    return not (k + 1 < len(s.lows) and lx.is_not_countable(s.lows[k + 1], lang))


def counted_phrase(s: Sentence, b: int, lang: str) -> Head:
    """Read "ryska soldater", "av de döda" (subset), "av 44 drönare", "separate consignments"."""
    w = count_words(lang)
    lows, k, subset = s.lows, b, False
    if k < len(lows) and lows[k] in w.of:
        # A part of a counted set: "38 av 44", "två av de döda", "12 af dem"; not "six of its members".
        k += 1
        if k < len(lows) and lows[k] in w.det:
            subset = lows[k] in w.pronoun
            k += 1
            if subset:  # "10 av dem måste tas till sjukhus": the predicate follows, no noun
                return Head(k, k, None, True, "")
        subset = subset or k in s.numtoks or k in s.triggers  # "av de döda", "of the infected"
        while k < len(lows) and k in s.numtoks and k - b < WINDOW:
            k += 1
    start, head, nat, stops = k, None, "", w.stop
    end = k
    while end < len(lows) and end - start < 4:
        trig = s.triggers.get(end)
        verb = trig is not None and trig.kind == "verb" and not (subset and end == start)
        if lows[end] in w.conj and head is None and end > start and joined_adjectives(s, end, lang):
            end += 1  # "500 domestic and foreign militants": adjectives joined before the noun
            continue
        if not s.texts[end][:1].isalnum() or lows[end] in stops or end in s.numtoks or verb:
            break
        found = nationality_of(lows[end], lang)
        if found and not nat:
            nat = found[0]
        if head is None and (trig is not None or concept_of(lows[end], lang)):
            head = end
        elif head == end - 1 and head in s.triggers and concept_of(lows[end], lang):
            head = end  # "450 getöteten Soldaten", "fem dræbte civile": the noun after the measure word
        end += 1
    if head is None and end > start:
        nouns = [j for j in range(start, end) if lows[j] not in w.skip and not _adjective(lows[j], lang)]
        if profile(lang).capitalised_nouns:  # only a capitalised word can be the noun
            nouns = [j for j in nouns if s.texts[j][:1].isupper()]
        head = nouns[-1] if nouns else None
    return Head(start, head + 1 if head is not None else end, head, subset, nat)


def _count_of(s: Sentence, a: int, lang: str) -> Head | None:
    """The counted phrase named before a bare number by "the number of X", "antalet X"."""
    w = count_words(lang)
    lo = clause(s, a, a + 1)[0]
    of, det, stops = w.of, w.det, w.stop
    for k in range(lo, a):
        if s.lows[k] not in w.countof:
            continue
        j = k + 1 + (1 if k + 1 < a and s.lows[k + 1] in of else 0)
        j += 1 if j < a and s.lows[j] in det else 0
        end = j
        while end < a and end - j < 4 and s.texts[end][:1].isalnum() and s.lows[end] not in stops:
            end += 1
        nouns = [i for i in range(j, end) if concept_of(s.lows[i], lang)]
        if nouns:
            return Head(j, nouns[-1] + 1, nouns[-1], False, "")
    return None


def _part_of(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether a "varav"/"of whom" phrase ends right before the number (or its approximator), or
    before auxiliaries that lead to it ("Blant dem er minst seks", "Among them were two"), or a
    "davon" stands right after it."""
    phrases = lx.category(lang, "partof")
    if b < len(s.lows) and lx.phrase_at(s.lows, b, phrases) == 1:
        return True
    aux = count_words(lang).aux
    for k in range(max(0, a - 5), a):
        n = lx.phrase_at(s.lows, k, phrases)
        if n and k + n <= a and all(s.lows[j] in aux for j in range(k + n, a)):
            return True
    return False


def _adjective(word: str, lang: str) -> bool:
    found = nationality_of(word, lang)
    return bool(found) and not found[1]  # type: ignore[index]


BEYOND = 10  # tokens added to the distance of a measure word that stands past another number


def measure_word(s: Sentence, a: int, b: int, head: Head, lang: str) -> lx.Trigger | None:
    """The measure word for the number at [a, b): a measure noun in the counted phrase ("döda"),
    else the nearest predicate of the clause, else one nearby, else a people noun of the counted
    phrase ("demonstranter", "wounded"): "detained 30 protesters" is an arrest."""
    w = count_words(lang)
    own = range(head.start - (2 if head.subset else 0), head.end)
    roles = []
    for k in own:
        t = s.triggers.get(k)
        if t is not None and t.kind == "noun" and not head.subset:
            return _release_rule(s, t)
        if t is not None:  # the set a part is taken from ("sju av de smittade har avlidit") is a role
            roles.append(t)
    lo, hi = clause(s, a, b)
    conj, relative = w.conj, w.relative
    near = -1 if relative_at(s, lo, lang) else NEAR  # "who had three children, was"
    described = described_by(s, head, lang)
    best: lx.Trigger | None = None
    best_d = 10**9
    for k in range(max(0, a - WINDOW), min(len(s.lows), b + WINDOW)):
        t = s.triggers.get(k)
        if t is None or (t.start < b and t.end > a) or k in s.in_source:
            continue  # a word of the source ("Hospital officials said") says nothing of the event
        if k in own and (head.subset or t.kind != "verb"):
            continue  # the counted noun itself, or the set a part is taken from: a role
        if t.end <= a and besides(s, t.start, lang):
            continue  # "Foruden de dræbte er 32 personer blevet såret": the others, not these
        if t.kind == "noun" and k - 1 in s.numtoks and not a <= k - 1 < b:
            continue  # the counted noun of another number: "tre anmeldte forbrytelser og seks skadde politifolk"
        d = a - t.end if t.end <= a else t.start - b
        between = range(t.end, a) if t.end <= a else range(b, t.start)
        d += 5 * sum(1 for j in between if s.lows[j] in conj)  # "killed and two were injured"
        # past another number: "rose to 133 as officials reported 11 suspects arrested" (ranked lower, still near)
        beyond = BEYOND if any(j in s.numtoks for j in between) else 0
        in_clause = (lo <= t.start and t.end <= hi) or (t.start > b and t.end <= described)
        if not in_clause and any(s.lows[j] in relative for j in between):
            continue  # "3,000 firefighters battled the blaze, which destroyed 1,200 homes"
        score = 2 * (d + beyond) + (1 if t.end <= a else 0) + (0 if in_clause else 1000)  # ties: the predicate after
        if (in_clause or d <= near) and score < best_d:
            best, best_d = t, score
    if best is None and hi < len(s.lows) and s.lows[hi] == ",":
        best = list_predicate(s, hi, lang)  # "En boligblokk, ni bolighus, biler og garasjer ble ødelagt"
    best = best or next(iter(roles), None)
    if best is not None and (best.concept in WEAK or best.measure == "wounded"):
        best = stronger_pair(s, best, lang)
    return _release_rule(s, best) if best else None


def _release_rule(s: Sentence, t: lx.Trigger) -> lx.Trigger:
    """Released prisoners are `other`: "frigivna ... som tillfångatogs" counts a release."""
    if t.measure == "captured" and s.release:
        return lx.Trigger(t.start, t.end, "other", s.release, t.kind)
    return t


def _subject(s: Sentence, head: Head, trig: lx.Trigger, lang: str) -> tuple[str, str]:
    """(canonical head concept, subject as written) of a counted phrase."""
    if head.head is not None:
        word = s.lows[head.head]
        nat = nationality_of(word, lang)
        t = s.triggers.get(head.head)
        people = (nat and nat[1]) or (t is not None and t.kind == "noun" and (t.measure in _HUMAN_MEASURES or (
            t.concept in _PEOPLE_EVENTS and word.endswith(count_words(lang).people_ending))))  # not "1,000 arrests"
        concept = concept_of(word, lang) or ("person" if people else lemma(word, lang))  # "seks omkomne", "tre pågrepne": people
        return concept, " ".join(s.texts[head.start : head.end])
    word = " ".join(s.texts[trig.start : trig.end])
    if head.subset:
        return "", word  # "tolv av dem måste tas till sjukhus": the part counts those of the set, not a hospital
    concepts = (concept_of(s.lows[k], lang) for k in reversed(range(trig.start, trig.end)))
    return next((c for c in concepts if c), ""), word


SUBSET_REACH = 400  # characters: how far back the set of "Två av dem var barn" may have been counted


def _part_of_latest(s: Sentence, a: int, b: int, head: Head, memory: Memory, lang: str) -> Reading | None:
    """A part of the figure just counted ("fyra civila dödades. Två av dem var barn"): its measure,
    marked as a subset so that it is never compared with the whole."""
    latest = memory.latest
    if latest is None or s.index - memory.latest_sentence > SUBSET_REACH or memory.latest_sentence == s.index:
        return None
    parts = (latest.key.split("|") + [""] * 6)[:6]
    if head.head is not None and (own := concept_of(s.lows[head.head], lang)) and parts[2] and (
            (own in _THINGS) != (parts[2] in _THINGS)):
        return None  # "14 av 20 droner" after a count of people: a set of things, not a part of them
    parts[5] = "subset"
    subject = " ".join(s.texts[b : head.end]) or latest.subject
    return Reading(latest.measure, latest.concept, subject, "|".join(parts))


def _among_victims(s: Sentence, b: int, head: Head, memory: Memory) -> Reading | None:
    """A part of the victims ("Two babies were among the victims") after a toll of people counted
    within `SUBSET_REACH` characters, in this sentence or one before: that toll's measure, a subset."""
    latest = memory.latest
    if latest is None or latest.measure not in _HUMAN_MEASURES or s.index - memory.latest_sentence > SUBSET_REACH:
        return None
    parts = (latest.key.split("|") + [""] * 6)[:6]
    parts[5] = "subset"
    return Reading(latest.measure, latest.concept, " ".join(s.texts[b : head.end]) or latest.subject, "|".join(parts))


def _bare(s: Sentence, a: int, b: int, head: Head, memory: Memory, lang: str, approx: bool) -> Reading | None:
    """A number with nothing after it that closes its clause soon after a figure ("Nine officers
    were suspended, police said. The union said at least 13."): another figure for the same count."""
    w = count_words(lang)
    latest = memory.latest
    if latest is None or head.end > head.start or s.index - memory.latest_sentence > SUBSET_REACH:
        return None
    if b < len(s.lows) and s.texts[b][:1].isalnum():
        return None  # a word follows: "13 in the north" is not a bare figure
    if a > 0 and s.lows[a - 1] in w.rangeto:
        return None  # "fra klokken 17.30 til 19": the end of a span of time
    prev = s.lows[a - 1] if a > 0 else ""
    if not (approx or prev in w.barelead or prev in w.speaker):
        return None  # "the earlier two": no figure given for the count ("said at least 13", "put it at 13")
    lo = clause(s, a, b)[0]
    if any(concept_of(s.lows[k], lang) or s.lows[k] in w.standing for k in range(lo, a)):
        return None  # "The population in the camp is estimated at around 40,000": a count of its own
    if memory.latest_sentence == s.index and not any(s.lows[k] in CLAUSE_BREAKS and k not in s.numtoks for k in range(a)):
        return None
    return latest


def _restated(s: Sentence, a: int, memory: Memory) -> Reading | None:
    """Rule 3: a figure that restates the latest quantity ("rör det sig om cirka 500 soldater"), the
    main one of its sentence when another stands in a relative clause or is a part.

    The back-reference must stand before the number, and no number of the same sentence may
    have counted nothing ("600 vessels ... the number could be closer to 1,400").
    """
    if not 0 <= s.backref < a or memory.noncount_sentence == s.index:
        return None
    if memory.latest is None or s.index - memory.latest_sentence > BACKREF_REACH:
        return None
    if memory.main_sentence == memory.latest_sentence:
        return memory.main  # "16 skadet i tillegg til to som er fløyet til sykehus … antallet": the 16
    return memory.latest
