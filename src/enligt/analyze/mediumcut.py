"""Phrases that close a source phrase but are no part of it (en44). A medium between a subject and its cue: "The clinic
in a post on its website said C", "The council in a letter to residents said C": the subject ends before "in" and
a determiner that open a phrase headed by a word of medium_nouns.txt (cuesubject.subject asks it for the main clause's
subject). A time after the source of "according to", "as reported by": "as reported by the Bugle earlier this
month" (markers.prep_rules asks it). Languages with verb-second order never put these phrases there."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import time_phrase
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


TIME_TAIL: Final = 3  # words of a time phrase closing a source ("earlier this month")


def before_time(ctx: Ctx, src: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """`src` without a time phrase in lower case that closes it after a capitalised word ("the Bugle | last week"; not
    "the Las Vegas Sun": a name's last word), else `src`."""
    if ctx.lex.profile.v2 or len(src) < 3:
        return src
    for k in range(max(1, len(src) - TIME_TAIL), len(src)):
        if src[k - 1].upper and src[k - 1].is_word and not src[k].upper and time_phrase(ctx, list(src), k, len(src)):
            return src[:k]
    return src
