"""The source of an impersonal tag (split out of v2clauses.py).

The phrase after the preposition of "hieß es aus dem Ministerium", "lyder det i en pressemeddelelse",
"heter det onsdag i en melding fra kommunen": past time phrases and clock words, kept only with a source
word or a name in it (not a place or an event: "lyder det på pressemødet").
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.phrases import genitive_tail, np_end, time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.tails import inquiry_head
from enligt.analyze.wordtypes import word_type


def impersonal_source(ctx: Ctx, toks: list[Tok], k: int, e: int) -> list[Tok]:
    """The source of an impersonal tag from toks[k] on: the phrase after its preposition ("hieß es aus dem
    Ministerium", "lyder det i en pressemeddelelse"), past time phrases ("am Sonntagmorgen von der Polizei", "am Mittwoch aus der Pressestelle");
    none for a place or an event ("lyder det på pressemødet") or when no preposition follows."""
    lex = ctx.lex
    b = k
    while k + 1 < e and k - b < TIME_BEFORE and toks[k].is_word and not toks[k].upper and (
            toks[k].low in lex.weekdays or time_word(toks[k].low, lex.times)):
        k += 1  # "heter det onsdag i en melding": a bare time phrase before the preposition
    while k + 1 < e and (toks[k].low in lex.prepositions or lex.fronted.get(toks[k].low) in ("prep", "topic")):
        j = np_end(ctx, toks, k + 1, e, ctx.lex.closed.tag_stop)
        if not any(time_word(t.low, lex.times) or t.low in lex.weekdays for t in toks[k + 1:min(j, k + 3)]) \
                and not inquiry_head(ctx, toks[k + 1:j]):  # (past "auf Anfrage (der Zeitung)": the one who asked)
            if k + 2 < j < e and _CLOCK.fullmatch(toks[j].text):
                j -= 1  # "en pressemeddelelse klokken 10.15": the clock word is no part of the source
            return source_words(ctx, toks[k + 1:genitive_tail(ctx, toks, j, e)[0]])  # "in einer Mitteilung | der Polizei"
        k = next((m for m in range(k + 2, j) if toks[m].low in lex.prepositions), j)  # past "am Sonntagvormittag"
    return []


TIME_BEFORE: Final = 2  # words of a bare time phrase between an impersonal cue and its source ("onsdag kveld")


def impersonal_cue_source(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> tuple[list[Tok], int]:
    """The source of the impersonal cue at toks[i:i + n] and the cue's length: a cue that ends in its preposition
    ("hieß es von der Polizei") keeps it only when a source follows."""
    own = n > 1 and toks[i + n - 1].low in ctx.lex.prepositions
    src = impersonal_source(ctx, toks, i + n - 1 if own else i + n, e)
    return src, n if src or not own else n - 1


def source_words(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """A phrase of an impersonal tag as a source, kept only with a source word or a name in it (not "mødet")."""
    return src if any(word_type(t.low, ctx.lang) or (t.upper and t.is_word) for t in src) \
        and not inquiry_head(ctx, src) else []


_CLOCK: Final = re.compile(r"\d{1,2}[.:]\d{2}")
