"""Phrase boundaries shared by the rules and the quote tags: spans, source phrases after a cue,
comma segments and relative clauses after a source.

The subject before a cue is in cuesubject.py (its comma segments in segments.py); datelines and titles
are in titles.py. Every backward scan stops at a segment boundary, and callers pass sentence windows
of bounded length, so the cost per cue is bounded.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.namedapposition import past_named_apposition
from enligt.analyze.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, trim
from enligt.analyze.records import Ctx, Span2
from enligt.analyze.sentences import Tok, is_abbreviation
from enligt.analyze.sources import described_name, forward_np
from enligt.analyze.tagmedium import asked_medium, medium_past_phrases
from enligt.analyze.via import (
    dative_recipient,
    interview_recipient,
    media_name,
    nominative_title,
    quoted_medium,
    relay,
)
from enligt.analyze.wordtypes import named_end, named_starts, word_type
from enligt.lang import function_words, words

SEGMENT_BOUNDS: Final = frozenset({",", ";", "–", "—", "-", ":", "(", ")"})  # "-" alone is a dash ("LONDON (Reuters) - The bank")


def span(ctx: Ctx, toks: list[Tok], a: int, b: int) -> Span2 | None:
    """Trimmed character span of toks[a:b], or None when nothing is left."""
    if b <= a:
        return None
    s, e = trim(ctx.text, toks[a].start, toks[b - 1].end)
    return (s, e) if e > s else None


def np_end(ctx: Ctx, toks: list[Tok], i: int, e: int, stop: frozenset[str] = frozenset()) -> int:
    """forward_np, but a trailing time phrase ("på torsdagsmorgonen") is never part of the source; a role
    preposition of the language (no/da "for": "en talsmann for politiet") is never a stop."""
    roles = _role_prepositions(ctx.lang)
    if roles and not roles.isdisjoint(stop):
        stop = stop - roles
    j = forward_np(toks, i, e, ctx.lex, stop)
    q = quoted_name(ctx, toks, i, j, e)
    if q > j:
        return q  # "die „Welt am Sonntag“": the quoted title is the phrase's end (no time phrase in it)
    j = _named_tail(ctx, toks, i, j, e)
    profile = ctx.lex.profile
    if profile.capitalised_nouns:
        j = _body_name_tail(ctx, toks, i, _extended_attribute(ctx, toks, i, j, e, stop), e, stop)
    for k in range(i + 1, j):
        nxt = toks[k + 1] if k + 1 < j else None  # a capital in sv/no/da is a name ("i Helgeby"), not a time
        if toks[k].low in ctx.lex.prepositions and nxt is not None and (time_word(nxt.low, ctx.lex.times) or (
                profile.capitalised_nouns and nxt.low in ctx.lex.weekdays)) \
                and (not nxt.upper or profile.capitalised_nouns or profile.modifiers_first):
            return k  # "der Sprecher | am Montag"
        if profile.capitalised_nouns and toks[k].low in ctx.lex.prepositions and _modified_time(ctx, toks, k + 1, e):
            return k  # German: "der Sprecher | am frühen Morgen", "| in der vergangenen Nacht"
    return j


def _modified_time(ctx: Ctx, toks: list[Tok], a: int, e: int) -> bool:
    """German: an article or lower-case adjectives, then a capitalised time noun, at toks[a:e] ("frühen Morgen",
    "der Nacht", "der vergangenen Woche"); a preposition before them opens a time phrase, no part of a source."""
    m = a
    while m < min(e, a + MODIFIED_TIME_WORDS) and toks[m].is_word and not toks[m].upper \
            and not toks[m].text[:1].isdigit():
        m += 1  # ("am frühen", "in der vergangenen": articles and adjectives are lower case)
    return a < m < e and toks[m].upper and (time_word(toks[m].low, ctx.lex.times) or toks[m].low in ctx.lex.weekdays)


MODIFIED_TIME_WORDS: Final = 2  # words between a preposition and its time noun ("in der vergangenen Woche")


def quoted_name(ctx: Ctx, toks: list[Tok], i: int, j: int, e: int) -> int:
    """A title in quotation marks after the phrase's article is its name ("die „Wirtschaftswoche“", "der
    „Spiegel“", "tidningen ”Dagens Arena”"): the phrase ends after the closing mark; else j."""
    if not (i < j < e - 2 and toks[j].text in DOUBLE_OPEN and (toks[j - 1].low in ctx.lex.determiners or (
            ctx.lex.profile.capitalised_nouns and toks[j - 1].upper and word_type(toks[j - 1].low, ctx.lang) == "media"))):
        return j  # (German, also after a medium's noun: "die Zeitung „Die Welt“")
    for k in range(j + 1, min(e, j + 2 + QUOTED_NAME_WORDS)):
        if toks[k].text in DOUBLE_CLOSE:
            if k + 2 < e and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end and toks[k + 2].is_word:
                k += 2  # "die "Bild"-Zeitung"
            return k + 1 if k > j + 1 and toks[j + 1].upper else j
        if not toks[k].is_word and not (toks[k].text == "." and toks[k - 1].end == toks[k].start):
            return j  # (an abbreviation's points belong to the title: "„B.Z.“")
    return j


QUOTED_NAME_WORDS: Final = 4  # the longest title in quotation marks read as a name ("„Frankfurter Allgemeine Zeitung“")


def _extended_attribute(ctx: Ctx, toks: list[Tok], i: int, j: int, e: int, stop: frozenset[str]) -> int:
    """German: an article, a prepositional phrase and an inflected adjective or participle before the noun are one
    noun phrase ("die in London ansässige Beobachtungsstelle", "der seit Jahren amtierende Bürgermeister");
    else j."""
    lex = ctx.lex
    if not (j == i + 1 and toks[i].low in lex.determiners and j < e and toks[j].low in lex.prepositions):
        return j
    for m in range(j + 1, min(e - 1, j + ATTRIBUTE_WORDS)):
        t = toks[m]
        if not t.is_word or t.low in lex.complementizers or t.low in lex.relatives:
            return j
        if not t.upper and t.low.endswith(_ATTRIBUTE_ENDINGS) and toks[m + 1].is_word and toks[m + 1].upper:
            return forward_np(toks, m, e, lex, stop)
    return j


_ATTRIBUTE_ENDINGS: Final = ("e", "en", "er", "es", "em")  # German adjective endings ("ansässige", "amtierenden")
ATTRIBUTE_WORDS: Final = 6  # the longest prepositional phrase read inside such a noun phrase ("in der Region X")


def coordinated_end(ctx: Ctx, toks: list[Tok], j: int, e: int, stop: frozenset[str] = frozenset()) -> int:
    """The end of a second source joined by "and" to the phrase ending at toks[j] ("…, uppger TV4 och
    Expressen.", "…, said the mayor and the police chief"): the joined phrase opens with a capital, a
    determiner or a source noun, and no verb follows it. Else j."""
    lex = ctx.lex
    if not (j + 1 < e and toks[j].low in lex.closed.and_ and toks[j + 1].is_word):
        return j
    nxt = toks[j + 1]
    if not _opens_source(ctx, nxt) or not nxt.upper and is_finite_verb(nxt, lex):
        return j  # "…, sa polisen och gick": a second verb, no second source
    k = np_end(ctx, toks, j + 1, e, stop)
    if k == j + 1 or k < e and toks[k].is_word and not toks[k].upper and is_finite_verb(toks[k], lex):
        return j  # "…, said Ann and the board approved it": a clause
    return k


def coordinated_start(ctx: Ctx, toks: list[Tok], s: int, b: int, pre_end: int,
                      bounds: frozenset[str] | None = None) -> int:
    """The start of a first source joined by "and" to the one at toks[b:pre_end] ("…, the BBC and the Post
    reported", "Ann and a friend told"): a noun phrase with no verb opening its segment, after a comma (or, with
    `bounds`, at the sentence's or a clause's start; not in a series "Health, Care and Housing"). Else b."""
    lex = ctx.lex
    f = b + 1 if b + 1 < pre_end and toks[b].low in lex.focus else b  # "X and even Y said": both are the source
    if not (b - 2 >= s and toks[b - 1].low in lex.closed.and_ and pre_end > f and _opens_source(ctx, toks[f])) \
            or np_end(ctx, toks, f, pre_end) < pre_end:
        return b
    a = seg_start(toks, s, b - 1, bounds or frozenset())
    if not (s <= a < b - 1 and (toks[a - 1].text == "," if bounds is None else a == s or toks[a - 1].low in bounds)) \
            or not _opens_source(ctx, toks[a]) or np_end(ctx, toks, a, b - 1) != b - 1 \
            or not _source_head(ctx, toks[b - 2]) \
            or any(not t.upper and is_finite_verb(t, lex) and not word_type(t.low, ctx.lang) for t in toks[a:b - 1]):
        return b
    return a


def and_verb(lex: Lexicon, toks: list[Tok], j: int, e: int) -> bool:
    """Whether "and" and a finite verb follow the phrase ending at toks[j] ("…, sagte der Sprecher und fügte
    hinzu"): the speaker's second predicate."""
    return j + 1 < e and toks[j].low in lex.closed.and_ and not toks[j + 1].upper and is_finite_verb(toks[j + 1], lex)


def _source_head(ctx: Ctx, t: Tok) -> bool:
    """A word that can end a source phrase: a name, a source noun or a personal pronoun ("the mayor", "Hun"),
    not "the town flooded"."""
    return t.upper or word_type(t.low, ctx.lang) is not None or ctx.lex.pronouns.get(t.low) is not None


def _opens_source(ctx: Ctx, t: Tok) -> bool:
    """A word that opens a source phrase: a capital, a determiner or a source noun."""
    return t.is_word and (t.upper or t.low in ctx.lex.determiners or word_type(t.low, ctx.lang) is not None)


def _named_tail(ctx: Ctx, toks: list[Tok], i: int, j: int, e: int) -> int:
    """The end of a known body's name of several words the phrase opens or ends in, past its lower-case words
    ("ifølge Læger uden Grænser", "enligt Läkare utan gränser"; named_sources.tsv)."""
    starts = named_starts(ctx.lang)
    for k in range(i, min(j, e)):
        if toks[k].upper and toks[k].low in starts:
            end = named_end([t.low for t in toks[k:e]], 0, e - k, ctx.lang) + k
            if end > j:
                return end
    return j


def _body_name_tail(ctx: Ctx, toks: list[Tok], i: int, j: int, e: int, stop: frozenset[str]) -> int:
    """German: the end of a body's name past "für" and its field ("das Bundesamt für Migration", "die Zentralstelle
    für die Verfolgung von Straftaten"), when the word before it names an official body or an organisation."""
    if not (i < j < e - 1 and toks[j].low in function_words(ctx.lang, "body_preposition")
            and word_type(toks[j - 1].low, ctx.lang) in _BODY_TYPES and (toks[j + 1].upper or toks[j + 1].low in
                                                                       ctx.lex.determiners)):
        return j
    k = forward_np(toks, j + 1, e, ctx.lex, stop)
    return k if k > j + 1 else j


_BODY_TYPES = frozenset({"official", "organization"})


def _role_prepositions(lang: str) -> frozenset[str]:
    return function_words(lang, "role_preposition")


def time_word(low: str, times: tuple[str, ...]) -> bool:
    """A word that ends in a time word, perhaps inflected ("søndag", "kvällen", "torsdagsmorgonen"); a name
    that merely contains one ("Helgådalen") is none. Memoised a word for each `times` (four `endswith`
    tests over every time word cost about 3,000 instructions; the rules ask a hundred times a page)."""
    if not times:
        return False
    entry = _TIME_MEMOS.get(id(times))
    if entry is None or entry[0] is not times:  # (the entry keeps `times` alive, so its id is not reused)
        entry = _TIME_MEMOS[id(times)] = (times, {})
    memo = entry[1]
    found = memo.get(low)
    if found is None:
        if len(memo) >= TIME_WORD_MEMO:
            memo.clear()
        found = memo[low] = any(low[:len(low) - k].endswith(times) for k in range(4)) and not any(
            w in low for w in TIME_LOOKALIKES)
    return found


TIME_LOOKALIKES: Final = words(None, "time_lookalikes")  # stems holding a time word by chance ("pengebruken")
_TIME_MEMOS: Final[dict[int, tuple[tuple[str, ...], dict[str, bool]]]] = {}  # id(times) -> (times, word -> answer)
TIME_WORD_MEMO: Final = 65536  # words remembered for one `times`; the memo starts over when full


def time_phrase(ctx: Ctx, toks: list[Tok], a: int, j: int) -> bool:
    """Whether toks[a:j] is a time phrase alone ("Monday", "Monday night", "last week", "earlier"): its words are
    weekdays, time words, words closing a fronted time phrase or time determiners (function words `time_determiner`)."""
    lex = ctx.lex
    if j <= a or j - a > TIME_WORDS:
        return False
    timed = False
    for t in toks[a:j]:
        if not t.is_word or t.text.isupper():
            return False  # "SUNDAY" is a heading
        if t.low in lex.weekdays or time_word(t.low, lex.times) or t.low in lex.intro_end:
            timed = True
        elif t.low not in _time_determiners(ctx.lang):
            return False
    return timed


TIME_WORDS: Final = 3  # the longest time phrase read after a cue ("late Monday night")


def _time_determiners(lang: str) -> frozenset[str]:
    """`_time_determiners_built`, built once per argument and kept in a dict (compiled, a read of it costs a third of a `functools.cache` call)."""
    got = _TIME_DETERMINERS_KEPT.get(lang)
    if got is None:
        got = _TIME_DETERMINERS_KEPT.setdefault(lang, _time_determiners_built(lang))
    return got


_TIME_DETERMINERS_KEPT: Final[dict[str, frozenset[str]]] = {}


def _time_determiners_built(lang: str) -> frozenset[str]:
    return function_words(lang, "time_determiner")


def restrictive_end(ctx: Ctx, toks: list[Tok], i: int, j: int, e: int) -> int:
    """After a cue, an indefinite speaker's relative clause is restrictive and part of the source
    ("säger en soldat som TT har talat med"): the end of that clause, else j."""
    lex = ctx.lex
    if j >= e or j <= i or toks[i].low not in lex.closed.indefinite_base or toks[j].low not in lex.relatives \
            or lex.profile.relative_after_comma:
        return j  # a relative clause that always follows a comma is never part of the speaker phrase
    k = j + 1
    while k < e and toks[k].text not in ",;:" and not (toks[k].text in ".!?" and k == e - 1):
        k += 1
    return k


def genitive_tail(ctx: Ctx, toks: list[Tok], j: int, e: int) -> tuple[int, list[str]]:
    """German tag after a speaker cut at "der"/"dem": "ein Sprecher | der Feuerwehr der Nordsee-Zeitung".
    A medium there is the dative recipient (a via); any other phrase is a genitive that belongs to the speaker.
    Returns the new end of the speaker phrase and the vias found."""
    lex = ctx.lex
    for step in range(3):
        if (told := indefinite_medium(ctx, toks, j, e, step > 0)) is not None:  # "ein Sprecher | gestern einer Agentur"
            return j, [told]
        if (talk := interview_recipient(toks, j, e, lex)) is not None:  # "der Minister | im Interview mit X"
            return j, [talk[1]] if talk[1] else []
        if (later := _past_time(ctx, toks, j, e)) > j and (talk := interview_recipient(toks, later, e, lex)) is not None \
                and talk[1]:
            return j, [talk[1]]  # "der Minister | am Montagabend | im Deutschlandfunk"
        if j + 1 < e and toks[j].low in lex.dative_preposition:  # "ein Sprecher | gegenüber dem Sender"
            media = dative_recipient(toks, j + 1, e, lex)[1]
            return j, [media] if media else []
        if j + 1 >= e or toks[j].low not in lex.case_tail:
            told = asked_medium(toks, j, e, lex) or medium_past_phrases(toks, j, e, lex)  # "… | bei der Stadt Y der dpa"
            return j, [told] if told else []
        quoted = toks[j + 1].text in "„“\"«‚"  # "der „Süddeutschen Zeitung“"
        k = np_end(ctx, toks, j + 1 + quoted, e, lex.closed.tag_stop)
        k = next((m for m in range(j + 2, k) if toks[m].low in function_words(ctx.lang, "dative_indefinite")
                  and indefinite_medium(ctx, toks, m, e, True)), k)  # "der Polizei | einer Nachrichtenagentur"
        dative = toks[j].low in lex.dative_definite
        if dative and quoted and (titled := quoted_medium(toks, j, e, lex)):
            return j, [titled]  # "der „Bild“-Zeitung", "der „Welt am Sonntag“": a quoted title, no genitive
        if dative and not quoted and j + 2 < len(toks) and toks[j + 2].text in "„“\"«‚" \
                and (named := dative_recipient(toks, j, len(toks), lex)[1]):
            return j, [named]  # "der Zeitung „Die Welt“": the quoted title after the media noun (read as a quote)
        k += dative and k < e and not toks[k].upper and media_name([toks[k]], lex) is not None  # "… | dpa"
        media = media_name(toks[j + 1 + quoted:k], lex) if dative and k > j + 1 + quoted else None
        if media:
            return j, [nominative_title(media, ctx.lang)]  # "der Deutschen Presse-Agentur" -> "Deutsche Presse-Agentur"
        if k == j + 1 or toks[j].low not in lex.genitive_article:
            break  # "dem": a dative only, no genitive of the speaker
        j = k
    return j, []


def _past_time(ctx: Ctx, toks: list[Tok], j: int, e: int) -> int:
    """Past a short phrase of time or an adverb at toks[j] ("am Montagabend", "gestern Abend"), else j."""
    lex = ctx.lex
    k = j
    while k < min(e, j + TIME_WORDS) and toks[k].is_word and (time_word(toks[k].low, lex.times) or (
            lex.fronted.get(toks[k].low) == "adv") or (
            toks[k].low in lex.prepositions and k + 1 < e and time_word(toks[k + 1].low, lex.times))):
        k += 1
    return k


def indefinite_medium(ctx: Ctx, toks: list[Tok], j: int, e: int, after_genitive: bool) -> str | None:
    """A medium told with an indefinite dative after a tag's speaker, past words of time or a genitive of the
    speaker's: "sagte ein Sprecher gestern Abend einer Nachrichtenagentur", "sagte ein Sprecher der Polizei einer
    Nachrichtenagentur" (as written), else None; not right after the speaker's noun ("die Chefin einer Zeitung")."""
    lex = ctx.lex
    articles = function_words(ctx.lang, "dative_indefinite")
    if not articles:
        return None
    k = j
    while k < min(e, j + TIME_WORDS) and toks[k].is_word and toks[k].low not in articles and (
            toks[k].low in lex.prepositions or lex.fronted.get(toks[k].low) == "adv" or time_word(toks[k].low, lex.times)):
        k += 1
    if k + 1 >= e or toks[k].low not in articles or k == j and not after_genitive:
        return None
    m = k + 1 + (k + 2 < e and not toks[k + 1].upper and toks[k + 2].upper)  # an adjective: "einer britischen Zeitung"
    if m < e and toks[m].upper and word_type(toks[m].low, lex.lang) == "media" and (m + 1 >= e or not toks[m + 1].is_word):
        return " ".join(t.text for t in toks[k:m + 1])
    return None


def np_before(ctx: Ctx, toks: list[Tok], s: int, k: int) -> list[Tok]:
    """The noun phrase that ends just before toks[k] ("i | pressmeddelandet", "publicerade | en sammanfattning")."""
    lex = ctx.lex
    b = k
    while b > max(s, k - 6):
        t = toks[b - 1]
        if not t.is_word or t.low in lex.prepositions or (b < k and is_finite_verb(t, lex)):
            break
        b -= 1
        if t.low in lex.determiners:
            break
    return toks[b:k]


def seg_start(toks: list[Tok], s: int, k: int, extra: frozenset[str] = frozenset()) -> int:
    """First token of the comma-delimited segment that ends just before index k."""
    while k > s and (len(toks[k - 1].text) != 1 or toks[k - 1].text not in SEGMENT_BOUNDS) and toks[k - 1].low not in extra:
        k -= 1
    return k


def past_adverb_subordinator(lex: Lexicon, toks: list[Tok], s: int, b: int) -> int:
    """The clause's start past a subordinator right after a finite verb, an adverb there ("Hun snakket da om
    veiene, og pekte på at C": "da" is "then", no clause of its own); else b."""
    while b - 2 >= s and toks[b - 1].low in lex.subordinators and toks[b - 1].low not in lex.coordinators \
            and not toks[b - 2].upper and is_finite_verb(toks[b - 2], lex):
        b = seg_start(toks, s, b - 1, lex.subordinators)
    return b


def skip_relative(ctx: Ctx, toks: list[Tok], j: int, e: int) -> tuple[int, str, list[str]]:
    """Past ", som/which …," or ", as quoted by X," after a source: (index after it, its text, vias named in it)."""
    r = relay(toks, j, e, ctx.lex) if j < e and (
        toks[j].low in ctx.lex.relatives or toks[j].low in ctx.lex.closed.relaying) else None
    if r and r[1]:  # "enligt ett internt mejl som citeras av The Northern Herald"
        return r[0], "", [r[1]]
    if j + 1 < e and toks[j].text == "," and (toks[j + 1].low in ctx.lex.relatives or relay(toks, j + 1, e, ctx.lex)):
        k = j + 1
        while k < e and toks[k].text != ",":
            k += 1
        vias: list[str] = []
        for m in range(j + 1, k):
            r = relay(toks, m, k, ctx.lex)
            if r and r[1]:
                vias.append(r[1])
                break
        tail = ctx.text[toks[j + 1].start: toks[k - 1].end]
        return (k + 1 if k < e else k), tail, vias
    return j, "", []


def past_verb_adverbs(lex: Lexicon, toks: list[Tok], s: int, pre_end: int) -> int:
    """Before a coordinated cue, the coordinator itself past the adverbs and auxiliaries between them ("…
    and then predicted", "but did note", "and later said"): the cue shares the main clause's subject."""
    k = pre_end
    while k > s and k > pre_end - VERB_ADVERBS and (toks[k - 1].low in lex.sentence_adverbs
                                                     or toks[k - 1].low in lex.auxiliaries
                                                     or toks[k - 1].low in lex.question_auxiliaries
                                                     or _verb_adverb(toks[k - 1], lex)):
        k -= 1
    if any(_verb_adverb(t, lex) for t in toks[k:pre_end]) \
            and any(t.low in lex.determiners or t.low in lex.expletives for t in toks[k:pre_end]):
        return pre_end  # "but this only explains": a subject between the coordinator and the cue
    if k > s + 1 and not lex.profile.v2 and toks[k - 1].low not in lex.coordinators:  # V2: "och i dag sa X"
        p = next((m for m in range(k - 1, max(s, k - VERB_PHRASE), -1) if toks[m].low in lex.prepositions), None)
        if p is not None and p > s and toks[p - 1].low in lex.coordinators and _time_or_place(toks, p, k, lex):
            k = p  # "… and on Monday announced", "but in a later interview said"
    return k if k < pre_end and k > s and toks[k - 1].low in lex.coordinators else pre_end


VERB_PHRASE: Final = 5  # tokens of a prepositional phrase between a coordinator and its cue ("in a later interview")


def _time_or_place(toks: list[Tok], p: int, k: int, lex: Lexicon) -> bool:
    """Whether toks[p:k] is one prepositional phrase: a preposition, perhaps one determiner right after it,
    at most one capitalised word, no pronoun and no verb ("on Monday", "in a later interview")."""
    body = toks[p + 1:k]
    return bool(body) and all(t.is_word and t.low not in lex.pronouns and not is_finite_verb(t, lex) for t in body) \
        and not any(t.low in lex.determiners for t in body[1:]) and sum(t.upper for t in body) <= 1


VERB_ADVERBS: Final = 2  # words between a coordinator and its cue ("and then later said")
MANNER_ADVERB_MIN: Final = 5  # shorter words in -ly are no manner adverbs ("ally", "July")


def _verb_adverb(t: Tok, lex: Lexicon) -> bool:
    """English: a focusing adverb or a lower-case manner adverb in -ly before a coordinated cue ("and even
    assured", "and quickly added", "but firmly denied"); not a noun in -ly ("and family said")."""
    return not lex.profile.v2 and t.is_word and not t.upper and (t.low in lex.focus or (
        len(t.low) >= MANNER_ADVERB_MIN and t.low.endswith("ly") and word_type(t.low, lex.lang) is None))


def only_punct(toks: list[Tok], a: int, e: int) -> bool:
    return all(not t.is_word for t in toks[a:e])


def clause_stop(ctx: Ctx, toks: list[Tok], i: int, e: int) -> int:
    """The punctuation closing the clause of the verb toks[i] (or e): a split cue's particle stands before it. The
    stop of a title or an initial goes on ("stellte Richter Dr. Frank Oehm fest")."""
    k = i + 1
    while k < e and (toks[k].text not in ",.;:!?" or toks[k].text == "." and is_abbreviation(toks[k - 1], ctx.lang)):
        k += 1
    return k


def particle_stop(ctx: Ctx, toks: list[Tok], i: int, e: int) -> int:
    """Where the clause of a split cue at toks[i] stops (its particle stands before it): its punctuation, or in
    sv/no/da, whose particles do not close the clause, an earlier complementizer ("slo retten fast at C")."""
    k = clause_stop(ctx, toks, i, e)
    if ctx.lex.profile.separable_particles:
        if (m := past_apposed_name(toks, k, e)) > k and toks[k - 1].low not in ctx.lex.separable.get(toks[i].low, ()) \
                and toks[(b := clause_stop(ctx, toks, m - 1, e)) - 1].low in ctx.lex.separable.get(toks[i].low, ()):
            k = b  # "teilte der Sprecher der Stadt, Hans Maier, am Abend mit": the name in apposition goes on
        return _particle_before_and(ctx, toks, i, k)
    c = next((m for m in range(i + 2, k) if toks[m].low in ctx.lex.complementizers), k)
    parts = ctx.lex.separable.get(toks[i].low, ())
    if c == k and (m := past_named_apposition(toks, k, e)) > k and toks[k - 1].low not in parts \
            and toks[(b := clause_stop(ctx, toks, m - 1, e)) - 1].low in parts:
        return b  # "peger formanden, Ole Hansen (V), dog på, at C": the name in apposition goes on
    return c


def _particle_before_and(ctx: Ctx, toks: list[Tok], i: int, k: int) -> int:
    """The stop after the particle of the verb toks[i] when "und" and a second verb follow it ("warf X Y vor und
    verlangte Z": the first clause ends at "vor"); else k."""
    lex = ctx.lex
    parts = lex.separable.get(toks[i].low, ())
    for m in range(i + 2, k - 2):
        if toks[m].low in parts and toks[m + 1].low in lex.closed.and_ and toks[m + 2].is_word \
                and not toks[m + 2].upper and toks[m + 2].low not in lex.prepositions \
                and toks[m + 2].low not in lex.determiners and lex.fronted.get(toks[m + 2].low) != "prep":
            return m + 1
    return k


def name_between(toks: list[Tok], k: int, i: int) -> bool:
    """Whether toks[k] and toks[i - 1] are the commas around a proper name of two to four words (", Ena Lusk,")."""
    inner = [t for t in toks[k + 1:i - 1] if t.text != "."]  # "Maj. Tom Reed": the full stop of a title
    return toks[i - 1].text == "," and 2 <= len(inner) <= 4 and all(t.is_word and t.upper for t in inner)


def past_apposed_name(toks: list[Tok], j: int, e: int) -> int:
    """The token after a name in apposition between commas at toks[j] (", Hans Maier,"), else j."""
    if j >= e or toks[j].text != ",":
        return j
    m = next((m for m in range(j + 3, min(e, j + 6)) if toks[m].text == ","), None)
    return m + 1 if m is not None and m + 1 < e and name_between(toks, j, m + 1) else j


def apposed_subject(ctx: Ctx, toks: list[Tok], s: int, i: int) -> bool:
    """Whether toks[s:i] is a subject with a name in apposition ("Der Chef der Partei, Max Huber,"): two
    commas, a name of two to four words between them, no verb before the first."""
    k = next((m for m in range(s, i - 1) if toks[m].text == ","), None)
    lex = ctx.lex
    return k is not None and k > s and name_between(toks, k, i) and not any(
        t.text == "," or t.low in lex.finite_verbs or t.low in lex.speech for t in toks[s:k])


def apposed_name(ctx: Ctx, toks: list[Tok], j: int, e: int) -> str | None:
    """A full name in apposition after a role ("politichef, Patrice Faure[,.]", "chefen for X, politiinspektør Dannie
    Rise."), else None."""
    if j + 2 >= e or toks[j].text != ",":
        return None
    found = described_name(toks, j + 1, e, ctx.lex)  # also after a description: "…, politiinspektør Dannie Rise."
    return ctx.text[toks[found[0]].start:toks[found[1] - 1].end] if found else None
