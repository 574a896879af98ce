"""An inner report's own sentence inside a quotation (issue 10, nesting).

The sentence splitter keeps a quotation of several sentences whole (one sentence), so a report inside it
("»I går blev det oplyst, at A. Men B,« siger X") would read on to the quotation's end and take "A. Men B",
then look like a restatement of the quotation and be dropped. A record that is no quotation of its own, with
its cue inside a quotation kept whole, takes only the sentence its cue stands in, as the splitter would cut it
with no quotation there: "A". All five languages (English since stop 30: on PolNeAR train and dev the cut now
changes no figure, and on the live pages it keeps "“According to X, A. B,” Y said" to "A").

A record so read whose content has no word in its cue's sentence ("“A, police say. B,” Y said": ". B"), or whose
source reaches back over that sentence's start ("“A, officials said. Nobody told us”": "officials said. Nobody"
told), misreads two sentences as one and is dropped. (Cutting such a source to its words inside the sentence
instead made 11 more records on PolNeAR train, none of them matching a gold one.)
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.sentences import Tok, split

_END_MARKS: Final = " \t\n.!?…,;:»«”“\"'’–—-"  # what a content cut at its sentence's end leaves at its end


def own_sentences(ctx: Ctx, toks: list[Tok], s: int, e: int, found: list[Draft],
                  ranges: list[tuple[int, int]]) -> list[Draft]:
    """`found` (the records of tokens s..e) with each inner report's content cut to its cue's sentence."""
    if not ranges or not found:
        return found
    subs: list[Span2] | None = None
    out: list[Draft] = []
    for d in found:
        cue = d.cue
        if d.direct or cue is None or not any(x < cue[0] < y for x, y in ranges):
            out.append(d)
            continue
        if subs is None:  # (only for a sentence with such a record: rare)
            subs = [(toks[s + a].start, toks[s + b - 1].end) for a, b in split(ctx.text, toks[s:e], ctx.lang)]
        own = next(((a, b) for a, b in subs if a <= cue[0] < b), (cue[0], cue[1]))
        if not any(ch.isalnum() for ch in ctx.text[d.start:own[1]]):
            continue  # its content starts after its cue's sentence (or at its full stop)
        if not any(t.end > t.start and t.start < own[0] for t in d.source):
            out.append(_cut(ctx, d, own))
    return out


def _cut(ctx: Ctx, d: Draft, own: Span2) -> Draft:
    """`d` with its content ending at the end of `own` (its cue's sentence), when it runs past it. Only the end is
    cut: words before the cue are the record's own ("A. B, siger han" closing a quotation left open); a content with
    no word in that sentence never comes here (own_sentences drops it)."""
    b = own[1]
    if d.end <= b:
        return d
    parts: list[Span2] = []
    for p0, p1 in d.parts:
        if p1 > b:
            p0, p1 = _trimmed(ctx.text, p0, b)
        if p1 > p0:
            parts.append((p0, p1))
    return replaced(d, parts=tuple(parts)) if parts else d


def _trimmed(text: str, a: int, b: int) -> Span2:
    """[a, b) without the marks and spaces at its end."""
    return a, a + len(text[a:b].rstrip(_END_MARKS))
