"""An "according to" after an impersonal frame ("– Q, lyder det ifølge AFP.", "– Q, hedder det i en erklæring
ifølge Reuters.", "Det fremgår af en meddelelse ifølge to bureauer."): the preposition's record first takes
the frame's words as its content, which say nothing. It reports what the frame reports: its content becomes the
frame's, and the frame's record is relayed by it (via). When the frame's source is the preposition's own (the frame
names no other: "lyder det ifølge AFP"), the two are one record, the frame's.
One pass of `passes.PASSES`, before nesting."""
from __future__ import annotations

from enligt.analyze.records import Ctx, Draft, replaced, source_text
from enligt.analyze.via import media_name


def retarget_frame_citations(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts with each preposition record over a frame's words pointed at the frame's content."""
    drop: set[int] = set()
    changed: dict[int, Draft] = {}
    preps = [_prep_cue(ctx, d) for d in drafts]  # read once: each preposition record tries every draft as its frame
    if not any(preps):
        return drafts
    for k, p in enumerate(drafts):
        if not preps[k] or len(p.parts) != 1:
            continue
        f = next((j for j, d in enumerate(drafts) if j != k and j not in drop and not preps[j] and _frames(ctx, d, p)),
                 None)
        if f is None:
            continue
        frame = changed.get(f, drafts[f])
        if source_text(frame.source) == source_text(p.source):
            drop.add(k)  # "lyder det ifølge AFP": the frame's record already has AFP as its source
            continue
        relay = media_name(list(p.source), ctx.lex) or source_text(p.source)
        changed[k] = replaced(p, parts=frame.parts, direct=frame.direct, mixed=frame.mixed)
        if relay and relay not in frame.via:
            changed[f] = replaced(frame, via=(*frame.via, relay))
    return [changed.get(k, d) for k, d in enumerate(drafts) if k not in drop]


def _prep_cue(ctx: Ctx, d: Draft) -> bool:
    """Whether a draft's cue is an "according to" preposition ("ifølge", "enligt", "laut")."""
    words = (d.cue_text or "").lower().split()
    return bool(words) and bool(d.source) and any(
        phrase == tuple(words) for phrase, _ in ctx.lex.prep.get(words[0], ()))


def _frames(ctx: Ctx, f: Draft, p: Draft) -> bool:
    """Whether p's content is only f's frame: f's cue and source and, between or before them, expletives and
    prepositions ("Det fremgår af en udtalelse", "hedder det i en erklæring", "lyder det")."""
    if f.cue is None or f is p or not f.parts:
        return False  # (nor a preposition record: the caller tests that once a draft)
    a, b = p.parts[0]
    cue_a, cue_b = f.cue
    if not (a <= cue_a and cue_b <= b):
        return False
    inside = [(cue_a, cue_b)] + [(t.start, t.end) for t in f.source]
    if any(x < b and a < y for x, y in f.parts):
        return False  # the frame's content lies inside p's: p reports more than the frame
    for word_a, word_b in _words(ctx.text, a, b):
        low = ctx.text[word_a:word_b].lower()
        if not any(x <= word_a and word_b <= y for x, y in inside) \
                and low not in ctx.lex.expletives and low not in ctx.lex.prepositions:
            return False
    return True


def _words(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the words in text[a:b]."""
    out: list[tuple[int, int]] = []
    k = a
    while k < b:
        while k < b and not text[k].isalnum():
            k += 1
        start = k
        while k < b and (text[k].isalnum() or text[k] in "-'’"):
            k += 1
        if k > start:
            out.append((start, k))
    return out
