"""A cue of two or more words with words between its own in a V2 language: adverbs ("sprach allerdings von", "räknar
dock med"), a time phrase ("sprach am Abend von"), a weekday or a date ("kunne den 1. april fortælle"), or adverbs
after its second word ("nægtede sig dog skyldig i"). Split out of rules.py, whose `verb_rules` calls
`phrase_past_adverb` when a cue's own words are not next to each other."""
from __future__ import annotations

from typing import Final

from enligt.analyze import frames
from enligt.analyze.lexicon import months
from enligt.analyze.phrases import time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def phrase_past_adverb(ctx: Ctx, toks: list[Tok], i: int, e: int) -> tuple[int, str] | None:
    """A cue of two or more words with adverbs or a time phrase after its first (V2 languages): "sprach allerdings
    von", "sprach am Abend von", "räknar dock med", "finns även uppgifter om"; its
    tokens then take the adverbs in. None when there is none."""
    lex = ctx.lex
    if not lex.profile.v2:
        return None
    k = i + 1
    inner = function_words(ctx.lang, "cue_inner_adverb")
    while k < e and k - i <= PHRASE_ADVERBS and (lex.fronted.get(toks[k].low) == "adv" or toks[k].low in lex.report_back
                                                 or toks[k].low in inner):
        k += 1  # (also "demnach": "gehen demnach davon aus, dass C"; an adverb of degree: "nekar helt till")
    if not lex.profile.capitalised_nouns:
        k = _time_inside(ctx, toks, k, e)  # "kunne tirsdag fortælle", "kunne den 1. april fortælle"
        k += phase_inside(ctx.lang, toks, k, e)  # "var i første omgang meldinger om"
    if k == i + 1 and k + 2 < e and toks[k].low in lex.closed.tag_stop and time_word(toks[k + 1].low, lex.times):
        k += 2  # a time phrase: "sprach am Abend von"
    if lex.profile.capitalised_nouns:
        k = frames.past_phrases(ctx, toks, k, e, i)  # "sprach am Sonntag auf Anfrage von"
    if k == i + 1:
        return _second_past_adverb(ctx, toks, i, e)
    if k >= e:
        return None
    return next(((k + len(phrase) - 1 - i, cls) for phrase, cls in lex.speech.get(toks[i].low, ())
                 if len(phrase) >= 2 and tuple(t.low for t in toks[k:k + len(phrase) - 1]) == phrase[1:]), None)


def _second_past_adverb(ctx: Ctx, toks: list[Tok], i: int, e: int) -> tuple[int, str] | None:
    """A cue of three or more words with adverbs after its second ("nægtede sig dog skyldig i"); else None."""
    k = i + 2
    while k < e and k - i <= PHRASE_ADVERBS + 1 and ctx.lex.fronted.get(toks[k].low) == "adv":
        k += 1
    if k == i + 2 or k >= e:
        return None
    return next(((k + len(phrase) - 2 - i, cls) for phrase, cls in ctx.lex.speech.get(toks[i].low, ())
                 if len(phrase) >= 3 and toks[i + 1].low == phrase[1]
                 and tuple(t.low for t in toks[k:k + len(phrase) - 2]) == phrase[2:]), None)


def phase_inside(lang: str, toks: list[Tok], k: int, e: int) -> int:
    """The length of a phrase of the first phase at toks[k] (`phase_phrase`: "i første omgang", "till en början"),
    else 0."""
    return next((len(p) for p in _phase_phrases(lang) if k + len(p) < e and toks[k].low == p[0]
                 and all(toks[k + m].low == p[m] for m in range(len(p)))), 0)  # (the first word before a generator)


def _phase_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """`_phase_phrases_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _PHASE_PHRASES_KEPT.get(lang)
    if got is None:
        got = _PHASE_PHRASES_KEPT.setdefault(lang, _phase_phrases_built(lang))
    return got


_PHASE_PHRASES_KEPT: Final[dict[str, tuple[tuple[str, ...], ...]]] = {}


def _phase_phrases_built(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(p.split()) for p in function_words(lang, "phase_phrase")), key=len, reverse=True))


PHRASE_ADVERBS: Final = 2  # adverbs read between the two words of a cue


def _time_inside(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """Past a weekday, a time word or a date ("den 1. april") at toks[k] inside a split cue; k when there is none."""
    lex = ctx.lex
    if k < e and not toks[k].upper and (toks[k].low in lex.weekdays or time_word(toks[k].low, lex.times)):
        if k + 1 < e and toks[k].low in lex.weekdays and not toks[k + 1].upper and time_word(toks[k + 1].low, lex.times):
            return k + 2  # a weekday and its part of the day: "advarer onsdag eftermiddag om"
        return k + 1
    m = k + (k < e and toks[k].low in function_words(ctx.lang, "time_preposition"))
    if m + 1 < e and toks[m].low in function_words(ctx.lang, "time_determiner") and not toks[m + 1].upper and (
            toks[m + 1].low in lex.weekdays or time_word(toks[m + 1].low, lex.times)):
        return m + 2  # "kunne forrige helg rapportere", "kunne i sidste uge fortælle"
    if k + 3 < e and toks[k].low in lex.determiners and toks[k + 1].text.isdigit() and toks[k + 2].text == "." \
            and toks[k + 3].low in months(ctx.lang):
        return k + 4
    return k
