"""English: where a reported clause with no "that" starts after a cue and a time phrase ("said Tuesday the toll had
risen", "said on Monday he would resign") and whether it opens with an approximate count ("said at least nine
civilians died"): aftercue.py and cueobject.py read these so that the time phrase and the approximator are no
adverbial of the cue's own, and the count is no topic."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.englishshapes import clause_at
from enligt.analyze.numwords import number_starts
from enligt.analyze.phrases import TIME_WORDS, time_phrase
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, words


def approximate_figure(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether toks[a:] opens with an approximator (`approx.txt`: "at least", "at most", "under") and a number right
    after it: the subject of a reported clause ("said at least nine civilians died"), no adverbial of the cue."""
    for n in range(1, APPROX_WORDS + 1):
        if a + n < e and " ".join(t.low for t in toks[a:a + n]) in _approximators(ctx.lang):
            nxt = toks[a + n]
            return nxt.text[:1].isdigit() or nxt.low in number_starts(ctx.lang)
    return False


APPROX_WORDS: Final = 3  # the longest approximator ("as many as")


def timed_clause_start(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """English, no complementizer after the cue: the start of the clause after a time phrase at toks[a] ("said
    Tuesday | the toll had risen", "said on Monday | he would resign", "said late Friday | at least 40 …"); None when
    no time phrase opens toks[a:] or no clause follows it ("said Monday's vote was rigged": a genitive)."""
    lex = ctx.lex
    b = a + 1 if a < e and toks[a].low in function_words(ctx.lang, "time_preposition") else a
    for j in range(min(e - 1, b + TIME_WORDS), b, -1):
        if time_phrase(ctx, toks, b, j) and toks[j].is_word:
            if any(t.low.endswith(GENITIVES) or t.low in lex.subordinators for t in toks[b:j]):
                return None  # "said Monday's vote was rigged": the subject's genitive; "reported after the FBI left"
            if approximate_figure(ctx, toks, j, e):
                return j
            nxt = toks[j].low
            if nxt in lex.complementizers or nxt in lex.subordinators or nxt in lex.coordinators \
                    or nxt in lex.prepositions or nxt in lex.relatives or not clause_at(ctx, toks, j, e):
                return None  # "said Monday as talks went on", "said Monday in Paris": no reported clause
            return j
    return None


GENITIVES: Final = ("'s", "’s", "'", "’")


@cache
def _approximators(lang: str) -> frozenset[str]:
    """The approximators before a number, lower-cased, words joined by one space."""
    return frozenset(" ".join(p.lower().split()) for p in words(lang, "approx"))
