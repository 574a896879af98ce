"""Swedish, Norwegian and Danish cues coordinated after "men"/"og"/"och" with no complementizer: the first verb's
subject speaks ("Mannen är anhållen men förnekar brott"), and the noun object such a cue reports ends at a comma and
a coordinated main clause ("förnekar brott, och åklagaren är förtegen"), or with no comma at a coordinated clause
with a subject of its own or an adverbial clause ("nekar till brott och flera har överklagat", "denied the charges when
he appeared", `noun_object_stop`). sourcefirst.py and contentstop.py call these."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.fronting import fronted
from enligt.analyze.numwords import number_words
from enligt.analyze.phrases import seg_start
from enligt.analyze.quotes import ALL_MARKS
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset


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


def inverted_conjunct_subject(ctx: Ctx, toks: list[Tok], b: int, end: int) -> list[Tok]:
    """Swedish/Norwegian/Danish: the subject after the first verb when a fronted constituent opens the first
    conjunct before an "og"/"och" cue ("Søndag avviste X tallene og sa at C", "Senare i dag gick X ut och sa att
    C"): V2 puts the subject after that verb, so the fronted words are none of it. Sentence adverbs between
    verb and subject are skipped ("Da stengte imidlertid X veien og sa at"); empty when no fronted phrase opens
    toks[b:end] or no noun phrase follows its verb."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns:
        return []
    if tag := _tag_subject(ctx, toks, b, end):
        return tag  # "– Q, siger hun og fortæller, at C": the tag's own subject
    k = next((m for m in range(b + 1, min(end, b + FRONT_REACH)) if is_finite_verb(toks[m], lex)
              and toks[m - 1].low not in lex.prepositions), None)  # "I går": a preposition's noun, no verb
    if k is None or not fronted(ctx, toks, b, k):
        return []
    a = k + 1
    while a < end and lex.fronted.get(toks[a].low) == "adv" and not toks[a].upper:
        a += 1  # "sa imidlertid X", "sade dock X"
    j = forward_np(toks, a, end, lex)
    return toks[a:j] if a < j < end and toks[a].is_word and toks[a].low not in lex.prepositions else []


def _tag_subject(ctx: Ctx, toks: list[Tok], b: int, end: int) -> list[Tok]:
    """The subject after a quotation's tag verb that opens the first conjunct right after a comma ("– Q, siger hun og
    fortæller, at C", "»Q,« siger direktøren og tilføjer, at C"): V2 puts it after the verb; empty when toks[b:end]
    opens on no reporting verb after a comma, or no noun phrase runs from after it to the coordinator."""
    lex = ctx.lex
    if b == 0 or toks[b - 1].text not in _TAG_OPENERS or (hit := match_phrase(toks, b, end, lex.speech)) is None:
        return []
    a = b + hit[0]
    j = forward_np(toks, a, end, lex)
    if function_words(lex.lang, "tag_told_rest"):  # "siger direktøren til avisen og tilføjer": the medium told
        j = next((k for k in range(a + 1, j) if toks[k].low in wordset(lex.lang, "told_preps")), j)
    ok = j == end or j < end and _tag_rest(lex, toks, j, end)
    return toks[a:j] if a < j and ok and toks[a].is_word and toks[a].low not in lex.prepositions else []


def _tag_rest(lex: Lexicon, toks: list[Tok], j: int, end: int) -> bool:
    """Danish (`tag_told_rest` in `function_words.tsv`): what may stand between a tag's subject and the coordinator:
    a comma ("roser hun, men peger på, at C") or the medium told and its name, no verb among them ("siger han til
    avisen og tilføjer, at C"; `lang/da/told_preps.txt`)."""
    if not function_words(lex.lang, "tag_told_rest"):
        return False
    if toks[end - 1].text == ",":
        end -= 1  # "siger hun til avisen, men understreger"
    return j == end or toks[j].low in wordset(lex.lang, "told_preps") and all(
        t.is_word and not is_finite_verb(t, lex) and t.low not in lex.coordinators for t in toks[j + 1:end])


_TAG_OPENERS: Final = frozenset({",", "»", "«", "”", "\"", "“"})  # what a quotation's tag follows
FRONT_REACH: Final = 8  # words a fronted phrase may take before the first verb ("Rundt et kvarter senere")


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


def commented_stop(lex: Lexicon, words: frozenset[str], toks: list[Tok], k: int, e: int) -> bool:
    """Swedish/Norwegian/Danish: a comma and a relative pronoun of the whole clause as the object of a clause with a
    subject of its own ("…, noe hun ikke gjorde i fjor", "…, vilket polisen förnekar", "…, hvilket han ikke vil
    bekræfte"; `words`: the function words `sentential_relative`) end a content: the writer's comment on the claim,
    not part of it (not "…, vilket kan ge problem", whose relative is the subject and carries the claim on)."""
    if not lex.profile.v2 or lex.profile.capitalised_nouns or k + 3 >= e or toks[k].text != "," \
            or toks[k + 1].low not in words:
        return False
    m = k + 3 if toks[k + 2].low in lex.determiners else k + 2
    subject = toks[m]
    if not subject.is_word or subject.low in lex.finite_verbs or subject.low in lex.auxiliaries \
            or subject.low in lex.relatives or subject.low in lex.negation:
        return False
    if not (subject.low in lex.pronouns or subject.upper or m > k + 2 or word_type(subject.low, lex.lang)):
        return False  # a pronoun, a name, a determiner's noun or a source noun as the comment's own subject
    v = m + 1
    while v < e and v - m <= 2 and (toks[v].low in lex.negation or toks[v].low in lex.sentence_adverbs):
        v += 1  # "noe hun ikke gjorde", "vilket han själv inte …"
    return v < e and (is_finite_verb(toks[v], lex) or toks[v].low in lex.auxiliaries)


def but_clause(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """Where ", men"/", but" opens the writer's next clause after a report's claim ("meldinger om, at C, men dette
    afkræfter X"); not before a second "at"-clause of the claim ("…, men at D"); e when none does."""
    return next((m for m in range(a + 1, e - 2) if toks[m].text == "," and toks[m + 1].low in lex.closed.but
                 and toks[m + 2].low not in lex.complementizers), e)


CLAUSE_SUBJECT: Final = 4  # words of a coordinated clause's subject before its verb ("two of them have", "flera har")


def noun_object_stop(ctx: Ctx, toks: list[Tok], a: int, stop: int) -> int:
    """Where a cue's noun object at toks[a] ends with no comma: in Swedish, Norwegian and Danish before "och"/"og"
    and a clause with a subject of its own ("nekar till brott och flera har valt att …"), in those and English
    before an adverbial clause (`adverbial` in function_words.tsv: "instämmer i kritiken när X träffar honom").
    A content with a verb, a complementizer or a quotation mark before that point is a clause (or a quotation)
    whose own clauses it keeps: `stop` then."""
    lex = ctx.lex
    if a >= stop or toks[a].low in lex.complementizers or toks[a].low in lex.infinitive_markers:
        return stop  # ("vowed to curb A while rebuilding B": a verb phrase keeps its own adverbial clause)
    adverbial = function_words(ctx.lang, "adverbial")
    for k in range(a + 1, stop - 1):
        t = toks[k]
        if t.text in ALL_MARKS or _verb_like(lex, t) or t.low in lex.complementizers:
            return stop
        if t.low in adverbial and toks[k + 1].is_word and not toks[k + 1].low.endswith("ing"):
            return k
        if lex.profile.v2 and (t.low in lex.closed.and_ or t.low in lex.closed.but) and _own_clause(lex, toks, k + 1, stop):
            return k  # (not English: "acknowledged A and B had split" is a bare clause with two subjects)
    return stop


def _verb_like(lex: Lexicon, t: Tok) -> bool:
    """A finite verb, auxiliary, modal or form of "be" (by list or ending): the content is a clause."""
    return t.is_word and not t.upper and (is_finite_verb(t, lex) or t.low in lex.auxiliaries or t.low in lex.modals
                                          or t.low in lex.closed.be)


def _own_clause(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A subject opened by a pronoun, determiner, number or name (any noun in a V2 language) and a finite verb
    within `CLAUSE_SUBJECT` words at toks[k] ("flera har", "forsvareren hans vil"): a coordinated clause, not a
    second object."""
    first = toks[k] if k < e else None
    if first is None or not first.is_word or _verb_like(lex, first) or first.low in lex.prepositions:
        return False
    if not (first.low in lex.pronouns or first.low in lex.determiners or first.upper or first.text[:1].isdigit()
            or first.low in number_words(lex.lang) or lex.profile.v2):
        return False  # (a V2 noun is definite with no determiner: "forsvareren hans vil")
    for m in range(k + 1, min(e, k + CLAUSE_SUBJECT + 1)):
        t = toks[m]
        if _verb_like(lex, t):
            return m + 1 < e and toks[m + 1].is_word
        if not t.is_word or t.low in lex.relatives or t.low in lex.complementizers or t.low in lex.coordinators:
            return False
    return False


def past_preposition(ctx: Ctx, toks: list[Tok], s: int, b: int, end: int) -> int:
    """The start of the first conjunct's segment when the word before it is a preposition spelt like a
    subordinator (`preposition_subordinator`: "efter", "før") and no finite verb follows it before the coordinator:
    a prepositional phrase ("Træneren var glad efter kampen og sagde"), no clause with a subject of its own."""
    if b <= s or toks[b - 1].low not in function_words(ctx.lang, "preposition_subordinator") \
            or any(is_finite_verb(t, ctx.lex) for t in toks[b:end]):
        return b
    return seg_start(toks, s, b - 1, ctx.lex.subordinators)


def past_object_clause(lex: Lexicon, toks: list[Tok], s: int, b: int) -> int:
    """The start of the first conjunct's segment past an object clause that ends it ("X gav ingen grunde til, at A,
    men nævnte, at C", "X ville ikke sige, hvorfor A, men …": that clause is the first verb's object, its subject X
    before the comma), else b."""
    openers = lex.complementizers | wordset(lex.lang, "interrogatives")  # (and "hvorfor A", "om A")
    k = b + 1 if b < len(toks) and toks[b].low in openers else b
    if k - 2 > s and toks[k - 1].low in openers and toks[k - 2].text == ",":
        return seg_start(toks, s, k - 2, lex.subordinators)
    return b


def past_lone_adverbs(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """Past the lower-case sentence adverbs right after a V2 cue (`fronted` class adv: "nævnte blot, at C", "sa også
    at C"): where its complementizer may stand."""
    while lex.profile.v2 and a < e and not toks[a].upper and lex.fronted.get(toks[a].low) == "adv":
        a += 1
    return a
