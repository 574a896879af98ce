"""A warning verb with an object and nothing warned of: "X varnar sina medlemmar i ett mejl",
"X advarer innbyggerne i en melding" name who was warned and where, no claim (rules.py asks it after
`cueobject.warned_against`); an English warning to act ("warned drivers to stay home") is advice, no claim."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cueobject import warn_frames
from enligt.analyze.cues import is_finite_verb
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def warned_of_nothing(ctx: Ctx, toks: list[Tok], i: int, n: int, a: int, e: int) -> bool:
    """Whether the one-word warning verb at toks[i] has an object right after it (a word in lower case) and no
    preposition of its frame (`warn_against`: "för", "mot", "mod"), no complementizer and no colon before the
    sentence's end."""
    verbs, frames = warn_frames(ctx.lang)
    if n != 1 or a != i + n or a >= e or toks[i].low not in verbs or not toks[a].is_word or toks[a].upper:
        return False
    preps = {p for p, _ in frames}
    return not any(t.low in preps or t.low in ctx.lex.complementizers or t.text in ":–" for t in toks[a:e])


ADVISED_OBJECT: Final = 6  # words of the one warned before "to" ("warned some residents in the north to")


def warned_to_act(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> bool:
    """Whether the warning verb at toks[i] (`warn_to_act` in function_words.tsv) advises someone to act: an object
    of words in lower case or names, then the infinitive marker (perhaps after "not") and a verb: "warned
    drivers to stay home", "warning people in the valley not to drink the water" (advice, nothing claimed; not
    "warned that C", "warned of floods", "warned the plan was set to fail": a clause)."""
    lex = ctx.lex
    a = i + n
    if n != 1 or toks[i].low not in function_words(ctx.lang, "warn_to_act") or a >= e or not toks[a].is_word \
            or toks[a].low in lex.prepositions or toks[a].low in lex.complementizers:
        return False
    for k in range(a + 1, min(e - 1, a + ADVISED_OBJECT + 1)):
        t = toks[k]
        if t.low in lex.infinitive_markers:
            verb = toks[k + 1]
            return verb.is_word and not verb.upper and verb.low not in lex.determiners and verb.low not in lex.pronouns
        if not t.is_word or t.low in lex.complementizers or is_finite_verb(t, lex) or t.low in lex.relatives \
                or t.low in lex.pronouns and lex.noun_openers.get(t.low) is None:
            return False  # ("warned cities they need to prepare": a clause with its subject)
    return False
