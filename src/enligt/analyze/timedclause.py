"""English: where a reported clause with no "that" starts after a cue and a time phrase ("said Tuesday the toll had
risen", "said on Monday he would resign") and whether it opens with an approximate count ("said at least nine
civilians died"): aftercue.py and cueobject.py read these so that the time phrase and the approximator are no
adverbial of the cue's own, and the count is no topic. Also the clause after a tag that makes it a tag: a time
phrase then a subordinate clause ("said Thursday as talks went on"), or an adverbial clause right after a tag that
follows a comma ("C, she said as she left")."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze import clauses
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


def time_then_clause(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """English: a time phrase right after the cue ("said Thursday", "said on Monday night"), then a subordinate
    clause ("as talks went on", "while …", "after …"), and no complementizer anywhere after it."""
    lex = ctx.lex
    if lex.profile.v2:
        return False
    b = a + 1 if toks[a].low in lex.prepositions and a + 1 < e else a
    j = next((j for j in range(b + 1, min(e, b + TIME_WORDS + 1)) if toks[j].low in lex.subordinators), None)
    if j is None or toks[j].low in lex.coordinators or toks[j].upper or j + 1 >= e or not time_phrase(ctx, toks, b, j):
        return False
    nxt = toks[j + 1]
    return nxt.is_word and nxt.low not in _AS_QUANTITY and not any(t.low in lex.complementizers for t in toks[j:e])


def clause_after_tag(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """English: an adverbial clause right after a tag that follows a comma ("C, the senator said as he left.", "C,
    she told aides while they waited."): when or why it was said, not what (`tag_clause` in `function_words.tsv`)."""
    lex = ctx.lex
    if lex.profile.v2 or a + 1 >= e or toks[a].low not in function_words(ctx.lang, "tag_clause") \
            or toks[a - 1].low in lex.complementizers:
        return False
    c = next((k for k in range(a - 1, max(-1, a - TAG_REACH), -1) if toks[k].text == ","), None)
    if c is None:
        return False
    first = next((k + 1 for k in range(c, -1, -1) if toks[k].text in ".!?"), 0)
    if any(t.low in lex.relatives for t in toks[c + 1:a]):
        return False  # "…, which he describes as his second home": the relative's own cue, no tag
    if toks[a].low in lex.closed.as_ and not _as_clause(ctx, toks, a + 1, e):
        return False  # "said as many as 30": no clause ("as he left", "as crews worked")
    return toks[a + 1].is_word and toks[a + 1].low not in _AS_QUANTITY and not any(
        t.low in lex.complementizers for t in toks[a:e]) and any(clauses.verb_like(t, lex) for t in toks[first:c])
    # (not "On Monday, the senator said when he arrived C": no clause before the comma)


def _as_clause(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether a clause opens at toks[k] after "as": a personal pronoun and a lower-case word ("as he left"), or a
    noun phrase and a verb ("as crews worked through the night")."""
    lex = ctx.lex
    if k + 1 < e and lex.pronouns.get(toks[k].low) == "person":
        return toks[k + 1].is_word and not toks[k + 1].upper
    for j in range(k + 1, min(e, k + AS_SUBJECT + 1)):
        if not toks[j].is_word:
            return False
        if clauses.verb_like(toks[j], lex):
            return True
    return False


AS_SUBJECT: Final = 3  # words of a subject after "as" before its verb ("as the rescue crews worked")


TAG_REACH: Final = 12  # tokens back from a clause after a tag to the comma before the tag


_AS_QUANTITY: Final = frozenset({"many", "much", "few", "little", "well", "long", "far", "soon", "of", "a", "an"})
# ("said Monday as many as 30 people were hurt", "said Monday as of noon …": no subordinate clause)
