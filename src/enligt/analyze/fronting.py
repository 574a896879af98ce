"""Fronted constituents before a V2 cue (German and the Nordic languages): whether the words before the cue
are a phrase that is not its subject ("Am Abend sagte …", "Ifølge BBC siger …"), a fronted adverbial clause
("När polisen kom fram sa …") or a time phrase set off after one. inverted.py and rules.py read the subject
after the cue when these hold."""
from __future__ import annotations

from enligt.analyze.cues import is_finite_verb, match_phrase
from enligt.analyze.lexicon import months
from enligt.analyze.phrases import seg_start, time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.tails import fronted_medium
from enligt.analyze.wordtypes import word_type


def fronted(ctx: Ctx, toks: list[Tok], b: int, i: int) -> bool:
    """Whether toks[b:i] is a fronted constituent that is not the subject: a phrase opened by a
    preposition, a subordinator or a prepositional cue ("I sin daglige brifing", "Ifølge BBC"), or
    adverbs and time words alone ("Senere", "Men själv", "Tirsdag kveld")."""
    lex = ctx.lex
    first = toks[b].low
    if b > 0 and toks[b - 1].text == "," and first in lex.relatives:
        return False  # "Manden, der sagde …": a relative clause's subject
    if fronted_medium(ctx, toks, b, i):
        return True  # "Dem Sender RBB sagte die Ministerin", "Gegenüber der „Nordpost“ sagte X"
    if first in lex.coordinators and first not in lex.prepositions:
        return b + 1 < i and fronted(ctx, toks, b + 1, i)  # "Men han bekræfter": the subject, "Men själv hävdar han"
    if first in lex.prepositions or first in lex.subordinators or first in lex.prep \
            or lex.fronted.get(first) in ("prep", "topic"):
        return True
    words = [t.low for t in toks[b:i] if t.is_word]
    if not 0 < len(words) <= FRONTED_WORDS or len(words) != i - b:
        return False
    month = months(ctx.lang)
    adverbs = [lex.fronted.get(w) in ("adv", "back") or w in lex.weekdays or time_word(w, lex.times) or w in month
               for w in words]
    return adverbs[0] and all(a or w in lex.prepositions or w in lex.determiners or lex.fronted.get(w) in ("prep", "topic")
                              for a, w in zip(adverbs, words))


def fronted_at(ctx: Ctx, toks: list[Tok], s: int, b: int, i: int) -> bool:
    """fronted for the segment toks[b:i], or for the sentence from its start when a subordinator alone opens
    it ("Da sagde hun, at …": "da" an adverb here, "Da har politiet sagt")."""
    lead = s + 1 if toks[s].low in ctx.lex.coordinators and b > s + 1 else s  # "Och eftersom …": past "och"
    return fronted(ctx, toks, b, i) or (b == lead + 1 and fronted(ctx, toks, s, i))


FRONTED_WORDS = 5  # the longest adverbial read as fronted ("Tidigare i veckan", "Senere samme dag")


def adverbial_clause(ctx: Ctx, toks: list[Tok], s: int, k: int) -> bool:
    """Whether toks[s:k] is a fronted adverbial clause, so the cue after it stands in second place and its
    subject follows: "När polisen kom fram sa Anna Ek att …", "Da politiet kom, sagde hun, at …" (a
    subordinator first, its own subject and finite verb, no comma inside)."""
    lex = ctx.lex
    if toks[s].low in lex.coordinators and s + 1 < k and toks[s + 1].low in lex.subordinators:
        s += 1  # "Och eftersom det rått besöksförbud befarar man …": a coordinator before the clause
    if toks[s].low not in lex.subordinators or toks[s].low in lex.coordinators or k - s < 3:
        return False
    body = toks[s + 1:k]
    return not any(t.text in ",;:" or t.low in lex.complementizers or match_phrase(toks, m, k, lex.speech)
                   for m, t in enumerate(body, s + 1)) and any(
        is_finite_verb(t, lex) and not t.upper and not word_type(t.low, ctx.lang) for t in body[1:])



def time_insert(ctx: Ctx, toks: list[Tok], s: int, c: int) -> bool:
    """Whether the comma at toks[c] closes a time phrase set off after a fronted phrase ("Nach der Explosion,
    gestern am späten Abend, berichteten …"): the fronted phrase and its insert are one constituent."""
    lex = ctx.lex
    b = seg_start(toks, s, c)
    if not (s < b - 1 < c and toks[b - 1].text == "," and lex.profile.capitalised_nouns):
        return False
    words = [t for t in toks[b:c] if t.is_word]
    return 0 < len(words) <= TIME_INSERT and any(time_word(t.low, lex.times) or t.low in lex.weekdays for t in words) \
        and not any(t.low in lex.finite_verbs for t in words) and fronted(ctx, toks, s, b - 1)


TIME_INSERT = 6  # words of a time phrase set off by commas after a fronted phrase
