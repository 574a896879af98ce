"""A reporting s-passive whose subject is a negative pronoun ("Inga skador har rapporterats", "Ingen skadde
meldes"): it says that nothing was reported, so it marks no hearsay; hearsay.py asks."""
from __future__ import annotations

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import wordset

_CLAUSE_MARKS = frozenset(",;:")


def none_reported(ctx: Ctx, toks: list[Tok], s: int, i: int, k: int, e: int, cue_text: str) -> bool:
    """Whether the one-word s-passive `cue_text` at toks[i:k] closes a clause (a stop or a preposition after it)
    whose subject is a negative pronoun (`negative_subjects`: "ingen", "inga"). "Ingen uppges ha skadats"
    (an infinitive after it) still reports that nobody was hurt."""
    lex = ctx.lex
    low = cue_text.lower()
    if not lex.profile.v2 or " " in low or not low.endswith("s"):
        return False
    if k < e and toks[k].is_word and toks[k].low not in lex.prepositions:
        return False
    negative = wordset(ctx.lang, "negative_subjects")
    b = i
    while b > s and toks[b - 1].text not in _CLAUSE_MARKS:
        b -= 1
    return any(t.low in negative for t in toks[b:i])
