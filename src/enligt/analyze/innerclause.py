"""A V2 main clause inside a sentence (issue 10, nested records): after "at"/"att"/"dass", an opening quotation
mark or a dash a fronted phrase may stand before the cue, its subject after it ("Hun sier at etter møtet mener
forbundet at C", "– Nach dem Treffen sagt der Verband, dass C"). The fronted phrase is no source: the inverted
subject is, read from the inner clause's start as from a sentence's."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import seg_start
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.v2subject import v2_subject

_OPENERS: Final = frozenset("„“\"«»”‚‘–—")  # quotation marks (Swedish ”, Danish ») and dashes that open quoted words
FRONT_WORDS: Final = 2  # the fewest words of a fronted phrase between the opener and the cue


def inner_start(ctx: Ctx, toks: list[Tok], s: int, i: int) -> int:
    """The first token of the clause the cue at toks[i] stands in when a complementizer, an opening quotation
    mark or a dash opens it inside the sentence; else s."""
    lex = ctx.lex
    for k in range(i - 1, s - 1, -1):
        t = toks[k]
        if t.low in lex.complementizers or t.text in _OPENERS:
            front = i - (k + 1)  # (one fronted adverb too: "„Gestern sagte die Polizei, C“")
            return k + 1 if front >= FRONT_WORDS or front == 1 and lex.fronted.get(toks[k + 1].low) == "adv" else s
        if t.text in ",;:" or t.low in lex.relatives:
            return s
    return s


def inner_v2_subject(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, pre_end: int
                     ) -> tuple[int, int, list[str]] | None:
    """`v2_subject` read from the start of an inner main clause (`inner_start`), when it opens after s; pre_end:
    where the words before the cue end (before its auxiliaries)."""
    if not ctx.lex.profile.v2:
        return None
    s2 = inner_start(ctx, toks, s, i)
    if s2 <= s:
        return None
    return v2_subject(ctx, toks, s2, e, i, n, seg_start(toks, s2, pre_end, ctx.lex.subordinators))
