"""A speech verb that says how telling something is ("det säger mycket om X", "dag två säger mer", "det sier mye"):
a quantity word after the verb, perhaps after degree adverbs, then its preposition or the clause's end, is no
report (function words `says_much` and `says_much_degree`; sv/no)."""
from __future__ import annotations

from typing import Final

from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def says_much(toks: list[Tok], i: int, n: int, end: int, lang: str) -> bool:
    """Whether the one-word speech verb at toks[i] says how much something tells ("säger otroligt mycket mer",
    "sier mye om"), not what someone said ("säger mycket tydligt att C": an adverb after the quantity)."""
    much = function_words(lang, "says_much")
    if n != 1 or not much:
        return False
    degree = function_words(lang, "says_much_degree")
    k = i + 1
    while k < end and k - i <= DEGREE_WORDS and toks[k].low in degree:
        k += 1
    if k >= end or toks[k].low not in much:
        return False
    nxt = toks[k + 1] if k + 1 < end else None
    return nxt is None or not nxt.is_word or nxt.low in much or nxt.low in function_words(lang, "says_much_after")


DEGREE_WORDS: Final = 2  # degree adverbs before the quantity ("otroligt mycket", "veldig mye")
