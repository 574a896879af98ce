"""An admission in the perfect with a noun object ("Manden har erkendt forholdet", "Mannen har erkjent tyveriet"):
the participle, a reply cue elsewhere (only before a clause: "en erkendt fejl"), reports the thing admitted after
a perfect auxiliary (`perfect_admission` per language; rules.py asks it before dropping a reply cue). A reply cue
before a perfect infinitive ("beklaget å ha gitt feil tall", "vedgikk å ha kjørt for fort") reports a claim about
the past, not a plan or wish (`perfect_infinitive`)."""
from __future__ import annotations

from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.lang import function_words


def admitted_object(ctx: Ctx, toks: list[Tok], s: int, i: int, a: int, e: int) -> bool:
    """Whether the participle at toks[i] follows a perfect auxiliary (past adverbs and a negation: "har dog ikke
    erkendt") and a word that is no preposition or complementizer opens its object at toks[a]."""
    lex = ctx.lex
    if toks[i].low not in function_words(ctx.lang, "perfect_admission") or a >= e or not toks[a].is_word \
            or toks[a].low in lex.prepositions or toks[a].low in lex.complementizers:
        return False
    k = i - 1
    while k > s and (lex.fronted.get(toks[k].low) == "adv" or toks[k].low in lex.negation):
        k -= 1
    return k >= s and toks[k].low in lex.auxiliaries


def perfect_infinitive_object(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the words from toks[a] open a perfect infinitive, its marker and auxiliary (`perfect_infinitive`:
    Norwegian "å ha") followed by a word: what the speaker says was done, a claim ("beklaget å ha gitt feil tall")."""
    if a + 2 >= e or not toks[a + 2].is_word:
        return False
    return f"{toks[a].low} {toks[a + 1].low}" in function_words(ctx.lang, "perfect_infinitive")


def refused_act(ctx: Ctx, toks: list[Tok], i: int, n: int, a: int, e: int) -> bool:
    """Whether the denial cue at toks[i:i + n] (`refusal_verb`: Danish "nægter", whose "at" is both complementizer
    and infinitive marker) is followed right by "at" and an infinitive that is no perfect one: an act refused
    ("nægter at betale bøden"), not a claim denied ("nægter at have stjålet", "nægter, at C", "nægter at han …"); or
    by nothing, its object a relative before it ("…, hvilket han har nægtet."): as often a request refused."""
    if toks[i].low not in function_words(ctx.lang, "refusal_verb"):
        return False
    if not any(t.is_word for t in toks[i + n:e]):
        return True
    if a != i + n + 1 or a >= e:
        return False
    nxt = toks[a]
    if perfect_infinitive_object(ctx, toks, a - 1, e) or nxt.upper or not nxt.is_word:
        return False
    return nxt.low not in ctx.lex.pronouns and nxt.low not in ctx.lex.noun_openers


def denied_perfect(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> int | None:
    """Where the claim of the denial cue at toks[i:i + n] (`refusal_verb`) opens when sentence adverbs and a
    perfect infinitive follow it ("nægter dog at have planlagt X": at "have"), else None."""
    if toks[i].low not in function_words(ctx.lang, "refusal_verb"):
        return None
    k = i + n
    while k < e and ctx.lex.fronted.get(toks[k].low) == "adv":
        k += 1
    return k + 1 if k > i + n and perfect_infinitive_object(ctx, toks, k, e) else None


def unperfected(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether the participle at toks[i] (`perfect_only_participle`: Danish "afvist") stands without the perfect
    auxiliary that makes it a report ("har over for X afvist, at C"): an object's state ("ønskede sagen afvist") or
    a thing got ("har fået afvist et forsøg", `resultative_verb`) reports nothing. Read back to the clause's start."""
    if toks[i].low not in function_words(ctx.lang, "perfect_only_participle"):
        return False
    perfect, got = function_words(ctx.lang, "perfect_have"), function_words(ctx.lang, "resultative_verb")
    for k in range(i - 1, s - 1, -1):
        low = toks[k].low
        if low in got or toks[k].text in ",;:":
            return True
        if low in perfect:
            return False
    return True
