"""Sourceless hearsay markers ("sägs", "ska ha", "skal være pågrepet", "reportedly", "soll … haben"): one
sentence's candidates, which passes.merge_hearsay merges into a sourced record of the same clause. A split
of markers.py (prepositional cues and evidence phrases stay there).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_hearsay, match_phrase
from enligt.analyze.hearsayagent import agent_hearsay
from enligt.analyze.hearsaynone import none_reported
from enligt.analyze.hearsaypast import unreal_past
from enligt.analyze.hearsayperfect import DE_RELATIVE, perfect_infinitive, verb_final_perfect
from enligt.analyze.hearsayrel import adverbs_only, antecedent
from enligt.analyze.numwords import number_entries
from enligt.analyze.phrasal import is_phrasal
from enligt.analyze.phrases import span
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.lang import function_words, wordset


def hearsay_rules(ctx: Ctx, toks: list[Tok], s: int, e: int, cands: Sequence[int] | None = None) -> list[Draft]:
    """Sourceless hearsay candidates; passes.merge_hearsay merges them into a sourced record of the same clause."""
    out: list[Draft] = []
    hs, prep = ctx.lex.hearsay, ctx.lex.prep
    where = range(s, e) if cands is None else cands  # every marker and cue starts with a trigger word
    if not any(toks[k].low in hs for k in where):
        return out
    for k in where:  # "Enligt planen ska … ha fått": a plan in the future perfect, not hearsay
        m = match_phrase(toks, k, e, prep) if k < e - 1 and toks[k].low in prep else None
        if m and toks[k + m[0]: k + m[0] + 2] and any(t.low in ctx.lex.plans for t in toks[k + m[0]:k + m[0] + 2]):
            return out
    nxt = s
    for i in where:
        m = match_hearsay(toks, i, e, ctx.lex) if i >= nxt and toks[i].low in hs else None
        if not m or (toks[i].low in ctx.lex.hearsay_modal and not perfect_infinitive(toks, i, e, ctx.lex)
                     and not verb_final_perfect(toks, s, i, e, ctx.lex)):
            continue
        k, cue_text = m
        if k < e and k - i > 1 and toks[k].low in function_words(ctx.lang, "direction_adverb"):
            continue  # "dem Vernehmen | nach unten": a preposition of direction, no postposition
        if k - 2 > i and toks[k - 2].low in function_words(ctx.lang, "expletive_hearsay") and not any(
                t.low in ctx.lex.expletives for t in toks[i - 1:k - 2]):
            continue  # "Mötet ska handla om skolan": a plan; "det ska handla om en olycka": hearsay
        if _phrasal_passive(ctx, toks, i, e):
            continue  # "90 sägs upp", "40 ansatte sies opp": laid off (lang/<code>/phrasal.tsv), no hearsay
        if (sourced := agent_hearsay(ctx, toks, s, e, i)) is not None:
            out.append(sourced)  # "Natten beskrivs av polisen som lugn": the agent is the source
            nxt = k
            continue
        if unreal_past(ctx.lang, cue_text, toks, s, i, e):
            continue  # "Vi skulle have taget en anden vej", "Kampen skulle have været spillet, men …": no hearsay
        if cue_text.lower() in function_words(ctx.lang, "raised_only") and (
                k >= e or toks[k].low not in function_words(ctx.lang, "raised_infinitive")):
            continue  # "The theft was reported to the police": a recipient, not "was reported to be/have"
        if cue_text.lower() in function_words(ctx.lang, "reported_state") and not _reported_state(ctx, toks, i, k, e):
            continue  # "The theft was reported at 3 a.m.": an event reported to someone, no claim marked
        if _on_grounds(ctx, toks, s, i):
            continue  # "ut ifra opplysninger vi har, skal også X ha skjedd": the speaker's own grounds, no hearsay
        if cue_text.lower() in function_words(ctx.lang, "hearsay_clause") \
                and _clause_after(ctx, toks, k, e, expletive=True) is None:
            continue  # "Siffrorna redovisades i går": a passive report only with its clause ("redovisades att C")
        if cue_text.lower() in function_words(ctx.lang, "hearsay_recipient") and _recipient_subject(ctx, toks, s, i):
            continue  # "Personalen har meddelats att C": the staff were told, nobody reports to the reader
        if _negated_passive(ctx, toks, i, k, e) or none_reported(ctx, toks, s, i, k, e, cue_text):
            continue  # "Der oplyses ikke flere detaljer", "Inga skador har rapporterats": nothing is reported
        if cue_text.lower() in ctx.lex.hearsay_relative and not _event_state(ctx, toks, k, e) and (
                cue_text.lower() in ctx.lex.hearsay_state or not _in_relative(ctx, toks, s, i)) \
                and not _cleft_state(ctx, toks, s, i, k, e):
            continue  # "skal være" is hearsay in "mannen, som skal være i 30-årene", a plan elsewhere
        if _possession(ctx, toks, k, e, cue_text):
            if not _event_state(ctx, toks, k, e):
                continue
            cue_text = toks[i].text  # "ska inte ha några livshotande skador": a state, "ha" its verb, not a perfect
        start, inner = s, False
        where_words = function_words(ctx.lex.lang, "where")
        for b in range(i - 1, s, -1):
            if toks[b].low in where_words and toks[b - 1].text in _CLAUSE_MARKS and not _relative_with_subject(ctx, toks, b, i) \
                    and (opened := _opens_inner(ctx, toks, s, b, i, k, e)) is not None:
                start, inner = opened, True  # "…, hvor der angiveligt lå …": the relative clause is the claim
                break
            if toks[b].text == ";" or (toks[b].low in ctx.lex.subordinators and toks[b - 1].text == ","):
                start = b + 1
                break
            if _nordic(ctx.lex) and toks[b].low in ctx.lex.complementizers and b + 1 < i and toks[b + 1].is_word:
                start = b + 1  # "Der var ingen tegn på, at soldater skulle have boet der": the at-clause is the claim
                break
            if (toks[b].text == "," or toks[b].low in function_words(ctx.lang, "expletive_clause_and")) and b + 2 == i \
                    and toks[b + 1].low in ctx.lex.expletives and ctx.lex.profile.v2:
                start = b + 1  # "…, det ska röra sig om en kvinna", "… och det ska ha brunnit": a clause of its own
                break
            if toks[b].low in ctx.lex.relatives and toks[b - 1].low in ctx.lex.closed.and_ and i - b <= AS_CLAUSE:
                start = b  # "… och som tidigare uppgetts råder ingen fara": the as-clause opens its claim
                break
            if _relative_with_subject(ctx, toks, b, i):
                start = b + 1  # "… inne i butikken der gjerningspersonen skal ha barrikadert seg"
                break
            if (opened := _opens_inner(ctx, toks, s, b, i, k, e)) is not None:
                start, inner = opened, True  # "en man som ska ha rånat en kiosk": the relative clause is the claim
                break
        s0 = s + 1 if s + 1 < i and toks[s].text in _OPENERS else s  # (a quotation's opening mark or dash: "»Det …")
        if start == s and i == s0 + 1 and (toks[s0].low in ctx.lex.expletives or toks[s0].low == "it") \
                and (after := _clause_after(ctx, toks, k, e, expletive=False)) is not None:
            start = after  # "Det forlyder, at C": C
        elif start == s and i > s0 and ctx.lex.profile.v2 and all(t.is_word for t in toks[s0:i]) \
                and (after := _clause_after(ctx, toks, k, e, expletive=True)) is not None:
            start = after  # after a fronted adverbial: "På kvällen uppgavs att C", "Senere meldes det at C"
        c = span(ctx, toks, start, _inner_end(toks, k, e, ctx.lex, start == s) if inner else _next_clause(ctx, toks, k, e))
        if c and any(o.start <= c[0] and c[1] <= o.end for o in out):
            c = None  # "X skal ha hørt skudd, men senere skal det ha roet seg": one claim of the sentence's hearsay
        if c:
            out.append(Draft((c,), (toks[i].start, toks[k - 1].end), cue_text, hearsay=True))
        nxt = k
    return out


def _phrasal_passive(ctx: Ctx, toks: list[Tok], i: int, e: int) -> bool:
    """A passive marker that is a phrasal verb's ("90 sägs upp", "Totalt sägs 40 personer upp", "sies opp": laid off;
    lang/<code>/phrasal.tsv), its particle before any infinitive ("sägs ha gett upp" stays hearsay)."""
    if not is_phrasal(toks, i, 1, e, ctx.lex):
        return False
    parts = ctx.lex.phrasal.get(toks[i].low, frozenset())
    k = next((k for k in range(i + 1, e) if toks[k].low in parts), e)
    return not any(t.low in function_words(ctx.lang, "phrasal_passive_stop") for t in toks[i + 1:k])


def _reported_state(ctx: Ctx, toks: list[Tok], i: int, k: int, e: int) -> bool:
    """Whether an agentless "was/were reported" at toks[i:k] marks hearsay: no negation inside it, no question word
    right before it, and a state right after it ("were reported missing": `hearsay_states.txt`) or the end of its
    clause ("several arrests were reported.")."""
    if any(t.low in ctx.lex.negation for t in toks[i:k]) \
            or any(t.low in ctx.lex.question_words for t in toks[max(0, i - 2):i]):
        return False  # (nor a question: "how many are reported missing", "who was reported hurt")
    if _no_subject(ctx, toks, i, k):
        return False  # "No injuries were reported", "there were no arrests reported": nothing reported
    return k >= e or toks[k].text in _CLAUSE_ENDS or toks[k].low in wordset(ctx.lang, "hearsay_states")


def _no_subject(ctx: Ctx, toks: list[Tok], i: int, k: int) -> bool:
    """Whether a negative determiner (`negative_determiner`: "no") opens the subject right before an agentless
    "was/were reported" at toks[i:k], or stands inside it ("there were no arrests reported"): words only between."""
    negative = function_words(ctx.lang, "negative_determiner")
    if not negative:
        return False
    b = i
    while b > 0 and i - b < NO_SUBJECT_REACH and toks[b - 1].is_word:
        b -= 1
    return any(t.low in negative for t in toks[b:k])


NO_SUBJECT_REACH: Final = 4  # words of a subject before "was/were reported" ("no serious injuries")
_CLAUSE_ENDS: Final = frozenset({".", ",", ";", "!", "?"})
_CLAUSE_MARKS: Final = frozenset({",", "-", "–", "—"})  # before a "where" that opens a clause ("…, wo", "… – wo")


def _on_grounds(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """A phrase of grounds and a report noun within the words before the marker at toks[i] ("ut ifra opplysninger
    vi har nå, skal …", "utifrån de uppgifter vi fått ska …"; `hearsay_grounds` and `report_noun` in
    `function_words.tsv`): the clause states what its speaker knows, and the modal reports nobody else."""
    grounds = function_words(ctx.lang, "hearsay_grounds")
    if not grounds:
        return False
    nouns = function_words(ctx.lang, "report_noun") | function_words(ctx.lang, "grounds_noun")
    for m in range(max(s, i - GROUNDS_REACH), i):
        for w in (1, 2, 3):
            if " ".join(t.low for t in toks[m:m + w]) in grounds and any(
                    t.low in nouns for t in toks[m + w:min(i, m + w + GROUNDS_GAP)]):
                return True
    return False


_OPENERS: Final = frozenset("»«“”„\"–—-")  # marks that open a quotation (or a dash quote) before its first word

GROUNDS_REACH: Final = 10  # words before a hearsay marker read for a phrase of grounds
GROUNDS_GAP: Final = 2  # words from the phrase of grounds to its report noun ("ut fra de opplysninger")


def _opens_inner(ctx: Ctx, toks: list[Tok], s: int, b: int, i: int, k: int, e: int) -> int | None:
    """Where a relative or (English) comma-less subordinate clause holding the marker at toks[i] starts, when toks[b]
    opens it: a relative word after a comma ("Mannen, som skal ha …", "einen Mann, der … haben soll", "…, an dem
    sich … haben soll") or right before the marker ("en man som ska ha …", "a man who allegedly …"), or an English
    subordinator without its comma ("after miscreants allegedly attacked him"); else None. Not an as-clause of
    the marker alone ("…, som tidigare uppgetts, råder …")."""
    lex, t = ctx.lex, toks[b]
    if t.low in lex.complementizers or i - b > INNER_WORDS:
        return None
    where = function_words(lex.lang, "where")
    rel = t.low in lex.relatives or (t.low in where and toks[b - 1].text in _CLAUSE_MARKS) or (
        lex.profile.capitalised_nouns and t.low in DE_RELATIVE and b > 1 and toks[b - 1].low in lex.prepositions
        and toks[b - 2].text == ",") or (toks[b - 1].text == "," and (t.low in function_words(lex.lang, "comma_relative")
                                         or t.low in function_words(lex.lang, "clause_relative")))
    prev = toks[b - 1]  # right before the marker, after a noun: not the expletive "der" after a verb ("var der angiveligt")
    direct = adverbs_only(lex, toks, b + 1, i) and prev.is_word and (not prev.upper or b - 1 == s) and not is_finite_verb(prev, lex) \
        and prev.low not in where and prev.low not in lex.prepositions and lex.fronted.get(prev.low) != "adv"
    if rel and (prev.text == "," or t.low in where and prev.text in _CLAUSE_MARKS or (prev.low in lex.prepositions and toks[b - 2].text == ",") or direct):
        alone = all(lex.fronted.get(x.low) == "adv" for x in toks[b + 1:i]) and (k >= e or not toks[k].is_word)
        if alone:
            return None
        if toks[b - 1].low in lex.prepositions or (t.low in where and t.low not in lex.relatives):
            return b - 1 if toks[b - 1].low in lex.prepositions else b  # "…, an dem sich …", "…, hvor der …"
        if t.low in function_words(lex.lang, "clause_relative"):
            return b  # "…, was ihm bewusst gewesen sein soll": the clause before is its antecedent, no noun
        return antecedent(ctx, toks, b - 1 if prev.text == "," else b)
    if not lex.profile.v2 and not lex.profile.capitalised_nouns and t.low in lex.subordinators \
            and t.low not in lex.coordinators and toks[b - 1].is_word and b + 1 < i \
            and all(x.is_word for x in toks[b + 1:i]):  # (not "when asked to leave, he reportedly refused")
        return b + 1  # "… was injured after locals allegedly attacked him"
    return None


def _inner_end(toks: list[Tok], k: int, e: int, lex: Lexicon, subject: bool) -> int:
    """The end of a relative or subordinate clause: its next comma or semicolon, or, in the sentence's subject,
    the main clause's finite verb after it ("Mannen som ska ha skjutit är gripen": "är"), else the sentence's end."""
    verb = subject and not lex.profile.capitalised_nouns
    return next((m for m in range(k, e) if toks[m].text in ",;" or (
        verb and m > k and toks[m].low in lex.finite_verbs)), e)


INNER_WORDS: Final = 16  # words from a relative or subordinate clause's opener to its hearsay marker (German: verb-final)


def _relative_with_subject(ctx: Ctx, toks: list[Tok], b: int, i: int) -> bool:
    """A relative word without a comma after a lower-case noun, with its own subject before the marker ("butikken
    der gjerningspersonen skal ha …", "huset där mannen ska ha …"; not "mannen som skal ha …", whose subject
    is the antecedent), in the V2 languages."""
    lex = ctx.lex
    rel = toks[b].low in lex.relatives or toks[b].low in function_words(lex.lang, "where")
    return rel and lex.profile.v2 and not lex.profile.capitalised_nouns and b + 1 < i \
        and (toks[b - 1].text == "," or toks[b - 1].is_word and not toks[b - 1].upper
             and toks[b - 1].low not in lex.prepositions) \
        and toks[b + 1].is_word and not is_finite_verb(toks[b + 1], lex) and toks[b + 1].low not in lex.closed.and_ \
        and (toks[b + 1].low in lex.determiners or lex.pronouns.get(toks[b + 1].low) == "person"
             or toks[b + 1].low.endswith(_DEFINITE) or toks[b + 1].upper)


def _next_clause(ctx: Ctx, toks: list[Tok], k: int, e: int) -> int:
    """End of a hearsay claim before "och"/"og" and a clause with its own subject and finite verb ("Evakueringen
    ska ha gått lugnt och de boende sover i en skola": the second clause is the reporter's), or before the tag of
    the quotation it stands in; e when none."""
    lex = ctx.lex
    for m in range(k + 1, e - 2):
        nxt = toks[m + 1]
        if toks[m].text == "," and lex.profile.v2 and not nxt.upper and nxt.low in lex.speech \
                and (hit := match_phrase(toks, m + 1, e, lex.speech)) and hit[1] in _TAG_CLASSES:
            return m  # "…, men det ska vara lindriga skador, säger X": the tag of a quotation is no part of it
        if toks[m].low in lex.closed.and_ and nxt.low in lex.relatives and any(
                t.low in lex.hearsay for t in toks[m + 2:m + 2 + AS_CLAUSE]):
            return m  # "… och som tidigare uppgetts råder …": a second claim, with its own marker
        if toks[m].text == "," and lex.profile.v2 and adverb_cue_after(lex, toks, m + 1, e):
            return m  # "Först uppgavs att A, sedan sa man att B": a report of its own
        if _fronted_main(toks, m, e, lex) or _inverted_main(toks, m, e, lex):
            return m  # "… uppges ha dött i X, och från staden Y kommer rapporter om …": a main clause of its own
        definite = nxt.is_word and not nxt.upper and nxt.low.endswith(_DEFINITE) and lex.profile.v2 \
            and not lex.profile.capitalised_nouns  # "og beboerne | sover"; German nouns are capitalised ("und deren")
        but = toks[m].low in lex.closed.but and _nordic(lex)  # "… ska vara skadad men det finns inga uppgifter om …"
        if (toks[m].low not in lex.closed.and_ and not but) or not (
                nxt.low in lex.determiners or lex.pronouns.get(nxt.low) == "person" or definite
                or (but and _expletive(lex, nxt.low))):
            continue
        pronoun = lex.pronouns.get(nxt.low) == "person" or (definite and nxt.low not in lex.determiners) \
            or (but and _expletive(lex, nxt.low))
        for j in ((m + 2, m + 3) if pronoun else (m + 3,)):  # "och de | sover", "och de boende | sover"
            if j + 1 < e and toks[j - 1].is_word and _tensed(toks[j], lex) and toks[j + 1].is_word \
                    and not _closing_infinitive(toks, j + 1, e, lex) and toks[j].low not in number_entries(lex.lang) \
                    and toks[j - 1].low not in number_entries(lex.lang):
                # (a number is no verb, nor the word after it: "… und die sechs und sieben Jahre alten Söhne")
                return m
    return e


def _nordic(lex: Lexicon) -> bool:
    """A V2 language without capitalised nouns (Swedish, Norwegian, Danish)."""
    return lex.profile.v2 and not lex.profile.capitalised_nouns


def _expletive(lex: Lexicon, word: str) -> bool:
    """An expletive subject, Danish existential "der" too (`existential_subject`: "men der er ingen oplysninger")."""
    return word in lex.expletives or word in function_words(lex.lang, "existential_subject")


def _closing_infinitive(toks: list[Tok], j: int, e: int, lex: Lexicon) -> bool:
    """A German perfect infinitive closing the claim at toks[j] ("… und die Kasse zerstört haben."): the
    participle before it is the last of a list, not the finite verb of a clause of its own."""
    return lex.profile.capitalised_nouns and toks[j].low in function_words(lex.lang, "final_infinitive") \
        and (j + 1 >= e or not toks[j + 1].is_word)


def adverb_cue_after(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """V2 after a comma: a fronted adverb of time at toks[k], a reporting verb of speech or opinion and a
    lower-case or capitalised word as its subject ("…, sedan sa räddningstjänsten att", "…, senere mente
    han at"): a clause with its own report."""
    if not (k + 2 < e and lex.fronted.get(toks[k].low) == "adv"):
        return False
    m = match_phrase(toks, k + 1, e, lex.speech)
    return m is not None and m[1] in _V2_CUE_CLASSES and k + 1 + m[0] < e and toks[k + 1 + m[0]].is_word


_V2_CUE_CLASSES: Final = frozenset({"speech", "opinion"})


def _fronted_main(toks: list[Tok], m: int, e: int, lex: Lexicon) -> bool:
    """", och/og" and a fronted prepositional phrase before a finite verb and its subject (V2): "…, och från
    staden Y kommer rapporter om …", "…, og i Bergen meldes det om …"."""
    if not (lex.profile.v2 and m > 0 and toks[m - 1].text == "," and toks[m].low in lex.closed.and_
            and toks[m + 1].low in lex.prepositions):
        return False
    for j in range(m + 3, min(e - 1, m + 2 + FRONTED_WORDS)):
        if not toks[j].is_word:
            return False
        if toks[j].low in lex.finite_verbs and toks[j + 1].is_word:
            return True
    return False


def _inverted_main(toks: list[Tok], m: int, e: int, lex: Lexicon) -> bool:
    """", og/och" and one fronted word before a finite verb and a personal pronoun, its subject (V2):
    "…, og mere kan jeg ikke sige", "…, och nu vet vi inte mer": the speaker's own main clause."""
    if not (lex.profile.v2 and m > 0 and m + 3 < e and toks[m - 1].text == "," and toks[m].low in lex.closed.and_):
        return False
    subject = toks[m + 3].low
    return toks[m + 1].is_word and toks[m + 1].low not in lex.determiners and _tensed(toks[m + 2], lex) \
        and (lex.pronouns.get(subject) == "person" or subject in lex.first_person)


FRONTED_WORDS: Final = 5  # words of a fronted phrase after "och"/"og" up to its finite verb
AS_CLAUSE: Final = 3  # words from "som" to its hearsay participle ("som tidigare uppgetts")
_TAG_CLASSES: Final = frozenset({"speech", "opinion"})  # the verbs of a quotation's tag ("säger", "menar")
_DEFINITE: Final = ("ne", "na", "en", "et")  # definite endings of a noun that opens a clause (sv/no/da)


def _tensed(t: Tok, lex: Lexicon) -> bool:
    """A lower-case finite verb, by list, ending or a present tense in "-r" ("sover", "tillbringar")."""
    return t.is_word and not t.upper and t.low not in lex.determiners and t.low not in lex.prepositions \
        and (is_finite_verb(t, lex) or (len(t.low) > 3 and t.low.endswith("r") and lex.profile.v2))


def _event_state(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether the words after "skal være"/"ska vara" name a state an event left (`hearsay_states.txt`: "skal
    være pågrepet", "ska vara lindrigt skadad", "skal være snakk om"), which makes it hearsay, not a plan."""
    states = wordset(ctx.lang, "hearsay_states")
    ends = _state_endings(ctx.lang)  # an entry "-årsåldern" is a word ending: an age ("ska vara i 20-årsåldern")
    return any(t.low in states or (ends and t.low.endswith(ends)) for t in toks[k - 1:min(e, k + STATE_WORDS)])
    # (the marker's last word too: "… sket")


@cache
def _state_endings(lang: str) -> tuple[str, ...]:
    return tuple(sorted(w[1:] for w in wordset(lang, "hearsay_states") if w.startswith("-") and len(w) > 1))


STATE_WORDS: Final = 3  # words read after the marker for a state


def _cleft_state(ctx: Ctx, toks: list[Tok], s: int, i: int, k: int, e: int) -> bool:
    """A cleft after the expletive that opens the clause, its relative clause naming an event's state: "Det
    skulle være føreren, der er dræbt", "Det skal være en kvinde, som er såret", "Det ska vara två män som är
    skadade" (hearsay, not a plan)."""
    if i == s or toks[i - 1].low not in ctx.lex.expletives or any(t.is_word for t in toks[s:i - 1]):
        return False  # (after a quotation's dash: "- Det skulle være …")
    for b in range(k + 1, min(e - 1, k + CLEFT_WORDS)):
        if toks[b].text == "," and toks[b + 1].low in ctx.lex.relatives:
            return _event_state(ctx, toks, b + 2, e)
        if toks[b].low in ctx.lex.relatives and toks[b].low not in ctx.lex.expletives:
            return _event_state(ctx, toks, b + 1, e)  # no comma: "Det ska vara två män som är skadade"
        if not toks[b].is_word:
            return False
    return False


CLEFT_WORDS: Final = 6  # words of the clefted phrase read for its comma and relative word


FRAME_ADVERBS: Final = 2  # adverbs read between a hearsay marker and its complementizer ("sägs nu också att")


def _clause_after(ctx: Ctx, toks: list[Tok], k: int, e: int, *, expletive: bool) -> int | None:
    """Where the content clause of a hearsay frame starts: after "(det) (,) att" right after the marker
    (an expletive only when asked, the comma where the language writes one before its complementizer)."""
    lex = ctx.lex
    if expletive and k < e and toks[k].low in lex.expletives:
        k += 1
    a = k
    while lex.profile.v2 and k < e and k - a < FRAME_ADVERBS and (lex.fronted.get(toks[k].low) == "adv"
                                                                  or toks[k].low in lex.sentence_adverbs):
        k += 1  # "Det sägs nu att C", "Det siges også, at C": an adverb before the complementizer
    if k + 1 < e and toks[k].text == "," and lex.profile.comma_before_complementizer:
        k += 1
    if k + 1 < e and lex.fronted.get(toks[k].low) == "topic":  # "Det rapporterades om (att) C"
        return k + 2 if toks[k + 1].low in lex.complementizers else k + 1
    if k + 1 < e and toks[k + 1].low in function_words(lex.lang, "raised_infinitive"):
        return None  # Danish "Manden siges at have stjålet …": "at" marks the infinitive, the subject is the claim's
    return k + 1 if k < e and toks[k].low in lex.complementizers else None


def _negated_passive(ctx: Ctx, toks: list[Tok], i: int, k: int, e: int) -> bool:
    """Whether an s-passive of reporting (one word in -s: "oplyses", "meldes") is negated before a noun phrase or
    a comma, with no clause ("Der oplyses ikke flere detaljer om X", "Det oplyses ikke, hvor mange …"): it says
    what was not reported. "Han siges ikke at have været der", "uppges inte ha varit" stay hearsay."""
    lex = ctx.lex
    if not (lex.profile.v2 and k == i + 1 and k < e and toks[i].low.endswith("s") and toks[k].low in lex.negation):
        return False
    m = k + 1
    while m < e and toks[m].low in lex.negation:
        m += 1
    return m < e and (toks[m].text == "," or toks[m].low in lex.determiners) \
        and _clause_after(ctx, toks, m, e, expletive=False) is None


def _recipient_subject(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """A perfect passive of informing whose subject is its recipient ("De anställda har (också) meddelats att C",
    "I dag har personalen meddelats att C"; `hearsay_recipient` and `perfect_aux` in `function_words.tsv`),
    not the expletive of an agentless report ("Det har meddelats att C", "som tidigare har meddelats")."""
    lex, aux = ctx.lex, function_words(ctx.lang, "perfect_aux")
    a = next((m for m in range(i - 1, max(s, i - RECIPIENT_GAP) - 1, -1) if toks[m].low in aux), None)
    if a is None or any(t.low in lex.expletives or not t.is_word for t in toks[a + 1:i]):
        return False
    b = a - 1
    while b >= s and (lex.fronted.get(toks[b].low) == "adv" or toks[b].low in lex.negation):
        b -= 1
    return b >= s and toks[b].is_word and toks[b].low not in lex.expletives and toks[b].low not in lex.relatives \
        and toks[b].low not in lex.complementizers and toks[b].low not in lex.subordinators


RECIPIENT_GAP: Final = 4  # words from a perfect auxiliary to its informing participle ("har i dag också meddelats")


def _possession(ctx: Ctx, toks: list[Tok], k: int, e: int, cue_text: str) -> bool:
    """"Havnen skal have en ny kaj": `ska/skal ha(ve)` with an object is a plan or possession; hearsay
    `ska ha` takes a participle ("ska ha sagt")."""
    have = ctx.lex.have
    if not have or not cue_text.lower().endswith(have) or k >= e:
        return False
    return toks[k].low in ctx.lex.determiners or toks[k].text.isdigit() or _noun_object(ctx, toks[k])


def _noun_object(ctx: Ctx, tok: Tok) -> bool:
    """"ska ha känslan av att", "skal ha ansvaret for": a lower-case word with a noun ending no participle has
    (`have_object_suffix` in `function_words.tsv`) is the object of `ha`, not the participle of a hearsay perfect."""
    if not (tok.is_word and tok.text.islower()):
        return False
    if (supine := tuple(function_words(ctx.lang, "supine_ending"))) and not tok.low.endswith(supine) \
            and ctx.lex.fronted.get(tok.low) != "adv" and tok.low not in ctx.lex.negation:
        return True  # "ska ha förtroende för", "ska ha mat": every supine ends so, no noun need (sv46)
    return tok.low.endswith(tuple(function_words(ctx.lang, "have_object_suffix")))


def _in_relative(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether toks[i] stands in a relative clause opened after a comma ("Mannen, som skal være …")."""
    for b in range(i - 1, s, -1):
        if toks[b].text in ",;:":
            return False
        if toks[b].low in ctx.lex.relatives and toks[b - 1].text == ",":
            return True
    return False


def passive_report(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> Draft | None:
    """German passive reporting with no agent: "Es wurde berichtet, dass C", "Zuvor war berichtet worden, C",
    "Es wird gemeldet, C", "Am Abend wurde (dann) mitgeteilt, dass C": C with no source, the auxiliaries part
    of the cue; else None."""
    aux = function_words(ctx.lang, "passive_report_aux")
    b = next((m for m in range(i - 1, max(s, i - PASSIVE_GAP - 1), -1) if toks[m].low in aux), s)
    if b <= s or not all(t.is_word for t in toks[b + 1:i]):
        return None
    opener = toks[b - 1]  # "es" or a fronted adverb, never a subject ("Die Polizei wurde … informiert")
    f = next((m for m in range(s, b) if ctx.lex.fronted.get(toks[m].low) not in ("adv", "time")), b)
    agent = _fronted_phrase(ctx, toks, f, b) and toks[f].low in function_words(ctx.lang, "passive_report_agent")
    if not (opener.low in function_words(ctx.lang, "passive_report_opener") or f == b  # "Zuvor war …", "Bereits zuvor war …"
            or _fronted_phrase(ctx, toks, f, b)):  # (past adverbs: "Bereits am Vormittag war gemeldet worden, C")
        return None
    k = i + n
    if k < e and toks[k].low in aux:
        k += 1  # "berichtet worden"
    if not (k + 1 < e and toks[k].text == ","):
        return None
    a = k + 2 if toks[k + 1].low in ctx.lex.complementizers else k + 1
    c = span(ctx, toks, a, e) if a < e else None
    cue_text = " ".join(t.text for t in (toks[b], *toks[i:k]))  # (not the adverbs between: "wurde dann mitgeteilt")
    if agent:  # "Von der Polizei wurde mitgeteilt, dass C": the agent is the source
        return Draft((c,), (toks[b].start, toks[k - 1].end), cue_text, tuple(toks[f + 1:b])) if c else None
    return Draft((c,), (toks[b].start, toks[k - 1].end), cue_text, hearsay=True) if c else None


PASSIVE_GAP: Final = 3  # words between the auxiliary and the participle ("wurde am Abend mitgeteilt")


def _fronted_phrase(ctx: Ctx, toks: list[Tok], s: int, b: int) -> bool:
    """A short fronted prepositional phrase before the auxiliary ("Am Abend wurde …", "Gegen 11.30 Uhr wurde …",
    or an agent: "Von der Polizei wurde …")."""
    return toks[s].low in function_words(ctx.lang, "passive_report_front") and b - s <= PASSIVE_FRONT \
        and all(t.is_word or t.text[:1].isdigit() or (t.text == "." and toks[m + 1].text[:1].isdigit())
                for m, t in enumerate(toks[s:b], s))  # (a clock time: "Gegen 11.30 Uhr")


PASSIVE_FRONT: Final = 4  # words of a fronted phrase before a passive auxiliary


def passive_before(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """A German reporting participle after a passive auxiliary of its clause ("Bisher wurden fünf Tote gemeldet",
    "An der Adresse sind 60 Bewohner gemeldet"): the words before it are what was reported, not a speaker."""
    word = toks[i].low
    if word in function_words(ctx.lang, "dative_object"):
        return False  # "Ihm wird vorgeworfen, C": a charge (v2clauses.passive_charge)
    prefixes = tuple(function_words(ctx.lang, "participle_prefix"))
    if not (word.endswith("t") and word.startswith(prefixes)) and "ge" not in word[2:]:
        return False
    aux = function_words(ctx.lang, "passive_before")
    for k in range(i - 1, max(s, i - PASSIVE_GAP - 2), -1):
        if not toks[k].is_word or toks[k].low in ctx.lex.coordinators or toks[k].low in ctx.lex.complementizers:
            return False
        if toks[k].low in aux:
            return k > s
    return False
