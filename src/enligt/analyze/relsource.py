"""A source read with the relative clause its cue stands in (Swedish: "ett beslut som ordföranden själv anser
är fel", "de brister som revisorn påstått"): the speaker is the noun phrase after the relative word, the cue the
relative clause's own verb. A rule pass (passes.PASSES), read only where `raising_relative` lists the relative word.
A relative clause with a verb of its own inside the source stays ("de källor som tidningen talat med")."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import is_finite_verb
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

SPEAKER_WORDS: Final = 4  # the longest noun phrase after the relative word read as the speaker


def cut_relative_source(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts with such a source cut to the noun phrase after its relative word, past an emphatic "själv"."""
    rel = function_words(ctx.lang, "raising_relative")
    if not rel:
        return drafts
    return [c for d in drafts if (c := _cut(ctx, d, rel)) is not None]


def _cut(ctx: Ctx, d: Draft, rel: frozenset[str]) -> Draft | None:
    """The draft with its source cut, or None when its content stands before the relative word: the relative word
    is the cue's object ("… och gjort de fel som revisorn påstått."), and no claim follows."""
    src = d.source
    k = next((k for k in range(1, len(src) - 1) if src[k].low in rel and src[k - 1].is_word), None)
    if k is None:
        return d
    speaker = _speaker(ctx, src[k + 1:])
    if not speaker:
        return d
    if d.parts and d.parts[-1][1] <= src[k].start:
        return None
    return replaced(d, source=speaker)


def _speaker(ctx: Ctx, words: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """The noun phrase after the relative word without a trailing emphatic pronoun (`emphatic_self`: "själv"), or
    () when it holds a verb, a preposition or punctuation (a relative clause of its own) or is too long."""
    lex = ctx.lex
    selfs = function_words(ctx.lang, "emphatic_self")
    while words and words[-1].low in selfs:
        words = words[:-1]
    if not words or len(words) > SPEAKER_WORDS or any(
            not t.is_word or t.low in lex.prepositions or t.low in lex.auxiliaries or is_finite_verb(t, lex)
            or t.low in lex.relatives for t in words):
        return ()
    if not all(t.upper or t.low in lex.pronouns or t.low in lex.determiners or word_type(t.low, ctx.lang)
               for t in words):
        return ()  # (only names, pronouns and the words the type lists know: not "myndigheten tagit fram")
    return words
