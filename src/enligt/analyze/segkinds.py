"""What a comma segment before a cue is: a fronted phrase ("In a statement,"), an insert ("Ann Lee, in a
statement, said"), a verb group going on ("X, who …, has always maintained"), a pronoun, a time tail ("Trump
Thursday said"). Split out of cuesubject, which reads the subject from these."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import time_word
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import is_name_tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, words


@cache
def ordinal_adverbs(lang: str) -> frozenset[str]:
    return function_words(lang, "ordinal_adverb")


def verbal_adverb(t: Tok, lex: Lexicon) -> bool:
    """A word that may stand between a subject's last comma and its verb: an adverb, auxiliary, modal or time
    word ("even", "famously", "may now", "had", "last week", "on Friday")."""
    low = t.low
    return t.is_word and (low in lex.sentence_adverbs or low in lex.auxiliaries or low in lex.modals
                          or low in lex.focus or low in lex.floating or low in lex.weekdays or low in lex.intro_end
                          or low in lex.closed.time_preposition
                          or (not t.upper and low.endswith("ly") and len(low) > FRONTED_WORD_MIN))


def opens_verb_group(t: Tok, lex: Lexicon) -> bool:
    """An auxiliary, modal or form of "be" opening the last segment before a cue: no subject starts so ("X, …, has
    always maintained", "What the panel weighs is, may the city charge …", "Some growers, though …, are cautioning")."""
    return t.is_word and not t.upper and (t.low in lex.auxiliaries or t.low in lex.modals or t.low in lex.closed.be)


def verb_group(seg: list[Tok], lex: Lexicon) -> bool:
    """The last words before a cue that an auxiliary or modal opens, with adverbs and a time phrase after it: the
    verb group goes on there, no subject ("X, who …, has in the past described", "X, who …, will ever tell"; not
    "who has gotten less credit than aides")."""
    return opens_verb_group(seg[0], lex) and all(
        verbal_adverb(w, lex) or w.low in lex.prepositions or w.low in lex.determiners for w in seg[1:])


def insert_segment(toks: list[Tok], seg: tuple[int, int], lex: Lexicon) -> bool:
    """A participle or prepositional insert between commas right before the cue, after the subject ("Ann Lee,
    without naming him, accused", "Berg, contradicting Lund, said", "Ann Lee, in a statement, said")."""
    a, b = seg
    t = toks[a]
    if t.low in lex.coordinators and a + 1 < b and not toks[a + 1].upper:
        t = toks[a + 1]  # ", and obtained by the paper,"
    return b < len(toks) and toks[b].text == "," and a > 0 and toks[a - 1].text == "," and t.is_word and not t.upper \
        and (t.low.endswith("ing") or t.low in lex.prepositions or lex.noun_openers.get(t.low) == "prep"
             or t.low.endswith(lex.participle_endings))


def time_tail(src: list[Tok], lex: Lexicon) -> bool:
    """A time word ending a subject before its verb: a weekday, or a time noun after "last", "this", "earlier"
    ("The senator earlier Thursday", "Trump Thursday", "Ann Lee last week")."""
    t = src[-1]
    if any(w.low in lex.prepositions for w in src[:-2]):
        return False  # "A poll published by Yle last week": the time belongs to the participle
    if t.low in lex.weekdays:
        return not t.text.isupper()  # "Trump Thursday said"; "SUNDAY" is a heading
    if lex.profile.v2 and not t.upper and len(src) > 2 and (
            src[-2].low in lex.weekdays and time_word(t.low, lex.times)  # "X tirsdag kveld hadde opplyst"
            or lex.fronted.get(t.low) == "adv" and (src[-2].upper or word_type(src[-2].low, lex.lang))):
        return True  # "efter at guvernør X tidligere onsdag aften havde meldt": the time is no part of X
    return t.low in lex.intro_end and not t.upper and len(src) > 2 and src[-2].low in lex.sentence_adverbs


def fronted_clause(toks: list[Tok], s: int, seg: tuple[int, int], lex: Lexicon) -> bool:
    """A clause after a subordinating conjunction, before the subject ("As the crowd booed, the executive said")."""
    k = seg[0] - 1
    return k >= s and toks[k].low in lex.subordinators and toks[k].low not in lex.coordinators


def is_intro(toks: list[Tok], seg: tuple[int, int], lex: Lexicon) -> bool:
    """A fronted phrase before the subject: "Writing on Telegram,", "In a statement,", "Earlier this week,",
    "Reluctantly,", "Sunday on Fox News,", "A few minutes later,"."""
    k = seg[0]
    if toks[k].low in lex.focus and k + 1 < seg[1]:
        k += 1  # "Even with fewer people in the race,"
    t = toks[k]
    return (t.low.endswith("ing") and not _name_in_ing(toks, k, lex)) or t.low in lex.closed.intro or t.low in lex.prepositions or t.low in lex.subordinators \
        or t.low in lex.sentence_adverbs or t.low in lex.weekdays or _participle_or_adverb(t, lex) \
        or toks[seg[1] - 1].low in lex.intro_end and not _clause_to_time(toks, k, seg[1], lex)


def _clause_to_time(toks: list[Tok], k: int, end: int, lex: Lexicon) -> bool:
    """A clause of its own that a time word closes ("He resigned the next day,", "The mayor spoke later,"): a finite
    verb after its first word, before any preposition or subordinator ("Hours after he spoke that night," stays a
    fronted phrase), and no cue (a tag's segment is read elsewhere). Such a segment is the main clause, not a
    phrase before its subject."""
    for t in toks[k + 1:end]:
        if not t.is_word or t.low in lex.prepositions or t.low in lex.subordinators or t.low in lex.participle_openers:
            return False
        if t.low in lex.speech:
            return False  # "X told reporters last week, “Q”": a tag, whose segment other rules read
        if not t.upper and (is_finite_verb(t, lex) or t.low in lex.closed.be or len(t.low) > _PAST_MIN
                            and t.low.endswith(_PAST_ENDING)):
            return True
    return False


_PAST_MIN: Final = 3  # letters a past form in -ed needs ("sued"; not "bed", "red")
_PAST_ENDING: Final = "ed"


def _name_in_ing(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A capitalised word in -ing with a finite verb, a past form or a cue right after it is a name ("Ebeling said",
    "Channing talked"), not a participle ("Walking to the car,")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k].upper and nxt is not None and nxt.is_word and not nxt.upper and (
        is_finite_verb(nxt, lex) or nxt.low in lex.speech or nxt.low.endswith(lex.participle_endings))


PLACE_WORDS: Final = 4  # tokens of a place after a fronted phrase's own place ("in Salem, New Hampshire,", "N.H.")
TIME_PHRASE: Final = 4  # tokens of a fronted time phrase without its comma ("A few minutes later")


def time_then_subject(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A time word that closes a fronted phrase without its comma, a pronoun or name after it ("A few minutes
    later they", "Two years ago Ann Lee"); not a preposition ("went after Bush") nor before a day ("earlier
    Thursday")."""
    t, nxt = toks[k], toks[k + 1]
    return t.low in lex.intro_end and not (t.upper and k > 0 and toks[k - 1].is_word) and t.low not in lex.participle_openers and nxt.low not in lex.weekdays \
        and (lex.pronouns.get(nxt.low) in ("person", "organization") or is_name_tok(nxt))


def pronoun_segment(toks: list[Tok], seg: tuple[int, int], lex: Lexicon) -> bool:
    """A comma segment that is a personal pronoun, perhaps with adverbs ("he", "she also"): the subject of
    the cue after it, whatever comes before the comma."""
    a = seg[0] + 1 if seg[1] - seg[0] > 1 and toks[seg[0]].text in _CLOSING else seg[0]  # ',” he said'
    return lex.pronouns.get(toks[a].low) in ("person", "organization") and all(
        t.low in lex.sentence_adverbs for t in toks[a + 1:seg[1]])


_CLOSING = frozenset("”’\"'")  # a closing quote after the comma that ends a fronted clause


def _participle_or_adverb(t: Tok, lex: Lexicon) -> bool:
    """A past participle or a lower-case adverb opening a phrase, by ending (`function_words.tsv`:
    past_participle_ending, adverb_ending; English "Courted by both parties, X said", "…, and widely
    expected to win, X said")."""
    if len(t.low) <= FRONTED_WORD_MIN:
        return False
    return t.low.endswith(lex.participle_endings) or (not t.upper and t.low.endswith(lex.adverb_endings))


FRONTED_WORD_MIN: Final = 4  # shorter words are no participles or adverbs by their ending ("Reed", "Ted")


def fronted_lead(src: list[Tok], lex: Lexicon) -> int:
    """English: where a subject starts after a fronted adverbial left without its comma, else 0: adverbs ("Then
    the senator", "Now Ann Lee"), or a preposition's phrase ending in a noun or name before a determiner or a
    personal pronoun ("On Friday the senator", "For decades some critics", "In Ohio the mayor"), or in a time
    word before a name ("At the moment Ann Lee"), a time phrase opened by an adverb ("Last week the mayor",
    "Later that day she"). Not "At least a dozen members", nor a name inside the
    phrase ("With the lawsuit Lynch": no time word before it)."""
    if lex.profile.v2 or len(src) < 2:
        return 0
    if timed := _time_lead(src, lex):
        return timed
    k = 0
    while k < len(src) - 1 and _lead_adverb(src[k], lex):
        k += 1
    if k and _opens_subject(src[k], lex, name=True):
        return k
    prep = src[0].low in lex.prepositions and src[0].low not in lex.infinitive_markers  # (not "to attack a friend")
    if not (prep or src[0].low in lex.sentence_adverbs) or len(src) < 3 or src[1].low in _QUANTITY_AFTER:
        return 0
    for m in range(2, min(len(src) - 1, _LEAD_WORDS)):
        prev = src[m - 1]
        if prev.low in lex.infinitive_markers:
            return 0  # "went on to praise the park": a verb phrase, no fronted one
        if not prev.is_word or prev.low in lex.prepositions or prev.low in lex.determiners \
                or prev.low.endswith(_POSSESSIVE):
            continue  # ("Last year’s FBI figures": a genitive goes on into its noun)
        time = _time_end(prev, lex)
        if (prep or time) and _opens_subject(src[m], lex, name=time):
            return m  # (after an adverb, "Last week the mayor", only a time phrase)
    return 0


_LEAD_WORDS: Final = 9  # tokens of a fronted phrase without its comma ("By the end of the day the mayor")


def _time_lead(src: list[Tok], lex: Lexicon) -> int:
    """English: where a subject starts after a fronted time phrase left without its comma, else 0: adverbs, time
    determiners and a preposition, then weekdays, time words and clock times, then a determiner, a personal pronoun,
    a source noun or a name ("Earlier Monday the mayor", "Late Friday officers", "Shortly before 3 a.m. police",
    "Tuesday night the council"). Not a name after a capitalised time word ("Sunday Globe"), nor a bare number
    ("12 officers"): a number counts only with its clock suffix."""
    clock = _clock_suffixes(lex.lang)
    k, timed = 0, False
    while k < min(len(src) - 1, _LEAD_WORDS):
        t, nxt = src[k], src[k + 1]
        if k and t.upper and t.low not in lex.weekdays:
            break  # "Sunday Globe": a name
        if t.low.endswith(_POSSESSIVE):
            return 0  # "Last year’s figures": a genitive goes on into its noun
        if _time_end(t, lex) and not t.text.isdigit() or t.low in clock or t.text.isdigit() and nxt.low in clock \
                or t.text == "." and k and src[k - 1].low in clock \
                or len(t.text) == 4 and t.text.isdigit() and k and src[k - 1].low in lex.prepositions:  # "In 2019"
            timed = True
        elif timed or not (t.low in _time_determiners(lex.lang) or _lead_adverb(t, lex) or t.low in lex.prepositions
                           or t.low in lex.closed.time_preposition or t.low in _approx_words(lex.lang)):
            break
        k += 1
    if not timed or k == 0:
        return 0
    first, last = src[k], src[k - 1]
    if _opens_subject(first, lex, name=False) or word_type(first.low, lex.lang) and not first.upper:
        return k
    return k if is_name_tok(first) and not last.upper else 0


@cache
def _approx_words(lang: str) -> frozenset[str]:
    """Single words before a number or a clock time that make it approximate ("around 2 a.m.")."""
    return frozenset(w.lower() for w in words(lang, "approx") if " " not in w)


@cache
def _clock_suffixes(lang: str) -> frozenset[str]:
    return function_words(lang, "clock_suffix")


@cache
def _time_determiners(lang: str) -> frozenset[str]:
    return function_words(lang, "time_determiner")
_QUANTITY_AFTER: Final = frozenset({"least", "most"})  # "At least a dozen members": a quantity, no phrase
_NOT_LEAD: Final = frozenset({"last", "next", "this", "every", "early", "hours", "days", "weeks", "months", "years",
                              "minutes", "moments", "speaking", "around"})  # open a noun phrase themselves


def _lead_adverb(t: Tok, lex: Lexicon) -> bool:
    return t.is_word and t.low in lex.sentence_adverbs and t.low not in lex.prepositions \
        and t.low not in lex.determiners and t.low not in _NOT_LEAD


def _opens_subject(t: Tok, lex: Lexicon, *, name: bool) -> bool:
    """A subject's first word: a determiner, a personal pronoun, or (when `name`) a capitalised name."""
    return t.is_word and (t.low in lex.determiners and t.low != "that" or lex.pronouns.get(t.low) == "person"
                          or name and is_name_tok(t))


def _time_end(t: Tok, lex: Lexicon) -> bool:
    """A word ending a time phrase: a weekday, a year, a time noun ("moment", "decades", "week")."""
    low = t.low
    return low in lex.weekdays or (t.text.isdigit() and len(t.text) == 4) or low in lex.intro_end \
        or time_word(low.removesuffix("s"), lex.times) or low.removesuffix("s") in _TIME_NOUNS


_POSSESSIVE: Final = ("'s", "’s", "s'", "s’")
_TIME_NOUNS: Final = frozenset({"moment", "decade", "time", "hour", "minute", "weekend", "while", "long", "century"})
