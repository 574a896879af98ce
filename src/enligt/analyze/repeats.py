"""A record that repeats an earlier one word for word (the same source, cue and content): a page that prints a
paragraph twice (a teaser over the article, a lead repeated as its first paragraph) reports the claim once. And a
record with no cue whose words another record's cue reports ("A sei B. Dies sagte X.", read first as going on from
the subject of the sentence before): that record, with its cue, is the claim's."""
from __future__ import annotations

from enligt.analyze.records import Ctx, Draft
from enligt.lang import function_words


def drop_repeated(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts without those whose source, cue and content repeat an earlier draft's words, and without those
    with no cue whose content a cued draft reports."""
    seen: set[tuple[str, ...]] = set()
    cued = {d.parts for d in drafts if d.cue is not None and d.source}
    out: list[Draft] = []
    for d in drafts:
        key = (" ".join(t.text for t in d.source), _cue_key(ctx, d.cue_text or ""), *(ctx.text[a:b] for a, b in d.parts))
        if key in seen and (d.source or d.cue_text) or d.cue is None and not d.direct and d.parts in cued:
            continue  # (a sourceless hearsay claim printed twice too: "C soll …")
        seen.add(key)
        out.append(d)
    return out


def _cue_key(ctx: Ctx, cue: str) -> str:
    """The cue as reported, without a modal opening a two-word cue (`cue_modal`, as attribution._cue_out drops it):
    "kunne avisen melde" read as "kunne melde" and as "melde" repeats one record (Nynorsk "melde" is a past too)."""
    words = cue.split(" ")
    return words[1] if len(words) == 2 and words[0].lower() in function_words(ctx.lang, "cue_modal") else cue
