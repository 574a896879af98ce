"""An agentless periphrastic passive of a reporting verb of class `reply` with the expletive and a clause:
"Søndag ble det rapportert at C", "Det har vært varslet at C", "Det ble meddelt at C". Speech participles
("opplyst", "meldt") take the passive in any shape (`shapes.passive`); a reply participle without the expletive
or without a clause is a notification ("Familien er varslet om brannen": the family was told), no report."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import seg_start, time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, wordset


def reply_report(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int, e: int) -> bool:
    """Whether a reply-class participle after a passive auxiliary reports a clause with no speaker: its clause
    opens right after it with a complementizer of `reply_passive_that` (function_words.tsv; sv, no) and the
    expletive stands before it in its clause ("ble det", "Det ble", "har det vært")."""
    that = function_words(ctx.lang, "reply_passive_that")
    a = i + n + (1 if i + n < e and toks[i + n].text == "," else 0)
    if not that or a >= e or toks[a].low not in that:
        return False
    formal = function_words(ctx.lang, "passive_expletive")  # Danish "der" ("bliver der peget på, at C")
    return any(toks[k].low in ctx.lex.expletives or toks[k].low in formal for k in range(seg_start(toks, s, i), i))


def aux_cue(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int) -> tuple[tuple[int, int], str] | None:
    """The cue of an agentless passive report widened to its auxiliaries, with the formal subject or pronoun between
    them and the participle and without adverbs ("bliver der (videre) peget på", "var blevet fortalt", "blev de
    beskrevet"), where the language writes the passive's cue so (`passive_cue_aux`: Danish); else None."""
    if not function_words(ctx.lang, "passive_cue_aux"):
        return None
    aux = function_words(ctx.lang, "passive_aux") | function_words(ctx.lang, "perfect_have")  # ("har været oplyst")
    formal = function_words(ctx.lang, "passive_expletive")
    first = None
    for k in range(i - 1, max(seg_start(toks, s, i), i - AUX_REACH) - 1, -1):
        if not toks[k].is_word:
            break
        if toks[k].low in aux:
            first = k  # the first of a chain ("var blevet fortalt")
    if first is None:
        return None
    kept = [t for t in toks[first:i] if t.low in aux or t.low in formal or t.low in ctx.lex.expletives
            or ctx.lex.pronouns.get(t.low) is not None]
    words = [*(t.text for t in kept), *(t.text for t in toks[i:i + n])]
    return (toks[first].start, toks[i + n - 1].end), " ".join(words)


AUX_REACH: Final = 4  # words read back from a passive participle for its auxiliaries ("bliver der videre peget på")


def future_report(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether an agentless passive report is one still to be made: the infinitive of its auxiliary after a modal of
    the future, the expletive perhaps between (`future_passive` then `future_modal`, function_words.tsv: Norwegian
    "vil det bli meldt at C", "skal bli opplyst"): nothing is reported yet."""
    infinitive = function_words(ctx.lang, "future_passive")
    if not infinitive:
        return False
    modal = function_words(ctx.lang, "future_modal")
    for k in range(i - 1, max(seg_start(toks, s, i), i - AUX_REACH) - 1, -1):
        if not toks[k].is_word:
            return False
        if toks[k].low in infinitive:
            return any(t.low in modal for t in toks[max(seg_start(toks, s, i), k - FUTURE_REACH):k])
    return False


FUTURE_REACH: Final = 3  # words between the modal and the infinitive ("vil det bli", "kommer til å bli")


def clock_word(ctx: Ctx, t: Tok) -> bool:
    """A time or a clock's label after a passive report ("Brannen ble meldt klokka 9.12", "kl. 3", "søndag"): when
    the event was reported, no state it left (not "Ti ble meldt savnet")."""
    return t.low in wordset(ctx.lang, "number_labels") or time_word(t.low, ctx.lex.times)
