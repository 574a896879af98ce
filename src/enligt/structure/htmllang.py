"""The language of an HTML page, without loading the language model when the text settles it.

py3langid's model takes most of a second to load, which is a large share of a short batch. Most
pages settle the question by themselves: running prose in one of the supported languages is
full of function words (prepositions, determiners, auxiliaries, conjunctions, negations) that
belong to that language alone among the five, and a page that declares a language the word
lists do not cover (`<html lang="ko">`) and shows almost none of those words is in the language
it declares. Only the rest (short, mixed or ambiguous samples, undeclared foreign pages) go to
`structure.langid.identify`, and the model loads only then.
"""
from __future__ import annotations

import re
from functools import cache

from enligt.lang import SUPPORTED, wordset
from enligt.structure.langid import identify

FUNCTION_LISTS = ("prepositions", "determiners", "auxiliaries", "subordinators", "negation", "complementizers")
MIN_TOKENS = 20  # fewer words than this: ask the model
MAX_TOKENS = 200
MIN_SHARE = 0.08  # share of the words that are the language's own function words (prose: 0.1-0.35)
MIN_DISTINCT = 6  # different function words seen, so one shared short word ("a") cannot decide
MIN_DISTINCT_DECLARED = 3  # enough when the page declares that language itself
MARGIN = 4  # the winner has this many times the hits of the runner-up
FOREIGN_SHARE = 0.06  # below this, the text is in none of the supported languages
WORD = re.compile(r"[^\W\d_]+")


@cache
def _own_words() -> dict[str, frozenset[str]]:
    """Each supported language's function words that no other supported language has."""
    sets = {c: frozenset(w for n in FUNCTION_LISTS for w in wordset(c, n) if " " not in w) for c in SUPPORTED}
    return {c: s.difference(*(o for k, o in sets.items() if k != c)) for c, s in sets.items()}


def by_function_words(text: str, declared: str | None) -> str | None:
    """The language the function words of `text` show, or None when they do not settle it."""
    tokens = WORD.findall(text[: MAX_TOKENS * 12].lower())[:MAX_TOKENS]
    if len(tokens) < MIN_TOKENS:
        return None
    seen = {c: [t for t in tokens if t in own] for c, own in _own_words().items()}
    ranked = sorted(seen, key=lambda c: len(seen[c]), reverse=True)
    best, second = len(seen[ranked[0]]), len(seen[ranked[1]])
    distinct = len(set(seen[ranked[0]]))
    if best >= MARGIN * second and distinct >= MIN_DISTINCT_DECLARED:
        if best >= MIN_SHARE * len(tokens) and distinct >= MIN_DISTINCT:
            return ranked[0]
        if ranked[0] == declared:  # list-like text that still agrees with what the page declares
            return declared
    if declared and declared not in SUPPORTED and best < FOREIGN_SHARE * len(tokens):
        return declared
    return None


def page_language(title: str | None, body: list[str], declared: str | None) -> str | None:
    """ISO 639-1 code of the page's language: function words, else the model, else the declaration."""
    sample = " ".join([title or "", *body[:8]])
    return by_function_words(sample, declared) or identify(sample) or declared
