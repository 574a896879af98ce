"""A recipient between a cue and its clause in a V2 language ("Rektor meddelte forældrene, at C"; "Hon
berättade för grannarna" aside): when the subject stands before the cue, the short noun phrase after it is the
one told, not an inverted subject, so the claim starts after the complementizer; rules.py asks."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import is_finite_verb
from enligt.analyze.fronting import fronted
from enligt.analyze.phrases import seg_start
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

RECIPIENT_WORDS: Final = 3  # the longest recipient read ("de andre partier", "alle beboerne")


def past_recipient(ctx: Ctx, toks: list[Tok], s: int, i: int, a: int, e: int) -> int:
    """Where the claim starts after a recipient at toks[a] that a cue at toks[i] (its subject before it) takes
    before its complementizer: past the complementizer; else a. The recipient's words are lower-case and none is
    a verb, a preposition, an adverb or a complementizer ("oplyser også, at", "siger i dag at": no recipient)."""
    lex = ctx.lex
    if not lex.profile.v2 and toks[i].low in function_words(ctx.lang, "recipient_cue"):
        return _told_before_that(ctx, toks, a, e)
    if not lex.profile.v2 or lex.profile.capitalised_nouns or i <= s or toks[i - 1].text == ",":
        return a
    b = seg_start(toks, s, i)
    if b >= i or fronted(ctx, toks, b, i):
        return a  # "I går meddelte politiet, at C": the subject after the cue
    k = a
    while k < e and k - a < RECIPIENT_WORDS and _recipient_word(ctx, toks[k]):
        k += 1
    if k == a or k >= e:
        return a
    k += toks[k].text == "," and lex.profile.comma_before_complementizer
    return k + 1 if k < e - 1 and toks[k].low in lex.complementizers else a


def _recipient_word(ctx: Ctx, t: Tok) -> bool:
    lex = ctx.lex
    return t.is_word and not t.upper and t.low not in lex.complementizers and t.low not in lex.prepositions \
        and lex.fronted.get(t.low) != "adv" and t.low not in lex.subordinators and not is_finite_verb(t, lex)


def _told_before_that(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """English: past the one warned, promised or assured at toks[a] and its "that" ("warned residents that C",
    "promised voters that C"): a short noun phrase with no verb, preposition or comma; else a."""
    lex = ctx.lex
    k = a
    while k < e and k - a < RECIPIENT_WORDS_EN and toks[k].is_word and toks[k].low not in lex.complementizers \
            and toks[k].low not in lex.prepositions and toks[k].low not in lex.subordinators \
            and not is_finite_verb(toks[k], lex):
        k += 1
    return k + 1 if a < k < e - 1 and toks[k].low in lex.complementizers else a


RECIPIENT_WORDS_EN: Final = 4  # the longest recipient read ("the people of Ohio" stops at "of": "its own members")
