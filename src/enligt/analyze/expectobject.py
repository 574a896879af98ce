"""Objects and clauses of the Nordic cue classes evalnord43 added (Swedish, Norwegian, Danish; the forecast object
in English too, en44: "Analysts had expected a profit of 40 cents a share"). A forecast with a
noun-phrase object: "Banken venter et lavere overskud", "Økonomene spår økende press på renten", "Derudover venter
selskabet nu ringere resultater", "havde ventet et overskud på 200 mio. kr."; a verb of expecting or forecasting
(`expect_verb` in function_words.tsv) has other senses with a noun ("venter på bussen", "venter barn", "der venter en
ny kamp"), so its object counts only when a word of `expect_nouns.txt` (outcomes, trends, prices, weather) heads it.
After an inverted subject a denial's claim noun too ("Senare bemötte ministern uppgifterna om att C"). A hope or talk
before an infinitive is no claim ("hoppas att värva en spelare"); a noun object ends at "så" and a clause ("förnekar
brott så det blir …"); a reply verb closing a relative clause is no tag ("en ny kamp, der venter lørdag."). rules.py,
v2subject.py and phrasal.py ask these."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import time_word
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.tails import v2_adverbs_end
from enligt.lang import function_words, wordset

EXPECT_REACH: Final = 5  # words of the object before its head noun ("et noget lavere overskud")
_CLAIM_CLASSES: Final = frozenset({"reject", "opinion"})  # cues whose object may be a claim noun
_COMPOUND_HEAD: Final = 4  # a listed noun of at least this length heads a compound ("kvartalsunderskud")


def _nordic(ctx: Ctx) -> bool:
    return ctx.lex.profile.v2 and not ctx.lex.profile.capitalised_nouns


def _head(nouns: frozenset[str], low: str, compounds: bool = True) -> bool:
    """A listed noun, or a compound ending in a listed noun of four letters or more ("driftsoverskud"; not in English,
    which writes compounds apart: "enterprise" is no "rise")."""
    if low in nouns:
        return True
    if not compounds:
        return False
    return any(low.endswith(w) for w in nouns if len(w) >= _COMPOUND_HEAD and len(low) > len(w) + 2)


def expect_object(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """Whether the cue at toks[i] is a verb of expecting or forecasting and a forecast noun heads the object that
    opens at toks[a]: the words before the head are no preposition, complementizer, finite verb or punctuation."""
    if not (_nordic(ctx) or not ctx.lex.profile.v2) or a >= e or toks[i].low not in function_words(ctx.lang, "expect_verb"):
        return False  # (English, en44: "Analysts had expected a profit of 40 cents", "were projecting sales of $2 billion")
    if i > 0 and toks[i - 1].low in function_words(ctx.lang, "expect_not_after"):
        return False  # "better than expected earnings", "as expected": a comparison, no forecast reported
    return _forecast_at(ctx, toks, a, e)


@cache
def _approx_words(lang: str) -> frozenset[str]:
    """The words of the language's approximators ("op til", "omkring", "cirka")."""
    return frozenset(w for entry in wordset(lang, "approx") for w in entry.split())


def _forecast_at(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    lex = ctx.lex
    nouns = wordset(ctx.lang, "expect_nouns")
    approx = _approx_words(ctx.lang)
    for k in range(a, min(e, a + EXPECT_REACH)):
        t = toks[k]
        if t.text[:1].isdigit() or t.low in approx:
            continue  # a figure and its approximator: "venter op til 30 millimeter regn"
        if not t.is_word or t.upper or t.low in lex.prepositions or t.low in lex.complementizers \
                or t.low in lex.relatives or t.low in lex.pronouns and lex.noun_openers.get(t.low) is None:
            return False  # (not "venter på", "venter, at", "venter Pandora": a name is the subject)
        if _head(nouns, t.low, _nordic(ctx)):
            return True
        if k > a and is_finite_verb(t, lex) and t.low not in nouns:
            return False
    return False


def noun_before_particle(lex: Lexicon, toks: list[Tok], i: int, a: int, k: int) -> bool:
    """Whether a forecast noun stands between a verb of expecting at toks[i] and the particle-like word at toks[k]
    ("venter et overskud på 200 mio. kr."): the preposition is the noun's, no "venter på" (phrasal.is_phrasal)."""
    if toks[i].low not in function_words(lex.lang, "expect_verb"):
        return False
    nouns = wordset(lex.lang, "expect_nouns")
    return any(_head(nouns, t.low) for t in toks[a:k])


def inverted_expect(ctx: Ctx, toks: list[Tok], i: int, n: int, j: int, e: int) -> int | None:
    """After an inverted subject ending at toks[j] ("Derudover venter banken | nu et lavere overskud", "Senare bemötte
    ministern | uppgifterna om att C"): where the object opens, past sentence adverbs, when the cue is a verb of
    expecting and a forecast noun heads the object, or a verb of denying, disputing or believing (class reject or
    opinion: "I går afviste ministeren kritikken") and a claim noun (`claim_noun`) does; else None. An expletive subject ("I morgen venter der regn", Danish "der") is no speaker."""
    lex = ctx.lex
    if n != 1 or j >= e or not _nordic(ctx) or toks[j - 1].low in lex.expletives or toks[j - 1].low in lex.relatives:
        return None
    k = v2_adverbs_end(ctx, toks, j, e)
    if toks[i].low in function_words(ctx.lang, "expect_verb"):
        return k if _forecast_at(ctx, toks, k, e) else None
    if not any(c in _CLAIM_CLASSES and len(p) == 1 for p, c in lex.speech.get(toks[i].low, ())):
        return None
    claims = function_words(ctx.lang, "claim_noun")
    head = k + 1 if k + 1 < e and lex.noun_openers.get(toks[k].low) == "det" else k
    return k if head < e and toks[head].low in claims else None


def hoped_infinitive(ctx: Ctx, toks: list[Tok], i: int, a: int, e: int) -> bool:
    """A verb of hoping or talking (`clause_not_infinitive`) whose "att/at" opens an infinitive, not a clause
    ("hoppas att värva en spelare", "håber at vinde pokalen", "taler om at hæve skatten"): a wish or a topic, no claim. A clause has a subject: a pronoun, an article, a
    name, or a word a finite verb follows ("att skolan öppnar")."""
    if not _nordic(ctx) or toks[i].low not in function_words(ctx.lang, "clause_not_infinitive") or a >= e or a == 0 \
            or toks[a - 1].low not in ctx.lex.complementizers:
        return False
    lex, t = ctx.lex, toks[a]
    if t.upper or t.low in lex.pronouns or t.low in lex.expletives or t.low in lex.determiners \
            or t.low in lex.first_person or not t.is_word:
        return False
    return not any(_verb_after(lex, k) for k in toks[a + 1:min(e, a + 1 + HOPE_SUBJECT)])


HOPE_SUBJECT: Final = 3  # words after the first one of a hoped clause where its verb stands ("att skolan snart öppnar")
_PRESENT_ENDS: Final = ("ar", "er")  # a Nordic present tense ("öppnar", "åbner", "kommer")


def _verb_after(lex: Lexicon, t: Tok) -> bool:
    """A finite verb of a clause: listed, a modal or auxiliary, or a word with a present or past ending."""
    return t.is_word and not t.upper and (
        t.low in lex.modals or t.low in lex.auxiliaries or t.low in lex.finite_verbs or is_finite_verb(t, lex)
        or len(t.low) > 3 and t.low.endswith(_PRESENT_ENDS))


def object_so_end(ctx: Ctx, toks: list[Tok], i: int, n: int, a: int, e: int) -> int:
    """A Nordic noun-phrase object right after its cue ends where "så" (`so_clause`) opens a clause of its own with a
    subject pronoun ("förnekar brott så det blir en omhäktningsförhandling": "brott"); else e."""
    if not _nordic(ctx) or a != i + n or a >= e or toks[a].low in ctx.lex.complementizers:
        return e
    so = function_words(ctx.lang, "so_clause")
    for k in range(a + 1, min(e - 1, a + SO_REACH)):
        t = toks[k]
        if t.text == "," and k + 2 < e and toks[k + 1].low in so and _subject_word(ctx, toks[k + 2]):
            return k  # "afviser anklagerne, så han skal for retten"
        if not t.is_word or t.low in ctx.lex.complementizers:
            return e
        if t.low in so and _subject_word(ctx, toks[k + 1]):
            return k
    return e


def _subject_word(ctx: Ctx, t: Tok) -> bool:
    return t.low in ctx.lex.expletives or t.low in ctx.lex.pronouns


SO_REACH: Final = 6  # words of the object before "så"


def relative_reply(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int, e: int) -> bool:
    """A reply cue closing its sentence right after a relative pronoun, a time at most after it ("en ny krig, der
    venter lørdag.") or before an indirect question ("…, der gør det klart, hvem …"): the verb of a relative clause,
    no tag of the words before it."""
    lex = ctx.lex
    if not (_nordic(ctx) and i > s and toks[i - 1].low in lex.relatives):
        return False
    if i + n + 1 < e and toks[i + n].text == "," and toks[i + n + 1].low in wordset(ctx.lang, "interrogatives"):
        return True  # "rapporten, der gør det klart, hvor galt det står til": a question its object (da45)
    return all(not t.is_word or t.low in lex.weekdays or time_word(t.low, lex.times) for t in toks[i + n:e])
