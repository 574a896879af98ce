"""German charges named by a noun in the passive, with no speaker: "Dem Mann wird schwerer Betrug vorgeworfen",
"Den beiden werden Mord und versuchter Totschlag vorgeworfen" (issue 10, evalen43; an accusation with a noun
complement counts, as "nekar till brott" does). The charge between the passive auxiliary and the participle is the
content, the auxiliary and the participle the cue; a dative right after the auxiliary (the accused: "wird dem Mann
Betrug vorgeworfen") is no part of it. rules.py asks here for a `dative_object` participle after
`v2clauses.passive_charge`, which reads the charge's clause ("wird vorgeworfen, C").
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

CHARGE_REACH: Final = 14  # tokens between the auxiliary and the participle ("werden Mord und versuchter Totschlag in …")


def charge_named(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2) -> Draft | None:
    """The charge named between a passive auxiliary and the participle at toks[i], when the participle closes its
    clause; else None."""
    if i + n < e and toks[i + n].is_word:
        return None  # ("wird vorgeworfen, C", "vorgeworfen worden"): a clause or a perfect, not this shape
    aux = function_words(ctx.lang, "passive_werden")
    k = next((k for k in range(i - 1, max(s - 1, i - CHARGE_REACH), -1) if toks[k].low in aux or not toks[k].is_word),
             None)
    if k is None or toks[k].low not in aux or k == s:
        return None
    a = k + 1
    if a < i and (toks[a].low in function_words(ctx.lang, "dative_pronoun")
                  or toks[a].low in ctx.lex.dative_definite):
        a = np_end(ctx, toks, a, i)  # "wird dem Mann Betrug vorgeworfen": the accused, then the charge
    c = span(ctx, toks, a, i) if a < i else None
    return Draft((c,), (toks[k].start, cue[1]), f"{toks[k].text} {toks[i].text}") if c else None
