"""A restrictive relative clause after a source headed by a document word is part of the source: "en genomgång som
SVT Nyheter har gjort", "en sammanställning som TT har gjort", "State Department cables that were later released by
WikiLeaks" (no comma before the relative: a comma makes it a non-restrictive aside, which the source drops).
markers.py (after "enligt"/"according to") and verbfirst.py ("Det visar X som …") call `document_relative_end`."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import is_finite_verb, match_phrase
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.sourcetype import is_document
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

RELATIVE_REACH: Final = 12  # tokens of a relative clause read before the main clause's verb
_BOUNDS: Final = frozenset({",", "–", "—", ";", ":", "(", "-"})  # marks that close a relative clause in a sentence


def document_relative_end(ctx: Ctx, toks: list[Tok], a: int, j: int, e: int, fronted: bool) -> int:
    """The end of a relative clause that names its maker right after the document source toks[a:j] (no comma
    between): the next mark that closes it or the sentence end; for a fronted phrase with no such mark in a V2 language ("Enligt en
    sammanställning som TT har gjort har …"), the main clause's finite verb. j when there is no such clause,
    when it ends nowhere it can be told, or for German, whose relative clauses always stand after a comma."""
    lex = ctx.lex
    r = j + 1 if _comma_relative(ctx, toks, j, e) else j  # Danish "en måling, som avisen har foretaget": a comma
    # stands before every relative clause, the restrictive one too
    if r + 2 >= e or toks[r].low not in lex.relatives or lex.profile.capitalised_nouns \
            or not is_document(toks[a:j], lex):
        return j
    mark = next((k for k in range(r + 1, e) if toks[k].text in _BOUNDS or toks[k].low in lex.complementizers), None)
    if not fronted:
        end = mark if mark is not None else e
        while end > j + 1 and not toks[end - 1].is_word:
            end -= 1  # (the sentence's closing mark)
    elif mark is not None:
        end = mark if not lex.profile.v2 or mark - r <= RELATIVE_REACH else j  # "According to X that …, C"
    else:
        end = _main_verb(ctx, toks, r, e) if lex.profile.v2 else j
    if r > j and not any(t.low in function_words(ctx.lang, "comma_relative_document") for t in toks[r + 1:end]):
        return j  # "en opgørelse, som X har sendt til Y": after a comma only a verb of making names the maker
    return end if end > r and _names_maker(ctx, toks, r + 1, end) else j


def _comma_relative(ctx: Ctx, toks: list[Tok], j: int, e: int) -> bool:
    """Whether a comma at toks[j] opens a relative clause in a language that puts a comma before every one
    (`comma_relative_document` in `function_words.tsv`, the verbs of making such a clause must hold: Danish)."""
    return j + 1 < e and toks[j].text == "," and toks[j + 1].low in ctx.lex.relatives \
        and bool(function_words(ctx.lang, "comma_relative_document"))


def _names_maker(ctx: Ctx, toks: list[Tok], k: int, end: int) -> bool:
    """Whether a relative clause names who made or released the document: a capitalised word ("som TT har gjort")
    or a word of a source type ("som myndigheten tagit fram"); "som publicerades på fredagsmorgonen" names no one
    and tells the document apart from no other, so the source drops it."""
    if any(t.low in ctx.lex.speech and match_phrase(toks, m, end, ctx.lex.speech) for m, t in enumerate(toks[k:end], k)):
        return False  # "a new poll that shows C": a report of its own, not the document's maker
    return any(t.is_word and (t.upper or word_type(t.low, ctx.lang) is not None) for t in toks[k:end])


def _main_verb(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """V2: the main clause's finite verb after a fronted relative clause at toks[j] ("som TT har gjort | har",
    "som Novus gjort | visar"): the second finite verb, or one right after a lower-case word that is no finite verb
    (a supine with its auxiliary left out); j when none stands within `RELATIVE_REACH` words."""
    lex = ctx.lex
    seen = False
    for m in range(j + 1, min(e - 1, j + 1 + RELATIVE_REACH)):
        t = toks[m]
        if not t.is_word:
            return j
        finite = not t.upper and (is_finite_verb(t, lex) or t.low in lex.modals) \
            and toks[m - 1].low not in lex.prepositions  # (not "som kom i går": a time after a preposition)
        if finite and m > j + 1 and (seen or not toks[m - 1].upper and not is_finite_verb(toks[m - 1], lex)
                                     and m - 1 > j + 1):
            return m if toks[m + 1].is_word else j
        seen = seen or finite
    return j
