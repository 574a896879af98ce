"""Swedish, Norwegian, Danish: the medium told between a perfect auxiliary and its reporting participle ("Han har over
for Ritzau bekræftet, at C", "Politiet har til TV 2 oplyst, at C"): a via of the report (sourcefirst.py reads it
when the words after the cue name none)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.via import over_for, recipient


def told_before_participle(ctx: Ctx, toks: list[Tok], lo: int, pre_end: int) -> list[str]:
    """The medium a recipient word ("til", "overfor", "over for") names between the source's end at toks[lo] and
    the cue at toks[pre_end], after a perfect auxiliary there ("har (tidligere) over for X sagt"); [] if none."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or pre_end - lo < 3 or pre_end - lo > TOLD_REACH:
        return []
    aux = next((m for m in range(lo, pre_end) if toks[m].low in lex.auxiliaries), None)
    if aux is None:
        return []
    for m in range(aux + 1, pre_end - 1):
        over = over_for(toks, m, pre_end)  # "over for", "overfor"
        if over or toks[m].low in lex.closed.to:
            end, media = recipient(toks, m + (over or 1), pre_end, lex)
            return [media] if media and end == pre_end else []
    return []


TOLD_REACH: Final = 10  # words between the source and the cue read for the medium told
