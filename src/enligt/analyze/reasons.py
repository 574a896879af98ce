"""German reasons given for an act: "Die Firma begründet den Abbau mit der schwachen Nachfrage" (issue 10, evalen43).

A verb of justifying (`reason_verb` function words: "begründet", "rechtfertigte") is a `clause` cue, which reports
no plain object ("begründete seinen Antrag"); with "mit" and the reason after its object it reports both, the act
and the reason the speaker gave (`reason_given`): rules.py then reads it as a verb of opinion.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

REASON_REACH: Final = 8  # tokens of the object between the verb and "mit" ("den geplanten Abbau von 200 Stellen mit")


def reason_given(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """Whether the `reason_verb` at toks[i] has a noun-phrase object at toks[a] and then the reason's preposition
    (`reason_preposition`: "mit") with words after it, no comma or clause between ("begründet den Abbau mit C")."""
    if toks[i].low not in function_words(ctx.lang, "reason_verb") or a >= e or not toks[a].is_word:
        return False
    preps = function_words(ctx.lang, "reason_preposition")
    for k in range(a + 1, min(e - 1, a + REASON_REACH)):
        if not toks[k].is_word or toks[k].low in ctx.lex.complementizers:
            return False
        if toks[k].low in preps:
            return toks[k + 1].is_word
    return False
