"""Where a content reported inside a relative clause stops (split out of sourcefirst.py).

"Lee, who announced A on Monday, plans to …": the content ends at the comma after which the main clause's
verb comes: a finite verb, a verb before its object ("cast himself as"), or an English past form in -ed
("The treasurer, who said the books were clean, resigned."). sourcefirst.py calls `relative_end`.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.mainclause import main_verb
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def relative_end(ctx: Ctx, toks: list[Tok], a: int, stop: int) -> int:
    """End of a content inside a relative clause: the comma after which the main clause's verb comes."""
    lex = ctx.lex
    for k in range(a + 1, stop - 1):
        if toks[k].text == "," and toks[k + 1].is_word and (is_finite_verb(toks[k + 1], lex) or main_verb(
                lex, toks[k + 1]) or _verb_before_object(lex, toks, k + 1, stop) or _past_main(lex, toks, k + 1, stop)) \
                and toks[k + 1].low not in lex.complementizers:
            return k  # "Lee, who announced A on Monday, plans to …", "…, cast himself as …"
    return stop


def _past_main(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """English: a lower-case past form in -ed at toks[k] before the sentence's end, a comma, a preposition other than
    "by" or a determiner ("The mayor, who said A, resigned.", "…, died at the scene"): the main clause's verb after a
    relative clause between commas (not a participle with its agent: ", backed by the council,")."""
    t = toks[k]
    if lex.profile.v2 or t.upper or len(t.low) <= PAST_MIN or not t.low.endswith("ed") or t.low in lex.speech:
        return False
    nxt = toks[k + 1] if k + 1 < e else None
    return nxt is None or not nxt.is_word or nxt.low in lex.determiners \
        or nxt.low in lex.prepositions and nxt.low not in function_words(lex.lang, "agent")


PAST_MIN: Final = 3  # letters of a past form in -ed read as a main verb ("died", not "led")


def _verb_before_object(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A lower-case word before a determiner, an object or reflexive pronoun or an infinitive marker ("plans to",
    "cast himself", "won the"): the main clause's verb after a relative clause between commas."""
    t = toks[k]
    if k + 1 >= e or t.upper or not t.is_word or t.low in lex.determiners or t.low in lex.prepositions \
            or t.low in lex.coordinators or t.low in lex.sentence_adverbs or t.low in lex.pronouns:
        return False
    nxt = toks[k + 1].low
    return nxt in lex.determiners or nxt in lex.object_pronouns or nxt in lex.infinitive_markers \
        or nxt in function_words(lex.lang, "reflexive_object")
