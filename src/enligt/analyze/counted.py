"""The counted noun phrase of a number, and a count of anything with no measure word.

`counted_phrase` reads what follows a number ("ryska soldater", "av de döda", "av 44 drönare");
`count_of` the phrase named before it ("the number of X"); `part_of` a "varav"/"davon" part;
`subject_of` the concept and words of the counted phrase. `counted` makes a reading of a count of
a countable noun when no measure word says what happened ("about 8 000 students are expected").
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.countwords import CountWords, count_words
from enligt.analyze.numquals import count_qualifiers
from enligt.analyze.numsentence import (
    WINDOW,
    Head,
    Sentence,
    clause,
    joined_adjectives,
    joined_to_count,
    relative_at,
)
from enligt.analyze.readrecord import HUMAN_MEASURES, PEOPLE_EVENTS, Reading
from enligt.analyze.subjects import concept_of, lemma, nationality_adjective, nationality_of
from enligt.lang import profile

# Kinds of people a bare count of whom is mostly a standing total ("4 300 anställda", "its 300 members").
STANDING_CONCEPTS: Final = frozenset({"employee", "worker", "member", "job", "household", "user", "inhabitant"})  # "tre millioner indbyggere": a population

# Kinds of people sent to an event: "working" or "remaining" there is their part in it, no standing total.
AT_WORK: Final = frozenset({"responder"})


def counted(s: Sentence, a: int, b: int, head: Head, lang: str) -> Reading | None:
    """A count of anything with no measure word ("about 8 000 students are expected", "400 000
    accounts were exposed"): `other` of the counted noun, when the noun is a countable subject of
    `subjects.tsv` and the clause does not make it a standing total ("has 450 pupils", "1,900 people
    remain"), a speaker ("three diplomats told") or a known set ("the three men")."""
    w = count_words(lang)
    if head.head is None:
        return None
    concept = concept_of(s.lows[head.head], lang)
    if not concept or (concept in STANDING_CONCEPTS and not joined_to_count(s, a, lang)):
        return None  # "4 300 anställda", not "131 passagerer og tre medarbejdere om bord"
    lo, hi = clause(s, a, b)
    standing, having = w.standing, w.having
    if relative_at(s, lo, lang) or not standing.isdisjoint(s.lows[lo:a]):
        return None  # "who had three children", "the firm employs 300 people"
    if _having(s, lo, a, having, lang) and not _participle(s, head.end, hi, lang) and (
            w.aboard.isdisjoint(s.lows[head.end : min(hi, head.end + 2)])):
        return None  # "The school has 450 pupils and 40 teachers", not "I år har 8 000 elever skrivit", "hade 30 passagerare ombord"
    prev = s.lows[a - 1] if a > 0 else ""
    if prev in w.sized and a >= 2 and s.lows[a - 2] in lx.words_of(lang, "vehicle_noun") and concept != "passenger":
        return None  # "en bil med to mænd", "a car with three people": a vehicle's occupants, no count of the events
    if a >= 1 and s.lows[a - 1] in lx.words_of(lang, "seen"):
        return None  # "I saw two men run off", "så to mænd fiske": the people a witness saw, no count of the event
    if _known_set(s, a, w, lang):
        return None  # "the three men", "one of 40 passengers": a set already known; not "a group of 20", "sprach von 8000"
    if prev in w.conj and (j := next((k for k in range(a - 2, max(0, a - 4), -1) if k in s.numtoks), -1)) > 0 and (
            _known_set(s, j, w, lang)):
        return None  # "the jury of eight men and five women": the set's other part
    if not lx.words_of(lang, "poll").isdisjoint(s.lows):
        return None  # "The poll surveyed 2,000 people", "among 1,031 registered voters": a poll's sample, no event
    after = range(head.end, min(hi, head.end + 3))
    if any((s.lows[k] in standing and concept not in AT_WORK) or s.lows[k] in w.speaker for k in after):
        return None  # "1,900 people remain there", "three diplomats told reporters"; not "fyra enheter arbetar på plats"
    if _registered(s, lo, head.end, hi, lang):
        return None  # "75 personer er registrert på adressen": those living there, a standing total
    quals = ";".join(sorted(count_qualifiers(s, a, b, head, lang, "other") | {"verb=" + bare_predicate(s, head.end, hi, lang)}))
    key = f"other|count|{concept}|{head.nationality}|{quals}|"
    return Reading("other", "count", " ".join(s.texts[head.start : head.end]), key)


SIZE_GAP: Final = 2  # tokens from the counted noun to a predicate of its own ("with 300 employees laid off")


def _known_set(s: Sentence, a: int, w: CountWords, lang: str) -> bool:
    """Whether a determiner or an "of" that opens no count ("a group of", "sprach von") stands before token a."""
    prev = s.lows[a - 1] if a > 0 else ""
    return prev in w.det or (prev in w.of and not (a >= 2 and (s.lows[a - 2] in w.collective or s.lows[a - 2] in w.reported or (
        s.lows[a - 2] in lx.words_of(lang, "speaks")))))


def sized(s: Sentence, first: int, head: Head, trig: lx.Trigger | None, lang: str) -> bool:
    """Whether the count starting at token `first` is the size of a firm or place: a resident noun
    after "med"/"with"/"mit" ("koncernen med 16 000 anställda", "Tjockö, med drygt 40 fast boende",
    "eine Firma mit rund 300 Mitarbeitern streicht"), not an event of them (", with 300 employees laid off")."""
    w = count_words(lang)
    if head.head is not None and not head.subset and _family_size(s, first, head.head, lang):
        return True  # "en familie med tre barn": the size of a family, no count of those an event struck
    if first >= 2 and s.lows[first - 1] in w.of and s.lows[first - 2] in lx.words_of(lang, "region_noun"):
        return True  # "a village of some 2,400 residents": the size of a place
    if head.head is None or s.lows[head.head] not in w.resident or head.subset:
        return False
    k = first - 1
    if k >= 1 and s.lows[k] in w.total_first:
        k -= 1  # "med totalt 11 000 ansatte"
    if k < 0 or s.lows[k] not in w.sized:
        return False
    if k >= 1 and s.lows[k - 1] in lx.words_of(lang, "along"):
        return False  # "two patients, along with three workers, tested positive": a coordination, no size
    if trig is not None and (trig.end in (k, k + 1) or trig.start < k < trig.end):
        return False  # "tager afsked med 120 medarbejdere", "parts ways with 120 employees", "en nedskärning med 120
    # anställda", "minskning med … anställda": the "with" of the predicate or of the event's noun
    if trig is None or not head.end <= trig.start < head.end + SIZE_GAP:
        return True
    opens = k == 0 or not s.lows[k - 1][:1].isalnum()  # ", with 300 employees laid off": an absolute clause
    return not opens or not all(t[:1].isalnum() for t in s.lows[head.end : trig.start])


def _family_size(s: Sentence, first: int, head: int, lang: str) -> bool:
    """Whether a count of kin ("children") follows a family noun and "with" ("a family with three children",
    "eine Familie mit drei Kindern", "en familj med tre barn"): how large the family is."""
    w = count_words(lang)
    return first >= 2 and s.lows[first - 1] in w.sized and s.lows[first - 2] in w.household and (
        concept_of(s.lows[head], lang) in _KIN)


REGISTERED_REACH = 5  # tokens after a counted noun to a participle of `registered` ("in dem Haus gemeldet")


def _registered(s: Sentence, lo: int, end: int, hi: int, lang: str) -> bool:
    """Whether the people counted are those registered as living in a dwelling ("75 personer er
    registrert på adressen", "In dem Gebäude seien 38 Personen gemeldet", "An der Adresse sind 60
    Bewohner gemeldet": the dwelling before or after them, in their clause)."""
    w = count_words(lang)
    lows = s.lows[end:min(hi, end + REGISTERED_REACH)]
    return not w.registered.isdisjoint(lows) and not w.dwelling.isdisjoint(s.lows[lo:hi])


def bare_predicate(s: Sentence, lo: int, hi: int, lang: str) -> str:
    """The first letters of what a bare count does, past auxiliaries ("registered", "entered",
    "skrivit"): two counts of one noun with different predicates count different things."""
    w = count_words(lang)
    k = next((k for k in range(lo, min(hi, lo + 4)) if s.lows[k] not in w.aux), -1)
    word = s.lows[k] if k >= 0 else ""
    if word in w.conj or word in w.aboard or _noun_phrase_of(s, k, hi, w.preps, w.dets):
        return ""  # "130 passengers and crew members", "103 people onboard", "4 000 signatures on a petition": no predicate
    return word[:5] if word[:1].isalpha() else ""


def _noun_phrase_of(s: Sentence, k: int, hi: int, preps: frozenset[str], dets: frozenset[str]) -> bool:
    """Whether a preposition and a determiner at token k open a phrase of the counted noun ("underskrifter på et
    opprop"), no predicate of it ("30 people in all were aboard" keeps its "in")."""
    return k >= 0 and k + 1 < hi and s.lows[k] in preps and s.lows[k + 1] in dets


HAVING_REACH: Final = 3  # tokens: "has" this close before a count makes it what someone has


def _having(s: Sentence, lo: int, a: int, having: frozenset[str], lang: str) -> bool:
    """Whether a "has/har" governs the count at token a: at most `HAVING_REACH` tokens before it,
    or before another count it is coordinated with ("has 450 pupils and 40 teachers"); not "had to
    face a harrowing time as 80 flights …"."""
    for k in range(lo, a):
        if s.lows[k] in having and (a - k <= HAVING_REACH or any(
                j in s.numtoks and j - k <= HAVING_REACH for j in range(k + 1, a))):
            if not lx.words_of(lang, "had").isdisjoint(s.lows[k + 1 : a]):
                return False  # "Vi har hatt åtte pasienter med symptomer", "has had 30 cases": those met over time
            return not _participle(s, k + 1, a, lang)  # "har sendt 14 betjente": a perfect
    return False


def _participle(s: Sentence, lo: int, hi: int, lang: str) -> bool:
    """Whether a participle ("skrivit", "exposed") stands in tokens [lo, hi)."""
    ends = count_words(lang).participle
    return any(len(s.lows[k]) > 4 and s.lows[k].endswith(ends) for k in range(lo, hi))


def counted_phrase(s: Sentence, b: int, lang: str) -> Head:
    """Read "ryska soldater", "av de döda" (subset), "av 44 drönare", "separate consignments"."""
    w = count_words(lang)
    lows, k, subset = s.lows, b, False
    if k + 1 < len(lows) and lows[k] in w.of_lead and lows[k + 1] in w.of:
        k += 1  # "18 out of 24 drones", "18 ud af 24 droner": the partitive "of"
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
    k = _after_scare_quote(s, k)  # nine "insurgents" were killed: the noun inside the quote marks
    start, head, nat, stops = k, None, "", w.stop
    end = k
    while end < len(lows) and end - start < 4:
        trig = s.triggers.get(end)
        verb = trig is not None and trig.kind == "verb" and not (subset and end == start) and not (
            end == start and _attributive(s, end, lang))
        if lows[end] in w.conj and head is None and end > start and joined_adjectives(s, end, lang):
            end += 1  # "500 domestic and foreign militants": adjectives joined before the noun
            continue
        if s.texts[end] == "-" and end > start and end + 2 < len(lows) and lows[end + 1] in w.conj:
            end += 2  # "101 Wohn- und Geschäftsräume", "40 bolig- og næringsbygg": a suspended compound
            continue
        if not s.texts[end][:1].isalnum() or lows[end] in stops or end in s.numtoks or verb:
            break
        found = nationality_of(lows[end], lang)
        if found and not nat:
            nat = found[0]
        if head is None and (trig is not None or concept_of(lows[end], lang)):
            head = end
        elif head is not None and head in s.triggers and concept_of(lows[end], lang) and end not in s.triggers and (
                head == end - 1 or all(nationality_adjective(lows[j], lang) for j in range(head + 1, end))):
            head = end  # "450 getöteten Soldaten", "fem dræbte civile", "dræbte russiske soldater": the noun after the measure word
        end += 1
    if head is not None and head in s.triggers and head + 2 < len(lows) and lows[head + 1] in w.of:
        j = head + 2  # "3,428 killings of protesters", "23 Tötungen von syrischen Journalisten": the people killed
        while j + 1 < len(lows) and j - head < _OF_REACH and nationality_adjective(lows[j], lang):
            nat = nat or (nationality_of(lows[j], lang) or ("",))[0]
            j += 1
        if concept_of(lows[j], lang) and _role_or_none(s, j):
            head, end = j, max(end, j + 1)
    if head is None and end > start:
        nouns = [j for j in range(start, end) if lows[j] not in w.skip and not nationality_adjective(lows[j], lang)]
        if profile(lang).capitalised_nouns:  # only a capitalised word can be the noun
            nouns = [j for j in nouns if s.texts[j][:1].isupper()]
        head = nouns[-1] if nouns else None
    return Head(start, head + 1 if head is not None else end, head, subset or _kin_of(s, b, lang), nat)


_OF_REACH: Final = 4  # tokens from a measure noun to the people it names after "of" and adjectives of nationality


_QUOTE_MARKS: Final = frozenset('"“”„«»')
_SCARE_WORDS: Final = 3  # words a quoted counted noun may have ("fünf „ausländische Agenten“")


def _after_scare_quote(s: Sentence, k: int) -> int:
    """The token after an opening quote mark at token k that encloses the counted noun right after a number
    (nine "insurgents" were killed, ni «opprørere», neun „Aufständische“): a word set off as someone else's,
    still the counted noun. A mark with no word glued to it, or no closing mark soon after, is kept."""
    texts, starts, ends = s.texts, s.starts, s.ends
    if k + 2 >= len(texts) or texts[k] not in _QUOTE_MARKS or ends[k] != starts[k + 1] or k in s.numtoks:
        return k
    for j in range(k + 2, min(len(texts), k + 2 + _SCARE_WORDS)):
        if texts[j] in _QUOTE_MARKS:
            return k + 1 if ends[j - 1] == starts[j] and all(texts[i][:1].isalpha() for i in range(k + 1, j)) else k
    return k


_KIN: Final = frozenset({"child", "relative"})


def _kin_of(s: Sentence, b: int, lang: str) -> bool:
    """Whether the number is followed by ("of" and) a possessive and a noun of kin ("two of her children", "to av
    hennes barn", "zwei ihrer Kinder"): a part of one family, never a toll of its own."""
    w, lows = count_words(lang), s.lows
    k = b + 1 if b < len(lows) and lows[b] in w.of else b
    return k + 1 < len(lows) and lows[k] in w.possessive and concept_of(lows[k + 1], lang) in _KIN


def count_of(s: Sentence, a: int, lang: str) -> Head | None:
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


def part_of(s: Sentence, a: int, b: int, lang: str) -> bool:
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


def _attributive(s: Sentence, k: int, lang: str) -> bool:
    """Whether the verb form at token k, right after the number, is a participle before the counted
    noun ("10.000 dræbte russiske soldater", "11 000 dödade civila"): adjectives, then a noun of a concept."""
    if not s.lows[k].endswith(count_words(lang).attributive):
        return False  # "45 förlorar jobbet": a present tense, a predicate
    j = k + 1
    while j < len(s.lows) and j - k <= 3 and nationality_adjective(s.lows[j], lang):
        j += 1
    return j < len(s.lows) and j - k <= 3 and bool(concept_of(s.lows[j], lang)) and j not in s.triggers


_MEMBER: Final = "member"  # "members", "medlemmar": people counted as those of the body named after them


def _member_of(s: Sentence, k: int, lang: str) -> str:
    """The concept of the body after "members of" ("members of the security forces": security)."""
    w = count_words(lang)
    if k + 1 >= len(s.lows) or s.lows[k + 1] not in w.of:
        return ""
    for j in range(k + 2, min(len(s.lows), k + 6)):
        if (c := concept_of(s.lows[j], lang)) or not s.texts[j][:1].isalpha():
            return c or ""
    return ""


LOSSES_REACH = 6  # tokens back from a counted phrase to a word of an army's losses


def subject_of(s: Sentence, head: Head, trig: lx.Trigger, lang: str) -> tuple[str, str]:
    """(canonical head concept, subject as written) of a counted phrase."""
    if head.head is not None:
        word = s.lows[head.head]
        nat = nationality_of(word, lang)
        t = s.triggers.get(head.head)
        people = (nat and nat[1]) or (t is not None and t.kind == "noun" and (t.measure in HUMAN_MEASURES or (
            t.concept in PEOPLE_EVENTS and word.endswith(count_words(lang).people_ending))))  # not "1,000 arrests"
        concept = concept_of(word, lang) or ("person" if people else lemma(word, lang))  # "seks omkomne", "tre pågrepne": people
        if concept == _MEMBER:
            concept = _member_of(s, head.head, lang) or concept  # "4,000 members of the security forces"
        elif concept == "person" and not count_words(lang).losses.isdisjoint(s.lows[max(0, head.start - LOSSES_REACH):head.start]):
            concept = "soldier"  # "bezifferte die gegnerischen Verluste auf 400 Tote": an army's losses
        return concept, " ".join(s.texts[head.start : head.end])
    word = " ".join(s.texts[trig.start : trig.end])
    if head.subset:
        return "", word  # "tolv av dem måste tas till sjukhus": the part counts those of the set, not a hospital
    concepts = (concept_of(s.lows[k], lang) for k in reversed(range(trig.start, trig.end)))
    return next((c for c in concepts if c), ""), word


def _role_or_none(s: Sentence, k: int) -> bool:
    """Whether token k is no measure word, or one only as a people noun ("protesters": a role)."""
    t = s.triggers.get(k)
    return t is None or t.kind == "role"
