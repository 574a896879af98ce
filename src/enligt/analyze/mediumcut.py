"""A medium phrase between a subject and its cue is no part of the source (en44): "The clinic in a statement on its
website said C", "The council in a letter to residents said C": the subject ends before "in" and a determiner that
open a phrase headed by a word of medium_nouns.txt. cuesubject.subject asks it for the main clause's subject;
languages with verb-second order never put a phrase there."""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, wordset

MEDIUM_REACH: Final = 3  # words from the determiner to the medium noun ("in a brief written statement")


def before_medium(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """`src` up to a medium phrase inside it ("The clinic | in a statement on its website"), else `src`."""
    lex = ctx.lex
    if lex.profile.v2 or len(src) < 4:
        return src
    opener = function_words(ctx.lang, "medium_opener")
    for k in range(1, len(src) - 2):
        if src[k].low in opener and src[k + 1].low in lex.determiners:
            nouns = wordset(ctx.lang, "medium_nouns")
            if any(t.low in nouns for t in src[k + 2:k + 2 + MEDIUM_REACH]):
                return src[:k]
    return src
