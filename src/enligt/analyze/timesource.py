"""A fronted time phrase is never a source. In V2 order the phrase before the verb may be an adverbial and
the subject follows the verb ("En time senere skrev politiet på nytt", "Senere samme dag tvitret politiet
igjen"); a record read with that phrase as its source and the subject as its content has no claim, and goes.
Nordic only (German nouns are capitalised: its fronted phrases are read in fronting.py).
"""
from __future__ import annotations

from enligt.analyze.fronting import fronted
from enligt.analyze.phrases import time_word
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok


def drop_time_sources(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose source is a time phrase alone (see the module)."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return drafts
    return [d for d in drafts if d.direct or d.continuation or not _time_source(ctx, list(d.source))]


def _time_source(ctx: Ctx, src: list[Tok]) -> bool:
    """Whether `src` is a time phrase: a word of time in a fronted adverbial ("En time senere", "I går aftes") or
    with a time adverb at either end ("Over en time senere", "Senere samme dag"); never one word (Danish "man"
    ends like a weekday's short form), a pronoun, nor a phrase with a capitalised word after its first."""
    lex = ctx.lex
    if len(src) < 2 or any(t.upper for t in src[1:]) or not all(t.is_word for t in src) \
            or src[0].low in lex.relatives or src[0].low in lex.pronouns:
        return False  # ("en robotstemme, der videre fortalte": the relative pronoun is the subject)
    timed = any(lex.fronted.get(t.low) == "unit" or time_word(t.low, lex.times) or t.low in lex.weekdays for t in src)
    return timed and (fronted(ctx, src, 0, len(src))
                      or lex.fronted.get(src[0].low) == "adv" or lex.fronted.get(src[-1].low) == "adv")


__all__ = ["drop_time_sources"]
