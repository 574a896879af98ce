"""German clause frames around a cue (rules.py calls these): the subject a cue after "und" shares with the verb
before it ("Die Stadt sperrte die Straße und teilte mit, C"), a tag after a closing quote mark with no comma behind
a Konjunktiv I clause ("… „Q“ meldete der Sender"), and the short phrases between the two words of a cue ("sprach am
Sonntag auf Anfrage von").
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.inverted import QUOTE_STRIP
from enligt.analyze.phrases import seg_start, time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.lang import function_words


def past_phrases(ctx: Ctx, toks: list[Tok], k: int, e: int, i: int) -> int:
    """German: past adverbs and short prepositional phrases between the two words of a cue ("sprach am Sonntag auf
    Anfrage von"): the index of the word after them, or k when a phrase does not end before PHRASE_REACH words.
    A capitalised word counts only inside a phrase (not "sprach der Minister von": a subject)."""
    lex = ctx.lex
    m, depth = k, 0  # open phrases: 2 inside an attribute ("in einem am Freitag verbreiteten Interview")
    while m < e and m - i <= PHRASE_REACH and toks[m].is_word:
        t = toks[m]
        if (t.low in lex.prepositions or t.low in function_words(lex.lang, "more_prepositions") or t.low in
                lex.dative_preposition) and t.low not in lex.determiners:
            if not depth and m > k and any(t.low == p[1] for p, _ in lex.speech.get(toks[i].low, ()) if len(p) == 2):
                return m  # the cue's own word ("von") after a closed phrase
            depth = min(depth + 1, 2)
        elif t.upper or t.low in lex.determiners or time_word(t.low, lex.times):
            if not depth:
                return k
            depth -= t.upper  # a noun closes the phrase
        elif depth and toks[m - 1].upper and _attribute(t.low) and m + 1 < e and toks[m + 1].upper:
            pass  # the participle closing an attribute before its noun: "einem am Freitag verbreiteten Interview"
        elif lex.fronted.get(t.low) != "adv":
            return k
        m += 1
    return k


def _attribute(low: str) -> bool:
    """An inflected adjective or participle by its ending ("verbreiteten", "veröffentlichte")."""
    return low.endswith(("en", "em", "er", "es", "e")) and len(low) > 4


PHRASE_REACH: Final = 7  # words between the two words of a German cue


def unmarked_tag(ctx: Ctx, toks: list[Tok], s: int, q: int, i: int) -> bool:
    """German: a tag after a closing quote mark with no comma, behind a clause in Konjunktiv I ("Es seien „viele“
    meldete der Sender"): the comma the writer left out."""
    lex = ctx.lex
    return bool(lex.konjunktiv) and s < q < i - 1 and toks[i - 1].text in _CLOSING_MARKS \
        and any(t.low in lex.konjunktiv for t in toks[s:q])


_CLOSING_MARKS: Final = frozenset({"\"", "“", "”", "»", "«", "‘", "’"})


def coordinated_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int) -> list[Tok]:
    """German: before a cue right after "und" ("Die Stadt sperrte die Straße und teilte mit"), the noun phrase that opens
    the clause and ends at its own finite verb; else none."""
    lex = ctx.lex
    if not (pre_end - 2 > s and toks[pre_end - 1].low in lex.closed.and_):
        return []
    a = seg_start(toks, s, pre_end - 1, lex.subordinators)
    while a < pre_end and toks[a].text in QUOTE_STRIP:
        a += 1
    if a >= pre_end or not (toks[a].upper or toks[a].low in lex.determiners):
        return []
    j = forward_np(toks, a, pre_end - 1, lex)
    if j <= a or j >= pre_end - 1 or not toks[j].is_word or toks[j].upper or toks[j].low in lex.auxiliaries:
        return []
    return list(toks[a:j])
