"""A company's published result as the object of "reported" (`result_cue` in function_words.tsv): "The firm reported a
net loss of $4 million", "reported record quarterly sales", "reported its first profit": the figures a company files,
a publication event, no words reported (result_nouns.txt heads the object, or a loss with its figure,
`result_figure_noun`; not "reported that C", "reported a rise in cases", "reported heavy losses among the rebels"). rules.py asks it beside cueobject.news_object."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import is_finite_verb
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, wordset

RESULT_REACH: Final = 5  # words of the object before its head noun ("its first full-year net profit")
_FIGURE_MARKS: Final = frozenset("$£€¥")


def reported_result(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """Whether the cue at toks[i] is a verb of `result_cue` and a word of `result_nouns` heads the object opening at
    toks[a]: before it only an opener, figures, and lower-case modifiers (no preposition, complementizer, pronoun
    subject or finite verb)."""
    if a >= e or toks[i].low not in function_words(ctx.lang, "result_cue"):
        return False
    lex, nouns, figure_nouns = ctx.lex, wordset(ctx.lang, "result_nouns"), function_words(ctx.lang, "result_figure_noun")
    for k in range(a, min(e, a + RESULT_REACH)):
        t = toks[k]
        if t.low in nouns:
            return True
        if t.low in figure_nouns:
            return _figure(toks[a:k]) or k + 2 < e and toks[k + 1].low == "of" and _figure(toks[k + 2:k + 3])
        if t.text in _FIGURE_MARKS or t.text[:1].isdigit() or lex.noun_openers.get(t.low) in ("det", "quant"):
            continue  # "a $941,000 loss", "its first profit"
        if not t.is_word or t.upper or t.low in lex.prepositions or t.low in lex.complementizers \
                or t.low in lex.pronouns or is_finite_verb(t, lex):
            return False
    return False


def _figure(toks: list[Tok]) -> bool:
    """A money mark or a number among toks ("a $941,000 loss"; "a loss of 3 million": the figure after "of")."""
    return any(t.text in _FIGURE_MARKS or t.text[:1].isdigit() for t in toks)
