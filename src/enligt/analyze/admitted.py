"""An admission in the perfect with a noun object ("Manden har erkendt forholdet", "Mannen har erkjent tyveriet"):
the participle, a reply cue elsewhere (only before a clause: "en erkendt fejl"), reports the thing admitted after
a perfect auxiliary (`perfect_admission` per language; rules.py asks it before dropping a reply cue)."""
from __future__ import annotations

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def admitted_object(ctx: Ctx, toks: list[Tok], s: int, i: int, a: int, e: int) -> bool:
    """Whether the participle at toks[i] follows a perfect auxiliary (past adverbs and a negation: "har dog ikke
    erkendt") and a word that is no preposition or complementizer opens its object at toks[a]."""
    lex = ctx.lex
    if toks[i].low not in function_words(ctx.lang, "perfect_admission") or a >= e or not toks[a].is_word \
            or toks[a].low in lex.prepositions or toks[a].low in lex.complementizers:
        return False
    k = i - 1
    while k > s and (lex.fronted.get(toks[k].low) == "adv" or toks[k].low in lex.negation):
        k -= 1
    return k >= s and toks[k].low in lex.auxiliaries
