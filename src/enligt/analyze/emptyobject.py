"""An indefinite pronoun as all a speech cue reports ("He said something to the referee", "She said nothing",
"never says anything about it"): no words reported, only that there were (some) (`empty_object` in
function_words.tsv; a clause after it still reports: "said something was wrong"). rules.py asks it beside
cueobject.news_object."""
from __future__ import annotations

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def empty_object(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the object at toks[a] is an `empty_object` pronoun followed by the sentence's end, punctuation, a
    preposition or an adverb in -ly, not a verb of its own clause."""
    if a >= e or toks[a].low not in function_words(ctx.lang, "empty_object"):
        return False
    if a + 1 >= e:
        return True
    nxt = toks[a + 1]
    return not nxt.is_word or nxt.low in ctx.lex.prepositions or nxt.low.endswith("ly")
