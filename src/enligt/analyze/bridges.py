"""German: a sentence in Konjunktiv II (or a weak preterite plural, which looks the same: "stammten") right after
reported speech, with no record of its own, goes on with the report when the sentence after it continues it in
Konjunktiv I ("Er habe X. Elf davon stammten aus Y. Am Montag habe Z."). A split of reader.py."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import wordset

BRIDGE_REACH: Final = 4  # tokens at a sentence's start that may hold its Konjunktiv II verb
PRETERITE_PLURAL: Final = "ten"  # "stammten", "meldeten": indicative preterite and Konjunktiv II alike


def bridge(ctx: Ctx, toks: list[Tok], s: int, e: int) -> Draft | None:
    """A tentative continuation (cue null) of toks[s:e] when its finite verb, among its first words, is a
    Konjunktiv II form (`konjunktiv2.txt`) or a weak preterite plural; the reader keeps it only when the next
    sentence continues the report in Konjunktiv I."""
    forms = wordset(ctx.lang, "konjunktiv2")
    if not forms:
        return None
    lex = ctx.lex
    for k in range(s + 1, min(e, s + BRIDGE_REACH)):
        t = toks[k]
        if not t.is_word:
            return None
        if t.upper or t.low in lex.determiners or t.low in lex.prepositions:
            continue
        if toks[k - 1].low in lex.determiners or toks[k - 1].low in lex.prepositions or (
                k + 1 < e and toks[k + 1].upper and toks[k + 1].is_word):
            continue  # an adjective before its noun: "Nach dem ersten bestätigten Fall"
        if t.low in forms or (t.low.endswith(PRETERITE_PLURAL) and len(t.low) > len(PRETERITE_PLURAL) + 2):
            c = span(ctx, toks, s, e)
            return Draft((c,), None, None, continuation=True) if c else None
    return None
