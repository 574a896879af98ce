"""A clause with no complementizer after a phrasal reply cue (Norwegian and Danish often leave out "at"): "pekte
på værforholdene er ekstreme" reports the clause, as "pekte på at værforholdene er ekstreme" does (rules.py asks it
before dropping a reply cue with no clause)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import np_end
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def bare_clause(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether toks[a:e] opens with a noun phrase (no preposition) and a listed finite verb right after it, in a
    V2 language whose nouns are not capitalised."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or a >= e or not toks[a].is_word \
            or toks[a].low in lex.prepositions or toks[a].low in lex.complementizers:
        return False
    j = np_end(ctx, toks, a, e)
    return a < j < e and toks[j].low in lex.finite_verbs and not toks[j].upper


def bare_that_clause(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """English: whether a `that` cue at toks[i] listed in `bare_that` ("conceded", "maintains") has right after it
    (at toks[a]) a clause with no "that": a noun phrase or pronoun, then a finite verb, a modal, an auxiliary or a
    form of "be" ("The minister conceded the plan had flaws"; not "conceded two goals in the first half")."""
    return not ctx.lex.profile.v2 and toks[i].low in function_words(ctx.lang, "bare_that") and _np_then_verb(ctx, toks, a, e)


def bare_claim_clause(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """English: where the clause of a rejected claim noun starts when no "that" opens it ("rejected claims it is
    planning a strike", "dismissed reports the plant would close": a `claim_noun` a few words after the cue at
    toks[a], only a determiner or modifiers before it, a noun phrase and a finite verb after it); else None."""
    lex, nouns = ctx.lex, function_words(ctx.lang, "claim_noun") | function_words(ctx.lang, "claim_that_noun")
    for k in range(a, min(e - 2, a + CLAIM_NOUN_REACH)):
        t = toks[k]
        if not t.is_word or t.upper or t.low in lex.coordinators or t.low in lex.prepositions:
            return None
        if t.low in nouns:
            return k + 1 if _np_then_verb(ctx, toks, k + 1, e, helper=True) else None
    return None


CLAIM_NOUN_REACH: Final = 3  # words from a rejecting cue to its claim noun ("rejected the latest claims")


def _np_then_verb(ctx: Ctx, toks: list[Tok], a: int, e: int, helper: bool = False) -> bool:
    """A noun phrase or pronoun at toks[a], then a finite verb, a modal, an auxiliary or a form of "be" (with
    `helper`, not a finite verb: "the claims he made" is a relative clause, "claims he was paid" a claim)."""
    lex = ctx.lex
    if lex.profile.v2 or a >= e or not toks[a].is_word or toks[a].low in lex.prepositions \
            or toks[a].low in lex.complementizers:
        return False
    j = np_end(ctx, toks, a, e)
    j = next((k for k in range(a + 1, j) if toks[k].low in lex.modals), j)  # "the plan should change": the modal
    # is the clause's verb, past the noun phrase a plain reading runs over
    pronoun = j == a + 1 and toks[a].low in lex.pronouns  # "he received": a past form after a pronoun is its verb
    while a < j < e - 1 and (toks[j].low in lex.sentence_adverbs or toks[j].low in lex.negation):
        j += 1  # "maintains he never received it"
    if not a < j < e or toks[j].upper:
        return False
    t = toks[j].low
    if helper:
        return t in lex.modals or t in lex.auxiliaries or t in lex.closed.be
    return t in lex.finite_verbs or t in lex.modals or t in lex.auxiliaries or t in lex.closed.be \
        or pronoun and t.endswith("ed")
