"""Two coordinated cues of one clause (Swedish, Norwegian, Danish; evalnord43): "X hoppas och tror att C", "X tror
og håper at C" give one record whose cue is both verbs and the coordinator ("hoppas och tror"), not one record a verb
with the same source and claim. A pass (passes.PASSES)."""
from __future__ import annotations

from itertools import pairwise

from enligt.analyze.records import Ctx, Draft, replaced
from enligt.lang import function_words


def join_coordinated_cues(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """Of two drafts with the same parts and source whose cues stand apart by one coordinator ("och", "og"), one draft
    whose cue runs from the first verb to the second."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns or len(drafts) < 2:
        return drafts
    ands = function_words(ctx.lang, "and")
    by_parts: dict[tuple[tuple[int, int], ...], list[Draft]] = {}
    for d in drafts:
        if d.cue is not None and d.parts and not d.direct:
            by_parts.setdefault(d.parts, []).append(d)
    drop: set[int] = set()
    joined: dict[int, Draft] = {}
    for group in by_parts.values():
        group.sort(key=lambda d: d.cue[0] if d.cue else 0)
        for a, b in pairwise(group):
            if a.cue is None or b.cue is None or id(a) in drop or _source(a) != _source(b):
                continue
            between = ctx.text[a.cue[1]:b.cue[0]].strip().lower()
            if between in ands:
                joined[id(a)] = replaced(a, cue=(a.cue[0], b.cue[1]), cue_text=ctx.text[a.cue[0]:b.cue[1]])
                drop.add(id(b))
    return [joined.get(id(d), d) for d in drafts if id(d) not in drop]


def _source(d: Draft) -> tuple[int, int] | None:
    return (d.source[0].start, d.source[-1].end) if d.source else None
