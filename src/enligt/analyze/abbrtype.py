"""A body's type from its abbreviation: the name the article spells out before "(ABBR)" types the abbreviation
alone ("the ASDMA" after "Assam State Disaster Management Authority (ASDMA)"), and an abbreviation the gazetteer
lists as an authority or a medium types the name it closes ("Danmarks Meteorologiske Institut (DMI)"). Split out
of resolve.py."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.sourcetype import bracketed_type
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_function_words


def abbreviation_type(ctx: Ctx, src: list[Tok]) -> str | None:
    """official or media for a source phrase an abbreviation types (see the module), else None."""
    if expanded := _expansion_type(ctx, src[-1].text):
        return expanded
    m = _BRACKETED.match(ctx.text, src[-1].end)
    return bracketed_type(m[1], ctx.lang) if m else None


_BRACKETED: Final = re.compile(r" ?\((\w+)\)")  # an abbreviation in brackets right after a source
EXPANSION_WORDS: Final = 8  # words of a name read before its bracketed abbreviation
LOWER_NAME_WORDS: Final = 3  # lower-case words closing a Nordic body's name before its abbreviation ("for energi")


def _expansion_type(ctx: Ctx, word: str) -> str | None:
    """The type of the body an abbreviation stands for, where the article spells it out before the brackets
    ("Assam State Disaster Management Authority (ASDMA)" -> official): the last typed word of the capitalised
    name, when it is a body's (official, media); else None."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return None
    at = ctx.text.find(f"({word})")
    if at < 0:
        return None
    before = ctx.text[max(0, at - 120):at].split()[-EXPANSION_WORDS:]
    k = len(before)
    if not ctx.lex.profile.capitalised_nouns:  # "Tilsynet for energi (TFE)": a Nordic name capitalises its first word
        k = next((m for m in range(k - 1, max(0, k - 1 - LOWER_NAME_WORDS), -1) if before[m][:1].isupper()
                  and all(w.isalpha() and w.islower() for w in before[m + 1:])), k - 1) + 1
    while k > 0 and (before[k - 1][:1].isupper() or (
            k > 1 and before[k - 1] in all_function_words("body_name_glue") and before[k - 2][:1].isupper())):
        k -= 1  # "Office for National Statistics": back over the capitalised words and their glue
    typ = next((t for w in reversed(before[k:]) if (t := word_type(w.lower().strip(",.;:"), ctx.lang))), None)
    return typ if typ in ("official", "media") else None
