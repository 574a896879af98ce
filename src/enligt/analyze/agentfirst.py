"""German passive reports whose agent stands before the participle and whose subject points back at the sentence
before: "Dies wurde am Abend von einem Sprecher der Stadt bestätigt." gives source "einem Sprecher der Stadt" and
the sentence before as content (the V2 languages that put the agent after the participle: shapes.agent_back).
Function words: `back_subject` (the pronoun opening such a sentence), `passive_werden` (its auxiliary),
`agent_first` (the preposition of the agent), `passive_after` (a "worden" after the participle)."""
from __future__ import annotations

from enligt.analyze.phrases import np_end, only_punct
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def agent_before(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> tuple[Tok, ...]:
    """The agent of "Dies wurde (…) von X (…) bestätigt.", or () when the sentence has another shape."""
    lang = ctx.lang
    if i - s < 4 or toks[s].low not in function_words(lang, "back_subject") \
            or toks[s + 1].low not in function_words(lang, "passive_werden"):
        return ()
    a = i + n + (1 if i + n < e and toks[i + n].low in function_words(lang, "passive_after") else 0)
    if not only_punct(toks, a, e):
        return ()  # "Das wurde von X bestätigt, C": a clause after it is its own claim
    k = next((m for m in range(s + 2, i) if toks[m].low in function_words(lang, "agent_first")), None)
    if k is None or any(not t.is_word or t.low in ctx.lex.complementizers for t in toks[s + 2:i]):
        return ()
    j = np_end(ctx, toks, k + 1, i, ctx.lex.closed.tag_stop - ctx.lex.genitive_article)  # "der Stadt": a genitive
    return tuple(toks[k + 1:j]) if j > k + 1 else ()
