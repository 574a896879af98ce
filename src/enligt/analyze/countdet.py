"""Counts and quantifiers as determiners of a source phrase.

A source phrase may open with a number or a quantifier before its noun ("19 hospitaler angiver", "Samtidig
siger to læger", "Two officials said", "laut zwei Quellen", "Flere vitner sier"): the count is the phrase's
determiner, not its head. `count_determiner` tells `forward_np` so; it reads digits, the number words of
`numbers.tsv` (no fraction, no part of a compound) and the quantifiers of `count_determiner`
(`function_words.tsv`), before a word that can be the noun: no verb, preposition, complementizer, unit of
time or time word ("19 personer er skadd" after a source is content; "To timer senere" a time).
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, table


def count_words(lang: str) -> frozenset[str]:
    """`_count_words_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _COUNT_WORDS_KEPT.get(lang)
    if got is None:
        got = _COUNT_WORDS_KEPT.setdefault(lang, _count_words_built(lang))
    return got


_COUNT_WORDS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _count_words_built(lang: str) -> frozenset[str]:
    """Number words (`numbers.tsv`, whole words: no fraction, no compound part, no phrase) and quantifiers
    (`count_determiner`) that stand before a counted noun."""
    numbers = {r[0].lower() for r in table(lang, "numbers")
               if r and r[0] and " " not in r[0] and not (len(r) > 2 and r[2] in ("frac", "part"))}
    return frozenset(numbers | function_words(lang, "count_determiner"))


def is_count(tok: Tok, lang: str) -> bool:
    """Digits ("19", "1.400", "2,500") or a count word of the language."""
    text = tok.text
    if text[:1].isdigit():
        return text.replace(".", "").replace(",", "").isdigit()
    return tok.is_word and tok.low in count_words(lang)


def count_determiner(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """Whether toks[k] is a count before the noun of its phrase ("19 | hospitaler", "two | senior officials"):
    a count, then a word that may be a noun or its modifier (no finite verb unless a source noun, no
    preposition, complementizer, relative, pronoun, unit of time or time word)."""
    if k + 1 >= end or not is_count(toks[k], lex.lang):
        return False
    nxt = toks[k + 1]
    low = nxt.low
    if not nxt.is_word or low in lex.prepositions or low in lex.complementizers or low in lex.relatives \
            or low in lex.pronouns or low in lex.closed.and_ or lex.fronted.get(low) == "unit" \
            or low in lex.weekdays or low in function_words(lex.lang, "count_unit"):
        return False
    if _time(low, lex.times):
        return False
    if lex.profile.capitalised_nouns and nxt.upper:
        return True  # a German noun ("zwei Zeugen", not the verb "zeugen")
    return not is_finite_verb(nxt, lex) or word_type(low, lex.lang) is not None


def _time(low: str, times: tuple[str, ...]) -> bool:
    """A time word with at most an inflection after it ("dagen", "Wochen", "years"); no noun that merely ends
    in one ("Zeugen" is no "uge")."""
    return any(low.startswith(t) and len(low) - len(t) <= INFLECTION for t in times)


INFLECTION: Final = 3  # letters of an inflection after a time word ("dagene", "Monaten")


def partitive_count(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether the preposition at toks[k] joins a count to the set it counts ("To ud af | tre hospitaler", "Tre av
    | fyra läkare", "Two of | the officials"): every word before it a count, an article or a preposition, the
    first a count. The set's noun is then the phrase's head."""
    return k > 0 and is_count(toks[0], lex.lang) and all(
        is_count(t, lex.lang) or t.low in lex.determiners or t.low in lex.prepositions
        or t.low in function_words(lex.lang, "partitive_out") for t in toks[1:k])  # ("ud af", "out of")
