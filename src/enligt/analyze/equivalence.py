"""A verb of answering that states an equivalence (Danish "svarer til": corresponds to): "Det svarer til en
stigning på ti procent", "Beløbet svarer omtrent til en måneds løn". No one answers: the verb and its "til"
(`equivalence_verb`, `equivalence_particle` per language) in a clause that reports no words (no complementizer,
colon or quotation mark after it) and is no quotation's tag ("– Q, svarer han til TV 2." answers a medium)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

_REPORTED: Final = frozenset(":\"„“”«»")  # marks after which words are reported
_TAG_BEFORE: Final = frozenset(",\"„“”«»–—-")  # a tag follows its quotation's close or comma
PARTICLE_REACH: Final = 6  # words between the verb and its "til" ("svarede 1.000 kr. i 1914 til")


def equivalence(toks: list[Tok], i: int, n: int, end: int, lex: Lexicon) -> bool:
    """Whether the verb at toks[i:i+n] states an equivalence ("svarer (omtrent) til X"), no report."""
    if n != 1 or toks[i].low not in function_words(lex.lang, "equivalence_verb"):
        return False
    if i > 0 and toks[i - 1].text in _TAG_BEFORE:
        return False  # "…, svarer han til TV 2.": a tag
    particles = function_words(lex.lang, "equivalence_particle")
    k = i + 1
    while k < min(end, i + 1 + PARTICLE_REACH) and toks[k].low not in particles:
        if toks[k].text in ",;.!?" or toks[k].low in lex.complementizers:
            return False
        k += 1
    if k >= end or toks[k].low not in particles:
        return False
    return not any(t.text in _REPORTED or t.low in lex.complementizers for t in toks[k + 1:end])
