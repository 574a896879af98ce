"""The vias a record has of its own as `passes.nest` starts: a medium told to a cue coordinated after another
("confirmed it to Reuters and said C"), and the page's own outlet inferred from the media it interviewed."""
from __future__ import annotations

from enligt.analyze.records import Ctx, Draft
from enligt.analyze.via import ViaContext, coordinated_told, told_own


def own_vias(ctx: Ctx, ordered: list[Draft]) -> tuple[list[tuple[str, ...]], ViaContext]:
    """Each record's own vias (records in text order) and the via context with any inferred own outlet."""
    vias = coordinated_told(ctx.text, ctx.lang, [(d.source[0].start if d.source and d.source[0].end else -1,
                                                  *(d.cue or (-1, -1)), d.via) for d in ordered])
    reporters = frozenset(w.lower() for d in ordered for w in (d.name, d.source_text()) if w)
    told = [(d.cue[0] if d.cue else d.start, d.via) for d in ordered]
    return vias, told_own(ctx.via, told, reporters, ctx.text)
