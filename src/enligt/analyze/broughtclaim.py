"""A statement brought forward (Swedish, Norwegian, Danish; evalnord43): "Flere kunder har kommet med kritiske
kommentarer til at C", "Facket kom med beskedet att C", "Naboerne er kommet med klager over, at C". A verb of coming
(`bring_verb` in function_words.tsv) with "med" and a statement noun (`statement_noun`, any inflection: "kommentarer",
"kritikken") and its preposition (`bring_preposition`: "til", "mot", "om") before a complementizer: the subject is the source, the words from the verb to the noun the cue, the
clause the claim. shapes.labelled_claim asks it for a sentence no other rule read."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

NOUN_WORDS: Final = 3  # words between "med" and the statement noun ("en rekke kritiske")
INFLECTION: Final = 4  # letters an inflection adds to a statement noun ("kommentar|erne")
SUBJECT_WORDS: Final = 6  # words of the subject before the verb


def brought_claim(ctx: Ctx, toks: list[Tok], s: int, e: int) -> Draft | None:
    """The record of "X (har) kommet med <statement noun> (til/om) at C" in toks[s:e], else None."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return None
    verbs = function_words(ctx.lang, "bring_verb")
    for m in range(s + 2, e - 3):
        if toks[m].low != "med" or toks[m - 1].low not in verbs:
            continue
        n = _noun_at(ctx, toks, m + 1, e)
        if n is None:
            return None
        a = n + 1 + (n + 1 < e and toks[n + 1].low in function_words(ctx.lang, "bring_preposition"))
        a += a < e and toks[a].text == ","
        if a + 1 >= e or toks[a].low not in lex.complementizers:
            return None
        v = _verb_group_start(ctx, toks, s, m - 1)
        src = toks[s:v]
        if not src or len(src) > SUBJECT_WORDS or not all(t.is_word for t in src) \
                or any(t.low in lex.first_person or t.low in lex.finite_verbs or t.low in lex.speech for t in src):
            return None
        c = span(ctx, toks, a + 1, e)
        cue = (toks[m - 1].start, toks[n].end)
        return Draft((c,), cue, ctx.text[cue[0]:cue[1]], tuple(src)) if c else None
    return None


def _noun_at(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """The statement noun within the first words after "med" ("kritiske kommentarer", "beskedet"), else None."""
    nouns = function_words(ctx.lang, "statement_noun")
    for k in range(a, min(e, a + NOUN_WORDS + 1)):
        t = toks[k]
        if not t.is_word or t.upper or t.low in ctx.lex.complementizers or t.low in ctx.lex.prepositions:
            return None
        if any(t.low.startswith(w) and len(t.low) - len(w) <= INFLECTION for w in nouns):
            return k
    return None


def _verb_group_start(ctx: Ctx, toks: list[Tok], s: int, v: int) -> int:
    """Back from the verb of coming at toks[v] past auxiliaries and sentence adverbs ("har nå kommet"): where the
    subject ends."""
    lex = ctx.lex
    copula = function_words(ctx.lang, "statement_copula")  # (Danish "er kommet med")
    while v - 1 > s and (toks[v - 1].low in lex.auxiliaries or toks[v - 1].low in copula
                         or lex.fronted.get(toks[v - 1].low) == "adv"
                         or toks[v - 1].low in lex.negation):
        v -= 1
    return v
