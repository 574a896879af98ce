"""Verbs that set or change a figure, a cue class of their own (`revised`): "the ministry raised the death toll to
41", "police put the number at about 200", "Die Behörden korrigierten die Zahl der Toten auf 12", "myndighetene
oppjusterte dødstallet til 30", "räddningstjänsten skrev upp antalet till 9". The verbs (lang/<code>/figure_verbs.tsv)
are no speech cues ("a voter raised in Ohio", "gave a speech"): one counts only with a figure noun in its object and a
number a few words after the preposition that follows it; the content is the object and its figure, up to the comma
after the number or the figure it was changed from ("to 34 from 16": no longer claimed)."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.numwords import number_starts
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import table

OBJECT_WORDS: Final = 12  # tokens from the cue to the preposition ("the death toll from last month's big earthquake to")
NUMBER_GAP: Final = 3  # tokens from the preposition to the number ("to more than 50", "auf rund 200")
CLASS: Final = "revised"


@cache
def _roles(lang: str) -> dict[str, frozenset[tuple[str, ...]]]:
    """The figure verbs (as word tuples), nouns and prepositions of one language."""
    out: dict[str, set[tuple[str, ...]]] = {"verb": set(), "noun": set(), "prep": set(), "giver": set(), "from": set()}
    for row in table(lang, "figure_verbs"):
        if len(row) == 2 and row[0] in out:
            out[row[0]].add(tuple(row[1].lower().split()))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def first_words(lang: str) -> frozenset[str]:
    """The first words of the figure verbs of one language (a cheap test before `cue_length`)."""
    return frozenset(v[0] for v in _roles(lang)["verb"])


def cue_length(ctx: Ctx, toks: list[Tok], i: int, e: int) -> int:
    """The number of tokens of a figure verb at toks[i] ("raised", "skrev upp") with a figure object after it
    (`figure_end` non-zero), else 0."""
    roles = _roles(ctx.lang)
    for n in (2, 1):
        words = tuple(t.low for t in toks[i:i + n])
        if len(words) == n and words in roles["verb"] and not toks[i].upper and figure_end(ctx, toks, i + n, e):
            return n
    return 0


def _figure_noun(low: str, nouns: frozenset[tuple[str, ...]], compounds: bool) -> bool:
    """Whether a word is a figure noun, or with compounds (sv/no/da/de) ends in one ("dödssiffran", "Opferzahl")."""
    return (low,) in nouns or compounds and any(low.endswith(n[0]) for n in nouns)


def figure_end(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """The end of the figure object of a figure verb whose object starts at toks[a]: words only, a figure noun among
    them, a preposition of the list, then a number within a few words: up to the comma after it; 0 in any other shape
    ("raised the price to $5", "lowered the flag to half mast", "gave a speech of welcome")."""
    roles = _roles(ctx.lang)
    compounds = ctx.lex.profile.v2 or ctx.lex.profile.capitalised_nouns
    noun = False
    for at in range(a, min(e, a + OBJECT_WORDS)):
        t = toks[at]
        if not t.is_word:
            return 0
        if noun and (t.low,) in roles["prep"] and (end := _number_after(ctx, toks, at, e)):
            return end
        noun = noun or _figure_noun(t.low, roles["noun"], compounds)
    return 0


def _number_after(ctx: Ctx, toks: list[Tok], at: int, e: int) -> int:
    """The end of a number a few words after the preposition toks[at] (up to the comma after it or the word before the
    figure it was changed from), else 0."""
    numbers = number_starts(ctx.lang)
    for k in range(at + 1, min(e, at + 1 + NUMBER_GAP)):
        t = toks[k]
        if t.text[:1].isdigit() or t.low in numbers:
            earlier = _roles(ctx.lang)["from"]
            return next((m for m in range(k + 1, e) if toks[m].text == "," or (toks[m].low,) in earlier), e)
        if not t.is_word or t.upper:
            return 0  # (not "the toll of the October 7 attacks": a date)
    return 0


def given(ctx: Ctx, d: Draft | None) -> list[Draft]:
    """The record of a figure verb, if its subject can give a figure (`giver`)."""
    return [d] if d is not None and giver(ctx, d) else []


def giver(ctx: Ctx, d: Draft) -> bool:
    """Whether the subject of a figure verb can give a figure: a personal pronoun, a name or a word with a source
    type ("the minister", "the union", "AP", "she", "Polisen"; not "the discovery of two more bodies", "It" at the start
    of a sentence: mostly an event)."""
    lex = ctx.lex
    pronouns = _roles(ctx.lang)["giver"]
    return any((t.low,) in pronouns or word_type(t.low, ctx.lang) is not None
               or t.upper and not lex.profile.capitalised_nouns and t.low not in lex.determiners
               and t.low not in lex.pronouns
               for t in d.source if t.is_word)
