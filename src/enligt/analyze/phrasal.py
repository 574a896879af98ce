"""Phrasal look-alikes of a reporting verb (split out of cues.py).

`is_phrasal` tells a cue word from the same verb in a phrase that reports nothing: a verb and its particle
("säger upp", "sagte … ab", "hält an X fest"), a frequency adjective ("upprepade gånger"), a noun after a
genitive ("i stormens spår") or a participle after a comparative ("hurtigere end ventet").
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon
from enligt.analyze.equivalence import equivalence
from enligt.analyze.expectobject import noun_before_particle
from enligt.analyze.particleobj import object_after
from enligt.analyze.saysmuch import says_much
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

THAN_CLAUSE: Final = 4  # words between a clause's "than" and its verb ("end de fleste analytikere havde ventet")


def _after_than_clause(toks: list[Tok], i: int, than: frozenset[str], lang: str | None) -> bool:
    """Whether the verb at toks[i] closes a comparative clause: a `comparative_than_clause` word at most
    THAN_CLAUSE words before it, only words between ("end analytikerne havde ventet")."""
    if not than or toks[i - 1].low in function_words(lang, "passive_aux"):
        return False  # (not "Flere end 40 soldater er meldt dræbt": a passive report of a figure)
    for k in range(i - 1, max(-1, i - 2 - THAN_CLAUSE), -1):
        if toks[k].low in than:
            return not toks[k + 1].text[:1].isdigit()
        if not toks[k].is_word:
            return False
    return False


def _closes_sentence(toks: list[Tok], k: int, end: int) -> bool:
    """Whether nothing but closing punctuation follows toks[k - 1] in its sentence."""
    return k >= end or toks[k].text in ".!?"


def is_phrasal(toks: list[Tok], i: int, n: int, end: int, lex: Lexicon) -> bool:
    """Whether the verb at toks[i:i+n] is a phrasal look-alike ("säger upp", "said goodbye", "sagte … ab"), an
    adjective of a frequency phrase ("upprepade gånger", "gjentatte ganger": function words `times_noun`) or a
    participle after a comparative ("hurtigere end ventet", "mer än väntat": `comparative_than`, an adverb between)."""
    if n == 1 and i + 1 < end and toks[i + 1].low in function_words(lex.lang, "times_noun"):
        return True
    if n == 1 and i > 0 and toks[i].low in function_words(lex.lang, "noun_after_genitive") \
            and toks[i - 1].is_word and len(toks[i - 1].low) > 3 and toks[i - 1].low.endswith("s"):
        return True  # a noun after a genitive: "i stormens spår" (in the storm's wake), not "Experterna spår att C"
    if says_much(toks, i, n, end, lex.lang):
        return True  # "det säger mycket om X": how telling it is
    if equivalence(toks, i, n, end, lex):
        return True  # "Det svarer til en stigning på ti procent": an equivalence, no answer (equivalence.py)
    than = function_words(lex.lang, "comparative_than")
    if than and i > 0 and (toks[i - 1].low in than or i > 1 and toks[i - 2].low in than
                            and lex.fronted.get(toks[i - 1].low) == "adv"):
        return True
    if n == 1 and _after_than_clause(toks, i, function_words(lex.lang, "comparative_than_clause"), lex.lang):
        return True  # "bedre, end markedet havde ventet": a comparison, no report
    if n == 1 and _closes_sentence(toks, i + 1, end) and toks[i - 1].low not in lex.auxiliaries \
            and _after_than_clause(toks, i, function_words(lex.lang, "comparative_than_final"), lex.lang):
        return True  # "deeper than the company admits.": a comparison that ends the sentence, no report (one
        # after an auxiliary, "more than the office had predicted", may report a forecast)
    parts = lex.phrasal.get(toks[i].low)
    if not parts and n > 1 and toks[i].low in function_words(lex.lang, "split_modal"):
        parts = lex.phrasal.get(toks[i + n - 1].low)  # "kan melde seg (på)": the infinitive's own particle
    if not parts:
        return False
    if any(p[0] == "<" for p in parts) and _clinging(toks, i, n, end, parts, lex):
        return True  # "hält an seiner Kandidatur fest": holds on to something, says nothing
    if lex.profile.separable_particles:  # the particle closes the clause
        if i + n < end and toks[i + n].low in parts and toks[i + n].low in function_words(lex.lang, "reflexive_pronoun"):
            return True  # a reflexive right after the verb: "Am Abend meldeten sich drei Zeugen"
        if _reflexive_before(toks, i, parts, lex):
            return True  # a participle after its reflexive: "Er hat sich zu den Vorwürfen geäußert"
        if _governed_preposition(toks, i + n, end, parts):
            return True  # "fürchten nun um ihre Arbeitsplätze": a fear for, not a claim
        k = i + n
        while k < end and toks[k].text not in ",.;:!?":
            k += 1
        return k > i + n and toks[k - 1].low in parts
    for k in range(i + n, min(i + n + 4, end)):
        if toks[k].low in parts and k > i + n and (object_after(toks, i + n, k, end, lex.determiners)
                                                     or noun_before_particle(lex, toks, i, i + n, k)
                                                     or _named_then_body(lex, toks, i + n, k, end)):
            return False  # "siger Mette Hansen fra Vejdirektoratet": a preposition of the subject, no particle
            # (nor "venter et overskud på 200 mio. kr.": the forecast noun's)
        if toks[k].low in parts:
            return lex.profile.v2 or k == i + n or toks[k].low not in function_words(lex.lang, "measure_particle") \
                or not _measure_after(toks, k + 1, end)
        if not toks[k].is_word or toks[k].low in lex.complementizers:
            break
    return False


def _named_then_body(lex: Lexicon, toks: list[Tok], a: int, k: int, end: int) -> bool:
    """Whether a named subject toks[a:k] is followed by the particle-like word at toks[k] and a listed source noun in
    lower case ("siger Jens Hansen fra kommunen", "sagde Eva Lund fra politiet"): where the person serves, no
    "sige fra"."""
    nxt = toks[k + 1] if k + 1 < end else None
    return nxt is not None and nxt.is_word and not nxt.upper and word_type(nxt.low, lex.lang) is not None \
        and any(t.upper and t.is_word for t in toks[a:k])


def _clinging(toks: list[Tok], i: int, n: int, end: int, parts: frozenset[str], lex: Lexicon) -> bool:
    """Whether a preposition the verb takes anywhere in its clause ("<an" in `phrasal.tsv`) stands in the clause of
    toks[i:i+n] ("hielt trotz der Kritik an dem Plan fest", "dass sie an ihrem Kurs festhält") and no clause or colon
    follows that clause ("hält an ihrer Darstellung fest, dass C" still reports)."""
    preps = {p[1:] for p in parts if p[0] == "<"}
    a = i
    while a > 0 and toks[a - 1].text not in _CLAUSE_MARKS:
        a -= 1
    b = i + n
    while b < end and toks[b].text not in _CLAUSE_MARKS:
        b += 1
    if not any(toks[k].low in preps for k in (*range(a, i), *range(i + n, b))):
        return False
    return not (b < end and (toks[b].text == ":" or toks[b].text == "," and b + 1 < end
                             and toks[b + 1].low in lex.complementizers))


_CLAUSE_MARKS: Final = frozenset(",.;:!?\"„“”«»")


def _measure_after(toks: list[Tok], k: int, end: int) -> bool:
    """A number, or "by" and a number, at toks[k]: the particle-like word before it (`measure_particle`) measures a
    change or lead ("polls show Ann Lee up (by) 10 points"), no particle of the verb ("show … up")."""
    if k < end and toks[k].low == "by":
        k += 1
    return k < end and toks[k].text[:1].isdigit()


def _governed_preposition(toks: list[Tok], j: int, end: int, parts: frozenset[str]) -> bool:
    """Whether a preposition the verb governs ("+um" in `phrasal.tsv`) follows within three words."""
    for k in range(j, min(j + 3, end)):
        if "+" + toks[k].low in parts:
            return True
        if not toks[k].is_word:
            return False
    return False


def _reflexive_before(toks: list[Tok], i: int, parts: frozenset[str], lex: Lexicon) -> bool:
    """Whether a reflexive of the verb's (a listed particle) stands before it in its clause."""
    reflexive = function_words(lex.lang, "reflexive_pronoun")
    k = i - 1
    while k >= 0 and toks[k].text not in ",.;:!?\"„“”":
        if toks[k].low in parts and toks[k].low in reflexive:
            return True
        k -= 1
    return False
