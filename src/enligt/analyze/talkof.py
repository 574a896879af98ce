"""German talk of something with no speaker ("Es war von 20 Toten die Rede", "Die Rede ist von 20 Toten", "In der
Anklage ist von Betrug die Rede"): the phrase talked of is the claim, a document it stands in the source."""
from __future__ import annotations

from typing import Final

from enligt.analyze.phrases import seg_start, span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

TALK_REACH: Final = 16  # tokens between the form of "sein" and "die Rede"


def talk_of(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int) -> Draft | None:
    """German talk of something with no speaker, the noun "Rede" at toks[i]: "Anfangs war von einer Explosion die
    Rede" (the phrase after "von" before "die Rede") or "Die Rede ist von 20 Toten" (after "von"); source null."""
    be, of = function_words(ctx.lang, "be_form"), function_words(ctx.lang, "source_preposition")
    if i + 2 < e and toks[i + 1].low in be and toks[i + 2].low in of and i > s and toks[i - 1].low in ctx.lex.determiners:
        c = span(ctx, toks, i + 3, e)  # "Die Rede ist von …"
        cue_text = f"{toks[i - 1].text} {toks[i].text} {toks[i + 1].text}"
        return Draft((c,), (toks[i - 1].start, toks[i + 1].end), cue_text) if c else None
    if not (i - 2 > s and toks[i - 1].low in ctx.lex.determiners):
        return None
    b = seg_start(toks, s, i)
    v = next((k for k in range(i - 2, max(b, i - TALK_REACH) - 1, -1) if toks[k].low in of), None)
    if v is None:
        return None
    verb = _talk_verb(ctx, toks, b, v, i, e)
    if verb is None:
        return None  # "In seiner Rede sagte X": no talk of anything
    c = span(ctx, toks, v + 1, i - 1)
    first, last = (verb, i) if verb < v else (i - 1, verb)
    cue_text = f"{toks[verb].text} {toks[i - 1].text} {toks[i].text}" if verb < v \
        else f"{toks[i - 1].text} {toks[i].text} {toks[verb].text}"
    return Draft((c,), (toks[first].start, toks[last].end), cue_text, _talk_place(ctx, toks, s, b, min(verb, v))) if c else None


def _talk_place(ctx: Ctx, toks: list[Tok], s: int, b: int, k: int) -> tuple[Tok, ...]:
    """The document a talk of something stands in: "In einer ersten Meldung ist von X die Rede" (the phrase
    between "in" and the verb) or "…, die Anklageschrift, in der von X die Rede ist" (the noun the relative
    follows); a document or outlet only, else none (source null: "In Syrien war von X die Rede"); or the body after
    "seitens" ("Vonseiten des Vereins ist von X die Rede")."""
    if toks[b].low in function_words(ctx.lang, "talk_source") and b + 1 < k and toks[k - 1].upper:
        return tuple(toks[b + 1:k])  # "Seitens der Polizei war von X die Rede": who talked, named after "seitens"
    if toks[b].low not in function_words(ctx.lang, "talk_place"):
        return ()
    if b + 1 < k and toks[b + 1].low in function_words(ctx.lang, "talk_relative") and b - 2 >= s and toks[b - 1].text == ",":
        j = b - 2  # the noun before the relative's comma, with its article and adjectives
        while j > s and toks[j - 1].is_word and (not toks[j - 1].upper or toks[j - 1].low in ctx.lex.determiners) \
                and toks[j - 1].low not in ctx.lex.prepositions and toks[j].low not in ctx.lex.determiners:
            j -= 1
        head = toks[b - 2]
        return tuple(toks[j:b - 1]) if head.upper and word_type(head.low, ctx.lang) in TALK_PLACES else ()
    noun = next((t for t in toks[b + 1:k] if t.upper), None)
    return tuple(toks[b + 1:k]) if noun is not None and word_type(noun.low, ctx.lang) in TALK_PLACES else ()


TALK_PLACES: Final = frozenset({"document", "media"})  # the types of a text a talk stands in (not a place: "In Syrien")


TALK_ADVERBS: Final = 2  # adverbs between the form of "sein" and "von" ("war zuletzt von 20 Toten die Rede")


def _talk_verb(ctx: Ctx, toks: list[Tok], b: int, v: int, i: int, e: int) -> int | None:
    """The form of "sein" of a talk of something whose "von" stands at toks[v] and "Rede" at toks[i]: before "von",
    past up to two adverbs ("war zuletzt von X die Rede"), or after "die Rede" at a clause's end ("in der von X
    die Rede ist")."""
    be = function_words(ctx.lang, "be_form")
    k = v - 1
    while k >= b and v - 1 - k < TALK_ADVERBS and ctx.lex.fronted.get(toks[k].low) == "adv":
        k -= 1
    if k >= b and toks[k].low in be:
        return k
    if i + 1 < e and toks[i + 1].low in be and (i + 2 == e or not toks[i + 2].is_word):
        return i + 1
    return None
