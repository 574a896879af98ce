"""English: the subject of the nearest finite clause before a participle or coordinated cue.

A participle or a verb coordinated after "and" goes on from the clause right before it, not always the
sentence's main clause: "The storm hit the coast, and the governor declared an emergency, saying C" (the
governor), "The hall was quiet as the mayor spoke, saying C" (the mayor), "…, while Ann Lee, the former
mayor, proposed a tax and said C" (Ann Lee, the former mayor). The clause opens with a subordinator
(`near_clause_opener` in `function_words.tsv`) or a comma and "and"/"but"; its subject opens like one and
runs (past an apposition between commas) to a finite verb.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import np_before
from enligt.analyze.records import Ctx, Draft
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np, is_name_tok
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words

_MAIN_CLAUSE: Final = 3  # tokens before a subordinator that make a main clause ("Ann Lee left as …"), not a fronted opener
_REACH: Final = 40  # tokens read back from the cue for the clause's opener
_APPOSITION: Final = 10  # tokens of an apposition between commas after the subject ("Ann Lee, the former mayor,")
_CLOSING: Final = frozenset("\"”’»")
_OPENING: Final = frozenset("\"“‘«")
_GRADING: Final = frozenset({"most", "more", "less", "least", "very", "so", "too", "well", "highly"})  # "the most qualified"


def near_clause_subject(ctx: Ctx, toks: list[Tok], s: int, lo: int, k: int) -> list[Tok]:
    """The subject of the nearest clause opened after toks[lo] and before toks[k] (in a sentence from toks[s]), else none."""
    lex = ctx.lex
    if lex.profile.v2:
        return []
    openers = function_words(ctx.lang, "near_clause_opener")
    m = k - 1
    while m > max(lo, k - _REACH):
        m -= 1
        t = toks[m]
        if t.text in _CLOSING:  # a quotation's words are no clause of the sentence: past its opening mark
            m = next((q for q in range(m - 1, max(lo, k - _REACH) - 1, -1) if toks[q].text in _OPENING), lo)
            continue
        if t.low in lex.speech and m - 2 >= lo and toks[m - 2].text == "," and (
                is_name_tok(toks[m - 1]) or lex.pronouns.get(toks[m - 1].low) == "person"):
            return []  # "A as B, Berg said, adding C": the tag's speaker goes on (clauses.main_subject)
        if t.low == "with" and (src := _with_subject(lex, toks, m + 1, k)):
            return src  # "…, with Ann Lee tweeting that C and asking, “Q”"
        if t.low in openers and not _comparative(toks, m, lo):  # after a main clause, not fronted before one
            opened = m - s >= _MAIN_CLAUSE or any(_finite(lex, w) for w in toks[s:m])
        else:
            opened = t.low in lex.coordinators and t.low in ("and", "but") and m - 1 >= lo  # "…, and X filed", "… and X filed"
        if opened:
            src = _subject_at(lex, toks, m + 1, k)
            if src:
                return src
    return []


def relative_subject(ctx: Ctx, toks: list[Tok], lo: int, k: int) -> tuple[list[Tok], list[Tok]]:
    """A relative clause that a participle after its opener at toks[k] goes on inside, with no comma between ("Ann Lee,
    who last week surprised the board by declaring C", "the mayor who opened the talks by saying C", "X, who was
    tired while saying C"): the relative pronoun and its antecedent, else none. The pronoun must be the clause's
    subject: a finite verb follows it, not a subject of its own ("which she proved by saying" is the object); "that"
    is left to the main clause ("a tweet that mocked him by calling": a complementizer as often as a relative)."""
    lex = ctx.lex
    if lex.profile.v2:
        return [], []
    for m in range(k - 1, max(lo, k - _REACH) - 1, -1):
        t = toks[m]
        if not t.is_word and t.text not in _GLUE:
            return [], []  # a comma, dash or quotation mark closes the relative clause first
        if t.low in lex.relatives and t.low not in lex.complementizers and m - 1 >= lo and m + 1 < k:
            nxt = toks[m + 1]
            if nxt.upper or nxt.low in lex.determiners or nxt.low in lex.pronouns or nxt.low in lex.first_person \
                    or not any(_finite(lex, w) for w in toks[m + 1:k]):
                return [], []
            ante = np_before(ctx, toks, lo, m - 1 if toks[m - 1].text == "," else m)
            return ([t], ante) if ante else ([], [])
    return [], []


_GLUE: Final = frozenset({"'", "’", "-", "$", "%", "."})  # inside a word or number ("Trump's", "3.5", "30-year")


def _with_subject(lex: Lexicon, toks: list[Tok], b: int, k: int) -> list[Tok]:
    """"with Ann Lee tweeting": a name or pronoun-led phrase after "with", then a word in -ing; else none."""
    if b >= k or not toks[b].is_word or not _opens(lex, toks[b]):
        return []
    j = forward_np(toks, b, k, lex)
    if b < j < k and toks[j].is_word and not toks[j].upper and toks[j].low.endswith("ing") and toks[j].low in lex.speech:
        return toks[b:j]
    return []


def reduced_subject(ctx: Ctx, toks: list[Tok], s: int, i: int, kind: str) -> list[Tok]:
    """English: the noun phrase right before a participle at toks[i], with no comma between, when it is the speaker:
    the phrase after "with" ("…, with Ann Lee telling reporters C", "with recent polls showing C"), or a document
    before a participle of saying or showing ("a new poll showing C", "an item suggesting that C", "calls saying
    C"; not "keeps saying", "a saying"); else none."""
    lex = ctx.lex
    if lex.profile.v2 or i - 1 <= s or not toks[i - 1].is_word or toks[i - 1].low in function_words(ctx.lang, "statement_noun"):
        return []
    m = i - 2
    while m > max(s, i - _WITH_REACH) and (toks[m].is_word or toks[m].text in _GLUE) and toks[m].low != "with":
        m -= 1
    if toks[m].low == "with" and (src := _with_subject(lex, toks, m + 1, i + 1)):
        return src
    if kind not in ("speech", "evidence") or word_type(toks[i - 1].low, ctx.lang) != "document" or toks[i - 1].upper:
        return []
    return _object_phrase(lex, toks, s, i)


def _object_phrase(lex: Lexicon, toks: list[Tok], s: int, i: int) -> list[Tok]:
    """The noun phrase ending before toks[i] when it is an object, after a preposition or a known verb ("pointed to |
    a new poll", "dismissed | the polls"), else none: a subject's participle clause runs into its main verb ("A survey
    showing C was released", "He thinks his speech and polls showing C give him hope")."""
    b = i - 1
    while b > s and i - b < _OBJECT_PHRASE and toks[b].low not in lex.determiners:
        t = toks[b - 1]
        if not (t.is_word or t.text in _GLUE) or t.low in lex.prepositions or t.low in lex.coordinators \
                or _finite(lex, t) and t.low not in lex.noun_verbs or t.low in lex.relatives \
                or lex.noun_openers.get(t.low) == "prep":
            break  # ("several state polls": a noun spelt like a verb stays in the phrase)
        b -= 1
    before = toks[b - 1] if b > s else None
    if before is None or not (before.low in lex.prepositions or lex.noun_openers.get(before.low) == "prep"
                              or not before.upper and (_finite(lex, before) or before.low in lex.speech)):
        return []  # the phrase opens a clause as its subject, or no verb is known before it
    return toks[b:i]


_OBJECT_PHRASE: Final = 6  # words of a document phrase before its participle ("the many new state polls")


_WITH_REACH: Final = 10  # tokens from "with" to the participle ("with the new Register poll of likely voters finding")


def _comparative(toks: list[Tok], m: int, lo: int) -> bool:
    """"as" in "such as", "as well as", "the same as", "as much as": no clause of its own."""
    return toks[m].low == "as" and m - 1 >= lo and toks[m - 1].low in ("such", "well", "same", "much", "as", "so", "known")


def _subject_at(lex: Lexicon, toks: list[Tok], b: int, k: int) -> list[Tok]:
    """The subject starting at toks[b] when a finite verb follows it before toks[k] ("the union filed"), else none."""
    if b >= k or not toks[b].is_word or not _opens(lex, toks[b]):
        return []
    j = forward_np(toks, b, k, lex)
    if j <= b:
        return []
    end = j
    if j < k and toks[j].text == ",":  # "Ann Lee, the former mayor, proposed"
        close = next((m for m in range(j + 1, min(k, j + _APPOSITION)) if toks[m].text == ","), None)
        if close is None:
            return []
        if not all(is_name_tok(w) for w in toks[b:j]) and close > j + 1 and all(is_name_tok(w) for w in toks[j + 1:close]):
            b, end = j + 1, close  # "her main rival, Ann Lee, said": the name
        j = close + 1
    else:
        j = _trim_verb(lex, toks, b, j)
        while j - 1 > b and _adverb(lex, toks[j - 1]):
            j -= 1  # "the union strongly | denounced"
        end = j
    while j < k and _adverb(lex, toks[j]):  # "Ann Lee, the former mayor, later proposed"
        j += 1
    if j >= k or not _finite(lex, toks[j]):
        return []
    src = toks[b:end]
    while src and not src[-1].is_word:
        src = src[:-1]
    return src


def _trim_verb(lex: Lexicon, toks: list[Tok], b: int, j: int) -> int:
    """Where a phrase toks[b:j] that ran on into its past-tense verb ends ("the real estate tycoon entered")."""
    for m in range(b + 1, j):
        t = toks[m]
        prev = toks[m - 1].low
        if t.is_word and not t.upper and prev not in lex.determiners and prev not in _GRADING and t.low.endswith("ed"):
            return m
    return j


def _opens(lex: Lexicon, t: Tok) -> bool:
    """A subject's first word: a capitalised word, a determiner or a personal pronoun (not "it", "there")."""
    kind = lex.pronouns.get(t.low)
    if kind is not None:
        return kind == "person" or kind == "organization" and t.low != "it"
    return t.upper or t.low in lex.determiners


def _finite(lex: Lexicon, t: Tok) -> bool:
    """A finite verb by list, an auxiliary ("as she did"), or a past form in -ed ("praised")."""
    return t.is_word and not t.upper and (is_finite_verb(t, lex) or t.low in lex.modals or t.low in lex.closed.be
                                          or t.low in lex.question_auxiliaries
                                          or len(t.low) > 4 and t.low.endswith("ed"))


def _adverb(lex: Lexicon, t: Tok) -> bool:
    return t.is_word and not t.upper and (t.low in lex.sentence_adverbs or len(t.low) > 4 and t.low.endswith("ly"))


def after_records(toks: list[Tok], s: int, i: int, done: list[Draft]) -> int:
    """First token after the content of the sentence's last record before toks[i] (a clause inside a reported
    content is no clause the cue goes on from), else the sentence's start."""
    ends = [max(d.parts[-1][1], d.cue[1]) for d in done if d.cue and d.cue[0] < toks[i].start and d.parts and d.parts[-1]]
    if not ends:
        return s
    end = ends[-1]
    return next((m for m in range(s, i) if toks[m].start >= end), i)
