"""Where a report inside a fronted subordinate clause ends: at the comma before the main clause, found by its
opening (a personal pronoun and its verb, a name and a reporting verb, a noun phrase and a verb of speech or
opinion). Split out of sourcefirst.py, which asks `fronted_clause_end`."""
from __future__ import annotations

from typing import Final

from enligt.analyze.contentstop import SECOND_SPEAKER
from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.inverted import QUOTE_STRIP
from enligt.analyze.phrases import VERB_ADVERBS
from enligt.analyze.sentences import Tok


def fronted_clause_end(lex: Lexicon, toks: list[Tok], a: int, stop: int) -> int:
    """In a fronted subordinate clause, where a report inside it ends: at the comma (perhaps with a closing quote)
    before the main clause's personal pronoun and its verb ("Although X admitted that A,” he claimed"), or a name
    and a reporting verb ("…, Mrs. Berg replied"), else stop."""
    for k in range(a + 1, stop - 2):
        if toks[k].text != ",":
            continue
        j = k + 1
        while j < stop - 1 and toks[j].text in QUOTE_STRIP:
            j += 1
        if lex.pronouns.get(toks[j].low) in ("person", "organization"):
            v = j + 1
            while v < stop - 1 and v < j + 1 + VERB_ADVERBS and adverb(lex, toks[v]):
                v += 1  # "…, she famously referred to"
            if main_verb(lex, toks[v]) or _past_form(lex, toks, v, stop) or match_phrase(toks, v, stop, lex.speech):
                return k  # "…, he claimed", "…, it doesn't tell", "…, she famously referred to"
        m = j
        while m < min(stop, j + MAIN_NAME) and (toks[m].upper or toks[m].text == "."):
            m += 1
        if m > j and m < stop and not toks[m].upper and (match_phrase(toks, m, stop, lex.speech) or main_verb(
                lex, toks[m]) or _past_form(lex, toks, m, stop)):
            return k  # "When Lund suggested that she resign, Mrs. Berg replied …", "…, Berg wouldn't blame"
        if _noun_speaker(lex, toks, j, stop) or _noun_clause(lex, toks, j, stop):
            return k  # "While the mayor claimed that A, local engineers insist that B", "…, some voters felt"
    return stop


def main_verb(lex: Lexicon, t: Tok) -> bool:
    """A finite verb, modal or auxiliary, also negated ("wouldn't", "doesn't"), that opens a main clause's predicate."""
    return t.is_word and not t.upper and (is_finite_verb(t, lex) or t.low in lex.modals or t.low in lex.question_auxiliaries
                                          or t.low.endswith(("n't", "n’t")) or t.low in lex.closed.be)


def adverb(lex: Lexicon, t: Tok) -> bool:
    """A sentence adverb or a lower-case word in -ly ("famously", "quickly")."""
    return t.low in lex.sentence_adverbs or (t.is_word and not t.upper and len(t.low) > 4 and t.low.endswith("ly"))


def _noun_speaker(lex: Lexicon, toks: list[Tok], j: int, stop: int) -> bool:
    """A lower-case noun phrase of a few words and a reporting verb of speech or opinion at toks[j] ("critics
    argued", "local engineers insist", "the two unions said", "experts affirm that"): the main clause's own
    speaker."""
    for m in range(j + 1, min(stop - 1, j + SECOND_SPEAKER + 1)):
        hit = match_phrase(toks, m, stop, lex.speech)
        if hit and (hit[1] in ("speech", "told", "opinion") or hit[1] == "that" and m + hit[0] < stop
                    and toks[m + hit[0]].low in lex.complementizers):
            return True  # (a verb reporting only before "that": "experts affirm that B")
        t = toks[m - 1]
        if not t.is_word or t.upper and m - 1 > j or is_finite_verb(t, lex) or t.low in lex.auxiliaries \
                or t.low in lex.modals or t.low in lex.relatives or t.low in lex.prepositions \
                or t.low in lex.subordinators or t.low in lex.coordinators or t.low in lex.pronouns \
                or t.low in lex.complementizers or t.low in lex.closed.be:
            return False
    return False


def _past_form(lex: Lexicon, toks: list[Tok], v: int, stop: int) -> bool:
    """A lower-case past form in -ed before another word ("referred to", "stressed the need"): a main clause's verb."""
    t = toks[v]
    return t.is_word and not t.upper and len(t.low) > 4 and t.low.endswith("ed") and v + 1 < stop \
        and toks[v + 1].is_word and t.low not in lex.auxiliaries and t.low not in lex.modals


def _noun_clause(lex: Lexicon, toks: list[Tok], j: int, stop: int) -> bool:
    """A focus word or adverbs, a determiner and a few lower-case words, then a finite verb or a past form in -ed at
    toks[j] ("even some allies questioned", "some workers felt", "the senators stressed"): the main clause after a
    fronted one."""
    while j < stop - 1 and (toks[j].low in lex.focus or adverb(lex, toks[j])):
        j += 1
    if toks[j].low not in lex.determiners:
        return False
    for m in range(j + 2, min(stop - 1, j + SECOND_SPEAKER + 1)):
        t = toks[m]
        if main_verb(lex, t) or _past_form(lex, toks, m, stop):
            return True
        if not t.is_word or t.upper or t.low in lex.relatives or t.low in lex.prepositions \
                or t.low in lex.subordinators or t.low in lex.coordinators or t.low in lex.pronouns \
                or t.low in lex.complementizers:
            return False
    return False


MAIN_NAME: Final = 4  # tokens of a name that opens the main clause after a fronted one ("Mrs. Ann Berg")
