"""Cue shapes of the V2 languages outside a plain finite reporting verb (rules.py calls them): the passive
("bliver det oplyst, at C", "Ti ble meldt savnet"), a past form used as an adjective ("den befarade
attacken"), a repeat of the claim before ("Lokale medier melder det samme"), a medium told after a
tag's adverbial ("…, udtaler ministeren i en kommentar til DR") and German talk with no speaker ("Es war von
20 Toten die Rede"). The words "sounded" from a source ("Sådan lød ordene fra X") are read by sounded.py.
"""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.broughtclaim import brought_claim
from enligt.analyze.conjunct import but_clause
from enligt.analyze.cues import Lexicon, is_finite_verb, match_phrase
from enligt.analyze.mediakind import generic_medium
from enligt.analyze.numwords import number_words
from enligt.analyze.passivereply import aux_cue, clock_word, future_report, reply_report
from enligt.analyze.phrases import np_end, seg_start, span
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.sentences import Tok, tokenize
from enligt.analyze.spokenon import spoken_on
from enligt.analyze.statements import statement_noun
from enligt.analyze.via import media_name, over_for, recipient
from enligt.analyze.wordclass import german_attributive, preterite_adjective
from enligt.lang import function_words, wordset


def claim_of(ctx: Ctx, sp: Span2) -> Span2:
    """The claim of a sentence: its clause after the first complementizer ("X forteller at C": C), else all of it."""
    toks = tokenize(ctx.text, sp[0], sp[1])
    k = next((m for m, t in enumerate(toks) if t.low in ctx.lex.complementizers), None)
    return (span(ctx, toks, k + 1, len(toks)) or sp) if k is not None else sp


def attributive(ctx: Ctx, toks: list[Tok], s: int, i: int, n: int, e: int) -> bool:
    """A past form spelt like an adjective before its noun (V2 languages whose nouns are not capitalised): after
    a preposition ("antallet af bekræftede tilfælde") or after a demonstrative with a noun next ("den befarade
    attacken"; not "Den visar att …")."""
    lex = ctx.lex
    if lex.profile.verbs_as_nouns and not lex.profile.v2 and i > s and n == 1:
        return _english_attributive(lex, toks, s, i, e)
    if lex.profile.capitalised_nouns and i > s and n == 1:
        return german_attributive(ctx.lang, lex, toks, s, i, e)
    if not lex.profile.v2 or i == s or n > 1:
        return False
    before = toks[i - 1].low
    nxt = toks[i + 1] if i + 1 < e else None
    noun = nxt is not None and nxt.is_word and not nxt.upper and nxt.low not in lex.complementizers \
        and nxt.low not in lex.prepositions and nxt.low not in lex.pronouns and nxt.low not in lex.determiners
    if (before in lex.prepositions or lex.fronted.get(before) == "topic") and before not in lex.infinitive_markers \
            and toks[i - 1].is_word:  # (also the topic preposition: "tale om bekræftede oplysninger")
        return noun  # (not a preposition stranded by a relative clause: "som tidningen talat med berättar att")
    if (before[:1].isdigit() or before in number_words(ctx.lang)) and not toks[i].low.endswith("r") \
            and not (i + 2 < e and (toks[i + 2].low in lex.complementizers or toks[i + 2].text == ",")) \
            and not (i - 2 >= s and toks[i - 2].low in wordset(ctx.lang, "number_labels")):  # "Klokka 19 meldte X om"
        return noun  # after a count: "14 bekräftade fall" (not after a time: "Klokken 18.12 opplyser", "Klockan tio uppgav X att")
    if before in lex.determiners and i - 2 >= s and (toks[i - 2].low in lex.prepositions or lex.fronted.get(
            toks[i - 2].low) == "prep") and (
            nxt is None or not nxt.is_word or nxt.low in lex.auxiliaries or nxt.low in function_words(ctx.lang, "have")
            or not nxt.upper and is_finite_verb(nxt, lex)):
        return True  # a participle as a noun: "skal efter det oplyste have …" (not "Efter det oplyste politiet, at")
    if noun and before in function_words(ctx.lang, "count_noun_before") and toks[i].low.endswith(("de", "te")):
        return True  # after a noun of counting: "antalet bekräftade fall", "Antal rapporterade dödsfall"
    if noun and preterite_adjective(ctx.lang, ctx.lex, toks, s, i):
        return True  # "De har förmodade skallskador", "de senast rapporterade dödsfallen"
    if before in function_words(ctx.lang, "participle_quantifier") and toks[i].low.endswith(("te", "de", "ta", "da")):
        return _participle_noun(lex, toks, i, e)  # "har ingen mistenkte", "De mistenkte ble løslatt"
    return before in _demonstratives(ctx.lang) and noun


def _participle_noun(lex: Lexicon, toks: list[Tok], i: int, e: int) -> bool:
    """Whether the past form at toks[i] after a quantifier closes its sentence or stands before a preposition or a
    finite verb, as a noun ("har ingen mistenkte.", "De mistenkte ble løslatt"; not "De mente, at C", "De mistenkte
    at C", "Alle trodde: «Q»")."""
    nxt = toks[i + 1] if i + 1 < e else None
    if nxt is None or nxt.text in ".!?":
        return True
    if not nxt.is_word:
        return nxt.text == "," and not (i + 2 < e and toks[i + 2].low in lex.complementizers)
    if nxt.low in lex.prepositions:  # "ingen mistenkte i saken" (not "De fortalte til NRK at C")
        return not any(t.low in lex.complementizers or t.text == ":" for t in toks[i + 1:e])
    return nxt.low not in lex.complementizers and nxt.low not in lex.pronouns and (
        nxt.low in lex.auxiliaries or is_finite_verb(nxt, lex))


def _english_attributive(lex: Lexicon, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """A past participle before its noun, after an article, possessive, genitive or preposition, perhaps with an
    adverb between ("Trump's reported net worth", "the number of reported cases", "deeply reported features";
    not "Police reported no arrests", "Many reported seeing it")."""
    t, nxt = toks[i], toks[i + 1] if i + 1 < e else None
    if t.upper or not t.low.endswith(lex.participle_endings) or nxt is None or not nxt.is_word or nxt.upper \
            or nxt.low in lex.complementizers or nxt.low in lex.prepositions or nxt.low in lex.pronouns \
            or nxt.low in lex.determiners or nxt.low.endswith("ing"):
        return False
    k = i - 1
    if k > s and toks[k].low.endswith(lex.adverb_endings) and not toks[k].upper:
        k -= 1  # "deeply reported"
    before = toks[k]
    return lex.noun_openers.get(before.low) in ("det", "prep") or before.low.endswith(("'s", "’s")) \
        or (k == i - 1 and before.low in ("'", "’") and k > s and toks[k - 1].low.endswith("s"))


def same_phrases(lang: str) -> frozenset[str]:
    return function_words(lang, "same")


def ends_same(ctx: Ctx, toks: list[Tok], s: int, e: int) -> bool:
    """Whether the sentence toks[s:e] ends in a phrase of "the same" ("… melder det samme."), which points back
    at the sentence before."""
    same = same_phrases(ctx.lang)
    words = [t.low for t in toks[max(s, e - SAME_WORDS - 1):e] if t.is_word]
    if not words or words[-1] not in _same_last_words(ctx.lang):
        return False  # a cheap test first: every phrase joined here ends in the sentence's last word
    return any(" ".join(words[k:]) in same for k in range(len(words)))


SAME_WORDS: Final = 2  # the longest phrase of "the same" ("det samme", "samma sak")


def same_object(ctx: Ctx, toks: list[Tok], j: int, e: int) -> bool:
    """Whether the words at toks[j], up to a coordinator or a punctuation mark, are a phrase of "the same": the
    object of an inverted cue ("I dag uppger X samma sak och …") that repeats a claim made before."""
    k = j
    while k < e and k - j <= SAME_WORDS and toks[k].is_word and toks[k].low not in ctx.lex.coordinators:
        k += 1
    return j < k and " ".join(t.low for t in toks[j:k]) in same_phrases(ctx.lang)


def _same_last_words(lang: str) -> frozenset[str]:
    """`_same_last_words_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _SAME_LAST_WORDS_KEPT.get(lang)
    if got is None:
        got = _SAME_LAST_WORDS_KEPT.setdefault(lang, _same_last_words_built(lang))
    return got


_SAME_LAST_WORDS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _same_last_words_built(lang: str) -> frozenset[str]:
    """The last words of the phrases of "the same" ("samme" of "det samme")."""
    return frozenset(p.split()[-1] for p in same_phrases(lang) if p.split())


def _demonstratives(lang: str) -> frozenset[str]:
    return function_words(lang, "demonstrative")


def passive_aux(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether a passive auxiliary stands a few words before the cue in its clause ("bliver det dog oplyst",
    "ble opprinnelig meldt", "Det er meldt om at")."""
    aux = _passive_words(ctx.lang)
    if toks[i].low in aux:
        return False  # a cue that opens with the copula itself: "fordi vi er sikre på at C" (a stance, no participle)
    for k in range(i - 1, max(s, i - PASSIVE_REACH) - 1, -1):
        low = toks[k].low
        if not toks[k].is_word or low in ctx.lex.coordinators or low in ctx.lex.complementizers:
            return False  # "blev glad og sagde": another clause
        if low in aux:
            return True
    return False


PASSIVE_REACH: Final = 7  # words between a passive auxiliary and its participle ("blev der lørdag fra samme side meldt")


def _passive_words(lang: str) -> frozenset[str]:
    return function_words(lang, "passive_aux")


@cache
def _confirm_words(lang: str) -> frozenset[str]:
    """Participles of confirming ("bekreftet", "bekræftet"): in an agentless passive without a clause they
    state a status ("er bekreftet smittet"), never a report."""
    return function_words(lang, "passive_confirm")


def passive(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, cls: str, cue: Span2,
             cue_text: str) -> Draft | None:
    """A reporting participle in the passive has no speaker: "bliver det oplyst, at C" gives C, "Ti ble meldt
    savnet" the whole clause. A belief ("det blir frykta at") reports nobody's words: no record."""
    lex = ctx.lex
    if toks[i].low in function_words(ctx.lang, "passive_expect"):
        return None  # "Det er ventet at C": an expectation, nobody's words
    if cls != "speech" and not (cls == "reply" and reply_report(ctx, toks, s, i, n, e)):
        return None  # (a reply participle only with the expletive and a clause: "ble det rapportert at C")
    if future_report(ctx, toks, s, i):
        return None  # "vil det bli meldt at C": a report still to be made
    a = i + n + (1 if i + n + 1 < e and toks[i + n].text == "," and lex.profile.comma_before_complementizer else 0)
    if a > i + n and any(toks[k].low in lex.relatives and k > s and toks[k - 1].is_word and not is_finite_verb(
            toks[k - 1], lex) for k in range(seg_start(toks, s, i), i)):  # (a noun before it, not "blev der")
        return None  # "ting som ikke skulle vært sagt, at det …": a relative clause's passive, the next "at" a list's
    if a + 1 < e and lex.fronted.get(toks[a].low) == "topic" and toks[a + 1].low in lex.complementizers:
        a += 1  # "Det er meldt om at C"
    if a < e and toks[a].low in lex.complementizers:
        c = span(ctx, toks, a + 1, e)
    elif a + 1 < e and lex.fronted.get(toks[a].low) == "topic" and toks[seg_start(toks, s, i)].low in lex.expletives:
        c = span(ctx, toks, a + 1, e)  # "Det ble meldt om to skadde": what was reported
    elif n > 1 and lex.fronted.get(toks[i + n - 1].low) == "topic":
        # "Det ble meldt om to skadde", "blev der lørdag meldt om X": the cue's own "om"; not after "Ifølge X"
        b = seg_start(toks, s, i)
        c = None if any(toks[k].low in lex.prep for k in range(b, i)) else span(ctx, toks, a, e)
    elif toks[i].low in _confirm_words(ctx.lang):
        return None  # "Ingen pasienter er bekreftet smittet", "er der bekræftet 240 ofre": a count's status, no report
    else:  # "Ti ble meldt savnet": a state follows, not a place or recipient ("ble meldt til politiet": filed)
        b = seg_start(toks, s, i)
        state = a < e and toks[a].is_word and toks[a].low not in lex.prepositions and not toks[a].upper \
            and lex.fronted.get(toks[a].low) != "topic" and not clock_word(ctx, toks[a])  # ("ble meldt klokka 9")
        subject_first = toks[b].low not in lex.expletives and toks[b].low not in lex.relatives  # not "Det er meldt regn"
        free = not any(t.low in lex.complementizers for t in toks[i:e])
        c = span(ctx, toks, b, e) if state and subject_first and free else None
    if c and (widened := aux_cue(ctx, toks, s, i, n)) is not None:
        cue, cue_text = widened  # Danish "bliver der peget på", "blev skrevet": the auxiliary is the cue's (passivereply)
    return Draft((c,), cue, cue_text, _from_agent(ctx, toks, s, i)) if c else None


def _from_agent(ctx: Ctx, toks: list[Tok], s: int, i: int) -> tuple[Tok, ...]:
    """The body a passive report came from, named by "fra"/"från" before the participle ("blev der lørdag fra
    samme side meldt om X": "samme side"); not one before the auxiliary ("Helt fra starten blev der meldt")."""
    prep = function_words(ctx.lang, "source_preposition")
    k = next((m for m in range(seg_start(toks, s, i), i) if toks[m].low in prep), i)
    agent = toks[k + 1:i]  # (not a fronted phrase before the auxiliary: "Helt fra starten blev der slået fast")
    aux = _passive_words(ctx.lang)
    return tuple(agent) if agent and all(t.is_word and t.low not in aux and t.low not in ctx.lex.expletives
                                         for t in agent) else ()


def agent_back(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, prev: Span2 | None) -> int:
    """End of the agent of a passive reporting participle that points back at the sentence before ("Dette blir
    bekreftet av politiet i natt.", "Det blev bekræftet af politiet.", "Uppgifterna bekräftas av polisen.", "That
    was confirmed by the council."): the sentence opens with "det"/"dette" or a report noun pointing back (function
    words `report_subject`), then only a passive auxiliary (`_back_passive`); 0 when the sentence has another shape."""
    lex = ctx.lex
    if prev is None or lex.profile.capitalised_nouns or not _back_passive(ctx, toks, s, i):
        return 0
    a = i + n + 1
    j = np_end(ctx, toks, a, e, lex.closed.tag_stop)
    return j if j > a and (j >= e or not any(t.low in lex.complementizers for t in toks[j:e])) else 0


def _back_passive(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether toks[s:i] is a subject pointing back and only passive auxiliaries: V2 "Det blev", "Uppgifterna";
    English "That was", "This has been" (function words `back_passive_opener`, `back_passive_aux`)."""
    lex, lang = ctx.lex, ctx.lang
    if lex.profile.v2:
        return (toks[s].low in _back_openers(lang) or toks[s].low in function_words(lang, "report_subject")) \
            and all(t.low in _passive_words(lang) or t.low in lex.auxiliaries for t in toks[s + 1:i])
    return toks[s].low in function_words(lang, "back_passive_opener") and i > s + 1 \
        and all(t.low in function_words(lang, "back_passive_aux") for t in toks[s + 1:i])


@cache
def _back_openers(lang: str) -> frozenset[str]:
    """"Det", "Dette", "Detta": the words that open a sentence about the one before."""
    return function_words(lang, "expletive_back")


def tag_recipient(ctx: Ctx, toks: list[Tok], j: int, e: int) -> list[str]:
    """A named medium told after an adverbial of a tag's speaker ("i en kommentar til DR", "i Stockholm för
    Aftonbladet"), as a via; not a medium named by its kind ("til avisen")."""
    if j + 3 < e and toks[j].text == "," and toks[j + 1].low in function_words(ctx.lang, "talk_participle") \
            and toks[j + 2].low in ctx.lex.closed.to:  # "“Q,” he said, speaking to Sky News."
        end, media = recipient(toks, j + 3, e, ctx.lex)
        return [media] if media and media_name(toks[j + 3:end], ctx.lex) else []
    if not (j < e and toks[j].low in ctx.lex.closed.tag_stop):
        return []
    if (spoken := spoken_on(toks, j, e, ctx.lex)) is not None:
        return [spoken]  # "…, säger X i Ekot.", "…, said X on CNN."
    if toks[j].low in ctx.lex.recipient_prep and (named := media_name(toks[j + 1:recipient(toks, j + 1, e, ctx.lex)[0]],
                                                                      ctx.lex)):
        return [named]  # "C, a spokesperson confirmed to CNN."
    to = next((m for m in range(j + 1, min(e - 1, j + TAG_RECIPIENT_REACH)) if not toks[m].is_word
               and not _goes_on(toks, m) or toks[m].low in ctx.lex.recipient_prep
               or interviewer(ctx, toks, m)), None)
    if to is None or not toks[to].is_word:
        return []
    end, media = recipient(toks, to + 1, e, ctx.lex)
    return [media] if media and media_name(toks[to + 1:end], ctx.lex) else []  # (named: "til den britiske
    # tv-station BBC", not only its kind, "til avisen")


TAG_RECIPIENT_REACH: Final = 10  # tokens of an adverbial between a tag's speaker and a recipient ("i en kommentar til DR",
# "i Norges vassdrags- og energidirektorat (NVE) til NTB")


def _goes_on(toks: list[Tok], m: int) -> bool:
    """Whether the sign toks[m] goes on with an adverbial: a bracket around a short abbreviation ("(NVE)") or
    the hyphen of a shared compound part ("vassdrags- og energidirektorat")."""
    if toks[m].text == "(":
        return m + 2 < len(toks) and toks[m + 2].text == ")" and toks[m + 1].upper
    if toks[m].text == ")":
        return m >= 2 and toks[m - 2].text == "(" and toks[m - 1].upper
    return toks[m].text == "-" and m > 0 and toks[m - 1].end == toks[m].start and toks[m - 1].is_word


def idiom(ctx: Ctx, toks: list[Tok], i: int) -> bool:
    """Whether the cue at toks[i] is a word of a fixed phrase that reports nothing ("som sagt", "så att
    säga"; function word class idiom)."""
    for phrase in _idioms(ctx.lang):
        words = phrase.split()
        for k, w in enumerate(words):
            a = i - k
            end = a + len(words)
            if w == toks[i].low and a >= 0 and end <= len(toks) \
                    and all(toks[a + m].low == words[m] for m in range(len(words))) \
                    and not (end < len(toks) and toks[end].low in ctx.lex.complementizers):
                return True  # (not "Mannen, som sagt att C": a relative clause without its auxiliary)
    return False


def _idioms(lang: str) -> frozenset[str]:
    return function_words(lang, "idiom")


def report_frame(ctx: Ctx, toks: list[Tok], e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """An existential report (class exists: "Det finns uppgifter om att C", "Der er meldinger om, at C"): the
    report noun, the cue's last word but one, is the source, and the clause after "att" the content."""
    a = i + n + (1 if i + n + 1 < e and toks[i + n].text == "," and ctx.lex.profile.comma_before_complementizer else 0)
    if not (a < e and toks[a].low in ctx.lex.complementizers):
        return None  # "Det finns uppgifter om skadade": no claim
    c = span(ctx, toks, a + 1, e)
    return Draft((c,), cue, cue_text, (toks[i + n - 2],)) if c else None


def news_frame(ctx: Ctx, toks: list[Tok], e: int, i: int, n: int, cue: Span2, cue_text: str) -> Draft | None:
    """Reports coming in (class news: "Från staden kommer rapporter om tio döda", "Det kommer meldinger om at C",
    "There were reports of gunfire"): the report noun, the cue's last word but one, is the source; the claim its
    complement ("att C", or the noun phrase up to the clause's comma)."""
    openers = function_words(ctx.lang, "news_opener")
    if openers and not any(" ".join(t.low for t in toks[max(0, i - w):i]) in openers for w in (2, 3, 4)):
        return None  # English "reports of" only after "there were": not "denied reports of a rift"
    if toks[e - 1].text == "?":
        return None  # a question asks whether there are reports ("Er der meldinger om skader?")
    if toks[i + n - 1].low in function_words(ctx.lang, "source_preposition"):
        return _news_from(ctx, toks, e, i, n)  # "kom uppgifter från tidningen om att C"
    a = i + n + (1 if i + n + 1 < e and toks[i + n].text == "," and ctx.lex.profile.comma_before_complementizer else 0)
    if a < e and toks[a].low in ctx.lex.complementizers:
        c = span(ctx, toks, a + 1, but_clause(ctx.lex, toks, a + 1, e))
    else:
        end = next((m for m in range(i + n, e) if toks[m].text in ",;:"), e)
        c = span(ctx, toks, i + n, end) if end > i + n else None
    text = " ".join(t.text for t in toks[i:i + n] if t.low not in _NEWS_EXPLETIVES)  # "kommer (det) rapporter om"
    if c and toks[i + n - 2].low in function_words(ctx.lang, "sourceless_news"):
        noun = (toks[i + n - 2].start, toks[i + n - 1].end)  # "Der er meldinger om C": nobody named reports C
        return Draft((c,), noun, ctx.text[noun[0]:noun[1]], ())
    return Draft((c,), cue, text or cue_text, (toks[i + n - 2],)) if c else None


_NEWS_EXPLETIVES: Final = frozenset({"det", "der", "there", "also", "även", "også"})


def _news_from(ctx: Ctx, toks: list[Tok], e: int, i: int, n: int) -> Draft | None:
    """"Redan i går kom uppgifter från tidningen om att C", "Det kom meldinger fra politiet om at C": the phrase after
    "från/fra" is the source, the report noun the cue, the clause after "om att" the claim."""
    about = function_words(ctx.lang, "news_about")
    j = np_end(ctx, toks, i + n, e, about)
    k = j + 1 + (j + 1 < e and toks[j + 1].text == ",")  # Danish "om, at C"
    if j == i + n or k + 1 >= e or toks[j].low not in about \
            or toks[k].low not in ctx.lex.complementizers or any(not t.is_word for t in toks[i + n:j]):
        return None
    c = span(ctx, toks, k + 1, but_clause(ctx.lex, toks, k + 1, e))
    noun = toks[i + n - 2]
    return Draft((c,), (noun.start, noun.end), noun.text, tuple(toks[i + n:j])) if c else None


def message(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int) -> Draft | None:
    """A report noun and its copula before a clause (class message: "Meldingen er, at C", "De første meldinger
    var, at C"): the noun phrase opening the clause is the source, the copula the cue; else None."""
    a = i + n + (1 if i + n + 1 < e and toks[i + n].text == "," else 0)
    if not (a < e and toks[a].low in ctx.lex.complementizers):
        return None  # "Beskeden er klar": no claim
    start = s
    while start < i and not toks[start].is_word:
        start += 1  # past an opening quotation mark
    if any(not t.is_word or t.upper for t in toks[start + 1:i + 1]) or any(
            t.low in ctx.lex.prepositions for t in toks[start:i]):
        return None  # only determiners and adjectives before the noun: "De første meldinger", not "Grunnen til meldingen"
    c = span(ctx, toks, a + 1, e)
    verb = toks[i + n - 1]
    return Draft((c,), (verb.start, verb.end), verb.text, tuple(toks[start:i + 1])) if c else None


def recipient_after_apposition(ctx: Ctx, toks: list[Tok], j: int, e: int) -> list[str]:
    """A named medium told after the speaker's apposition: "…, uppger Anna Ek, presstalesperson vid polisen,
    för Aftonbladet." (j at the comma after the speaker)."""
    if not (j < e and toks[j].text == ","):
        return []
    k = next((m for m in range(j + 1, min(e - 2, j + APPOSITION_WORDS)) if toks[m].text == ","), None)
    over = over_for(toks, k + 1, e) if k is not None else 0  # "…, over for TV 2."
    if k is None or not over and toks[k + 1].low not in ctx.lex.recipient_prep:
        return []
    a = k + 1 + (over or 1)
    media = recipient(toks, a, e, ctx.lex)[1]
    return [media] if media and (media_name(toks[a:a + len(media.split())], ctx.lex)
                                 or generic_medium(media, ctx.lex)) else []  # "…, til avisen." (resolve.py names it)


APPOSITION_WORDS: Final = 14  # the longest apposition read between a speaker and the medium told


def interviewer(ctx: Ctx, toks: list[Tok], m: int) -> bool:
    """Whether toks[m] opens the medium that held an interview ("i en intervju med SVT": "med" after an
    interview noun, function word class interview), who relayed the words like a recipient."""
    return m > 0 and toks[m].low in _interview(ctx.lang, "interview_with") and toks[m - 1].low in _interview(
        ctx.lang, "interview")


@cache
def _interview(lang: str, name: str) -> frozenset[str]:
    return function_words(lang, name)


def claim_label(ctx: Ctx, toks: list[Tok], s: int, e: int, before: tuple[int, int] | None) -> Draft | None:
    """German: a claim after a label noun and a colon, following a sentence opened by who makes it ("Linke und Grüne
    forderten eine Debatte. Der Vorwurf: Die Regierung peitsche das Gesetz durch."). The source is that sentence's
    subject (only a subject that opens it: nouns, names, articles and "und" before a verb of demanding or
    criticising, `claim_verb`); the cue is the label."""
    lex = ctx.lex
    if before is None or s + 3 >= e or toks[s + 2].text != ":" or toks[s].low not in function_words(
            ctx.lang, "claim_label_opener") or toks[s + 1].low not in function_words(ctx.lang, "claim_label") \
            or not toks[s + 3].is_word:
        return None
    b, be = before
    v = next((k for k in range(b, min(be, b + LABEL_SUBJECT + 1)) if is_finite_verb(toks[k], lex)
              and toks[k].low not in lex.coordinators and not _attributive(toks, b, k, lex)), None)
    if v is None or v == b or toks[v - 1].low in lex.determiners or any(
            not t.is_word or t.low in lex.prepositions for t in toks[b:v]):
        return None  # not "Am Abend kam es zum Streit."
    if not toks[v].low.startswith(_claim_verbs(ctx.lang)):
        return None  # the subject must make claims ("forderten", "kritisierte"), not "Ein Manager wurde entlassen."
    c = span(ctx, toks, s + 3, e)
    cue = (toks[s].start, toks[s + 2].end)
    return Draft((c,), cue, f"{toks[s].text} {toks[s + 1].text}:", tuple(toks[b:v])) if c else None


LABEL_SUBJECT = 6  # the longest subject opening the sentence before a claim label ("Linke und Grüne")


def labelled_claim(ctx: Ctx, toks: list[Tok], s: int, e: int, before: tuple[int, int] | None) -> Draft | None:
    """A claim a noun labels: the German label and colon (claim_label), elsewhere an owner's statement noun."""
    if ctx.lex.konjunktiv:
        return claim_label(ctx, toks, s, e, before)
    return statement_noun(ctx, toks, s, e) or brought_claim(ctx, toks, s, e)  # (also "kom med kritikk til at C")


def _attributive(toks: list[Tok], b: int, k: int, lex: Lexicon) -> bool:
    """Whether the lower-case word at k is an adjective between an article and its noun ("Die neue Regierung")."""
    return b < k < len(toks) - 1 and toks[k - 1].low in lex.determiners and toks[k + 1].upper


@cache
def _claim_verbs(lang: str) -> tuple[str, ...]:
    return tuple(sorted(function_words(lang, "claim_verb")))


APPOSITION = 8  # tokens of an apposition or relative clause set off by commas before a cue


def apposition_before(ctx: Ctx, toks: list[Tok], s: int, i: int) -> tuple[int, int] | None:
    """The subject (token range) when a subject opened by a conjunction and an apposition or relative
    clause set off by commas stand right before the cue at i ("…, mens agenturet for nødhjælp, OCHA, opgør
    dødstallet til 154": the agency and its name; "…, while OCHA, which counts the dead, puts the death
    toll at 154": OCHA), not a speaker after the cue ("C, says X"); else None."""
    if i - 3 <= s or toks[i - 1].text != ",":
        return None
    c = next((k for k in range(i - 2, max(s, i - 2 - APPOSITION), -1) if toks[k].text == ","), None)
    if c is None or c + 1 >= i - 1:
        return None
    inner, lex = toks[c + 1:i - 1], ctx.lex
    named = len(inner) <= 4 and all(t.upper for t in inner if t.is_word) and inner[0].is_word
    if not named and inner[0].low not in lex.relatives:
        return None
    b = next((k for k in range(c - 1, max(s, c - 1 - APPOSITION), -1) if toks[k].text == ","), None)
    if b is None or b + 2 >= c or not toks[b + 2].is_word:
        return None  # ", mens X, OCHA, opgør": a conjunction, then the subject
    if toks[b + 1].low not in lex.subordinators and toks[b + 1].low not in lex.coordinators:
        return None
    if any(is_finite_verb(t, lex) for t in toks[b + 2:c]):
        return None  # a clause, not a subject: "…, da vedkommende blev ramt af en plakat, der rev sig løs, skriver dpa"
    return b + 2, i - 1 if named else c


def second_speaker_and(ctx: Ctx, toks: list[Tok], k: int, e: int) -> bool:
    """Whether toks[k] is a coordinator with no comma that opens a second speaker's clause ("… i foden og et
    andet vidne tilføjer, at …"): a subject opened by a determiner, then its own cue before a clause."""
    lex = ctx.lex
    if toks[k].low not in lex.coordinators or k + 3 >= e or toks[k + 1].low not in lex.determiners:
        return False
    for m in range(k + 2, min(e - 1, k + SECOND_SPEAKER)):
        if not toks[m].is_word:
            return False
        if found := match_phrase(toks, m, e, lex.speech):
            a = m + found[0]
            a += a < e and toks[a].text == ","
            return a < e and toks[a].low in lex.complementizers
        if is_finite_verb(toks[m], lex):
            return False
    return False


SECOND_SPEAKER = 7  # tokens from "og" to the second speaker's cue ("og et andet øjenvidne på stedet tilføjer")
