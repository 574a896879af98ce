"""Where a title's reported claim ends: a headline often joins two statements with a colon or a spaced
dash ("Kommunen varnar för giftig svamp – hittade flera i parken", "Forskere siger kaffe er sundt: Nu vil
flere drikke det"). When a verb cue opens the claim, the claim is the first statement only; the second
is the headline's own. A title read as "X: claim" (cue ":") and a quotation keep their content.
"""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft, replaced

# a colon before a word, or a dash with a space on either side: where a headline's second statement starts
_JOINT: Final = re.compile(r":\s+(?=\S)|\s+[–—-]\s+")


def cut_title_tail(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """Title records whose content runs past a colon or a spaced dash end before it (see the module)."""
    return [_cut(ctx.text, d) if d.in_title else d for d in drafts]


def _cut(text: str, d: Draft) -> Draft:
    if d.direct or d.cue is None or d.cue_text == ":" or len(d.parts) != 1 or d.cue[1] > d.start:
        return d
    a, b = d.parts[0]
    m = _JOINT.search(text, a, b)
    if m is None or m.start() <= a:
        return d
    end = m.start()
    while end > a and text[end - 1] in " ,":
        end -= 1
    return replaced(d, parts=((a, end),)) if end > a else d


__all__ = ["cut_title_tail"]
