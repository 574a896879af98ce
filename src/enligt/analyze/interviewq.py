"""An interviewer's question paragraph (Swedish, Norwegian, Danish; evalnord43): "Många av de anställda är oroliga
för att ni ska lägga ner fabriken. Kommer ni att göra det?" followed by a dash answer ("– Nej, säger X.") is the
interviewer's framing of a question to the one addressed ("ni", "du"), no report of the people it names. A pass
(passes.PASSES) that drops the records read inside such a paragraph."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.records import Ctx, Draft
from enligt.lang import wordset

_WORDS: Final = re.compile(r"\w+")
DASHES: Final = frozenset("–—-")  # the marks that open a paragraph of speech on Nordic pages


def drop_interview_questions(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """The drafts with a cue whose paragraph ends in a question to someone addressed (`second_person.txt`) and is
    followed by a paragraph opening with a dash, dropped."""
    if not ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns:
        return drafts
    kept: list[Draft] = []
    asked: dict[int, bool] = {}
    for d in drafts:
        if d.cue is None or d.direct:
            kept.append(d)
            continue
        start = ctx.text.rfind("\n", 0, d.cue[0]) + 1
        if start not in asked:
            asked[start] = _asked(ctx, start)
        if not asked[start]:
            kept.append(d)
    return kept


def _asked(ctx: Ctx, start: int) -> bool:
    """Whether the paragraph from `start` is a question to someone addressed, answered by a dash paragraph after it."""
    end = ctx.text.find("\n", start)
    end = len(ctx.text) if end < 0 else end
    para = ctx.text[start:end].rstrip()
    if not para.endswith("?") or para.lstrip()[:1] in DASHES:
        return False  # (a dash paragraph is the speaker's own words)
    you = wordset(ctx.lang, "second_person")
    return any(w in you for w in _WORDS.findall(para.lower())) and dash_paragraph_follows(ctx.text, end)


def dash_paragraph_follows(text: str, end: int) -> bool:
    """Whether the paragraph after the one ending at `end` (past closing quotation marks and spaces) opens with a
    dash: the answer to a question that paragraph ends in."""
    rest = text[end:].lstrip(" ?»«”“\"„")
    return rest.startswith("\n") and rest.lstrip()[:1] in DASHES
