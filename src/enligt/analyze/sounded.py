"""The class `sounded` (Danish "lyde"): the words a source gave, split out of shapes.py.

"Sådan lød de sparsomme ord fra X" / "Slik lyder beskjeden fra X" points back at the sentence before, the phrase after
the source preposition its source; "… i en udtalelse, hvori det endvidere lyder, at C" names the document before
its relative of place as the source and the clause after "at" as the claim; "Herfra lyder meldingen, at C" the
report noun after the verb. rules.py calls `sounded`.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import np_end, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def sounded(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, cue: Span2, cue_text: str,
            prev: Span2 | None) -> Draft | None:
    """"Sådan lød de sparsomme ord fra X" / "Slik lyder beskjeden fra X": the words "sounded" from a source, about
    the sentence before; only after a word pointing back ("Sådan", "Slik"), with a short phrase (the words, the
    message) before the source preposition."""
    lex = ctx.lex
    if i > s + 3 and (d := _relative_sounded(ctx, toks, s, e, i, cue, cue_text)) is not None:
        return d
    if i > s and (d := _inverted_message(ctx, toks, e, i, cue, cue_text)) is not None:
        return d
    if prev is None or i != s + 1 or lex.fronted.get(toks[s].low) != "back":
        return None
    of = function_words(ctx.lang, "source_preposition")
    k = next((m for m in range(i + 1, min(e, i + SOUNDED_WORDS + 2)) if toks[m].low in of), None)
    if k is None or not all(t.is_word and not t.upper for t in toks[i + 1:k]):
        return None  # "Sådan lyder det, siger X": no source phrase
    j = np_end(ctx, toks, k + 1, e, lex.closed.recipient)  # "fra vagtchefen ved Fyns Politi, da …"
    if j == k + 1 or any(t.low in lex.complementizers for t in toks[j:e]):
        return None
    return Draft((prev,), cue, cue_text, tuple(toks[k + 1:j]))


SOUNDED_WORDS: Final = 4  # words between the verb and "fra" ("lød de sparsomme ord fra")


MESSAGE_GAP: Final = 5  # words between the report noun and "at" ("lyder meldingen klokken 5.30 at")


def _inverted_message(ctx: Ctx, toks: list[Tok], e: int, i: int, cue: Span2, cue_text: str) -> Draft | None:
    """"Fra sygehuset lyder meldingen nu, at C", "Herfra lød beskeden klokken 12 at C": after a fronted phrase, a
    definite report noun (`report_subject`) right after the verb is the source, the clause after "at" the claim;
    only words, figures and commas between them (the order of class message, "Meldingen lyder, at C", inverted)."""
    k = i + 1
    if k >= e or toks[k].low not in function_words(ctx.lang, "report_subject"):
        return None
    lex = ctx.lex
    m = next((m for m in range(k + 1, min(e, k + 2 + MESSAGE_GAP)) if toks[m].low in lex.complementizers), None)
    if m is None or any(not (t.is_word or t.text == "," or t.text[:1].isdigit()) for t in toks[k + 1:m]):
        return None
    c = span(ctx, toks, m + 1, e)
    return Draft((c,), cue, cue_text, (toks[k],)) if c else None


RELATIVE_NOUN: Final = 5  # words of the document's phrase between its preposition and ", hvori"


def _relative_sounded(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, cue: Span2, cue_text: str) -> Draft | None:
    """"… i en udtalelse, hvori det endvidere lyder, at C": a relative of place (class place_relative) and "det"
    before the verb, the document named before its comma the source, the clause after "at" the claim."""
    lex = ctx.lex
    k = i - 1
    while k > s and lex.fronted.get(toks[k].low) == "adv":
        k -= 1  # "hvori det også lyder"
    if toks[k].low not in lex.expletives or toks[k - 1].low not in function_words(ctx.lang, "place_relative") \
            or toks[k - 2].text != ",":
        return None
    a = i + 1 + (i + 1 < e and toks[i + 1].text == ",")
    if not (a < e and toks[a].low in lex.complementizers):
        return None  # "hvor det lyder godt": no clause reported
    reach = range(k - 3, max(s, k - 3 - RELATIVE_NOUN) - 1, -1)  # the document: from its article, else its preposition
    b = next((m for m in reach if toks[m].low in lex.determiners), None)
    p = b if b is not None else next((m + 1 for m in reach if toks[m].low in lex.prepositions), None)
    c = span(ctx, toks, a + 1, e)
    if p is None or p >= k - 2 or not c or not all(t.is_word for t in toks[p:k - 2]):
        return None
    return Draft((c,), cue, cue_text, tuple(toks[p:k - 2]))
