"""A report that points back inside another's report: "A. Det siger X i en udtalelse, skriver Reuters." X's
record has the sentence before as content (A) and its own sentence, pointer, cue and source, is the content of
Reuters' record; the claim A reached the text through Reuters, so Reuters is X's via, as it would be were A
inside Reuters' words (`passes.nest` nests by content only). The outer content opens with a pointer to the
sentence before (`back_pointer` per language: Danish "Det"); a language without the list is left as it is."""
from __future__ import annotations

from enligt.analyze.continuing import speaker_name
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import tokenize
from enligt.analyze.via import keep
from enligt.analyze.viapass import relay_name
from enligt.lang import function_words


def relay_back_reports(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """`drafts` with each sourced record that points back (its content ends before its cue) and has no via,
    whose cue and source lie inside another sourced record's content opening with a `back_pointer`, given that
    record's speaker (and its vias) as via."""
    pointers = function_words(ctx.lang, "back_pointer")
    if not pointers:
        return drafts
    holders = [o for o in drafts if o.source and not o.continuation and o.cue and _opens_with(ctx, o, pointers)]
    if not holders:
        return drafts
    out: list[Draft] = []
    for n in drafts:
        o = _holder(holders, n) if n.source and n.cue and not n.via and not n.continuation else None
        if o is None or speaker_name(o).lower() in (speaker_name(n).lower(), (n.source_text() or "").lower()):
            out.append(n)
            continue
        chain = [relay_name(ctx, o), *o.via]
        out.append(replaced(n, via=tuple(dict.fromkeys(v for v in chain if v and keep(v, ctx.via)))))
    return out


def _opens_with(ctx: Ctx, o: Draft, pointers: frozenset[str]) -> bool:
    """Whether the content of o opens with a pointer to the sentence before ("Det siger …")."""
    first = tokenize(ctx.text, o.start, min(o.end, o.start + POINTER_CHARS))
    return bool(first) and first[0].low in pointers


POINTER_CHARS = 8  # characters read at the start of a content for its pointer word


def _holder(holders: list[Draft], n: Draft) -> Draft | None:
    """The record whose content holds n's cue and source while n's content ends before that content opens."""
    cue0, cue1 = n.cue if n.cue else (n.start, n.start)
    first = min(cue0, n.source[0].start) if n.source and n.source[0].end else cue0
    for o in holders:
        if o is not n and n.end <= o.start <= first and cue1 <= o.end:
            return o
    return None
