"""Swedish, Norwegian and Danish cues coordinated after "men"/"og"/"och" with no complementizer: the first verb's
subject speaks ("Mannen är anhållen men förnekar brott"), and the noun object such a cue reports ends at a comma and
a coordinated main clause ("förnekar brott, och åklagaren är förtegen"). sourcefirst.py and contentstop.py call these."""
from __future__ import annotations

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import seg_start
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np


def nordic_conjunct(lex: Lexicon, toks: list[Tok], pre_end: int, a: int, e: int) -> bool:
    """Swedish/Norwegian/Danish: a cue after "men"/"og"/"och" with no complementizer, its object or "at"-less
    clause after it ("Mannen är anhållen men förnekar brott", "X erkjenner A, men mener det skjedde B")."""
    return lex.profile.v2 and not lex.profile.capitalised_nouns and toks[pre_end - 1].low in lex.coordinators \
        and a < e and toks[a].is_word and not toks[a].upper and toks[a].low not in lex.complementizers


def conjunct_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int, done: list[Draft]) -> list[Tok]:
    """The subject of the first verb before a Nordic "men"/"og" cue: the speaker of a record earlier in the
    sentence ("X skriver at A, og mener B"), else the noun phrase opening its clause, when it is one (no
    preposition, verb or fronted adverb: "Ifølge avisen …, og mener" names no speaker)."""
    lex = ctx.lex
    if done and done[-1].source and done[-1].source[0].start >= toks[s].start:
        return list(done[-1].source)
    b = seg_start(toks, s, pre_end - 1, lex.subordinators)
    if b >= pre_end - 1 and b - 1 > s and toks[b - 1].text == ",":
        b = seg_start(toks, s, b - 1, lex.subordinators)  # "Mannen er pågrepet, men nekter …"
    if b != s:
        return []  # the clause opens no sentence: its subject is not read
    first = toks[b]
    if not first.is_word or first.low in lex.prepositions or first.low in lex.fronted or first.low in lex.auxiliaries \
            or first.low in lex.subordinators or first.low in lex.expletives or first.low in lex.finite_verbs:
        return []
    j = forward_np(toks, b, pre_end - 1, lex)
    return toks[b:j] if j > b and j < pre_end - 1 and _verb_after(lex, toks[j]) else []


def _verb_after(lex: Lexicon, t: Tok) -> bool:
    """The first verb after the subject: finite by list or ending, or a lower-case word that opens no phrase
    or clause ("Anna Ek rasar och kallar …")."""
    return is_finite_verb(t, lex) or t.is_word and not t.upper and t.low not in lex.prepositions \
        and t.low not in lex.relatives and t.low not in lex.determiners and t.low not in lex.complementizers


def object_clause_stop(lex: Lexicon, toks: list[Tok], a: int, k: int, e: int) -> bool:
    """Swedish/Norwegian/Danish: ", och/og/men" and a new clause's subject and finite verb at toks[k] end a content
    with no finite verb of its own ("förnekar brott, och åklagaren är förtegen"; not "sier at A, og B er …")."""
    if not lex.profile.v2 or lex.profile.capitalised_nouns or k + 3 >= e \
            or not (toks[k + 1].low in lex.closed.and_ or toks[k + 1].low in lex.closed.but):
        return False
    m = k + 3 if toks[k + 2].low in lex.determiners else k + 2
    if m + 1 >= e or not toks[m].is_word or toks[m].upper or toks[m].low in lex.finite_verbs \
            or not (toks[m + 1].low in lex.finite_verbs or toks[m + 1].low in lex.auxiliaries):
        return False  # (a listed verb: "eller brutto nasjonalproduktet" is no clause)
    return not any(t.low in lex.complementizers or is_finite_verb(t, lex) for t in toks[a:k])


def but_clause(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """Where ", men"/", but" opens the writer's next clause after a report's claim ("meldinger om, at C, men dette
    afkræfter X"); not before a second "at"-clause of the claim ("…, men at D"); e when none does."""
    return next((m for m in range(a + 1, e - 2) if toks[m].text == "," and toks[m + 1].low in lex.closed.but
                 and toks[m + 2].low not in lex.complementizers), e)
