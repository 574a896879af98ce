"""The vias a record has of its own as `passes.nest` starts: a medium told to a cue coordinated after another
("confirmed it to Reuters and said C"); and a report inside a quotation cut at the quotation's end, before its tag, so that it nests."""
from __future__ import annotations

from typing import Final

from enligt.analyze.continuing import speaker_name
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.via import ViaContext, listed_title, media_name
from enligt.analyze.viachain import coordinated_told
from enligt.analyze.wordtypes import word_type


def own_vias(ctx: Ctx, ordered: list[Draft]) -> tuple[list[tuple[str, ...]], ViaContext]:
    """Each record's own vias (records in text order) and the via context. A page that shows no outlet of its own
    keeps every medium told as a via, however often it is told ("sier X til VG" … "sa Y til VG"): a site retelling
    VG's interviews writes the same words as VG, and the convention drops the own outlet only where the page shows
    which it is (`via.context`; the structurer takes a medium told for the outlet only when a line outside the
    running text names it too, `structure.text._told_outlet`)."""
    vias = coordinated_told(ctx.text, ctx.lang, [(d.source[0].start if d.source and d.source[0].end else -1,
                                                  *(d.cue or (-1, -1)), d.via) for d in ordered])
    return vias, ctx.via


def cut_at_tag(drafts: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """`drafts` as given and in text order, a report in the last sentence of a quotation ("– S1. Mannskapet informerte
    oss om at C, opplyste X.") cut where the quotation ends: its content ran on over the quotation's tag
    (", opplyste X"), read as a sentence of its own, and so was no part of X's words (no via X)."""
    ordered = sorted(drafts, key=lambda d: d.start)
    cut: dict[int, Draft] = {}
    for i, n in enumerate(ordered):
        if n.cue is None or n.direct or len(n.parts) != 1:
            continue
        for o in ordered[max(0, i - TAG_NEAR):i]:
            if o.direct and o.cue and o.start < n.cue[0] < o.end <= o.cue[0] < n.end \
                    and o.cue[0] - o.end <= TAG_GAP and o.end > n.start:
                cut[id(n)] = ordered[i] = replaced(n, parts=((n.start, o.end),))
                break
    return ([cut.get(id(d), d) for d in drafts] if cut else drafts), ordered


TAG_NEAR: Final = 4  # records before a report searched for the quotation around it
TAG_GAP: Final = 4  # characters between a quotation's end and its tag's cue (", " or ",« ")


def relay_name(ctx: Ctx, outer: Draft) -> str:
    """The name an outer record's speaker goes by as the via of a claim nested in it: a news medium by its name
    alone, without its description ("Die französische Nachrichtenagentur AFP" -> AFP, "Xinhua news agency" ->
    Xinhua), as a medium told is named; any other speaker as `speaker_name` gives it."""
    if outer.type == "media" and outer.source and (named := media_name(list(outer.source), ctx.lex)):
        if outer.name and " " not in named and word_type(named.lower(), ctx.lang) == "media":
            return outer.name  # "Avisen hevder …" after "Varden melder": the paper named, not its kind
        return listed_title(named, ctx.lex)
    return speaker_name(outer)

