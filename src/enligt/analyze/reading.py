"""What one number counts: the per-number rules of the quantities stage.

`read_number` works on a `Sentence` (tokens, measure words looked up once, the token ranges of its
numbers) and returns a `Reading` (measure, event concept, subject as written, comparison key) or
None for a number that counts no event. Every look-around is bounded by `WINDOW` tokens, so the
cost per number is constant and a long unpunctuated paragraph stays linear.

The parts: `readrecord` (`Reading`, `Memory`), `counted` (the counted noun phrase, a count of
anything), `measureword` (the event a number counts), `numquals` (the qualifiers of a count) and
`backrefs` (figures read through those counted before).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Final

from enligt.analyze import lexicon as lx
from enligt.analyze.backrefs import (
    WHOLE,
    among_victims,
    bare_figure,
    named_before,
    next_part,
    part_of_latest,
    restated,
    victims_of_toll,
)
from enligt.analyze.counted import (
    STANDING_CONCEPTS,
    count_of,
    counted,
    counted_phrase,
    part_of,
    sized,
    subject_of,
)
from enligt.analyze.countwords import count_words
from enligt.analyze.exclusions import excluded
from enligt.analyze.measureword import SMASHED, casualties, hurt_after, measure_word, severity_of
from enligt.analyze.numbermatch import NumberMatch
from enligt.analyze.numgapped import gapped_item
from enligt.analyze.numkey import key_parts, key_qualifiers, with_qualifiers
from enligt.analyze.numquals import changed_from, count_qualifiers
from enligt.analyze.numsentence import (
    WINDOW,
    Head,
    Sentence,
    SourceSpans,
    clause,
    daily,
    fronted_part,
    missing_found,
    opens_whole,
    token_range,
)
from enligt.analyze.numsets import among, excepted, included
from enligt.analyze.qualifiers import qualifiers
from enligt.analyze.readrecord import HUMAN_MEASURES, PEOPLE_EVENTS, THINGS, Memory, Reading
from enligt.analyze.subjects import concept_of, lemma
from enligt.lang import function_words, wordset

_STAFF: Final = frozenset({"job", "employee", "worker"})
_PAPERS: Final = frozenset({"warrant", "document"})  # executed or carried out, never killed or destroyed
_MISHAPS: Final = frozenset({"accident"})  # events counted beside a toll, never its victims
REST_REACH: Final = 3  # tokens after a bare number where "kvar", "remain" make it those left
BURNED: Final = "burned"  # the event of a burn word in `measures.tsv`: things burned are lost, people burned hurt


def read_number(s: Sentence, n: NumberMatch, lang: str, sources: SourceSpans, memory: Memory) -> Reading | None:
    """What number `n` of sentence `s` counts, or None when it counts no event."""
    w = count_words(lang)
    a, b = token_range(s, n)
    if a >= b or excluded(s, a, b, n, lang, sources):
        return None
    first = a if n.start == n.num_start else max(0, bisect_right(s.starts, n.start) - 1)  # "de cirka 100": the approximator
    det = first - 2 if first > 1 and s.lows[first - 1] in w.extra else first - 1  # "de ytterligare 45 som dött"
    if det >= 0 and (s.lows[det] in w.det or _article(s, det, lang)) and n.value in memory.values:
        return None  # "unter den 40 Verletzten", "the 40 injured", "Die drei Polizisten …": a figure already given
    if n.value in memory.values and not w.statement.isdisjoint(s.lows[max(0, first - 3) : first]):
        return None  # "his original statement of 4,460 dead", "die Angabe von 225 Toten": a figure already given
    if n.words and n.value == 1 and a > 0 and s.lows[a - 1] in w.conj and memory.latest_sentence == s.index and (
            b >= len(s.lows) or s.lows[b] not in w.reason) and (
            memory.latest is not None and memory.latest.key.endswith("|subset")):
        return None  # "sechs Frauen und ein Kind" among the dead: a part joined to a part, no figure of its own
    head = counted_phrase(s, b, lang)
    if head.head == b and s.lows[b] in lx.words_of(lang, "fatally"):
        head = Head(b, b, None, True, head.nationality)  # "five people were shot, two fatally": the part that died
    named = None
    if head.head is None and head.start == head.end:
        named = count_of(s, a, lang)  # "put the number of affected roles at 650"
        head = named or head
    if head.end < len(s.lows) and s.lows[head.end] in w.rate:
        return None  # "120 fall per 100 000 invånare": a rate
    if daily(s, a, head.end, lang):
        return None  # "mellom 60 og 100 soldater falt hver dag": a rate
    if _history(s, a, b, lang):
        return None  # "a long civil war that has cost some 200,000 lives", "the massacres in which about 5,000 died": background
    cond = w.condition
    if not cond.isdisjoint(s.lows[max(0, a - WINDOW) : a]) and not cond.isdisjoint(s.lows[clause(s, a, b)[0] : a]):
        return None  # "oppløst dersom flere enn åtte personer samlet seg": a condition, no count
    one_of = _one_of_counted(s, n, b, memory, lang)  # "One of the deputies was shot" after a figure: one of a set
    if part_of(s, first, b, lang) or fronted_part(s, a, lang) or excepted(s, first, lang) or one_of:  # "varav två …"
        head = Head(head.start, head.end, head.head, True, head.nationality)
    total = a >= 1 and s.lows[a - 1] in w.of and (
        (a >= 2 and (a - 2) in s.numtoks) or (a >= 3 and s.lows[a - 2] in w.of_lead and (a - 3) in s.numtoks)
        or opens_whole(s, a, head, lang))
    listed = memory.subset_sentence == s.index and _list_item(s, first, memory, lang)
    if not head.subset and memory.subset_sentence == s.index and (head.head is None or listed):
        head = Head(head.start, head.end, head.head, True, head.nationality)  # "Ti af dem …, fire for …": more parts
    trig = measure_word(s, a, b, head, lang)
    if trig is not None and trig.kind == "role" and head.start <= trig.start < head.end and det >= 0 and (
            s.lows[det] in w.det) and not head.subset:
        return None  # "de tre tiltalte", "the three defendants": a set the article knows, named by its role
    if n.words and n.value == 1 and b < len(s.lows) and s.lows[b] in w.of and head.head is not None and trig is not None and (
            head.start <= trig.start < head.end or trig.measure not in HUMAN_MEASURES or (
                not w.relative.isdisjoint(s.lows[head.end : trig.start]))):
        return None  # "En av de åtalade, en 27-åring, …", "en av de yngre åtalade … fördes tillbaka", "one of the 40
    # passengers who were injured": one of a set, counted only by a toll of its own ("En av de involverte personene er skadet")
    if sized(s, first, head, trig, lang):
        return None  # "koncernen med 16 000 anställda": the size of a firm or place, a standing total
    if (trig is None or trig.end <= a) and (item := gapped_item(s, first, b, memory, lang)) is not None:
        return item  # "Fem er anholdt for tyveri, én for vold": the predicate of the count before
    if listed and (trig is None or trig.measure == "other"):
        return next_part(s, b, head, memory, lang)  # "including 40 protesters, 42 minors and 39 bystanders"
    t, victims = among(s, a, lang)
    t = t or included(s, a, lang)  # "The dead included 50 soldiers and 85 civilians"
    if t is not None and (trig is None or trig.measure == "other" or trig.start == t.start):
        trig, head = t, Head(head.start, head.end, head.head, True, head.nationality)  # "Among the dead were six women"
    if victims and (trig is None or trig.measure == "other"):
        return among_victims(s, b, head, memory)  # "To spædbørn er blandt ofrene": a part of the toll
    if trig is None and not head.subset:
        trig = named_before(s, a)  # "savnet eller begravd i ruinene – det dreier seg om over 3600": missing
    if trig is None and n.words and n.value == 1:
        return None  # "one person close to her", "at least one person in the chain": one counts only an event
    if trig is None:
        if head.subset:
            return part_of_latest(s, a, b, head, memory, lang)
        if named is not None:  # "estimate the number of participants at about 150,000": its own count
            return counted(s, a, b, head, lang)
        if first > 0 and s.lows[first - 1] in w.all and n.value in memory.values:
            return None  # "Tre personer är skadade. Alla tre personer är ungdomar": the set just counted
        again = restated(s, a, memory, lang)
        if again is not None:
            return _dated(s, a, b, again, lang)
        return counted(s, a, b, head, lang) or bare_figure(s, a, b, head, memory, lang, n.approx)
    if trig.end <= a and not lx.words_of(lang, "rest").isdisjoint(s.lows[b : b + REST_REACH]):
        return None  # "de flesta sades upp, bara två fanns kvar": those left after the event, a standing rest
    if head.head is None and _all_again(s, first, n.value, trig, memory, lang):
        return None  # "Fem fördes till sjukhus … eftersom alla fem fått föras till sjukhus": the same figure again
    measure, concept = trig.measure, trig.concept
    if concept == "hospital" and (hurt := hurt_after(s, a, trig, lang)) is not None:
        trig, measure, concept = hurt, hurt.measure, hurt.concept  # "taken to hospital with serious injuries": the badly hurt
    if concept == "victim" and s.lows[trig.start] in lx.words_of(lang, "victims") and victims_of_toll(s, memory):
        measure, concept = "killed", "dead"  # "… 97 Tote gezählt. Das Rote Kreuz berichtete von 63 Opfern"
    if measure == "missing" and trig.kind == "noun" and named is None and head.start <= trig.start < head.end and (
            missing_found(s, a, b, lang)):
        measure, concept = "other", "found"  # "700 Vermisste telefonisch erreicht": found, no longer missing
    if casualties(s, trig, lang) or (measure in ("killed", "wounded") and _fatal_part_after(s, head.end, lang)):
        measure, concept = "other", "casualty"  # "dödats eller sårats", "killed or wounded", "four shot, three fatally"
    elif measure == "wounded" and head.subset and not lx.words_of(lang, "fatally").isdisjoint(s.lows[b : head.end + 2]):
        measure, concept = "killed", "dead"  # "fire ble skutt, tre av dem dødelig": the part that died
    if measure == "wounded" and n.value in memory.casualties and s.lows[trig.start] in lx.words_of(lang, "shot"):
        measure, concept = "other", "casualty"  # "four shot, three fatally … the suspect shot four people": the same four
    own_noun = trig.kind == "noun" and head.start <= trig.start < head.end  # "nio av tio döda"
    if total and not own_noun:  # the 44 of "38 av 44 drönare sköts ned": the whole, not the part
        measure, concept = "other", "total"
    head_concept, subject = subject_of(s, head, trig, lang)
    if concept == "layoff" and head.head is None:
        head_concept = ""  # "45 förlorar jobbet": the job of the predicate is not what is counted, people are
    if concept == "total" and head_concept in STANDING_CONCEPTS:
        return None  # "700 av 7 000 anställda sägs upp": the 7 000 is a workforce, no count
    nationality = head.nationality
    if _bare_toll_again(s, a, b, head, trig) and (again := restated(s, a, memory, lang)) is not None and (
            again.measure == measure):
        head_concept, nationality = key_parts(again.key)[2:4]  # "Fra Moskva er det offisielle tallet rundt 1.350
        subject = again.subject  # drepte": the soldiers counted before, with their own qualifiers
    if head.head is not None:
        memory.head = (s.index, head.head, head_concept, nationality, subject)
    elif memory.head[0] == s.index and memory.head[2] and any(
            s.lows[j] in w.conj for j in range(memory.head[1], a)):
        _, _, head_concept, nationality, subject = memory.head  # "15 soldater stupade och 40 skadades"
        if head_concept in THINGS and measure in ("killed", "wounded") and (
                measure == "killed" or severity_of(s, a, trig, lang)):
            head_concept, subject = "", " ".join(s.texts[trig.start : trig.end])  # "fyra bilar … och två skadades lindrigt": people
    if not head_concept and (measure in HUMAN_MEASURES or concept in PEOPLE_EVENTS or concept == "layoff"):
        head_concept = "person"  # "the death toll rose to five", "60 mister jobben": people
    elif concept in PEOPLE_EVENTS and head.head is not None and not head.subset and trig.kind == "verb" and (
            head_concept in THINGS or not concept_of(s.lows[head.head], lang)):
        return None  # "23 personer anholdt ved to demonstrationer": demonstrations are not arrested
    if concept == "vote" and head_concept in THINGS:
        return None  # "bygget av 14 radhus … röstade emot": houses cast no votes
    if concept == SMASHED:  # "efterlod tre knuste ruder": things smashed are lost (`measureword` reads it only for things)
        concept = "destroyed"
    if concept == BURNED:  # "burning at least six homes": lost; "two firefighters were burned": hurt
        if head.head is not None and head_concept not in THINGS and not concept_of(s.lows[head.head], lang):
            return None  # "45,000 fires have burned", "brunnit på tre olika platser": no thing or person
        measure, concept = ("destroyed", "destroyed") if head_concept in THINGS else ("wounded", "injured")
    if measure in HUMAN_MEASURES and head_concept in _MISHAPS and trig.kind == "verb":
        return None  # "Fire personer omkom ved tre trafikulykker": the accidents are where, not who
    if measure in HUMAN_MEASURES and head.head is not None and trig.kind == "verb" and _names_places(s.lows[head.head], lang):
        return None  # "Four dead as shelling hits 2 border regions": the regions are where, not who
    if measure in ("killed", "wounded") and head_concept in _PAPERS:
        measure, concept = "other", "count"  # "26 search warrants were executed": papers carried out, no toll
    elif measure in ("killed", "wounded") and head_concept in THINGS:  # "12 hus skadades": damage
        measure, concept = ("destroyed", "destroyed") if measure == "killed" else ("other", "damaged")
    elif measure == "missing" and head_concept == "job":
        measure, concept = "other", "layoff"  # "200 jobb har försvunnit": jobs that vanished were cut
    elif measure in ("missing", "captured", "deserted") and head_concept in THINGS:
        return None  # "savnet etter at raset traff tre bolighus": houses are not missing people
    if measure == "wounded" and head_concept == "soldier" and s.lows[trig.start] in lx.words_of(lang, "shot_soldiers"):
        measure, concept = "killed", "dead"  # "shot two soldiers who had surrendered"; "shot two women" hurt them
    if measure == "wounded" and (sev := severity_of(s, a, trig, lang)):
        head_concept += "/" + sev  # "seks alvorlig skadet" counts not all of "minst 25 skadede"
    if concept == "hit" and head_concept not in THINGS and head_concept:
        concept = "victim"  # "11 000 passengers were hit": people hit are those affected
    if concept == "victim" and head_concept in _STAFF:
        concept = "layoff"  # "650 affected roles", "drabbade anställda": jobs hit by cuts
    part = head.subset and not (head.start <= trig.start <= head.end and _toll_of_victims(s, measure, memory))
    quals = count_qualifiers(s, a, b, head, lang, measure)
    if not part and (fronted := _fronted_whole(s, a, lang)):
        part, quals = True, quals | {f"{WHOLE}={fronted}"}  # "Of the 250, about 90 are to leave": a part of the 400
    elif part and (whole := next((s.lows[j] for j in range(b, head.start) if j in s.numtoks), "")):
        quals = quals | {f"{WHOLE}={whole}"}  # "18 ud af 24 droner": a part of its own whole, no rival of another figure
    elif part and one_of:
        quals = quals | {f"{WHOLE}={memory.latest_value:g}"}  # one of those counted before, no rival of their figure
    key = "|".join((measure, concept, head_concept, nationality, ";".join(sorted(quals)), "subset" if part else ""))
    return Reading(measure, concept, subject, key)


def _fronted_whole(s: Sentence, a: int, lang: str) -> str:
    """The whole a sentence opens with ("Of the 250, …", "Av de 250 tjänsterna …", "Von den 250 …"): "of", a
    determiner and a number before the count at token a; a count after it is a part of that whole."""
    w = count_words(lang)
    if a > 3 and s.lows[0] in w.of and s.lows[1] in w.det and 2 in s.numtoks and not any(
            j in s.numtoks for j in range(3, a)):
        return s.lows[2]
    return ""


def _fatal_part_after(s: Sentence, end: int, lang: str) -> bool:
    """Whether a part of the count follows it as dead ("four people shot, three fatally", "fire skadet, to av dem
    dødelig"): the count holds the dead and the hurt, one toll of both (`fatally` in `count_words.tsv`)."""
    fatal = lx.words_of(lang, "fatally")
    if not fatal:
        return False
    stop = min(len(s.lows), end + FATAL_REACH)
    k = next((j for j in range(end, stop) if j in s.numtoks), -1)
    return k > end and s.lows[k - 1] == "," and not fatal.isdisjoint(s.lows[k + 1 : min(stop + 3, len(s.lows))])


FATAL_REACH: Final = 4  # tokens after a counted phrase where the part of it that died is given


def _article(s: Sentence, k: int, lang: str) -> bool:
    """Whether token k is a definite article, not a relative pronoun ("Die drei Polizisten …", not ", bei dem vier
    Jugendliche …": one after a comma or a preposition opens a relative clause)."""
    return s.lows[k] in function_words(lang, "definite_article") and (
        k == 0 or (s.lows[k - 1] != "," and s.lows[k - 1] not in wordset(lang, "prepositions")))


def _names_places(low: str, lang: str) -> bool:
    """Whether a counted noun names places ("regions", "provinser", "Bezirke": a `region_noun` or its plural)."""
    nouns = lx.words_of(lang, "region_noun")
    return low in nouns or lemma(low, lang) in nouns


_VICTIM_EVENTS: Final = frozenset({"victim", "casualty"})


def _toll_of_victims(s: Sentence, measure: str, memory: Memory) -> bool:
    """Whether a part named by its own death or injury noun is that toll of victims counted just before in
    its sentence ("240 civilian victims, including at least 64 dead"): all the dead of the victims, no part
    of a toll of its own measure."""
    last = memory.latest
    return measure in ("killed", "wounded") and last is not None and memory.latest_sentence == s.index and (
        last.measure == "other" and last.concept in _VICTIM_EVENTS)


def _all_again(s: Sentence, first: int, value: float, trig: lx.Trigger, memory: Memory, lang: str) -> bool:
    """Whether "alla/all" and no noun of its own ("alla åtta fått föras till sjukhus") say the latest figure
    again: the same value counted before with the same measure and event."""
    last = memory.latest
    return first > 0 and s.lows[first - 1] in count_words(lang).all and value in memory.values and (
        last is not None and last.measure == trig.measure and last.concept == trig.concept)


def _list_item(s: Sentence, first: int, memory: Memory, lang: str) -> bool:
    """Whether the number opens the next item of a list of parts ("including 40 protesters, 42 minors
    and 39 bystanders"): a comma or "and" right before it, and the part before it the latest figure."""
    return first > 0 and (s.lows[first - 1] == "," or s.lows[first - 1] in count_words(lang).conj) and (
        memory.latest is not None and memory.latest.key.endswith("|subset"))


def _one_of_counted(s: Sentence, n: NumberMatch, b: int, memory: Memory, lang: str) -> bool:
    """Whether a "one of" ("one of the deputies", "en av dem") follows figures already counted: one member of a
    set the article has counted, a part of it, no rival toll ("Two deputies were shot … One of the deputies was
    shot in the leg")."""
    return bool(n.words) and n.value == 1 and b < len(s.lows) and s.lows[b] in count_words(lang).of and (
        memory.latest is not None)


def _bare_toll_again(s: Sentence, a: int, b: int, head: Head, trig: lx.Trigger) -> bool:
    """Whether a back-reference ("the figure", "tallet") stands before the number and the measure word alone
    follows it and closes the clause ("tallet er rundt 1.350 drepte.", "the figure is about 900 dead."): no
    people noun, side or part of its own."""
    if not 0 <= s.backref < a or trig.start != b or head.subset or head.nationality or trig.measure == "other":
        return False
    return trig.end >= len(s.lows) or not s.lows[trig.end][:1].isalnum()


def _dated(s: Sentence, a: int, b: int, again: Reading, lang: str) -> Reading:
    """A restated figure dated by its own clause ("I går var antallet 24", "Yesterday the number was 24"):
    the count of that day (a `period`, strict: no rival of the figure restated, dated or not); without a day
    of its own, the figure as it was."""
    if changed_from(s, a, 0, count_words(lang)):
        return Reading(again.measure, again.concept, again.subject, with_qualifiers(again.key, ["earlier=1"]))
    day = [q for q in qualifiers(s.texts, s.lows, clause(s, a, b), lang, s.in_source, near=a) if q.startswith("time=")]
    if not day or day[0] in key_qualifiers(again.key).split(";"):
        return again
    key = with_qualifiers(again.key, ["period=" + day[0][5:]], lambda q: q.startswith(("time=", "period=")))
    return Reading(again.measure, again.concept, again.subject, key)


HISTORY_REACH: Final = 12  # tokens before a number in which a past conflict it totals may be named


def _history(s: Sentence, a: int, b: int, lang: str) -> bool:
    """Whether a number totals a past conflict named before it in its sentence or in its clause ("a 10-year civil war that
    has cost some 200,000 lives", "the massacres in which about 5,000 people died", `history` in
    `count_words.tsv`) with no day of its own: the background of a page, no toll of its events."""
    words = lx.first_words(lang, "history")
    lo, hi = clause(s, a, b)
    span = range(max(0, min(lo, a - HISTORY_REACH)), hi)
    if words.isdisjoint(s.lows[span.start : span.stop]):
        return False
    hist = lx.category(lang, "history")
    if not any(s.lows[k] in words and lx.phrase_at(s.lows, k, hist) for k in span):
        return False
    return not any(q.startswith("time=") for q in qualifiers(s.texts, s.lows, (lo, hi), lang, s.in_source))
