"""A speaker's own view inside their quotation ("– Vi er godt i gang. Det synes jeg også, at …", "– Ej, der tror
jeg, vi …"): a verb of opinion (`own_view_verb`: "synes", "tror", "mener") with a first-person subject
(`own_view_subject`: "jeg", "vi") before it or right after it is the quoted speaker's hedge, part of the quotation,
no claim of its own; passes.drop_echoed_beliefs drops it where it lies inside a quotation's record. A language that
lists no such verbs keeps them."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft
from enligt.lang import function_words

_WORD: Final = re.compile(r"\w+")


def own_view(ctx: Ctx, d: Draft) -> bool:
    """Whether the record's cue is a verb of opinion whose subject is the first person: its source ("jeg synes") or
    the word right after the cue in V2 order ("Det synes jeg", "der tror jeg")."""
    words = (d.cue_text or "").lower().split()
    if d.cue is None or not words or words[0] not in function_words(ctx.lang, "own_view_verb"):
        return False
    people = function_words(ctx.lang, "own_view_subject")
    if d.source and d.source[0].low in people and len(d.source) == 1:
        return True
    after = _WORD.match(ctx.text, d.cue[1] + 1) if d.cue[1] < len(ctx.text) and ctx.text[d.cue[1]] == " " else None
    return after is not None and after.group(0).lower() in people


__all__ = ["own_view"]
