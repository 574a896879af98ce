"""A record that repeats an earlier one word for word (the same source, cue and content): a page that prints a
paragraph twice (a teaser over the article, a lead repeated as its first paragraph) reports the claim once. And a
record with no cue whose words another record's cue reports ("A sei B. Dies sagte X.", read first as going on from
the subject of the sentence before): that record, with its cue, is the claim's."""
from __future__ import annotations

from enligt.analyze.records import Ctx, Draft


def drop_repeated(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose source, cue and content repeat an earlier draft's words, and without those
    with no cue whose content a cued draft reports."""
    seen: set[tuple[str, ...]] = set()
    cued = {d.parts for d in drafts if d.cue is not None and d.source}
    out: list[Draft] = []
    for d in drafts:
        key = (" ".join(t.text for t in d.source), d.cue_text or "", *(ctx.text[a:b] for a, b in d.parts))
        if key in seen and (d.source or d.cue_text) or d.cue is None and not d.direct and d.parts in cued:
            continue  # (a sourceless hearsay claim printed twice too: "C soll …")
        seen.add(key)
        out.append(d)
    return out
