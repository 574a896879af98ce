"""Quotations with no tag (split out of direct.py, whose `quote_records` asks these).

A tagless quote at a paragraph's start that goes on from an earlier paragraph (`quote_paragraph`, not a quoted
label in title case), a title's scare quote (`scare_quote`: "‘Historic’ flood in the south"), a quote headline whose
speaker the body gives (`title_quote`, "Scholz: „…“") and a Nordic unquoted quote headline after a colon
(`first_person_after_colon`: "Stjerne døjer med skade: Vi havde en plan B klar").
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.quotes import Quote, trim
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.titles import title_source
from enligt.lang import function_words

QUOTE_SHARE: Final = 0.6  # of a paragraph's characters a tagless quote at its start must fill to continue a quotation


LABEL_WORDS: Final = 12  # a quoted label in title case ("“No Place In A Campaign”") is at most this long


def quote_paragraph(ctx: Ctx, q: Quote, inner: Span2, end: int) -> bool:
    """Whether a tagless quote at a paragraph's start is quoted speech going on from an earlier paragraph:
    it is left open or fills most of the paragraph ("“Old hands” remember …" does not), and it is no
    quoted label in title case."""
    if q.closed and (q.close + 1 - q.open) < QUOTE_SHARE * (end - q.open):
        return False
    words = ctx.text[inner[0]:inner[1]].split()
    long_words = [w for w in words if len(w) > 3]
    label = len(words) <= LABEL_WORDS and ctx.text[inner[1] - 1] not in ".!?" and long_words \
        and all(w[0].isupper() for w in long_words)
    return not label


SCARE_WORDS: Final = 2  # a quoted phrase of a title this short, run on into the headline's words, is a scare quote


def scare_quote(ctx: Ctx, q: Quote, inner: Span2, end: int) -> bool:
    """A title's quoted word or two run on into the headline's words ("‘Historic’ flood in the south", "Town
    hit by ‘freak’ storm"): a word set off by the writer, no quote headline (a quote headline stands alone or
    ends at a dash or colon: "”Helt orimligt!” – X", "Q: ”…”")."""
    words = ctx.text[inner[0]:inner[1]].split()
    after = ctx.text[q.close + 1:end].lstrip(" \u00a0")
    return len(words) <= SCARE_WORDS and ctx.text[inner[1] - 1] not in ".!?" and after[:1].isalnum()


def title_quote(ctx: Ctx, toks: list[Tok], ps: int, o: int, inner: Span2, block: int) -> Draft:
    """A title quote: a quote headline whose speaker the body gives (a continuation); "Scholz: „…“" names
    the speaker to fall back on before its colon (cue ":") when no body quote repeats it."""
    colon = o - 1 if toks[o - 1].text == ":" else o - 2 if o - 2 >= ps and toks[o - 2].text == ":" else -1
    src = title_source(ctx, toks, ps, colon, quote=True) if colon > ps else None
    if src:
        return Draft((inner,), (toks[colon].start, toks[colon].end), ":", tuple(src), block=block, direct=True, continuation=True)
    return Draft((inner,), None, None, block=block, direct=True, continuation=True)


def first_person_after_colon(ctx: Ctx, toks: list[Tok], start: int, end: int, block: int) -> Draft | None:
    """Swedish, Norwegian, Danish: a title whose words after a colon open with the first person and whose words
    before it name no speaker ("Stjerne døjer med skade: Vi havde en plan B klar"): an unquoted quote headline, a
    continuation that takes the speaker of the body quote repeating it (and is dropped when none does)."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return None
    k = next((m for m in range(len(toks)) if start <= toks[m].start < end and toks[m].text == ":"), None)
    if k is None or k == 0 or k + 1 >= len(toks) or toks[k + 1].start >= end or toks[k + 1].low not in lex.first_person \
            or title_source(ctx, toks, 0, k, quote=True):
        return None
    c0, c1 = trim(ctx.text, toks[k + 1].start, end)
    return Draft(((c0, c1),), None, None, block=block, direct=True, continuation=True) if c1 > c0 else None


def dash_after_colon(ctx: Ctx, toks: list[Tok], start: int, end: int, block: int) -> Draft | None:
    """A title whose words after a colon open with a speech dash of `title_colon_dash` (function_words.tsv:
    Norwegian "–", "−") and whose words before it name no speaker ("Tøft døgn for redningsfolkene: – Vi var heldige"):
    a quote headline, a continuation whose speaker the body gives (a speaker before the colon: direct.py's own)."""
    dashes = function_words(ctx.lang, "title_colon_dash")
    if not dashes:
        return None
    k = next((m for m in range(len(toks) - 1) if start <= toks[m].start < end and toks[m].text == ":"), None)
    if k is None or k == 0 or toks[k + 1].start >= end or ctx.text[toks[k + 1].start] not in dashes \
            or title_source(ctx, toks, 0, k, quote=True):
        return None
    c0, c1 = trim(ctx.text, toks[k + 1].start + 1, end)
    return Draft(((c0, c1),), None, None, block=block, direct=True, continuation=True) if c1 > c0 else None
