"""Where a hearsay claim in a relative clause starts (split out of hearsay.py): the noun phrase the relative
clause follows ("en film som uppges …": "en film"), and the few words that may stand between the relative word
and its marker ("skador som inte ska vara …")."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok


def adverbs_only(lex: Lexicon, toks: list[Tok], a: int, i: int) -> bool:
    """Whether toks[a:i], between a relative word and its marker, is empty or a negation or sentence adverb or
    two ("skador som inte ska vara allvarliga", "en bil som også skal ha kjørt")."""
    return i - a <= RELATIVE_ADVERBS and all(t.low in lex.negation or lex.fronted.get(t.low) == "adv" for t in toks[a:i])


RELATIVE_ADVERBS: Final = 2  # negations or sentence adverbs between a relative word and its marker


def antecedent(ctx: Ctx, toks: list[Tok], b: int) -> int:
    """Where the noun phrase a relative clause at toks[b] (or its comma) follows starts: back over up to
    ANTECEDENT_WORDS words to its determiner ("sprids en film som uppges …": "en film"), never past a verb,
    a preposition or punctuation; b when there is none."""
    lex, a = ctx.lex, b
    while a - 1 >= 0 and b - a < ANTECEDENT_WORDS:
        t = toks[a - 1]
        if not t.is_word or t.low in lex.prepositions or t.low in lex.complementizers or t.low in lex.subordinators \
                or t.low in lex.relatives or (is_finite_verb(t, lex) and t.low not in lex.determiners):
            break
        a -= 1
        if t.low in lex.determiners:
            break
    return a


ANTECEDENT_WORDS: Final = 3  # words of a relative clause's antecedent taken into the claim ("den nya filmen")
