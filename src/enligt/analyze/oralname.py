"""A one-word name that says its words is a person, not a body ("…, sagte Huber"): read by resolve.py when a name
no list types would otherwise be an organisation."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def says_own_words(ctx: Ctx, d: Draft, t: Tok) -> bool:
    """Whether a one-word name says its words (`oral_verb`: "…, sagte Huber") and is no body's name: not an acronym,
    never written after a preposition ("driftssjef Kari Moe i Fjordnett": an employer)."""
    if (d.cue_text or "").lower() not in function_words(ctx.lang, "oral_verb") or t.text.isupper():
        return False
    return not _after_preposition(ctx.text, t.text, ctx.lex.prepositions)


def _after_preposition(text: str, name: str, prepositions: frozenset[str]) -> bool:
    """Whether `name`, as a whole word, stands anywhere in `text` right after a preposition and white space ("i
    Fjordnett"). The name is found by plain search and only the word before each hit is read, so the cost is one
    pass over the text (a pattern opening on a word would try every position of every word)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            before = _WORD_BEFORE.search(text, max(0, at - WORD_BEFORE_CHARS), at)
            if before is not None and before.group(1).lower() in prepositions:
                return True
        at = text.find(name, at + 1)
    return False


_WORD_BEFORE: Final = re.compile(r"(?<!\w)(\w+)\s+\Z")  # the last word of a slice and the white space after it
WORD_BEFORE_CHARS: Final = 40  # how far back the word before a name is looked for
