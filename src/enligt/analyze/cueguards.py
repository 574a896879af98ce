"""Guards the reporting-verb rules (rules.py) ask of a cue: what an evidence verb shows (a question word, a
finding of none), a pronoun with a clitic "is"/"are", a saying that did not take place (after a modal or an
infinitive marker), and the adverbs after an inverted subject."""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.englishshapes import clause_at
from enligt.analyze.phrases import particle_stop, seg_start, time_phrase
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset


def shown_question(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """Whether a question word opens what an evidence verb shows ("viser, hvordan …", `shown_question`)."""
    a += 1 if a + 1 < e and toks[a].text == "," else 0
    return a < e and toks[a].low in function_words(ctx.lang, "shown_question")


def shown_none(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """A negation and an indefinite right after an evidence verb ("viste ikke noe fall", `shown_none`)."""
    return a + 1 < e and toks[a].low in ctx.lex.negation and toks[a + 1].low in function_words(ctx.lang, "shown_none")


def be_clitic(t: Tok, lex: Lexicon) -> bool:
    """"It's", "that's", "they're": a pronoun with "is"/"are" ("It's called earned marketing": a passive)."""
    low = t.low.replace("’", "'")
    stem, _, clitic = low.rpartition("'")
    return clitic in ("s", "re") and (stem in lex.pronouns or stem in lex.expletives)


def unreal(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """A cue after a modal or an infinitive marker (up to two adverbs may stand between): "would say", "could
    just say", "will ever tell", "to say", "wants to tell": a saying that did not take place."""
    lex = ctx.lex
    if _limited_saying(ctx, toks, s, i):
        return False  # "would only say that C": a saying held short, but made
    k = i - 1
    while k >= s and k > i - 3 and (toks[k].low.endswith("ly") or toks[k].low in _modal_adverbs(ctx.lang)):
        k -= 1  # (not "may now ask": a report the test tables keep)
    if k < s:
        return False
    if k > s and toks[k].low in lex.pronouns and toks[k - 1].low in lex.question_auxiliaries:
        return True  # "What does it say about us?": a question
    if k > s and toks[k].low in lex.object_pronouns and toks[k - 1].low in lex.modals:
        return True  # "Let me tell you": an imperative
    low = toks[k].low
    if low in lex.infinitive_markers and k > s and (toks[k - 1].low in function_words(ctx.lang, "ongoing_verb")
                                                    or toks[k - 1].low in function_words(ctx.lang, "hedging_verb")) \
            and _clause_next(ctx, toks, i + 1):
        return False  # "continues to insist that C", "began to say C", "appeared to confirm C": it took place
    return low in lex.modals or low in lex.infinitive_markers or (low.endswith(("'d", "’d", "'ll", "’ll"))
                                                                  and bool(lex.modals))


def _limited_saying(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether the cue at toks[i] is a past modal's saying held to one thing (`limited_modal`, then a
    `limited_adverb` right before the cue): "would only say that C", "would only confirm that C"."""
    modal, only = function_words(ctx.lang, "limited_modal"), function_words(ctx.lang, "limited_adverb")
    return bool(modal) and i - 1 > s and toks[i - 1].low in only and toks[i - 2].low in modal


def _clause_next(ctx: Ctx, toks: list[Tok], a: int) -> bool:
    """Whether a clause follows the cue, with or without "that" (not "continued to insist the accounts were true"
    read as a noun object: "began to rebut that criticism")."""
    e = len(toks)
    if a + 1 < e and toks[a].low in ctx.lex.complementizers:
        a += 1
    return clause_at(ctx, toks, a, e)


def infinitive_cue(ctx: Ctx, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """German: a cue that is an infinitive, after "zu" or before a modal (`zu_infinitive`, `infinitive_modal`:
    "das Jahr so zu begrüßen", "jeden Fall melden müssen") or before "zu" and a modal (`zu_modal`: "sich für
    krank erklären zu lassen"): nothing was said."""
    marks = function_words(ctx.lang, "zu_infinitive")
    if not marks or toks[i].upper:
        return False
    infinitive = toks[i].low.endswith(("en", "ern", "eln"))
    if infinitive and (i > s and toks[i - 1].low in marks
                       or i + 1 < e and toks[i + 1].low in function_words(ctx.lang, "infinitive_modal")):
        return True
    if infinitive and _promised_later(ctx, toks, s, i, e):
        return True
    return i + 2 < e and toks[i + 1].low in marks and toks[i + 2].low in function_words(ctx.lang, "zu_modal")


def not_known(ctx: Ctx, toks: list[Tok], i: int, e: int) -> bool:
    """German: a verb of knowing negated before its question clause ("wussten selbst nicht, wie lange C", "weiß noch
    nicht, ob C": `knowing_verb`): nothing is claimed."""
    if toks[i].low not in function_words(ctx.lang, "knowing_verb"):
        return False
    k = next((m for m in range(i + 1, min(e, i + KNOWN_WORDS)) if toks[m].text == ","), e)
    return k < e - 1 and any(t.low in ctx.lex.negation for t in toks[i + 1:k]) \
        and (toks[k + 1].low in wordset(ctx.lang, "interrogatives") or toks[k + 1].low in ctx.lex.question_words)


KNOWN_WORDS: Final = 8  # words from a verb of knowing to its comma ("wussten die Mitarbeiter selbst zunächst nicht,")


def _promised_later(ctx: Ctx, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """German: an infinitive cue after a future or modal auxiliary of its clause, a comma and a clause of condition
    after it ("wird die Zahlen mitteilen, sobald sie vorliegen", "kann mehr sagen, wenn …"): a telling to come,
    no claim (`future_auxiliary`, `condition_subordinator`)."""
    if i + 2 >= e or toks[i + 1].text != "," or toks[i + 2].low not in function_words(ctx.lang, "condition_subordinator"):
        return False
    aux = function_words(ctx.lang, "future_auxiliary")
    return any(t.low in aux for t in toks[seg_start(toks, s, i):i]) \
        and not any(t.low in ctx.lex.konjunktiv for t in toks[i + 3:e])  # ("will erklären, wenn A, sei B": B said)


def reduced_relative(ctx: Ctx, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """English: a past participle in -ed after a lower-case noun, a time phrase after it, then a modal, an auxiliary
    or a form of "be" ("The layoffs announced today will hit …") or a comma closing a prepositional opener ("With
    the cuts announced Wednesday, …"): the participle names the noun's origin, nobody reports anything."""
    lex = ctx.lex
    if lex.profile.v2 or lex.profile.capitalised_nouns or not toks[i].low.endswith("ed") or i <= s:
        return False
    before = toks[i - 1]
    if not before.is_word or before.upper or before.low in lex.pronouns or before.low in lex.auxiliaries \
            or before.low in lex.closed.be or before.low in lex.relatives:
        return False
    for k in range(i + 2, min(e, i + 2 + TIME_REACH)):
        if time_phrase(ctx, toks, i + 1, k):
            t = toks[k]
            if (t.low in lex.modals or t.low in lex.auxiliaries or t.low in lex.closed.be) and t.low not in lex.closed.to:
                return True  # (not "the senator vowed Tuesday to stay": an infinitive after the cue)
            b = seg_start(toks, s, i)
            return t.text == "," and b < i and (toks[b].low in lex.prepositions or toks[b].low in lex.subordinators)
    return False


TIME_REACH: Final = 3  # words of the time phrase after a reduced relative's participle ("announced last week")


def _modal_adverbs(lang: str) -> frozenset[str]:
    return function_words(lang, "modal_adverb")


def no_adverb_tail(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """An inverted subject without the adverbs after it ("pekade utredarna också på att": "utredarna")."""
    while len(src) > 1 and not src[-1].upper and ctx.lex.fronted.get(src[-1].low) == "adv":
        src = src[:-1]
    return src


def confirmed_status(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> bool:
    """A participle of confirming right before a status word ("antalet konstaterat smittade", "fyra är bekräftat
    döda", "bekreftet smittet"; `passive_confirm`, lang/<code>/confirmed_states.txt): the status of a count, no
    report and no speaker."""
    return n == 1 and i + 1 < e and toks[i].low in function_words(ctx.lang, "passive_confirm") \
        and toks[i + 1].low in wordset(ctx.lang, "confirmed_states")


def no_auxiliary(ctx: Ctx, src: list[Tok]) -> list[Tok]:
    """An inverted subject without the finite auxiliary before it, the bare "ha/have" of a modal perfect and the
    adverbs after it (`source_aux`, `source_infinitive`: "…, har han påpekt": "han"; "Da hadde X akkurat meldt at C":
    "X"; "skal han ha uttalt at C": "han"): the verb's words are no part of who spoke."""
    if ctx.lex.profile.capitalised_nouns and len(src) > 1 and src[-2].upper:
        src = no_adverb_tail(ctx, src)  # "Moskau wiederum gibt … an", "Wie X weiter sagt": the connective is no source
    auxes = function_words(ctx.lang, "source_aux")
    if not auxes or len(src) < 2 or src[0].low not in auxes or not src[1].is_word:
        return src
    rest = src[1:]
    infinitives = function_words(ctx.lang, "source_infinitive")
    while len(rest) > 1 and (rest[-1].low in infinitives
                             or (not rest[-1].upper and ctx.lex.fronted.get(rest[-1].low) == "adv")):
        rest = rest[:-1]
    return rest


def owned_object(ctx: Ctx, toks: list[Tok], j: int, e: int) -> bool:
    """German: a possessive before a noun after the speaker is the object, no verb ("…, begründet X sein Vorgehen")."""
    return ctx.lex.profile.capitalised_nouns and j + 1 < e and toks[j + 1].upper \
        and toks[j].low in function_words(ctx.lang, "possessive_determiner")


AS_REACH = 8  # words from "wie" to the cue of its clause ("Wie ein Sprecher der Stadt am Montag sagte")


def _split_tag(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether toks[k] is a split cue whose particle closes its clause ("…, teilte die Polizei mit")."""
    particles = ctx.lex.separable.get(toks[k].low)
    return particles is not None and toks[particle_stop(ctx, toks, k, e) - 1].low in particles


def tag_as_content(ctx: Ctx, toks: list[Tok], i: int, e: int, d: Draft) -> bool:
    """German: a record whose content is another cue's tag after a comma ("X soll Y angenommen haben, berichtet
    der Spiegel": "angenommen" reads the tag as its clause); that tag has its own record. Not a verb that only opens
    a longer cue ("Wie X mitteilte, kam der Wagen … ab": "kam" is no "kam auf")."""
    if not ctx.lex.konjunktiv or not d.parts:
        return False
    if d.source and any(toks[m].low in ctx.lex.closed.as_clause and toks[m + 1] is d.source[0]
                        for m in range(max(0, i - AS_REACH), i)):
        return False  # "Wie die Polizei mitteilte, gab es …": the main clause after it is the content
    k = next((m for m in range(i + 1, e) if toks[m].start == d.parts[0][0]), None)
    return k is not None and toks[k - 1].text == "," and not toks[k].upper and (
        match_phrase(toks, k, e, ctx.lex.speech) is not None or _split_tag(ctx, toks, k, e)) \
        and toks[k].low not in ctx.lex.complementizers and toks[k].low not in ctx.lex.pronouns \
        and toks[k].low not in function_words(ctx.lang, "placeholder")  # (not "…, es sei ruhig")


def as_clause_content(ctx: Ctx, toks: list[Tok], s: int, i: int, d: Draft) -> bool:
    """German: a tag record whose content is only a "wie" clause before it ("Wie die Polizei mitteilte, rief ein Zeuge
    die Feuerwehr": "rief" reads the clause as what was called out); that clause has its own record."""
    if not ctx.lex.konjunktiv or len(d.parts) != 1 or s >= i or toks[s].low not in ctx.lex.closed.as_clause:
        return False
    return d.parts[0][0] == toks[s].start and i > s + 1 and toks[i - 1].text == ","



def role_title(ctx: Ctx, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """A Nordic role noun spelt like a cue, as the title before a name after a verb ("sagde anklager Mie Holm, at C",
    Danish "anklager" is prosecutor and accuses): a title of the source, no cue of its own. Only a single-word role
    of the source lexicon, a verb before it and a capitalised name after it."""
    lex = ctx.lex
    if not lex.profile.v2 or lex.profile.capitalised_nouns or i == s or i + 1 >= e:
        return False
    nxt = toks[i + 1]
    return nxt.upper and nxt.is_word and word_type(toks[i].low, ctx.lang) == "person" \
        and (toks[i - 1].low in lex.speech or is_finite_verb(toks[i - 1], lex))
