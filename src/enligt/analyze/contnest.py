"""Claims inside a continuation: a reported claim in a tagless quote paragraph that continues a speaker's quotation
("– … Men KU menar nu att C …", the speaker named in the paragraph before) nests in that speaker's words, as it would
in a tagged quotation (`passes.nest`). The continuation records are made after `nest` runs (`continuations`), so
this pass gives such claims the continuation's speaker as via, then the speaker's own vias."""
from __future__ import annotations

from enligt.analyze.continuing import speaker_name
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.via import keep


def nest_in_continuations(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """`drafts` with each sourced record that has no via, and whose content and cue lie inside a continuation
    record's content, given the continuation's speaker (and its vias) as via."""
    holders = [d for d in drafts if d.continuation and d.source]
    if not holders:
        return drafts
    out: list[Draft] = []
    for n in drafts:
        o = None if n.continuation or n.via or not n.cue or not (n.source or _passive_report(ctx, n)) \
            else _holder(holders, n)
        if o is None:
            out.append(n)
            continue
        name = speaker_name(o)
        if name.lower() in (speaker_name(n).lower(), (n.source_text() or "").lower()):
            out.append(n)  # the speaker's own words about themself
            continue
        chain = [name, *o.via]
        out.append(replaced(n, via=tuple(dict.fromkeys(v for v in chain if v and keep(v, ctx.via)))))
    return out


def _passive_report(ctx: Ctx, n: Draft) -> bool:
    """A sourceless report that is no hearsay marker ("I've been told C", "it is reported that C") in a language
    without verb-second order: as in a tagged quotation (`passes.nest`), the speaker quoted relays it."""
    return not ctx.lex.profile.v2 and not n.source and not n.hearsay and not n.direct


def _holder(holders: list[Draft], n: Draft) -> Draft | None:
    """The smallest continuation record whose content holds n's content and cue, else None."""
    cue0 = n.cue[0] if n.cue else n.start
    found = [o for o in holders if o is not n and o.start <= min(n.start, cue0) and n.end <= o.end]
    return min(found, key=lambda o: o.end - o.start) if found else None
