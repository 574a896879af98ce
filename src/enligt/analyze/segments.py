"""The comma segments of a clause before a cue, back to a clause boundary.

`comma_segments` cuts the words before a cue at commas, dashes and clause-opening words, but reads
on past the bounds inside an insert ("Ann Lee, appearing on TV after the speech, said"), a relative
clause ("Ann Lee, who has relied on anger and fear, has said"), a dashed insert, a shared compound
part ("Syd- og Sønderjylland") or a restrictive relative clause that runs past a subordinator.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import SEGMENT_BOUNDS, coordinated_start, seg_start
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

_BOUND_SETS: Final[dict[str, frozenset[str]]] = {}


def _bounds(lex: Lexicon) -> frozenset[str]:
    """Subordinators and complementizers of a language: words that start a new clause (built once)."""
    out = _BOUND_SETS.get(lex.lang)
    if out is None:
        out = _BOUND_SETS[lex.lang] = lex.subordinators | lex.complementizers
    return out


def comma_segments(ctx: Ctx, toks: list[Tok], s: int, pre_end: int) -> list[tuple[int, int]]:
    """The clause's comma segments before a cue, back to a clause boundary, in order (empty ones dropped)."""
    lex = ctx.lex
    segs: list[tuple[int, int]] = []
    b = _past_dashed_insert(toks, s, pre_end, lex)
    bounds = _bounds(lex)
    while b > s:
        a = seg_start(toks, s, b, bounds)
        if a == b == pre_end and _bracketed_party(lex, toks, s, b):
            a = seg_start(toks, s, b - 3, bounds)  # "Anna Berg (Grüne) verwies auf …": the name with its party
        if _bracketed_abbreviation(toks, s, a, b):
            a = seg_start(toks, s, a - 3, bounds)  # "Assam Disaster Authority (ADA) Joint Secretary X said": one name
        a = _past_shared_part(lex, toks, s, a, b, bounds)
        a = _names_in_pp(lex, toks, s, a, b, bounds)
        while lex.profile.relative_after_comma and a > s + 1 and toks[a - 1].low in lex.subordinators \
                and toks[a - 2].is_word and toks[a - 2].low not in bounds:
            a = seg_start(toks, s, a - 1, bounds)  # German clauses follow a comma: "der als einer der Ersten …"
            a = _past_shared_part(lex, toks, s, a, b, bounds)  # "Direktor für Finanz- und Personalplanung und …"
        while a > s + 1 and toks[a - 1].low in lex.relatives and toks[a - 1].low in lex.complementizers and a < b and \
                not (toks[a].low in lex.determiners or toks[a].upper or toks[a].low in lex.pronouns) and \
                toks[a - 2].low not in lex.speech:  # "show that one in five …": after a cue it is a complementizer
            a = seg_start(toks, s, a - 1, bounds)  # "a group that evacuates residents": relative, not a bound
        if a > s + 1 and toks[a - 1].low in lex.subordinators and toks[a - 1].low not in lex.closed.and_ \
                and toks[a - 1].low not in lex.closed.but:
            a = _relative_reach(lex, toks, s, a)  # "A worker who was on shift when the store exploded told …"
        if a == b and a - 2 > s and toks[a - 1].low in bounds and toks[a - 1].low in lex.intro_end \
                and toks[a - 2].text == ",":
            b = a - 2  # "Murphy, though, said": a bound word alone between commas is an adverb
            continue
        if a < b < pre_end and toks[b].text == "," and a - 2 > s and toks[a - 2].text == "," and toks[a - 3].is_word \
                and toks[a - 3].low not in lex.negation and not is_finite_verb(toks[a - 3], lex) \
                and toks[a - 1].low in function_words(ctx.lang, "subject_relative_adverb"):
            segs.insert(0, (a - 1, b))  # "Direktør X fra Y, hvor kunderne er unge, siger": a relative of place
            b = a - 2
            continue
        if a < b and a - 2 > s and toks[a - 2].text == "," and toks[a - 1].low in lex.subordinators \
                and toks[a - 1].low not in lex.coordinators and (_elliptic(toks[a], lex) or (
                    b < len(toks) and toks[b].text == "," and (toks[a].low in lex.determiners or (
                        not lex.profile.v2 and _verb_group_only(lex, toks, b, pre_end))))):  # ", after a pause,"
            segs.insert(0, (a - 1, b))  # "Ruiz's office, when reached by phone, said", "X, after the vote, said"
            b = a - 2
            continue
        c = _participle_insert(lex, toks, s, a, b, pre_end)
        if c is not None:  # "Ann Lee, appearing on TV after the speech, said": the subordinator is inside an insert
            segs.insert(0, (c, b))
            b = c - 1
            continue
        if a - 2 >= s and toks[a - 1].low in lex.closed.and_ and toks[a - 2].upper and toks[a].upper \
                and b < len(toks) and toks[b].text == ",":
            a = seg_start(toks, s, a - 1)  # "In an interview with hosts Tom Vale and Ann Berg, the mayor said"
        a = _relative_insert(lex, toks, s, _apposition_and(lex, toks, s, a, b), b)
        if b == pre_end:
            a = coordinated_start(ctx, toks, s, a, b, bounds)  # "Ann and a friend told", "X og Y skriver"
        segs.insert(0, (a, b))
        if a <= s or toks[a - 1].low in bounds or toks[a - 1].text in ("–", "—", "-", ";", ":"):
            break
        b = a - 1
    return [(a, b) for a, b in segs if b > a]


def _past_shared_part(lex: Lexicon, toks: list[Tok], s: int, a: int, b: int, bounds: frozenset[str]) -> int:
    """The segment's start read back past a shared compound part: "Politiet i Syd- og Sønderjylland", "Syd- &
    Sønderjylland", "für Finanz- und Personalplanung" (the hyphen and "und" are no bounds there)."""
    while True:
        h = a - 1 if a - 1 > s and toks[a - 1].text == "-" and a < b and toks[a].low in lex.closed.hyphen_and \
            else a - 2 if a - 3 >= s and toks[a - 1].low in lex.closed.hyphen_and and toks[a - 2].text == "-" else None
        if h is None or h - 1 < s or toks[h - 1].end != toks[h].start:
            return a
        a = seg_start(toks, s, h, bounds)


def _verb_group_only(lex: Lexicon, toks: list[Tok], b: int, pre_end: int) -> bool:
    """Only punctuation, or punctuation and a short verb group, between toks[b] and the cue: an auxiliary, modal
    or form of "be" with adverbs ("Many farmers, while still hopeful, are warning", "…, has repeatedly said")."""
    rest = [t for t in toks[b:pre_end] if t.is_word]
    return not rest or (len(rest) <= VERB_GROUP and not rest[0].upper and (
        rest[0].low in lex.auxiliaries or rest[0].low in lex.modals or rest[0].low in lex.closed.be) and all(
        t.low in lex.auxiliaries or t.low in lex.modals or t.low in lex.closed.be or t.low in lex.sentence_adverbs
        for t in rest))


VERB_GROUP = 3  # words of a verb group between an insert's comma and its cue ("are now warning")


PARTICIPLE_INSERT: Final = 30  # tokens of a participle or prepositional insert before a cue, read back over a subordinator


def _participle_insert(lex: Lexicon, toks: list[Tok], s: int, a: int, b: int, pre_end: int) -> int | None:
    """Start of a participle or prepositional insert between commas right before the cue that a subordinator
    inside it would cut ("Ann Lee, appearing on TV after the speech, said", "Officials, speaking on condition of
    anonymity since the talks were private, said"), else None."""
    bound = toks[a - 1].low if a - 1 > s else ""
    if lex.profile.v2 or not (a - 1 > s and b < len(toks) and toks[b].text == "," and _verb_group_only(lex, toks, b, pre_end)
                              and (bound in lex.subordinators and bound not in lex.coordinators
                                   or bound in lex.complementizers or bound in lex.coordinators and _elliptic(toks[a], lex))):
        return None  # "Vale, later claiming that C, said", "The memo, sent to X and forwarded to Y, said"
    k = a - 1
    if bound in lex.coordinators and toks[k - 1].text == ",":
        return k  # "A memo drafted in May, and obtained by the paper, concluded": the insert opens at "and"
    while k > s and a - k <= PARTICIPLE_INSERT:
        if toks[k - 1].text in _DASHES and (d := _dash_pair(toks, s, k - 1)) is not None:
            k = d  # "later claiming - wrongly - that C": a dashed aside inside the insert
        elif toks[k - 1].text in SEGMENT_BOUNDS:
            break
        else:
            k -= 1
    if k - 1 <= s or k >= a - 1 or toks[k - 1].text != "," or not (
            _elliptic(toks[k], lex) or bound in lex.coordinators and toks[k].is_word and not toks[k].upper
            or (_adverb(toks[k], lex) or toks[k].low in lex.subordinators)
            and k + 1 < a and _elliptic(toks[k + 1], lex)):  # "later claiming", "although tired after …"
        return None
    return k


DASH_ASIDE = 4  # tokens of a short dashed aside inside an insert ("- again falsely -")


def _dash_pair(toks: list[Tok], s: int, d: int) -> int | None:
    """The dash that opens a short aside closed by the dash at toks[d], else None."""
    return next((m for m in range(d - 1, max(s, d - DASH_ASIDE - 1), -1) if toks[m].text in _DASHES), None)


def _apposition_and(lex: Lexicon, toks: list[Tok], s: int, a: int, b: int) -> int:
    """Start of an apposition or participle insert coordinated by "and" that goes on past it to a comma (", a
    senator from Ohio and self-described moderate, said", ", wearing a hat and campaign pins, said"), or a fronted
    phrase that opens the sentence ("In a letter on roads and rail, Ann Lee, …, noted"), else a: no
    finite verb before "and" ("The mayor resigned and the council, …"), and a comma closes the segment."""
    if not (s + 1 < a < b < len(toks) and toks[b].text == "," and toks[a - 1].low in lex.coordinators
            and toks[a - 2].text != ","):
        return a
    p = seg_start(toks, s, a - 1, _bounds(lex))
    opens = p == s and toks[p].low in lex.prepositions  # a fronted phrase: "In a letter about A and B, X, role, noted"
    if (not opens and (p <= s or toks[p - 1].text != ",")) or any(is_finite_verb(toks[k], lex) and toks[k - 1].low not in lex.determiners
                                                  for k in range(p, a - 1)):
        return a
    return p


def _names_in_pp(lex: Lexicon, toks: list[Tok], s: int, a: int, b: int, bounds: frozenset[str]) -> int:
    """English: the segment's start read back past an "and" between names inside a noun's prepositional phrase
    ("Ann Lee of the Office of Security and Emergency Management said", "The suit against Mr Berg and Mr Holm
    alleges"): the phrase's noun heads the subject; else a."""
    if lex.profile.v2 or not (s + 1 < a < b) or toks[a - 1].low not in lex.closed.and_ \
            or not (toks[a - 2].upper and toks[a].upper):
        return a
    p = seg_start(toks, s, a - 1, bounds)
    if p > s and toks[p - 1].text != ",":
        return a
    heads = function_words(lex.lang, "np_preposition")
    m = next((k for k in range(p + 1, a - 2) if toks[k].low in heads), None)
    if m is None or toks[p].low in lex.prepositions or not toks[m - 1].is_word or any(
            is_finite_verb(t, lex) and not t.upper for t in toks[p:b]):
        return a
    return p


_DASHES: Final = frozenset({"–", "—", "-"})
DASHED_INSERT: Final = 30  # tokens of an insert between dashes before a cue


def _past_dashed_insert(toks: list[Tok], s: int, k: int, lex: Lexicon) -> int:
    """Before a cue right after a dash, perhaps past an adverb, the start of the insert that a dash opened ("The
    judge — who has been in a fight — said", "The judge -- who … -- said", "Unions -- including X -- quickly
    accused"): the subject stands before it; else k."""
    d = k - 1 if k - 2 > s and _adverb(toks[k - 1], lex) else k
    if not (d - 1 > s and toks[d - 1].text in _DASHES):
        return k
    j = d - 1
    while j > s and toks[j - 1].text in _DASHES:
        j -= 1  # "--" is two tokens
    for m in range(j - 1, max(s, j - DASHED_INSERT), -1):
        if toks[m].text in _DASHES:
            while m > s and toks[m - 1].text in _DASHES:
                m -= 1
            return m if m > s else k
    return k


def _adverb(t: Tok, lex: Lexicon) -> bool:
    """A lower-case adverb or floating quantifier between a subject and its verb ("also", "quickly", "both")."""
    return t.is_word and not t.upper and (t.low in lex.sentence_adverbs or t.low in lex.floating
                                          or (t.low.endswith("ly") and len(t.low) > ADVERB_MIN))


ADVERB_MIN: Final = 4  # shorter words in -ly are no adverbs by their ending ("rely", "fly")
RELATIVE_INSERT: Final = 30  # tokens of a relative clause between commas read back over a bound inside it


def _relative_insert(lex: Lexicon, toks: list[Tok], s: int, a: int, b: int) -> int:
    """Start of a relative clause between commas that a bound word inside it would cut ("Ann Lee, who has
    relied on anger and fear, has said", "Tom Vale, who said in an interview that he …, recalled"), else a."""
    if not (a - 1 > s and b < len(toks) and toks[b].text == "," and toks[a - 1].low in _bounds(lex)):
        return a
    k = a - 1
    while k > s and a - k <= RELATIVE_INSERT and toks[k - 1].text not in SEGMENT_BOUNDS:
        k -= 1
    return k if k > s and k < a - 1 and toks[k - 1].text == "," and toks[k].low in lex.relatives else a


def _elliptic(t: Tok, lex: Lexicon) -> bool:
    """A subordinate clause without its subject and verb: a participle or preposition first ("when contacted by
    Reuters", "while speaking in Iowa", "if elected")."""
    return t.is_word and not t.upper and (t.low.endswith(("ing",) + lex.participle_endings) or t.low in lex.prepositions)


def _relative_reach(lex: Lexicon, toks: list[Tok], s: int, a: int) -> int:
    """Start of a subject whose restrictive relative clause runs on past a subordinator ("A worker who was
    on shift when the store exploded | told …"), else a: the relative pronoun must follow a noun, with no
    comma or other clause boundary between it and the subordinator."""
    if closed_relative(lex, toks, a - 1):
        return seg_start(toks, s, a - 1)  # "the mill where he worked | told police": the relative is closed
    for k in range(a - 2, max(s, a - RELATIVE_REACH), -1):
        t = toks[k]
        if t.text in SEGMENT_BOUNDS or not t.is_word or (t.low in lex.subordinators and k < a - 1):
            return a
        if t.low in lex.relatives and t.low not in lex.complementizers and k > s and toks[k - 1].is_word:
            return seg_start(toks, s, k)
    return a


def closed_relative(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether toks[k] opens a relative clause of place after a lower-case noun that a personal pronoun and its past
    verb in -ed close ("the mill where he worked | told police"): part of the subject before the cue (not "where
    officials said": there the cue is the clause's own verb)."""
    if not (0 < k < len(toks) - 2 and toks[k].low in _RELATIVE_ADVERBS and toks[k - 1].is_word and not toks[k - 1].upper):
        return False
    pron, verb = toks[k + 1], toks[k + 2]
    return lex.pronouns.get(pron.low) == "person" and verb.is_word and not verb.upper and verb.low.endswith("ed") \
        and verb.low not in lex.speech


_RELATIVE_ADVERBS = frozenset({"where"})  # after a noun, a relative clause of place ("the mill where he worked")
RELATIVE_REACH: Final = 8  # tokens from a relative pronoun to the subordinator inside its clause ("who was on shift when")


def _bracketed_party(lex: Lexicon, toks: list[Tok], s: int, b: int) -> bool:
    """German: one capitalised word in brackets right before the cue at toks[b], after a capitalised name ("Anna
    Berg (Grüne) verwies", "X und Y (Linke) monierten"): the party or abbreviation is part of the source."""
    return lex.profile.capitalised_nouns and b - 4 >= s and toks[b - 1].text == ")" and toks[b - 3].text == "(" \
        and toks[b - 2].upper and toks[b - 2].is_word and toks[b - 4].upper and toks[b - 4].is_word


def _bracketed_abbreviation(toks: list[Tok], s: int, a: int, b: int) -> bool:
    """Whether the segment toks[a:b] goes on from a capitalised name and its bracketed abbreviation
    ("… Management Authority (ASDMA) | Joint Secretary Nandita Hazarika"): a title after its body's name."""
    return a - 4 >= s and a < b and toks[a].upper and toks[a - 1].text == ")" and toks[a - 3].text == "(" \
        and toks[a - 2].text.isupper() and toks[a - 4].upper
