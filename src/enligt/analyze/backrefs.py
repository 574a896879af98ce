"""Back-references: a number read through the figures counted before it.

A part of the figure just counted ("Två av dem var barn": `part_of_latest`), a part of the victims
(`among_victims`), a bare figure for the same count ("The union said at least 13": `bare_figure`)
and a restated figure (rule 3 of `enligt.analyze.quantities`: `restated`), each within
`SUBSET_REACH` or `BACKREF_REACH` characters of the latest figure in `Memory`.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.counted import STANDING_CONCEPTS, bare_predicate
from enligt.analyze.countwords import count_words
from enligt.analyze.lexicon import Trigger
from enligt.analyze.numkey import QUALIFIERS, joined, key_parts, with_qualifiers
from enligt.analyze.numsentence import CLAUSE_BREAKS, Head, Sentence, clause
from enligt.analyze.readrecord import HUMAN_MEASURES, THINGS, Memory, Reading
from enligt.analyze.subjects import concept_of
from enligt.models import Quantity

BACKREF_REACH: Final = 1500  # characters: how far back a restated figure may point
WHOLE: Final = "whole"  # the qualifier of a part that names the figure it is a part of ("two of the three")
SUBSET_REACH: Final = 400  # characters: how far back the set of "Två av dem var barn" may have been counted


def part_of_latest(s: Sentence, a: int, b: int, head: Head, memory: Memory, lang: str) -> Reading | None:
    """A part of the figure just counted ("fyra civila dödades. Två av dem var barn"): its measure,
    marked as a subset so that it is never compared with the whole."""
    latest = memory.latest
    if latest is None or s.index - memory.latest_sentence > SUBSET_REACH or (
            memory.latest_sentence == s.index and not _joined_part(s, a, b, lang) and not _led_part(s, a, lang)):
        return None
    if _own_whole(s, b, head.start, memory):
        return None  # "51 av 70 anställda" after "125 tjänstemän": a part of the 70, not of the figure before
    parts = key_parts(latest.key)
    if head.head is not None and (own := concept_of(s.lows[head.head], lang)) and parts[2] and (
            (own in THINGS) != (parts[2] in THINGS)):
        return None  # "14 av 20 droner" after a count of people: a set of things, not a part of them
    measure, concept = latest.measure, latest.concept
    if head.head is not None and (own := concept_of(s.lows[head.head], lang)) in THINGS:
        measure, concept, parts[2] = "other", "count", own  # "to ud af tre opgange er vendt tilbage": things it names
    parts[:2] = [measure, concept]
    parts[5] = "subset"
    # the figure it is a part of ("to ud af tre opgange", "To af dem"): never a rival of its whole
    parts[QUALIFIERS] = joined(parts[QUALIFIERS], [f"{WHOLE}={memory.latest_value:g}"])
    subject = " ".join(s.texts[b : head.end]) or latest.subject
    return Reading(measure, concept, subject, "|".join(parts))


def _joined_part(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether the number is a part "of them" in a clause joined to the one of the figure before it in its
    sentence ("received 40 complaints and upheld 12 of them", "fick in 40 anmälningar och avskrev 12 av dem")."""
    w = count_words(lang)
    if not (b + 1 < len(s.lows) and s.lows[b] in w.of and s.lows[b + 1] in w.pronoun):
        return False
    before = max((k for k in s.numtoks if k < a), default=-1)
    return before >= 0 and any(s.lows[k] in w.conj for k in range(before + 1, a))


def _led_part(s: Sentence, a: int, lang: str) -> bool:
    """Whether a part phrase leads straight to the number in the sentence of the figure it is a part of
    ("storm chasers filmed nine tornadoes, including three in Harlan"): a part of that figure."""
    phrases = lx.category(lang, "partof")
    return any(lx.phrase_at(s.lows, k, phrases) == a - k for k in range(max(0, a - 3), a))


def _own_whole(s: Sentence, b: int, start: int, memory: Memory) -> bool:
    """Whether the part names a whole of its own in digits ("51 av 70") that is no figure counted before."""
    wholes = [s.texts[j].replace(" ", "") for j in range(b, start) if j in s.numtoks]
    return any(w.isdigit() and float(w) not in memory.values for w in wholes)


def next_part(s: Sentence, b: int, head: Head, memory: Memory, lang: str) -> Reading | None:
    """The next item of a list of parts in the same sentence ("including 40 protesters, 42 minors and
    39 bystanders"): the measure of the part before it, its own counted noun, a subset."""
    latest = memory.latest
    if latest is None:
        return None
    parts = key_parts(latest.key)
    own = concept_of(s.lows[head.head], lang) if head.head is not None else ""
    if own and parts[2] and (own in THINGS) != (parts[2] in THINGS):
        return None  # "including two soldiers and three tanks": things are no part of a toll of people
    parts[2], parts[5] = own or parts[2], "subset"
    return Reading(latest.measure, latest.concept, " ".join(s.texts[b : head.end]) or latest.subject, "|".join(parts))


def among_victims(s: Sentence, b: int, head: Head, memory: Memory) -> Reading | None:
    """A part of the victims ("Two babies were among the victims") after a toll of people counted
    within `SUBSET_REACH` characters, in this sentence or one before: that toll's measure, a subset."""
    latest = memory.latest
    if latest is None or latest.measure not in HUMAN_MEASURES or s.index - memory.latest_sentence > SUBSET_REACH:
        return None
    parts = key_parts(latest.key)
    parts[5] = "subset"
    return Reading(latest.measure, latest.concept, " ".join(s.texts[b : head.end]) or latest.subject, "|".join(parts))


def bare_figure(s: Sentence, a: int, b: int, head: Head, memory: Memory, lang: str, approx: bool) -> Reading | None:
    """A number with nothing after it that closes its clause soon after a figure ("Nine officers
    were suspended, police said. The union said at least 13."): another figure for the same count."""
    w = count_words(lang)
    latest = memory.latest
    rival = (head.head is None or not concept_of(s.lows[head.head], lang)) and _contrasted(s, b, memory, lang)
    if head.end == head.start and latest is not None and gapped_place(s, a, b, memory, lang):
        # "in Kiel 4.000": the count of the list's first item at this item's place
        place = f"place={s.lows[a - 1]}"
        key = with_qualifiers(latest.key, [place], lambda q: q.startswith("place="))
        return Reading(latest.measure, latest.concept, latest.subject, key)
    if head.end == head.start and latest is not None and (place := place_after(s, a, b, memory, lang)):
        # "…, as well as 21,000 in Allegan County": the count of the list's first item at this item's place
        key = with_qualifiers(latest.key, [f"place={place}"], lambda q: q.startswith("place="))
        return Reading(latest.measure, latest.concept, latest.subject, key)
    if latest is None or (head.end > head.start and not rival) or s.index - memory.latest_sentence > SUBSET_REACH:
        return None
    if memory.latest_sentence < memory.paragraph < s.index:  # "… 20.000 Tote. ¶ Zu toten russischen Soldaten gibt es
        # eine Zählung. Diese erreichte rund 45.400": a new paragraph whose own sentence before names what it counts;
        # the measure holds, the subject is unsaid, so the figure meets no figure of the paragraph before
        parts = key_parts(latest.key)
        return Reading(latest.measure, latest.concept, "", "|".join((parts[0], parts[1], "", "", "", "")))
    if b < len(s.lows) and s.texts[b][:1].isalnum() and not rival:
        return _same_predicate(s, b, head, memory, lang)  # a word follows: "13 in the north" is not a bare figure
    if a > 0 and s.lows[a - 1] in w.rangeto:
        return None  # "fra klokken 17.30 til 19": the end of a span of time
    prev = s.lows[a - 1] if a > 0 else ""
    if not (approx or prev in w.barelead or prev in w.speaker or rival):
        return None  # "the earlier two": no figure given for the count ("said at least 13", "put it at 13")
    lo = clause(s, a, b)[0]
    if 0 <= s.backref < a and _names_standing(s, a, lang):
        return None  # "The number of employees is down 40 percent, to about 62,000": a workforce
    if any(concept_of(s.lows[k], lang) or s.lows[k] in w.standing for k in range(lo, a)):
        return None  # "The population in the camp is estimated at around 40,000": a count of its own
    if memory.latest_sentence == s.index and not any(s.lows[k] in CLAUSE_BREAKS and k not in s.numtoks for k in range(a)):
        return None
    return latest


def _same_predicate(s: Sentence, b: int, head: Head, memory: Memory, lang: str) -> Reading | None:
    """The latest bare count of a sentence before, when a number with no noun of its own has that count's very
    predicate ("Ni politifolk ble suspendert … Fagforeningen sier at minst 13 ble suspendert"): another figure
    for it."""
    latest = memory.latest
    if latest is None or head.end != head.start or memory.latest_sentence == s.index:
        return None
    verb = next((q[5:] for q in key_parts(latest.key)[QUALIFIERS].split(";") if q.startswith("verb=")), "")
    return latest if verb and bare_predicate(s, b, clause(s, b - 1, b)[1], lang) == verb else None


def _contrasted(s: Sentence, b: int, memory: Memory, lang: str) -> bool:
    """Whether a number with no noun of its own stands in a sentence that sets two figures against each
    other with a contrast conjunction ("500 Tote, während ein Bericht auf 1400 kommt", "about 1,000 people,
    while organizers claimed 5,000 present", "Während die Polizei von 5.000 spricht, wollen die Veranstalter
    12.500 gezählt haben"): the figure of the sentence before it is what it counts. The word after it, if
    any, is a lower-case word that counts nothing (a verb or an adverb, not a German noun)."""
    if memory.latest_sentence != s.index or (count_words(lang).contrast.isdisjoint(s.lows) and not _but_between(s, b, lang)):
        return False
    if b >= len(s.lows) or not s.texts[b][:1].isalpha():
        return True
    return s.texts[b][:1].islower() and not concept_of(s.lows[b], lang)


def _but_between(s: Sentence, b: int, lang: str) -> bool:
    """Whether a "but" (`rival_but`) stands between the sentence's first number and the number ending at token
    `b` ("3.000 Menschen, laut Polizei aber nur 1.200", "3 000 deltagare, men enligt polisen bara 1 200")."""
    but = count_words(lang).rival_but
    first = min(s.numtoks, default=b)
    return any(s.lows[k] in but for k in range(first + 1, b))


def rivals(s: Sentence, found: list[Quantity], lang: str) -> bool:
    """Whether a "but" or a contrast conjunction (`rival_but`, `contrast`) stands between the figures of the
    sentence: "The agency said 42 people had died but that in fact 97 had died", "Myndigheten rapporterade 42
    döda, men i själva verket hade 97 personer dött" set one figure against another, no breakdown."""
    w = count_words(lang)
    words = w.rival_but | w.contrast
    if words.isdisjoint(s.lows):
        return False
    lo, hi = min(q.number_span.start for q in found), max(q.number_span.start for q in found)
    return any(lo < s.starts[k] < hi for k, low in enumerate(s.lows) if low in words)


def gapped_place(s: Sentence, a: int, b: int, memory: Memory, lang: str) -> bool:
    """Whether a number with no noun is an item of a list of places that gaps the counted noun given
    with the first item of its sentence ("zählten in Bremen 9.000 Streikende, in Kiel 4.000 und in
    Lübeck 3.000", "in Suhl 400, in Gotha 350 sowie in Erfurt 300"): a place preposition and a name stand
    right before it, a comma or a joining word before them, and a comma, a joining word or the end after it."""
    w = count_words(lang)
    if memory.latest_sentence != s.index or a < 3 or s.lows[a - 2] not in w.place:
        return False
    if not s.texts[a - 1][:1].isupper() or s.lows[a - 1] in w.notplace or s.lows[a - 1] in w.stop:
        return False
    joins = w.conj | w.listjoin
    if s.texts[a - 3] != "," and s.lows[a - 3] not in joins:
        return False
    return b >= len(s.lows) or not s.texts[b][:1].isalnum() or s.lows[b] in joins


_NAME_WORDS: Final = 3  # capitalised words of a place's name after its preposition ("in Allegan County")


def place_after(s: Sentence, a: int, b: int, memory: Memory, lang: str) -> str:
    """The place of a number with no noun that ends a list of counts at places ("90,000 homes in Kent
    County, 40,000 homes in Ottawa County and 21,000 in Allegan County"): a comma or a joining
    word or phrase (`listjoin`: "and", "as well as") before it, a place preposition and a name right after
    it, and the latest figure, of this sentence, placed too; else ""."""
    w = count_words(lang)
    latest = memory.latest
    if latest is None or memory.latest_sentence != s.index or a < 1 or b + 1 >= len(s.lows) or s.lows[b] not in w.place:
        return ""
    if not any(q.startswith("place=") for q in key_parts(latest.key)[QUALIFIERS].split(";")):
        return ""
    joins = lx.category(lang, "listjoin") | lx.category(lang, "conj")
    if s.texts[a - 1] != "," and not any(tuple(s.lows[max(0, a - len(p)) : a]) == p for p in joins):
        return ""
    end = b + 1
    while end < min(len(s.lows), b + 1 + _NAME_WORDS) and s.texts[end][:1].isupper() and (
            s.lows[end] not in w.notplace and s.lows[end] not in w.stop):
        end += 1
    return " ".join(s.lows[b + 1 : end])


def named_before(s: Sentence, a: int) -> Trigger | None:
    """The measure word of the back-reference's own sentence, before it and before any number, whose
    figure the back-reference gives ("Many are missing under the rubble; it is said to be over 3,600
    people"): the figure counts that, not the latest quantity."""
    if not 0 <= s.backref < a or any(k < s.backref for k in s.numtoks):
        return None
    return next((t for k, t in sorted(s.triggers.items()) if k < s.backref and t.measure != "other"), None)


def restated(s: Sentence, a: int, memory: Memory, lang: str | None = None) -> Reading | None:
    """Rule 3: a figure that restates the latest quantity ("rör det sig om cirka 500 soldater"), the
    main one of its sentence when another stands in a relative clause or is a part.

    The back-reference must stand before the number, and no number of the same sentence may
    have counted nothing ("250 trucks ... the total may be nearer 900").
    """
    if not 0 <= s.backref < a or memory.noncount_sentence == s.index:
        return None
    if lang is not None and _names_standing(s, a, lang):
        return None  # "The number of employees is down to about 62,000": a workforce, not the layoff counted before
    if memory.latest is None or s.index - memory.latest_sentence > BACKREF_REACH:
        return None
    if memory.main_sentence == memory.latest_sentence:
        return memory.main  # "16 skadet i tillegg til to som er fløyet til sykehus … antallet": the 16
    return memory.latest


STANDING_REACH: Final = 4  # tokens after a back-reference ("die Zahl der Mitarbeiter") that may name what it counts


def _names_standing(s: Sentence, a: int, lang: str) -> bool:
    """Whether the words right after the back-reference name a standing total ("the number of employees",
    "antallet ansatte", "die Zahl der Beschäftigten": `STANDING_CONCEPTS`)."""
    for k in range(s.backref + 1, min(a, s.backref + 1 + STANDING_REACH)):
        concept = concept_of(s.lows[k], lang)
        if concept:
            return concept in STANDING_CONCEPTS
    return False


def victims_of_toll(s: Sentence, memory: Memory) -> bool:
    """Whether victims counted now follow a death toll within `SUBSET_REACH` characters ("97 Tote in der
    Leichenhalle. Das Rote Kreuz berichtete von 63 Opfern"; "446 har mistet livet. Det er 40 flere
    ofre"): the victims are the dead. Victims alone say nobody died."""
    latest = memory.latest
    return latest is not None and latest.measure == "killed" and "subset" not in latest.key and (
        s.index - memory.latest_sentence <= SUBSET_REACH)
