"""V2 perfects after a fronted constituent, split out of inverted.py (rules.py calls these from `rules.verb_one`):
"Tidligere har politiet sagt, at …", "Am Abend hat ein Sprecher mitgeteilt, dass …" (auxiliary, subject,
participle cue) and the hearsay perfect "Enligt X ska han ha sagt att C" (modal, subject, "ha", participle cue).
"""
from __future__ import annotations

from enligt.analyze.aftercue import after_cue
from enligt.analyze.cues import is_finite_verb, match_hearsay
from enligt.analyze.fronting import fronted_at, open_front, subject_like
from enligt.analyze.phrases import np_end, seg_start, time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.v2subject import V2_SUBJECT_WORDS
from enligt.lang import function_words

_QUOTE_MARKS = frozenset("„“”«»\"")


def v2_perfect(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int
                ) -> tuple[int, int, list[str]] | None:
    """A perfect after a fronted constituent: "Tidligere har politiet sagt, at …", "Am Abend hat ein Sprecher
    mitgeteilt, dass …" (auxiliary, subject, participle cue). Returns the subject's start, where the
    content starts and the media told."""
    lex = ctx.lex
    if not lex.profile.v2:
        return None
    first = b if b == s + 1 else b + 1  # "Da har politiet sagt": the auxiliary right after a lone "da"
    for m in range(max(first, i - V2_SUBJECT_WORDS - 1), i - 1):
        if lex.fronted.get(toks[m].low) != "aux":
            continue
        if i == m + 3 and toks[m + 2].low in function_words(ctx.lang, "times_noun"):
            return None  # "Hansen har flere gange sagt": a frequency phrase, no inverted subject
        loose = not fronted_at(ctx, toks, s, b, m)
        if loose and not (open_front(ctx, toks, s, s, m) and subject_like(ctx, toks, s, m + 1, i)):
            continue  # (an opener of no list: "Omvendt har kommunen oplyst, at C")
        single = i == m + 2 and (lex.pronouns.get(toks[m + 1].low) == "person" or toks[m + 1].upper)
        quoted = any(t.text in _QUOTE_MARKS for t in toks[m + 1:i])  # "Zuvor hatte die „Bild“ berichtet"
        if not single and perfect_subject_end(ctx, toks, m + 1, i) != i and not (
                quoted and i - m <= V2_SUBJECT_WORDS + 2 and not any(is_finite_verb(t, lex) and not t.upper
                                                                       for t in toks[m + 2:i] if t.is_word)):
            return None
        start, vias = after_cue(ctx, toks, i + n, e, "speech")
        if start == i + n and lex.konjunktiv and start + 1 < e and toks[start].text == ",":
            start += 1
        if start > i + n or (start < e and toks[start].is_word and lex.pronouns.get(toks[m + 1].low) == "person"):
            return m + 1, start, vias
        return None
    return None


def perfect_subject_end(ctx: Ctx, toks: list[Tok], a: int, i: int) -> int:
    """i when toks[a:i] between a V2 perfect's auxiliary and its participle cue is a noun phrase, perhaps with a few
    adverbs or time words after it ("hatte Stromnetz Berlin zuvor mitgeteilt", "har politiet også oplyst", "har
    polisen tidigare meddelat"; not a negation: "har politiet ikke oplyst"); else where the phrase ends."""
    j = np_end(ctx, toks, a, i)
    k = i - 2 if i - 2 >= j and toks[i - 1].low in function_words(ctx.lang, "times_noun") else i  # "flera gånger"
    return i if a < j < i and k - j <= PERFECT_ADVERBS and all(_adverb(ctx, t) for t in toks[j:k]) else j


def subject_before_participle(ctx: Ctx, toks: list[Tok], a: int, i: int) -> int:
    """The end of the subject of a V2 perfect between toks[a] and its participle cue at toks[i]: before the adverbs
    perfect_subject_end lets stand there."""
    j = np_end(ctx, toks, a, i)
    return j if a < j < i and perfect_subject_end(ctx, toks, a, i) == i else i


def _adverb(ctx: Ctx, t: Tok) -> bool:
    """A lower-case adverb or word of time that may stand between an inverted subject and its participle."""
    lex = ctx.lex
    return t.is_word and not t.upper and t.low not in lex.negation and (
        lex.fronted.get(t.low) in ("adv", "back") or t.low in lex.weekdays or time_word(t.low, lex.times))


PERFECT_ADVERBS = 3  # adverbs between a V2 perfect's subject and its participle ("har politiet også tidligere oplyst")


def v2_hearsay_perfect(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, b: int
                        ) -> tuple[int, int, int, list[str]] | None:
    """A hearsay perfect after a fronted constituent: "Enligt X ska han ha sagt att C", "… ska mannen ha
    skador och sagt att C" (modal, subject, "ha", the participle cue at once or after a coordinator).
    Returns the subject's start and end, where the content starts and the media told."""
    lex = ctx.lex
    for m in range(max(s + 1, b - V2_SUBJECT_WORDS - HEARSAY_OBJECT), i - 2):
        mh = match_hearsay(toks, m, i + 1, lex) if toks[m].low in lex.hearsay else None
        if mh is None or not fronted_at(ctx, toks, s, seg_start(toks, s, m, lex.subordinators), m):
            continue
        ha = mh[0] - 1
        one = ha == m + 2 and (lex.pronouns.get(toks[m + 1].low) == "person" or toks[m + 1].upper)
        if ha <= m + 1 or not (one or np_end(ctx, toks, m + 1, ha) == ha):
            return None
        if not (mh[0] == i or (toks[i - 1].low in lex.coordinators and not any(
                t.text in ",;:" or t.low in lex.complementizers for t in toks[mh[0]:i]))):
            return None
        start, vias = after_cue(ctx, toks, i + n, e, "speech")
        return (m + 1, ha, start, vias) if start > i + n else None
    return None


HEARSAY_OBJECT = 6  # words between "ha" and a coordinated participle cue ("ha lindriga skador och sagt")
