"""A warning verb with an object and nothing warned of: "X varnar sina medlemmar i ett mejl",
"X advarer innbyggerne i en melding" name who was warned and where, no claim (rules.py asks it after
`cueobject.warned_against`)."""
from __future__ import annotations

from enligt.analyze.cueobject import warn_frames
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok


def warned_of_nothing(ctx: Ctx, toks: list[Tok], i: int, n: int, a: int, e: int) -> bool:
    """Whether the one-word warning verb at toks[i] has an object right after it (a word in lower case) and no
    preposition of its frame (`warn_against`: "för", "mot", "mod"), no complementizer and no colon before the
    sentence's end."""
    verbs, frames = warn_frames(ctx.lang)
    if n != 1 or a != i + n or a >= e or toks[i].low not in verbs or not toks[a].is_word or toks[a].upper:
        return False
    preps = {p for p, _ in frames}
    return not any(t.low in preps or t.low in ctx.lex.complementizers or t.text in ":–" for t in toks[a:e])
