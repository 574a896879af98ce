"""Where a content read after a cue stops: a coordinated second cue or speaker ("… men varnar för att …", "X said A
and his counterpart revealed B", "…, adding that …"), the writer's next clause ("…, and he railed against …", "…; critics
deride it"), a quote with a tag of its own, another source's tag ("…, enligt en sammanställning"). Split out of
sourcefirst.py; `coordinated_stop` serves sourcefirst.py and rules.py."""
from __future__ import annotations

from typing import Final

from enligt.analyze import englishshapes, shapes
from enligt.analyze.conjunct import commented_stop, object_clause_stop
from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.hearsay import adverb_cue_after
from enligt.analyze.inverted import QUOTE_STRIP
from enligt.analyze.phrases import VERB_ADVERBS, span, time_word
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset

_DASH: Final = frozenset({"–", "—"})
_ASIDE_DASH: Final = frozenset({"–", "—", "-", "--"})  # a dash set off by spaces before an aside ("… - adding that …")
_CLAUSE_MARKS = frozenset({";"})  # a mark that closes a reported clause in English


def _clause_end(toks: list[Tok], k: int, e: int, reach: int) -> int:
    """The next comma or end mark from toks[k] within `reach` words, else k + reach (at most e)."""
    return next((m for m in range(k, min(e, k + reach)) if toks[m].text in ",.;:!?"), min(e, k + reach))


def _adverbed_cue_after(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """Adverbs and a reporting verb of speech or opinion at toks[k] after a coordinator ("but also insisted", "and
    then claimed")."""
    m = k
    while m < min(e - 1, k + VERB_ADVERBS) and toks[m].low in lex.sentence_adverbs:
        m += 1
    hit = match_phrase(toks, m, e, lex.speech) if m > k else None
    return hit is not None and hit[1] in ("speech", "told", "opinion") and m + hit[0] < e


def _tag_verb_acting(lex: Lexicon, toks: list[Tok], j: int, e: int) -> bool:
    """Whether a tag verb ending at toks[j] goes on with an infinitive, a gerund or a preposition ("… and continued
    to fire", "… and went on shouting", "… and continued into the night"): an act in the reported clause, no second
    report (not "… and questioned whether B", "… and continued: “Q”")."""
    return j < e and toks[j].is_word and (toks[j].low in lex.prepositions or toks[j].low.endswith("ing")
                                          or toks[j].low in function_words(lex.lang, "tag_act"))


def _negated_cue_after(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A negated cue opening a coordinated verb phrase at toks[k] ("did not suggest", "never said")."""
    m = k
    while m < min(e, k + VERB_ADVERBS + 1) and (toks[m].low in lex.question_auxiliaries or toks[m].low in lex.auxiliaries
                                                 or toks[m].low in lex.negation or toks[m].low.endswith(("n't", "n’t"))):
        m += 1
    return m > k and m < e and any(toks[j].low in lex.negation or toks[j].low.endswith(("n't", "n’t"))
                                   for j in range(k, m)) and match_phrase(toks, m, e, lex.speech) is not None


COORDINATED_CUE: Final = 8  # tokens after ", but" up to a second cue ("…, but in a later interview said")
SECOND_SPEAKER: Final = 6  # words of a coordinated speaker's noun phrase ("and his New South Wales counterpart revealed")


def _second_speaker(lex: Lexicon, toks: list[Tok], k: int, e: int, adverbs: bool = False) -> bool:
    """A noun phrase opened by a determiner or a name, then a reporting verb, at toks[k] after "and"/"but"
    with no comma ("… had been destroyed and his counterpart revealed there was …"): another speaker; with
    `adverbs`, also past adverbs before the verb ("— the coach also pointed out")."""
    if k >= e or not toks[k].is_word or not (toks[k].low in lex.determiners or toks[k].upper) \
            or toks[k].low in lex.first_person:
        return False  # (not "… and I said he was …": the speaker's own words go on)
    for m in range(k + 1, min(e - 1, k + SECOND_SPEAKER + 1)):
        t = toks[m]
        hit = match_phrase(toks, m, e, lex.speech)
        if hit and (hit[1] in ("speech", "told", "opinion", "reject") or adverbs and not hit[1].startswith("participle")):
            return m + hit[0] < e and toks[m + hit[0]].is_word
        if adverbs and t.low in lex.sentence_adverbs:
            continue
        if not t.is_word or t.low in lex.auxiliaries or t.low in lex.relatives or t.low in lex.prepositions \
                or t.low in lex.subordinators or t.low in lex.coordinators:
            return False
    return False


def _names_end(lex: Lexicon, toks: list[Tok], b: int, e: int) -> int:
    """End of a run of names and titles from toks[b] ("Sen. Ann Cole and Rep. Tom Ruiz"): capitalised words, the
    periods of their abbreviations and the coordinators between them, a word after them; b when none opens there."""
    k = b
    while k < e and (toks[k].is_word and toks[k].upper or k > b and (toks[k].text == "." or toks[k].low in lex.coordinators)
                     and k + 1 < e and toks[k + 1].upper and toks[k + 1].is_word):
        k += 1
    return k if k < e and toks[k].is_word else b  # (not "…, and Ann Lee, who said": a relative clause's cue)


NAMES_CUE: Final = 3  # tokens after a run of names up to and past their cue ("… Tom Ruiz | also said")


def coordinated_stop(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """End of a content that a coordinated second cue cuts ("… men varnar för att …", "…, adding that …"), without
    a closing phrase of the medium the speaker used ("… “rigged” in a tweet Sunday")."""
    return medium_stop(ctx, toks, a, _colon_quote_stop(ctx, toks, a, _own_clause_stop(ctx, toks, a, _coordinated_stop(
        ctx, toks, a, e))))


def _own_clause_stop(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """Swedish: a clause after "att" ends at "och" and a main clause of the speaker's own: a first-person subject
    and its verb ("att A och vi fick B") or a fronted adverb and the verb after it (`own_clause_adverb`: "att A och
    så är det B", a main clause's word order, no longer the reported clause). Else e."""
    adverbs = function_words(ctx.lang, "own_clause_adverb")
    lex = ctx.lex
    if not adverbs or a == 0 or toks[a - 1].low not in lex.complementizers:
        return e
    for k in range(a + 2, e - 2):
        if toks[k].low in lex.coordinators and toks[k].low not in _BUT and toks[k - 1].is_word and (
                toks[k + 1].low in lex.first_person or toks[k + 1].low in adverbs) and is_finite_verb(toks[k + 2], lex):
            return k
    return e


_BUT: Final = frozenset({"men", "utan"})  # (a contrast keeps its own rules)


def _colon_quote_stop(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """German: a colon before an opening quotation mark ends the reported clause ("sagte, C: «Q»"): the quotation
    after it is a record of its own. Else e."""
    if not ctx.lex.profile.capitalised_nouns:
        return e
    return next((k for k in range(a + 1, e - 1) if toks[k].text == ":" and toks[k + 1].text in _OPENING_QUOTES), e)


_OPENING_QUOTES: Final = frozenset("„«»\"“")  # (German quotes open with „ or « or », or a straight mark)


MEDIUM_MODIFIERS: Final = 3  # words between "in" and the medium noun ("in a separate CNN interview")
MEDIUM_TAIL: Final = 9  # tokens after the medium noun: its recipient, time or place ("with CNN on Sunday")


def medium_stop(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """English: where a phrase of the speaker's medium closes the content at toks[a:e] ("X called it “a hoax” | in
    a tweet Sunday", "Y said talks had failed | in an interview with CNN"): "in", "a" or a possessive, up to three
    modifiers, a medium noun (lang/en/medium_nouns.txt), then no more than a recipient, time or place (no comma,
    quotation mark or verb) to the end; not inside a quotation. Not after "the" ("lost in the post"). Else e."""
    nouns = wordset(ctx.lang, "medium_nouns")
    if not nouns or ctx.lex.profile.v2:
        return e
    into, owners = function_words(ctx.lang, "medium_in"), function_words(ctx.lang, "medium_determiner")
    for k in range(a + 1, e - 2):
        if toks[k].low in into and toks[k + 1].low in owners \
                and (m := _medium_noun(ctx.lex, nouns, toks, k + 2, e)) is not None \
                and _bare_tail(ctx.lex, toks, m + 1, e) \
                and not sum(1 for t in toks[a:k] if t.text in QUOTE_STRIP) % 2:
            return k
    return e


def _medium_noun(lex: Lexicon, nouns: frozenset[str], toks: list[Tok], j: int, e: int) -> int | None:
    """Index of a medium noun at toks[j] or after up to `MEDIUM_MODIFIERS` plain words; else None."""
    for m in range(j, min(e, j + MEDIUM_MODIFIERS + 1)):
        if toks[m].low in nouns:
            return m
        if not toks[m].is_word or is_finite_verb(toks[m], lex) or toks[m].low in lex.speech:
            return None
    return None


def _bare_tail(lex: Lexicon, toks: list[Tok], j: int, e: int) -> bool:
    """Whether toks[j:e] is a short phrase with no comma, quotation mark, verb or complementizer (a recipient, a
    time or a place: "with CNN on Sunday"), trailing sentence marks aside."""
    while e > j and toks[e - 1].text in ".!?":
        e -= 1
    return e - j <= MEDIUM_TAIL and all(t.text not in QUOTE_STRIP and (t.is_word or t.text in "’'-") and t.low not in
                                        lex.complementizers and t.low not in lex.speech and not is_finite_verb(t, lex)
                                        for t in toks[j:e])


def _coordinated_stop(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """End of a content that a coordinated second cue cuts ("… men varnar för att …", "…, adding that …")."""
    lex = ctx.lex
    v2 = lex.profile.v2
    coordinators = lex.coordinators
    speech = lex.speech
    contrast_while = function_words(ctx.lang, "contrast_while")
    commented = function_words(ctx.lang, "sentential_relative")
    for k in range(a + 1, e - 1):
        tok = toks[k]
        text = tok.text
        low = tok.low
        comma = text == ","
        coord = low in coordinators  # (cheap set and flag tests first: each rule below is tried at every word)
        joined = comma and toks[k + 1].low in coordinators
        contrast = comma and not joined and not v2 and toks[k + 1].low in contrast_while
        if (joined or contrast) and k + 2 < e and any(
                match_phrase(toks, m, e, speech) and not (contrast and toks[m - 1].low in lex.determiners)
                for m in range(k + 3, min(e, max(k + COORDINATED_CUE, _names_end(lex, toks, k + 2, e) + NAMES_CUE)))) \
                and toks[k + 2].is_word and not (toks[k + 1].low in function_words(ctx.lang, "and")
                                                 and toks[k + 2].low in lex.complementizers):
            # (not "…, og at fornærmede synes C": a second clause of the outer cue, whose cue is nested in it;
            # "…, but that number is not confirmed" has a determiner after its "but")
            return k  # "…, but she said she might …", "…, while other media reported …": its own speaker and cue
        if not v2 and text in _ASIDE_DASH and k + 2 < e and toks[k + 1].low in coordinators \
                and _dashed_report(lex, toks, k + 2, e):
            return k  # "… is sound — but he said B", "… — and later insisted that B": a second report
        if v2 and text in _DASH and k + 1 < e and toks[k + 1].low in contrast_while:
            return k  # "kallar upplägget «orimligt» – medan regeringen pekar på …": the writer's contrast
        if comma and object_clause_stop(lex, toks, a, k, e):
            return k  # "förnekar brott, och åklagaren är förtegen": the writer's next clause
        if comma and commented_stop(lex, commented, toks, k, e):
            return k  # "…, noe hun ikke gjorde i fjor": the writer's comment on the claim
        if coord and shapes.second_speaker_and(ctx, toks, k, e):  # "… og et andet vidne tilføjer, at …"
            return k
        if comma or not v2 and text in _ASIDE_DASH:  # "…, adding that …", "…, “unfit to serve,” saying …", "… — adding"
            j = k + 1
            while j < e - 1 and toks[j].text in QUOTE_STRIP:
                j += 1
            m = match_phrase(toks, j, e, speech)
            if m and m[1].startswith("participle") and m[1] != "participle-evidence":  # (", showing …": often no report)
                return j if j > k + 1 and comma else k
            if comma and not v2 and toks[j].low in wordset(ctx.lang, "aside_participles") \
                    and not sum(1 for t in toks[a:j] if t.text in QUOTE_STRIP) % 2:
                return j if j > k + 1 else k  # "…, echoing a memo from Y": the speaker's act or the writer's comment
        if coord and not v2 and _coordinated_participle(ctx, toks, a, k, e):
            return k  # "… warning that A and implying that B": the speaker's second report, not A's verb
        if low in lex.subordinators and (m := match_phrase(toks, k + 1, e, speech)) \
                and not (m[1] == "reject" and coord and not v2) and m[1] != "participle-evidence" \
                and not (m[1] == "tag" and _tag_verb_acting(lex, toks, k + 1 + m[0], e)):  # ("acting and showing
            # disdain"); Nordic "bekreftet at A, men bestred at B": the speaker's second report
            return k  # (not "said A and rejected the reports as B": the rejection is part of what was said)
        if comma and not v2 and k + 3 < e and toks[k + 1].low in coordinators \
                and (_narrated_clause(lex, toks, k + 2, e) or englishshapes.next_act(lex, toks, k + 2, e)
                     and not sum(1 for t in toks[a:k] if t.text in QUOTE_STRIP) % 2):  # (not inside a quotation)
            return k  # "… is the budget, and he railed against …": the writer narrates again
        if comma and not v2 and k + 4 < e and toks[k + 1].text in QUOTE_STRIP \
                and (c := _closed_quote_coordinator(lex, toks, a, k, e)) and _narrated_clause(lex, toks, c + 1, e):
            return c  # "… was ''a disgrace,'' and he repeated his claim …": the writer narrates after the quote
        if not v2 and text in _CLAUSE_MARKS and k + 1 < e and toks[k + 1].is_word \
                and not sum(1 for t in toks[a:k] if t.text in QUOTE_STRIP) % 2:
            return k  # "… her duty; critics deride it": the writer's next clause (not inside a quotation)
        if not v2 and text == ":" and toks[k + 1].text in QUOTE_STRIP \
                and _tagged_quote(ctx, toks, k + 1, e):
            return k  # "… had lost its soul: “Q,” he claimed": the quote has a speaker of its own
        if comma and k + 3 < e and not v2 and not lex.profile.capitalised_nouns \
                and toks[k + 1].low in function_words(ctx.lang, "contrast_opener") \
                and _contrasted_subject(lex, toks, k + 2, e):
            return k  # "X denied A, but critics point to B": the writer's clause with a subject of its own
        if comma and k + 3 < e and not v2 and toks[k + 1].low in function_words(ctx.lang, "concessive") \
                and (_conceding_speaker(lex, toks, k + 2, e) or _writer_hedge(ctx, toks, k + 2, e)):
            return k  # "Most say A, though they blame B": the writer's concession about the speakers
        if not v2 and text in _DASH and _second_speaker(lex, toks, k + 1, e, adverbs=True):
            return k  # "… tired of waiting — the coach also pointed out that …": another speaker's report
        if comma and k + 2 < e and toks[k + 1].low in coordinators \
                and _shared_subject_verb(ctx, toks[k + 2]):
            return k  # German "betonte, C, und forderte mehr Hilfe": the speaker's next verb, not C's
        if coord:
            if _second_speaker(lex, toks, k + 1, e):
                return k  # "X said A and his counterpart revealed B": a clause with its own speaker and cue
            if not v2 and _adverbed_cue_after(lex, toks, k + 1, e):
                return k  # "… conceded that A but also insisted that B": a second report of the same speaker
            if _negated_cue_after(lex, toks, k + 1, e):
                return k  # "… deputy but did not claim it would be Ortiz": a second, negated report
        if comma:
            if match_phrase(toks, k + 1, e, lex.prep):
                return k  # "… kronor, enligt en sammanställning": the outer source's tag
            if k + 2 < e and toks[k + 1].low in function_words(ctx.lang, "elapsed") \
                    and toks[k + 2].low in lex.subordinators:
                return k  # "confirmed the figure early Friday, hours after the UN …": the writer's time frame
            if v2 and k + 2 < e and toks[k + 1].low in coordinators and any(
                    match_phrase(toks, m, e, lex.prep) for m in range(k + 2, _clause_end(toks, k + 2, e, COORDINATED_CUE))):
                return k  # "…, men enligt uppgifter till X jagas …", "…, und in Y kamen laut Polizei 20": another source's clause
            if v2 and adverb_cue_after(lex, toks, k + 1, e):
                return k  # "…, sedan sa räddningstjänsten att …": a fronted adverb, a cue and its own subject
    return e


def _contrasted_subject(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A noun phrase of a few words at toks[k] that ends in a speaker noun ("critics", "many economists") or a name
    ("Ann Lee"), then a verb, auxiliary or modal: a clause with a subject of its own (not a pronoun: "…, but it
    would need repairs" may be the report going on; nor "…, but that no patient was hurt": the report's own clause)."""
    if toks[k].low in lex.complementizers:
        return False
    for m in range(k + 1, min(e, k + SECOND_SPEAKER + 1)):
        t = toks[m]
        if t.low in lex.sentence_adverbs or t.text == "." and toks[m - 1].low in lex.closed.honorific:
            continue  # "…, though the council still needs to vote", "…, but Mr. Berg was"
        if t.is_word and not t.upper and (is_finite_verb(t, lex) or t.low in lex.auxiliaries or t.low in lex.modals
                                          or len(t.low) > PAST_MIN and t.low.endswith("ed")):  # "police refused"
            head = next((toks[h] for h in range(m - 1, k - 1, -1) if toks[h].low not in lex.sentence_adverbs), t)
            return head.is_word and (word_type(head.low, lex.lang) in _SPEAKERS and not head.upper
                                     or head.upper and toks[k].upper and head.low not in lex.pronouns)
        if not t.is_word or t.low in lex.prepositions or t.low in lex.relatives or t.low in lex.pronouns \
                or t.low in lex.complementizers or t.low in lex.subordinators:
            return False
    return False


_SPEAKERS = frozenset({"person", "official", "organization"})
PAST_MIN: Final = 3  # letters of a past form in -ed that a contrasted subject's verb may be ("refused", not "led")


def _writer_hedge(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """The writer's hedge at toks[k] after a concessive ("…, although it is unclear whether …", "though it was not
    known how …", "though it remains unclear why …"): "it", a form of "be" or `hedge_link`, a word of not knowing (`unknowing` in function_words.tsv) and a question word."""
    if k + 3 >= e or toks[k].low != "it" or toks[k + 1].low not in ctx.lex.closed.be \
            and toks[k + 1].low not in function_words(ctx.lang, "hedge_link"):
        return False
    m = k + 2
    adverbs = function_words(ctx.lang, "hedge_adverb")
    while m < e - 1 and (toks[m].low in adverbs or toks[m].low in ctx.lex.negation):
        m += 1
    return toks[m].low in function_words(ctx.lang, "unknowing") and m + 1 < e \
        and (toks[m + 1].low in ctx.lex.question_words or toks[m + 1].low in ctx.lex.complementizers)


def _conceding_speaker(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A personal pronoun, adverbs and a lower-case verb of no auxiliary, modal or "be" at toks[k] ("they blame",
    "he still conceded"): a clause about the speakers, not more of their report ("it would cost more" goes on)."""
    if lex.pronouns.get(toks[k].low) != "person" or toks[k].low in lex.first_person:
        return False
    m = k + 1
    while m < e - 1 and toks[m].low in lex.sentence_adverbs:
        m += 1
    t = toks[m]
    return m + 1 < e and t.is_word and not t.upper and t.low not in lex.auxiliaries and t.low not in lex.modals \
        and t.low not in lex.closed.be and t.low not in lex.negation and t.low not in lex.prepositions \
        and t.low not in lex.determiners and not t.low.endswith(("n't", "n’t")) and toks[m + 1].is_word


def _narrated_clause(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A personal pronoun and a past form in -ed at toks[k] ("he railed", "she later praised"): a clause of the
    writer's after a reported one, not the reported speech going on (a modal, auxiliary or "be" keeps it: "and he
    would resign", "and they were late")."""
    if toks[k].low in lex.determiners and lex.pronouns.get(toks[k].low) is None:
        m = k + 1  # "…, and the union of the town filed a suit": a noun phrase of the writer's next clause
        while m < min(e - 1, k + SECOND_SPEAKER) and toks[m].is_word and not toks[m].low.endswith("ed") \
                and toks[m].low not in lex.relatives and toks[m].low not in lex.complementizers \
                and not is_finite_verb(toks[m], lex) and toks[m].low not in lex.modals:
            m += 1
        k = m - 1
    elif lex.pronouns.get(toks[k].low) != "person" or toks[k].upper and k > 0 and toks[k - 1].is_word:
        return False
    m = k + 1
    while m < e - 1 and toks[m].low in lex.sentence_adverbs:
        m += 1
    if toks[m].low in _PERFECT and m + 1 < e - 1:  # "…, and the union has already sued"
        m += 1
        while m < e - 1 and toks[m].low in lex.sentence_adverbs:
            m += 1
    t = toks[m]
    return t.is_word and not t.upper and t.low.endswith("ed") and t.low not in lex.auxiliaries \
        and t.low not in lex.modals and t.low not in lex.closed.be


_PERFECT: Final = frozenset({"has", "have", "had"})


def _tagged_quote(ctx: Ctx, toks: list[Tok], o: int, e: int) -> bool:
    """A quotation opening at toks[o] that closes before a comma and a tag with a reporting verb ("“Q,” he
    claimed")."""
    while o + 1 < e and toks[o + 1].text in QUOTE_STRIP:
        o += 1  # "''" is two tokens
    c = next((k for k in range(o + 1, e) if toks[k].text in QUOTE_STRIP), None)
    if c is None:
        return False
    k = c + 1 if toks[c - 1].text == "," else c + 2 if c + 1 < e and toks[c + 1].text == "," else -1
    return 0 < k < e and any(match_phrase(toks, m, e, ctx.lex.speech) for m in range(k, min(e, k + TAG_REACH)))


TAG_REACH = 4  # tokens from a quote's comma to its tag's cue ("the town's mayor said")


def _shared_subject_verb(ctx: Ctx, t: Tok) -> bool:
    """German: a finite verb right after ", und" (a cue, or a weak past form: "forderte", "kündigten"), whose subject is
    the one before the comma's clause; not a time word or adverb ("und heute", "und zwar")."""
    lex = ctx.lex
    if not lex.profile.capitalised_nouns or not t.is_word or t.upper:
        return False
    low = t.low
    return low in lex.speech or (len(low) > SHORT_VERB and low.endswith(("te", "ten")) and not time_word(low, lex.times)
                                 and low not in lex.fronted and low not in lex.determiners)


SHORT_VERB = 5  # a weak past form read after ", und" is longer than this ("sagte" is a cue anyway)


def _closed_quote_coordinator(lex: Lexicon, toks: list[Tok], a: int, k: int, e: int) -> int | None:
    """The coordinator after a comma at toks[k] and the quotation marks that close right after it ("…,'' and"), when
    the marks close a quotation the content opened (an even count of marks up to the coordinator); else None."""
    j = k + 1
    while j < e - 1 and toks[j].text in QUOTE_STRIP:
        j += 1
    if toks[j].low not in lex.coordinators or sum(1 for t in toks[a:j] if t.text in QUOTE_STRIP) % 2:
        return None
    return j


def _coordinated_participle(ctx: Ctx, toks: list[Tok], a: int, k: int, e: int) -> bool:
    """A reporting verb's participle and "that" right after "and" at toks[k] ("… and implying that B") outside a
    quotation, when the content before it has no progressive form it could go on ("was shouting and saying …")."""
    lex = ctx.lex
    v = toks[k + 1]
    if k + 3 >= e or not v.low.endswith("ing") or toks[k + 2].low not in lex.complementizers \
            or not any(f in lex.speech for f in (v.low, v.low[:-3] + "ed", v.low[:-4] + "ied")) \
            or sum(1 for t in toks[a:k] if t.text in QUOTE_STRIP) % 2:
        return False
    return not any(toks[j].low in lex.closed.be or toks[j].low.endswith("ing") for j in range(a, k))


def _dashed_report(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """A personal pronoun or none, adverbs and a reporting verb at toks[k] after a dash and a coordinator ("— but he
    said", "— and later insisted"): the speaker's second report (or another's), not more of the first."""
    if lex.pronouns.get(toks[k].low) == "person" and toks[k].low not in lex.first_person:
        k += 1
    m = k
    while m < min(e - 1, k + VERB_ADVERBS) and toks[m].low in lex.sentence_adverbs:
        m += 1
    hit = match_phrase(toks, m, e, lex.speech) if m < e else None
    return hit is not None and hit[1] in ("speech", "told", "opinion", "that") and m + hit[0] < e


def coordinated_cut(ctx: Ctx, toks: list[Tok], e: int, d: Draft) -> Draft:
    """The draft of an inverted cue with its one content part cut where a coordinated clause with its own cue or source
    starts ("In X sprach die Polizei von A, und in Y kamen laut Polizei B": A)."""
    if len(d.parts) != 1:
        return d
    a = next((k for k in range(e) if toks[k].start >= d.parts[0][0]), e)
    stop = coordinated_stop(ctx, toks, a, e) if a < e else e
    c = span(ctx, toks, a, stop) if stop < e else None
    return replaced(d, parts=(c,)) if c else d
