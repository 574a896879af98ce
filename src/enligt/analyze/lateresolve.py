"""Records settled once every continuation has its speaker (split out of continuing.py): a quote headline that
only a tagless body quote repeats, and sourceless hearsay inside a tagless quote (via that quote's speaker)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Final

from enligt.analyze.records import Ctx, Draft, replaced

HEADLINE_SHARE: Final = 0.5  # share of a quote headline's words a tagless body quote must hold to be the one it repeats


def _name(d: Draft) -> str:
    """The name a record's speaker goes by (as continuing.speaker_name)."""
    return d.name or d.source_text() or ""


def relayed_hearsay(out: list[Draft]) -> list[Draft]:
    """Sourceless hearsay inside a tagless quote now given its speaker ("„…, wo X gewesen sein soll.“"): via that
    speaker, as inside a tagged quote (passes.merge_hearsay)."""
    quotes = sorted((d for d in out if d.continuation and d.direct and d.source and not d.in_title),
                    key=lambda d: d.start)
    if not quotes:
        return out
    starts = [q.start for q in quotes]
    result: list[Draft] = []
    for h in out:
        if h.hearsay and not h.source and not h.via and h.cue is not None \
                and (k := bisect_right(starts, h.cue[0]) - 1) >= 0 and h.cue[0] < quotes[k].end:
            h = replaced(h, via=(_name(quotes[k]),))
        result.append(h)
    return result


def late_headline(ctx: Ctx, d: Draft, out: list[Draft]) -> Draft | None:
    """A quote headline that only a tagless body quote repeats ("Skade: Vi havde plan B klar" and "– Vi havde en plan
    A og en plan B, …" going on a coach's words): that quote's speaker as resolved, else None (dropped)."""
    words = set(ctx.text[d.start:d.end].lower().split())
    best, score = None, HEADLINE_SHARE
    for p in out:
        if p.in_title or not p.direct or not p.source or not p.continuation:
            continue
        overlap = len(words & set(" ".join(ctx.text[a:b] for a, b in p.parts).lower().split())) / max(1, len(words))
        if overlap > score:
            best, score = p, overlap
    if best is None:
        return None
    return replaced(d, source=best.source, name=_name(best), type=best.type, cue=None, cue_text=None)
