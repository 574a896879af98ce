"""A colon inside a sentence as a content's boundary: "Doch nun gibt es laut X Hoffnung: Zumindest bleibe es
trocken" (the claim of "laut X" stops at the colon), "Dabei gab es einen Rückschlag: Der Vorstand soll das Angebot
abgelehnt haben" (the hearsay claim starts after it), "A: B, prognostiziert X" (the tag's claim is B). A colon
before a capital or a quotation mark opens a clause of its own; only languages that list the mark in
`content_colon` (function_words.tsv) read it so. Quotations keep their colons (their words are quoted whole)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.lang import function_words


def cut_at_colon(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts with each one-part, cued, unquoted content cut at its colons: from the last colon before the cue
    and up to the first colon after it."""
    marks = function_words(ctx.lang, "content_colon")
    if not marks:
        return drafts
    return [_cut(ctx, d, marks) for d in drafts]


def _cut(ctx: Ctx, d: Draft, marks: frozenset[str]) -> Draft:
    if d.direct or d.cue is None or len(d.parts) > MAX_PARTS or (d.cue_text or "") in marks:
        return d
    if any(ch in _QUOTES for a, b in d.parts for ch in ctx.text[a:b]):
        return d
    c0, c1 = d.cue
    before = [(i, k) for i, (a, b) in enumerate(d.parts) for k in range(a, min(b, c0))
              if ctx.text[k] in marks and _opens_clause(ctx.text, k + 1, b)]
    after = [(i, k) for i, (a, b) in enumerate(d.parts) for k in range(max(a, c1), b)
             if ctx.text[k] in marks and _opens_clause(ctx.text, k + 1, b)]
    if not before and not after:
        return d
    parts = list(d.parts)
    if after:
        i, k = after[0]
        parts = parts[:i] + [(parts[i][0], k)]
    if before:
        i, k = before[-1]
        parts = [(_skip_space(ctx.text, k + 1, parts[i][1]), parts[i][1])] + parts[i + 1:]
    kept: tuple[Span2, ...] = tuple(p for p in parts if p[1] > p[0])
    if sum(len(ctx.text[a:b].split()) for a, b in kept) < MIN_WORDS:
        return d
    return replaced(d, parts=kept)


def _opens_clause(text: str, k: int, b: int) -> bool:
    """A space, then a capital or a quotation mark, after the colon before b ("…: Der", "…: „Q"), and a clause of
    `CLAUSE_WORDS` words or more up to b (not "enthält: Wolf!": one word set off, no clause)."""
    return k + 1 < b and text[k] == " " and (text[k + 1].isupper() or text[k + 1] in _QUOTES) \
        and len(text[k:b].split()) >= CLAUSE_WORDS


def _skip_space(text: str, k: int, b: int) -> int:
    while k < b and text[k].isspace():
        k += 1
    return k


MIN_WORDS: Final = 2  # the fewest words a claim keeps after the cut
CLAUSE_WORDS: Final = 3  # the fewest words of a clause after a colon
MAX_PARTS: Final = 2  # a claim around its cue ("A laut X B") at most
_QUOTES: Final = frozenset('„“”"»«')
