"""Word tests of naming verbs, split out of clauses.py: whether English "called" is a participle before a name
("a website called “X”"), whether a Nordic or German naming verb has its particle ("kaldt … for") or names
without it ("kaller det et tiltak", 'kalder det "…"').
"""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok
from enligt.lang import function_words

_QUOTE_MARKS: Final = frozenset("\"“”'‘’«»")


def naming_participle(lex: Lexicon, toks: list[Tok], s: int, i: int) -> bool:
    """English "called" as a participle after an object or complement, a name following ("… set up a website called
    “X”", "a group called the Y Foundation", "the so called X"): nobody in the sentence does the naming."""
    if lex.profile.v2 or toks[i].low != "called" or i - 2 < s or i + 1 >= len(toks):
        return False
    if toks[i - 1].low == "so":
        return True
    nxt = toks[i + 2] if toks[i + 1].low in lex.determiners and i + 2 < len(toks) else toks[i + 1]
    if not (nxt.upper or nxt.text in _QUOTE_MARKS):
        return False  # "a man called him a liar"
    k = i - 2 if toks[i - 1].text == "," else i - 1
    for m in range(k - 1, max(s, k - _NAMED_NOUN) - 1, -1):
        if toks[m].low in _INDEFINITE:
            return m > s and toks[m - 1].is_word  # inside its clause, not opening it ("A man called Lee a liar")
        if not toks[m].is_word or toks[m].upper or toks[m].low in lex.pronouns:
            return False
    return False


_INDEFINITE: Final = frozenset({"a", "an"})
_NAMED_NOUN: Final = 3  # words of the named thing's noun phrase after its article ("a new regular series")


def call_particle(ctx: Ctx, toks: list[Tok], a: int, e: int, particle: str) -> bool:
    """Whether the particle of a naming verb ("for", "als") follows in its clause ("kaldt forslaget for …")."""
    for k in range(a, min(e, a + CALL_REACH)):
        if toks[k].low == particle:
            return True
        if toks[k].text in ",.;:!?" or toks[k].low in ctx.lex.complementizers:
            return False
    return False


CALL_REACH = 8  # tokens between a naming verb and its particle
_OPEN_QUOTES = frozenset('"«“„”»')  # a quotation opening a name


def named_object(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """A naming without its particle: an object pronoun (`call_object`), then an indefinite article or an
    adjective ("kaller det et forebyggende tiltak", "kaldte det uansvarligt"); not "kalte dem inn"."""
    if a + 1 >= e:
        return False
    if toks[a].low not in function_words(ctx.lang, "call_object"):
        return _named_noun(ctx, toks, a, e)
    degree = function_words(ctx.lang, "call_degree")
    while a + 2 < e and toks[a + 1].low in degree:
        a += 1  # a degree adverb before the adjective: "kalder det meget alvorligt", "kallar det mycket allvarligt"
    nxt = toks[a + 1]
    if nxt.text in _OPEN_QUOTES and a + 2 < e and toks[a + 2].is_word:
        return True  # a quoted name: 'kalder det "rigtig godt arbejde"'
    return nxt.low in function_words(ctx.lang, "indefinite") or (
        nxt.is_word and not nxt.upper and nxt.low.removesuffix("t").endswith(_adjective_endings(ctx.lang)))
    # (a neuter "-t" after the ending: "uansvarligt")


def _named_noun(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Swedish/Norwegian/Danish: a naming of a one-word noun object without its particle, then a quoted word or a
    definite superlative ('kallar upplägget "orimligt"', "kaller ulykken den største katastrofen"); not a
    reflexive name ('kalder sig "X"') nor a name or a preposition."""
    lex = ctx.lex
    obj = toks[a]
    if not lex.profile.v2 or lex.profile.capitalised_nouns or a + 2 >= e or not obj.is_word or obj.upper \
            or obj.low in function_words(ctx.lang, "call_reflexive") or obj.low in lex.prepositions or obj.low in lex.determiners \
            or obj.low in lex.complementizers or obj.low in lex.negation or obj.low in lex.pronouns:
        return False
    nxt = toks[a + 1]
    if nxt.text in _OPEN_QUOTES:
        return toks[a + 2].is_word
    return nxt.low in lex.closed.definite_article and toks[a + 2].low.endswith(_SUPERLATIVE) \
        or _bare_name(ctx, obj, nxt)


def _bare_name(ctx: Ctx, obj: Tok, nxt: Tok) -> bool:
    """Norwegian/Danish: a definite noun object, then the name given it with no particle ("kaller valget robust",
    "kalder påstanden fake news"): a lower-case word that is no particle of summoning (`call_away`: "kaller styret
    inn"), no preposition, adverb, conjunction or verb."""
    lex = ctx.lex
    suffixes = function_words(ctx.lang, "definite_suffix")
    if not suffixes or len(obj.low) < 5 or not obj.low.endswith(("en", "et")) or not nxt.is_word or nxt.upper:
        return False
    low = nxt.low
    if low in function_words(ctx.lang, "indefinite"):
        return True  # "kalder forslaget en dårlig idé"
    return not (low in function_words(ctx.lang, "call_away") or low in lex.prepositions or low in lex.coordinators
                or low in lex.subordinators or low in lex.complementizers or low in lex.negation
                or low in lex.sentence_adverbs or low in lex.finite_verbs or low in lex.speech
                or low in lex.determiners or low in lex.pronouns or low in lex.auxiliaries
                or lex.fronted.get(low) == "adv")  # (not a time adverb: "omtalte saken først")


_SUPERLATIVE: Final = ("ste", "sta")  # "den største", "det värsta": a definite superlative


@cache
def _adjective_endings(lang: str) -> tuple[str, ...]:
    return tuple(sorted(function_words(lang, "adjective_ending")))


def without_relative(ctx: Ctx, d: Draft) -> Draft:
    """A naming in a relative clause whose object is the antecedent ("en sag, som X betegner som en skandale",
    "et vedtak, som ordføreren betegner som …"): the relative pronoun read as a first content part is the object, so
    only the name after the particle is the claim."""
    if len(d.parts) < 2:
        return d
    first = ctx.text[d.parts[0][0]:d.parts[0][1]].strip().lower()
    return replaced(d, parts=d.parts[1:]) if first in ctx.lex.relatives else d
