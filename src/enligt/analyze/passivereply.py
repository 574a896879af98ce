"""An agentless periphrastic passive of a reporting verb of class `reply` with the expletive and a clause:
"Søndag ble det rapportert at C", "Det har vært varslet at C", "Det ble meddelt at C". Speech participles
("opplyst", "meldt") take the passive in any shape (`shapes.passive`); a reply participle without the expletive
or without a clause is a notification ("Familien er varslet om brannen": the family was told), no report."""
from __future__ import annotations

from enligt.analyze.phrases import seg_start
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def reply_report(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int, e: int) -> bool:
    """Whether a reply-class participle after a passive auxiliary reports a clause with no speaker: its clause
    opens right after it with a complementizer of `reply_passive_that` (function_words.tsv; sv, no) and the
    expletive stands before it in its clause ("ble det", "Det ble", "har det vært")."""
    that = function_words(ctx.lang, "reply_passive_that")
    a = i + n + (1 if i + n < e and toks[i + n].text == "," else 0)
    if not that or a >= e or toks[a].low not in that:
        return False
    return any(toks[k].low in ctx.lex.expletives for k in range(seg_start(toks, s, i), i))
