"""A clause with no complementizer after a phrasal reply cue (Norwegian and Danish often leave out "at"): "pekte
på værforholdene er ekstreme" reports the clause, as "pekte på at værforholdene er ekstreme" does (rules.py asks it
before dropping a reply cue with no clause)."""
from __future__ import annotations

from enligt.analyze.phrases import np_end
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok


def bare_clause(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether toks[a:e] opens with a noun phrase (no preposition) and a listed finite verb right after it, in a
    V2 language whose nouns are not capitalised."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or a >= e or not toks[a].is_word \
            or toks[a].low in lex.prepositions or toks[a].low in lex.complementizers:
        return False
    j = np_end(ctx, toks, a, e)
    return a < j < e and toks[j].low in lex.finite_verbs and not toks[j].upper
