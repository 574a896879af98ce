"""A record that repeats an earlier one word for word (the same source, cue and content): a page that prints a
paragraph twice (a teaser over the article, a lead repeated as its first paragraph) reports the claim once."""
from __future__ import annotations

from enligt.analyze.records import Ctx, Draft


def drop_repeated(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose source, cue and content repeat an earlier draft's words."""
    seen: set[tuple[str, ...]] = set()
    out: list[Draft] = []
    for d in drafts:
        key = (" ".join(t.text for t in d.source), d.cue_text or "", *(ctx.text[a:b] for a, b in d.parts))
        if key in seen and (d.source or d.cue_text):  # (a sourceless hearsay claim printed twice too: "C soll …")
            continue
        seen.add(key)
        out.append(d)
    return out
