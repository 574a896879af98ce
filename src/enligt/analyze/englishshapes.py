"""English clause shapes around a cue, split out of rules.py: "it was announced that C" (a sourceless passive),
a place phrase between commas after the cue ("said, in the north, C"), whether a clause opens at a token, and a
participle of the subject's own relative clause right before the cue ("who was not identified said"), where the
one told ends ("told Reuters two more had died", "told CNN Sunday night."); and for sourcefirst.py, a free relative
as its clause's subject ("What she says is unfair"), a cue after a comma and a coordinator ("…, but said that
C") and a subject whose apposition closes with a quoted name ("Ann Lee, the author of “X,” said that C")."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze import shapes
from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.lexicon import months
from enligt.analyze.numwords import number_starts
from enligt.analyze.phrases import TIME_WORDS, np_end, span, time_phrase, time_word
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np
from enligt.analyze.via import recipient, relay
from enligt.lang import function_words, words
from enligt.lang.gazetteers import is_platform


def expletive_passive(ctx: Ctx, toks: list[Tok], near: int, e: int, i: int, n: int, cls: str, cue: Span2,
                       cue_text: str) -> Draft | None:
    """English "it was announced that C", "it has been reported that C": a passive reporting verb after "it"
    and a form of "be", then "that": C with no source; any other passive gives none."""
    that = _that_past_time(ctx, toks, i + n, e)
    if cls != "speech" and toks[i].low not in function_words(ctx.lang, "expletive_passive") or ctx.lex.profile.v2:
        return None  # "it was alleged that C" too; "it was argued that" with no list entry
    if that is None and cls == "speech" and n == 1 and clause_at(ctx, toks, i + 1, e):
        that = i  # "it has been claimed the deal will close": a clause with no "that"
    if that is None:
        return None
    k = next((k for k in range(i - 1, near - 1, -1) if toks[k].low in function_words(ctx.lang, "expletive")), None)
    if k is None or any(t.low in ctx.lex.negation or not t.is_word for t in toks[k:i]):
        return None  # "it was not confirmed that", "It was, he said, …"
    c = span(ctx, toks, that + 1, e)
    whole = (toks[k + 1].start, cue[1])  # the cue with its auxiliaries: "was announced", "has been reported"
    return Draft((c,), whole, ctx.text[whole[0]:whole[1]]) if c else None


def _that_past_time(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """The complementizer right after a passive cue, or past a short time phrase before it ("it was revealed in
    March that C", "it was announced on Monday that C"; `after_cue` in `function_words.tsv`), else None."""
    lex = ctx.lex
    if a + 1 < e and toks[a].low in lex.complementizers:
        return a
    b = a + 1 if a < e and toks[a].low in function_words(ctx.lang, "after_cue") else a
    k = next((k for k in range(b + 1, min(e - 1, b + TIME_WORDS + 1)) if toks[k].low in lex.complementizers), None)
    if k is None:
        return None
    month = all(t.low in months(ctx.lang) or t.text.isdigit() for t in toks[b:k])  # "in March", "in May 2015"
    return k if month or time_phrase(ctx, toks, b, k) else None


INSERT_REACH: Final = 8  # tokens of a prepositional insert between commas after a cue (", in Barpeta district,")


def place_insert(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """English: a prepositional phrase between commas right after a cue, then a clause (", in the north, three
    people have died"): where that clause starts, else None."""
    lex = ctx.lex
    if lex.profile.v2 or a + 2 >= e or toks[a].text != "," or toks[a + 1].low not in lex.prepositions:
        return None
    k = next((k for k in range(a + 2, min(e, a + INSERT_REACH)) if not toks[k].is_word), None)
    if k is None or toks[k].text != "," or k + 1 >= e or not toks[k + 1].is_word:
        return None
    return k + 1 if clause_at(ctx, toks, k + 1, e) else None


def clause_at(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether a clause opens at toks[k]: a noun phrase, then a finite verb, a modal or an auxiliary."""
    lex = ctx.lex
    if k >= e or not toks[k].is_word:
        return False
    if _pronoun_clitic(toks[k].low, lex):
        return True  # "it's", "they're", "we've": a subject and its verb in one token
    j = forward_np(toks, k, e, lex)
    if j >= e or not toks[j].is_word:
        return _past_in_run(ctx, toks, k, j)  # "the overall flood toll now escalated to 21": read as one phrase
    if j == k:
        return False
    while j + 1 < e and (toks[j].low in lex.sentence_adverbs or toks[j].low in function_words(ctx.lang, "verb_adverb")):
        j += 1  # "the toll now escalated"
    verb = toks[j]
    return not verb.upper and (is_finite_verb(verb, lex) or verb.low in lex.modals or verb.low in lex.auxiliaries
                               or verb.low in lex.closed.be)


_VERB_CLITICS: Final = frozenset(("s", "re", "ve", "ll", "d"))  # "is"/"has", "are", "have", "will", "would"/"had"


def _pronoun_clitic(low: str, lex: Lexicon) -> bool:
    """A personal pronoun with a verb's clitic ("it's", "they’re", "we've", "she'll"): a clause's subject and verb."""
    stem, _, clitic = low.replace("’", "'").rpartition("'")
    return clitic in _VERB_CLITICS and stem in lex.pronouns


def recipient_end(ctx: Ctx, toks: list[Tok], start: int, j: int, e: int) -> int:
    """English: the recipient toks[start:j] of "told" ends before a number that opens the clause told ("told
    Reuters two more people had died", "told the paper between 300 and 400 staff are …") or before a time
    phrase ("…, she told reporters Sunday morning."); not after a determiner ("told the 50 delegates", "told the
    Sunday newspaper"), nor a number with no clause ("told Radio 4 listeners") or a time word in a name ("told the
    Sunday Times", "told the Today show"); else `j`."""
    lex = ctx.lex
    if lex.profile.v2 or lex.konjunktiv:
        return j
    for k in range(start + 1, j):
        if not toks[k - 1].is_word or toks[k - 1].low in lex.determiners:
            continue
        if _numbered_clause(ctx, toks, k, e):
            return k
        m = k
        while m < min(e, k + TIME_WORDS) and toks[m].is_word and (toks[m].low in lex.weekdays or time_word(
                toks[m].low, lex.times) or toks[m].low in function_words(ctx.lang, "time_determiner")):
            m += 1
        if m > k and time_phrase(ctx, toks, k, m) and not (m < e and toks[m].upper) \
                and not (toks[k].upper and toks[k].low not in lex.weekdays):
            return k
    return j


def _numbered_clause(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether a clause opens at toks[k] with a number, perhaps after a range opener or an approximation ("two
    more people had died", "between 20 and 30 homes burned", "about 40 flights were cancelled"); not a number
    inside a name ("Channel 4 News")."""
    n = k + (toks[k].low in function_words(ctx.lang, "range_opener") or toks[k].low in _approx_words(ctx.lang))
    if n >= e or not (toks[n].text[:1].isdigit() or toks[n].low in number_starts(ctx.lang)) \
            or n + 1 < e and toks[n + 1].upper:
        return False
    if clause_at(ctx, toks, n, e):
        return True
    return any(t.is_word and not t.upper and t.low.endswith("ed") and len(t.low) > PAST_LEN  # a past in -ed, which
               and toks[m - 1].low not in ctx.lex.determiners  # the verb lists lack ("belonged", "perished")
               for m, t in enumerate(toks[n + 1:min(e, n + PAST_REACH)], n + 1))


PAST_LEN: Final = 4  # letters of a past in -ed read as a verb after a counted noun phrase (not "red", "bed")
PAST_REACH: Final = 6  # tokens from the number to its past in -ed ("nine of the workers lived")


@cache
def _approx_words(lang: str) -> frozenset[str]:
    """Single words before a number that make it approximate ("about", "around")."""
    return frozenset(w.lower() for w in words(lang, "approx") if " " not in w)


def time_tail(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """English: whether toks[k:e] is a time phrase, perhaps after its preposition, and punctuation only ("Sunday
    night.", "on Sunday night.")."""
    if ctx.lex.profile.v2 or ctx.lex.konjunktiv or k >= e:
        return False
    if interview_tail(ctx, toks, k, e):
        return True  # "C, she told CNN in an interview.": where she said it
    k += toks[k].low in ctx.lex.closed.time_preposition
    m = next((m for m in range(k, e) if not toks[m].is_word), e)
    return time_phrase(ctx, toks, k, m) and all(not t.is_word for t in toks[m:e])


def interview_tail(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether toks[k:e] is a preposition and a short phrase of an interview noun, then punctuation only ("in an
    interview.", "in a phone interview on Sunday."; function words interview)."""
    if toks[k].low not in ctx.lex.prepositions:
        return False
    m = next((m for m in range(k + 1, e) if not toks[m].is_word), e)
    nouns = function_words(ctx.lang, "interview")
    return 1 < m - k <= INTERVIEW_TAIL and any(t.low in nouns for t in toks[k + 1:m]) \
        and all(not t.is_word for t in toks[m:e])


INTERVIEW_TAIL: Final = 6  # words of "in a telephone interview on Sunday" after a medium told


def _past_in_run(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """A past form in -ed a few lower-case words after a determiner at toks[k], past a noun ("the toll now
    escalated"), where the phrase reader ran on to the end (not "the damaged bridge": right after the determiner)."""
    lex = ctx.lex
    if toks[k].low not in lex.determiners:
        return False
    for m in range(k + 2, min(e, k + PAST_RUN)):
        t = toks[m]
        if not t.is_word or t.upper or t.low in lex.prepositions:
            return False
        if len(t.low) > PAST_MIN and t.low.endswith("ed") and toks[m - 1].low not in lex.determiners:
            return True
    return False


PAST_RUN = 7  # tokens from a determiner to its clause's past verb ("the overall flood toll now escalated")
PAST_MIN = 4  # letters of a past form read by its ending ("rated", not "red")


def participle_before(ctx: Ctx, toks: list[Tok], near: int, i: int) -> bool:
    """English: a past participle right before the cue, after its own "be" ("a neighbour who was not identified
    said", "who asked not to be named said"): the passive is the relative clause's, the cue is active."""
    prev = toks[i - 1] if i > near else None
    return prev is not None and not ctx.lex.profile.v2 and prev.is_word and len(prev.low) > 4 \
        and prev.low.endswith(("ed", "en")) and prev.low not in ctx.lex.closed.be and prev.low not in ctx.lex.speech


def fronted_interview(ctx: Ctx, toks: list[Tok], s: int, i: int) -> list[str]:
    """English: the medium of an interview or talk before the cue, fronted or after the subject between commas ("In
    an interview with CNN, X said", "Speaking to the BBC, X said", "X, speaking to CNN, said"): it relayed the words
    (a via); else none."""
    talk = function_words(ctx.lang, "talk_participle")
    for m in range(s + 1, i):
        if shapes.interviewer(ctx, toks, m) or (toks[m].low in ctx.lex.closed.to and toks[m - 1].low in talk):
            k = next((k for k in range(m + 1, i) if toks[k].text == ","), None)
            media = recipient(toks, m + 1, k, ctx.lex)[1] if k is not None else None
            return [media] if media else []
        if any(p[0] == toks[m].low for p in ctx.lex.relays) and (found := relay(toks, m, i, ctx.lex)) \
                and found[1] and found[0] < i and toks[found[0]].text == ",":
            return [found[1]]  # "X, in a statement carried by the BBC, said": the relay between commas
    return []


def source_relay(ctx: Ctx, src: list[Tok]) -> tuple[list[Tok], list[str]]:
    """English: a medium named in a modifier after the source noun, closing the source phrase: a relay phrase
    ("officials quoted by the AP said", `relays.txt`) or a relative clause of talking to it ("a nurse who spoke to
    Reuters said", `talk_participle`): the source before it, and the medium as a via; else (src, [])."""
    lex = ctx.lex
    if lex.profile.v2:
        return src, []
    talk = function_words(ctx.lang, "talk_participle")
    for m in range(1, len(src) - 1):
        if any(p[0] == src[m].low for p in lex.relays) and (found := relay(src, m, len(src), lex)) \
                and found[1] and found[0] == len(src):
            return src[:m], [found[1]]  # "officials quoted by the AP"
        if src[m].low in lex.relatives and m + 3 < len(src) and src[m + 1].low in talk \
                and src[m + 2].low in lex.closed.to:
            end, media = recipient(src, m + 3, len(src), lex)
            return (src[:m], [media]) if media and end == len(src) else (src, [])  # "a nurse who spoke to Reuters"
    return src, []


def after_participle_phrase(lex: Lexicon, src: list[Tok]) -> list[Tok]:
    """The subject after a fronted participle phrase with no comma ("Giving the break-up the agency"): the last
    noun phrase opened by a determiner, two words or more after the participle; else none."""
    if lex.profile.v2:
        return []
    k = next((k for k in range(len(src) - 2, 1, -1) if src[k].low in lex.determiners), None)
    if k is None or not any(t.low in lex.determiners for t in src[1:k]):
        return []
    return src[k:] if all(t.is_word and not is_finite_verb(t, lex) for t in src[k + 1:]) else []


def noun_cue(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int) -> int | None:
    """English: a one-word cue that is also a claim noun ("reports", "claims"), right after a preposition and up to
    three lower-case modifiers, then a complementizer ("for earlier official reports that C", "of the claims that
    C"): a noun, the phrase it heads the source; its start, else None."""
    lex = ctx.lex
    if lex.profile.v2 or n != 1 or i + 1 >= len(toks) or toks[i + 1].low not in lex.complementizers \
            or toks[i].low not in function_words(ctx.lang, "claim_noun"):
        return None
    p = i - 1
    while p > s and i - p <= NOUN_MODIFIERS and toks[p].is_word and not toks[p].upper and toks[p].low not in lex.pronouns \
            and toks[p].low not in lex.prepositions and not is_finite_verb(toks[p], lex) \
            and (toks[p].low not in lex.determiners or toks[p - 1].low in lex.prepositions):
        p -= 1
    return p + 1 if p >= s and toks[p].low in lex.prepositions else None


NOUN_MODIFIERS: Final = 4  # words between a preposition and a claim noun ("for the earlier official reports")


def reporting_relative(lex: Lexicon, toks: list[Tok], s: int, pre_end: int) -> int | None:
    """English: "who" right after the clause's opening noun phrase and a reporting verb after it, before the cue
    ("A woman who said that C told X"): the relative clause holds a report with a clause of its own; where "who"
    stands, else None."""
    if lex.profile.v2:
        return None
    for r in range(s + 1, min(pre_end - 2, s + RELATIVE_REACH)):
        t = toks[r]
        if not t.is_word or t.low in lex.prepositions or is_finite_verb(t, lex) and not t.upper:
            return None
        m = match_phrase(toks, r + 1, pre_end, lex.speech) if t.low in lex.relatives else None
        if m is None or t.low in lex.complementizers or toks[r - 1].text == "," or r + 1 + m[0] >= pre_end:
            continue
        c = toks[r + 1 + m[0]]  # the report's clause opens right after its verb: "that", or a subject
        if (c.low in lex.complementizers or c.upper or c.low in lex.determiners or c.low in lex.pronouns) and any(
                w.low in lex.complementizers or w.low in lex.closed.be or w.low in lex.auxiliaries
                or w.low in lex.modals for w in toks[r + 2:pre_end]):
            return r  # (not "Two women who accused the mayor of fraud said", "A nurse who asked not to be named")
    return None


RELATIVE_REACH: Final = 6  # words of the noun phrase before "who" ("A woman who said")


def object_recipient(lex: Lexicon, toks: list[Tok], a: int, stop: int, vias: list[str]) -> tuple[int, list[str]]:
    """English: a noun-phrase object, then "to" and a news medium ("confirmed the figures to Reuters on Monday"): the
    object ends there and the medium is a via; else (stop, vias). Not past a verb or a complementizer."""
    for k in range(a + 1, stop - 1):
        t = toks[k]
        if t.low in lex.complementizers or (not t.upper and is_finite_verb(t, lex)) or not t.is_word:
            break
        if t.low in lex.closed.to:
            media = recipient(toks, k + 1, stop, lex)[1]
            return (k, vias + [media]) if media else (stop, vias)
    return stop, vias


def next_act(lex: Lexicon, toks: list[Tok], k: int, e: int) -> bool:
    """English: a verb phrase with no subject of its own at toks[k] after ", and" ("…, and has championed an agenda",
    "…, and threatened to impose a tax"): the speaker's next act, narrated by the writer (a past form in -ed, alone
    or after "has"/"had")."""
    m = k
    while m < e - 1 and toks[m].low in lex.sentence_adverbs:
        m += 1
    if toks[m].low in _PERFECT and m + 1 < e - 1:
        m += 1
    t = toks[m]
    return t.is_word and not t.upper and len(t.low) > 4 and t.low.endswith("ed") and t.low not in lex.auxiliaries \
        and t.low not in lex.modals and t.low not in lex.closed.be and m + 1 < e and toks[m + 1].is_word


_PERFECT: Final = frozenset({"has", "have", "had"})


def told_by(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """English passive of telling with its agent and a clause: "were informed by their union that C", "had
    been told by police that C", "was assured by the minister that C": the agent is the source; None in any
    other shape ("was told by phone", "were informed by letter" name no speaker)."""
    lex = ctx.lex
    if lex.profile.v2 or not any(t.low in lex.closed.be for t in toks[max(s, i - 2):i]):
        return None
    a = i + n + 1
    j = np_end(ctx, toks, a, e, lex.closed.tag_stop)
    if j <= a or j >= e or toks[j].low not in lex.complementizers:
        return None
    c = span(ctx, toks, j + 1, e)
    return Draft((c,), cue, cue_text, tuple(toks[a:j])) if c else None


def reduced_relative(lex: Lexicon, toks: list[Tok], s: int, i: int) -> bool:
    """A participle in -ed at toks[i] right after the noun phrase that opens its clause, with no pronoun, relative
    or complementizer before it ("Patients already admitted | will stay"): a reduced relative when a modal
    follows; not the gap of a relative clause ("a plan that officials said | would fail", "the rule he
    believes | will pass", "the cuts Democrats say | could hurt")."""
    t = toks[i]
    return t.low.endswith("ed") and not t.low.startswith("let") and all(
        k.is_word and k.low not in lex.relatives and k.low not in lex.complementizers and k.low not in lex.pronouns
        for k in toks[s:i])


def request_after(lex: Lexicon, toks: list[Tok], a: int, stop: int) -> bool:
    """An infinitive marker and a lower-case verb in toks[a:stop] ("asked anyone who saw it | to come forward";
    not "to the press")."""
    return any(toks[k].low in lex.infinitive_markers and toks[k + 1].is_word and not toks[k + 1].upper
               and toks[k + 1].low not in lex.determiners and toks[k + 1].low not in lex.pronouns
               for k in range(a, stop - 1))


def told_passive(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cue: Span2) -> Draft | None:
    """English passive of telling with no agent and a clause: "they were told the plant will close", "residents
    have been informed that C": C with no source (whoever told them goes unnamed); None in any other shape ("was
    told of the risk", "were told to leave", "were not told that C")."""
    lex = ctx.lex
    if lex.profile.v2:
        return None
    k = i
    while k > s and (toks[k - 1].low in lex.closed.be or toks[k - 1].low in lex.auxiliaries):
        k -= 1
    if any(t.low in lex.negation or t.low.endswith(("n't", "n’t")) for t in toks[max(s, k - 1):i]):
        return None
    a = i + n
    while a < e - 1 and toks[a].low in lex.sentence_adverbs:
        a += 1  # "were told instead the plant …"
    a = _past_adverbial(ctx, toks, a, e)  # "were told on Monday that C", "had been told before the vote that C"
    if a >= e - 1 or toks[a].low in lex.infinitive_markers or toks[a].low in lex.prepositions:
        return None  # "were told to leave", "was told of the risk": an order or a topic, no clause
    if toks[a].low in lex.complementizers and toks[a].low not in lex.question_words:
        a += 1
    elif not clause_at(ctx, toks, a, e):
        return None
    c = span(ctx, toks, a, e)
    whole = (toks[k].start, cue[1])  # the cue with its auxiliaries: "were told", "have been informed"
    return Draft((c,), whole, ctx.text[whole[0]:whole[1]]) if c else None


TOLD_ADVERBIAL: Final = 6  # the longest time or place phrase between a passive "told" and its "that"


def _past_adverbial(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int:
    """The "that" after a time or place phrase opened at toks[a] ("on Wednesday", "just before the vote",
    "in a meeting"; `tag_adverbial`), words only between them, when a clause follows it; else `a` ("was told
    of the risk that …": a topic; "told in a meeting that lasted an hour": a relative clause)."""
    lex = ctx.lex
    if a >= e or toks[a].low not in lex.closed.tag_adverbial:
        return a
    for k in range(a + 1, min(e, a + TOLD_ADVERBIAL + 1)):
        if toks[k].low in lex.complementizers:
            return k if k > a + 1 and clause_at(ctx, toks, k + 1, e) else a
        if not toks[k].is_word and toks[k].text not in ("'s", "’s"):
            return a
    return a


def told_clause(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """A complementizer, colon or quotation within a few words after a progressive of telling ("is telling voters at
    rallies that C", "is telling the crowd: “Q”"), not an object alone ("is telling the truth")."""
    for k in range(a, min(e, a + TOLD_REACH)):
        t = toks[k]
        if t.low in ctx.lex.complementizers and k + 1 < e and (
                toks[k + 1].low in ctx.lex.modals or toks[k + 1].low in ctx.lex.auxiliaries):
            return False  # "There have been telling responses that could …": a relative clause, no report
        if t.low in ctx.lex.complementizers or t.text in ":“\"" or t.text in ".;!?":
            return t.text not in ".;!?"
    return False


TOLD_REACH: Final = 10  # tokens from a progressive of telling to its clause ("voters at rallies in the state that")


MESSAGE_REACH: Final = 5  # words of the place a message went up on, between its verb and "that"


def message_that(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int | None:
    """Where "that" stands after a message verb and the place it went up on ("posted on Facebook that C",
    "posted on his Instagram account that C", "posted online that C"): j itself when "that" follows the verb,
    else past a phrase that opens with a preposition or "online" and names a platform or a web place
    (function_words.tsv message_place). None otherwise ("posted a photo that showed …": an object)."""
    lex = ctx.lex
    if j < e and toks[j].low in lex.complementizers:
        return j
    if j >= e or not (toks[j].low in lex.prepositions or toks[j].low in function_words(ctx.lang, "message_place")):
        return None
    place = toks[j].low in function_words(ctx.lang, "message_place")
    for k in range(j + 1, min(e, j + 1 + MESSAGE_REACH)):
        t = toks[k]
        if t.low in lex.complementizers:
            return k if place else None
        if not t.is_word:
            return None
        place = place or (t.upper and is_platform(t.low)) or t.low in function_words(ctx.lang, "message_place")
    return None


def free_subject(lex: Lexicon, toks: list[Tok], s: int, free: int, a: int, e: int) -> bool:
    """English: a free relative opening its clause ("What she says is unfair", "knows that what he said was false")
    and a verb right after the cue: the relative is the subject of that verb, not the cue's report (but "in what
    officials said was the worst week": after a preposition or a verb it is an object, its verb reported)."""
    if lex.profile.v2 or a >= e or a + 1 < e and toks[a + 1].low in lex.complementizers:
        return False  # "What the mayor is saying is that C"
    t = toks[free - 1] if free > s else None
    opens = t is None or not t.is_word or t.low in lex.complementizers or t.low in lex.coordinators
    return opens and (toks[a].low in lex.closed.be or toks[a].low in lex.modals or is_finite_verb(toks[a], lex))


def comma_coordinator(lex: Lexicon, toks: list[Tok], s: int, pre_end: int) -> bool:
    """English: a comma and a coordinator right before the cue ("X visited the town, but said that C"): the
    coordinated clause's subject is read as for a cue with no "that" (the main clause's subject, past the comma)."""
    return not lex.profile.v2 and pre_end - 2 > s and toks[pre_end - 1].low in lex.coordinators \
        and toks[pre_end - 2].text == ","


def past_closing_quote(lex: Lexicon, toks: list[Tok], s: int, pre_end: int) -> int:
    """English: the end of a subject whose apposition closes with a quoted name and its comma inside the quote
    ("Ann Lee, the lawyer known as “Mad Dog,” said that C"): before the closing mark, else pre_end."""
    if lex.profile.v2 or pre_end - 2 <= s or toks[pre_end - 1].text not in _CLOSING or toks[pre_end - 2].text != ",":
        return pre_end
    return pre_end - 1


_CLOSING: Final = frozenset("”\"’'»")


def bare_recipient(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether toks[k:] after a speech cue's "to" is the one told and no words reported: an object pronoun, a
    determiner or a name first (not an infinitive: "vowed to bring back jobs"), and no complementizer, question word or
    quotation mark in the words after it ("explained to readers why C")."""
    lex = ctx.lex
    if k >= e or not (toks[k].low in lex.object_pronouns or toks[k].low in lex.determiners or toks[k].upper):
        return False
    return not any(t.low in lex.complementizers or t.low in lex.question_words or t.text in _RECIPIENT_QUOTES
                   for t in toks[k:min(e, k + RECIPIENT_REACH)])


_RECIPIENT_QUOTES: Final = "\"'“”„«»‘’‚"
RECIPIENT_REACH: Final = 4  # tokens of a recipient phrase read for a clause or quotation after it ("to the two men why")
