"""A dash quotation closed by the paragraph below it: "– A." + "B, siger X." The quotation runs on into a
paragraph the page prints without its dash, and that paragraph's tag names who spoke both (Nordic pages: a
verb-second language whose nouns are not all capitalised). `continuing.continuations` asks this before it looks
back for an earlier speaker, who would otherwise take the paragraph."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft


def tag_below(ctx: Ctx, d: Draft, ordered: list[Draft], i: int) -> Draft | None:
    """The record of the paragraph right below the tagless dash quote d when that paragraph is one undashed
    quotation closed by a person's tag ("B, siger X.", "B1. B2, siger X."): no dash or quotation mark opens that
    paragraph and the record's cue follows its content; else None."""
    if not d.direct or d.in_title or not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return None
    nxt = next((o for o in ordered[i + 1:i + 1 + NEAR_BELOW] if o.start >= d.end), None)
    if nxt is None or nxt.block != d.block + 1 or nxt.direct or nxt.continuation or nxt.hearsay or nxt.via \
            or nxt.cue is None or not nxt.source or nxt.type != "person" or nxt.in_title:
        return None
    opens = ctx.text.rfind("\n", 0, nxt.start) + 1
    if ctx.text[opens:opens + 1] in _OPENERS or nxt.cue[0] < nxt.end:
        return None  # a quotation of its own, or a record whose tag does not follow its content
    closes = ctx.text.find("\n", nxt.cue[1])
    tail = ctx.text[nxt.cue[1]:closes if closes >= 0 else len(ctx.text)]
    return None if _SENTENCE_ON.search(tail) else nxt  # (the tag closes the paragraph: "…, siger X. Hun …" goes on)


_SENTENCE_ON: Final = re.compile(r"[.!?]\s+[A-ZÆØÅÄÖ]")  # a sentence after the tag
_OPENERS: Final = frozenset("–—-»«\"“”„")  # marks opening a quotation paragraph of its own


NEAR_BELOW: Final = 6  # records after the quotation read for the paragraph below it
