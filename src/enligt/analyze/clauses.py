"""Reporting verbs outside the plain finite shapes of rules.py: reported questions, naming, and the subjects the
participles of participles.py share with them (the main clause's, a trailing tag's).

- participle (participles.py): the speaker of a participle is found here (`main_subject`), its content read here
  (`participle_content`): `participle-told` ("telling reporters that C") takes a recipient first,
  `participle-ask` and `participle-naming` are the forms below.
- ask: a reported question ("She asked whether C", "asked reporters what C"); the content keeps its
  question word. Without one ("asked them to wait": a request) there is no record.
- naming (class `naming`; the Nordic and German `call` class needs its particle: "kaldt … for"):
  "The senator called the plan a disgrace", "calls him “a liar”": the content is the
  object and what it is called. A directive ("called for", "called on") or a phone call names nothing.

The caller (verbcues.verb_rules) finds the cue, where its content starts (`a`) and where it stops. The shapes of
the V2 languages (verb-final, split and impersonal cues, the German "so" tag) are in v2clauses.py.
"""
from __future__ import annotations

from typing import Final

from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.cuesubject import subject, tag_subject
from enligt.analyze.englishshapes import request_after
from enligt.analyze.lexicon import months
from enligt.analyze.namingwords import naming_participle
from enligt.analyze.nearclause import near_clause_subject
from enligt.analyze.numwords import number_entries
from enligt.analyze.phrases import seg_start, span
from enligt.analyze.records import Ctx, Draft, Span2, replaced
from enligt.analyze.segkinds import PLACE_WORDS, TIME_PHRASE, is_intro, time_then_subject
from enligt.analyze.sentences import Tok
from enligt.analyze.sources import forward_np, is_name_tok
from enligt.analyze.titles import after_dateline
from enligt.lang import function_words, wordset

_QUOTE_MARKS: Final = frozenset("\"“”'‘’«»")
_INTRO_REACH: Final = 20  # tokens: the longest fronted phrase skipped before a main clause's subject
_QUESTION_REACH: Final = 6  # tokens between "asked" and its question word ("asked the head of the board why")
_APPOSITION: Final = 10  # tokens of an apposition after a naming verb's object ("called Moss, his rival in the race,")
_OBJECTS: Final = frozenset({"him", "her", "them", "us", "me", "it"})


def participle_content(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int, kind: str, a: int, stop: int) -> Span2 | None:
    if kind == "ask":
        return _question(ctx, toks, i, n, e, stop)
    if kind == "naming":
        return _naming(ctx, toks, i, n, e, stop)
    return span(ctx, toks, a, stop)


def main_subject(ctx: Ctx, toks: list[Tok], s: int, i: int, done: list[Draft]) -> list[Tok]:
    """The speaker of a participle at toks[i]: the source of the sentence's last record before it, else
    the subject of the main clause (past a fronted phrase: "On Monday, the mayor …")."""
    before = [d for d in done if d.cue and d.cue[0] < toks[i].start and d.source]
    if before:  # the nearest cue, not the last record made ("“They say …,” he said, insisting C": he)
        last = max(before, key=lambda d: d.cue[0] if d.cue else 0)
        return _next_clause_subject(ctx, toks, s, i, last) or list(last.source)
    if tag := tag_subject(ctx, toks, s, i):
        return tag  # "C, Ann Lee said, adding, “Q”"
    lex = ctx.lex
    start = _past_intros(ctx, toks, s, i)
    if start is None:
        return []
    src = trim_verb(ctx, toks, start, forward_np(toks, start, i, lex), i)
    if not src or not any(t.is_word for t in src) or src[0].low in lex.expletives:
        return []
    return src


def _next_clause_subject(ctx: Ctx, toks: list[Tok], s: int, i: int, last: Draft) -> list[Tok]:
    """English: the subject of a clause ", and the union … filed a suit," that opens after the last record's content and
    before a participle at toks[i] ("X say A, and the union filed a suit, saying B": the union); else none."""
    lex = ctx.lex
    end = last.parts[-1][1] if last.parts and last.parts[-1] else toks[i].start
    for k in range(i - 2, s, -1):
        if toks[k].start < end:
            return []
        if toks[k].low in lex.coordinators and toks[k - 1].text == "," and toks[k + 1].low in lex.determiners \
                and lex.pronouns.get(toks[k + 1].low) is None:
            j = next((m for m in range(k + 2, min(i - 1, k + NEXT_SUBJECT)) if not toks[m].is_word
                      or toks[m].low.endswith("ed") and not toks[m].upper), i)
            return toks[k + 1:j] if j < i - 1 and toks[j].is_word else []
    return []


NEXT_SUBJECT = 7  # tokens of a next clause's subject ("the union of the town")


def _past_intros(ctx: Ctx, toks: list[Tok], s: int, i: int) -> int | None:
    """Where a main clause's subject starts: past a coordinator and adverbs ("And then Trump went …", "Then he"), fronted
    phrases ("On Monday,", "Here in Ames,", "The next month,", cuesubject.is_intro; "Hours later" without its
    comma) with a relative clause on their last noun, and a place that goes on from one ("At a rally in Ames, Iowa, on Sunday, X …"); None when a fronted
    phrase runs on to the cue."""
    lex = ctx.lex
    start = after_dateline(ctx, toks, s, i) if s == 0 else s  # "LONDON, May 2 (UPI) — X rallied …, saying"
    while start + 1 < i and toks[start].low in lex.coordinators:
        start += 1
        while start + 1 < i and toks[start].low in lex.sentence_adverbs and toks[start + 1].text != ",":
            start += 1
    if start + 1 < i and toks[start].low in lex.sentence_adverbs and toks[start].low not in lex.closed.intro \
            and lex.pronouns.get(toks[start + 1].low) in ("person", "organization"):  # (not "Once he was …, X")
        start += 1  # "Then he cut into Bush, calling …", "Yet he is facing …"
    place = fronted = False
    while start < i:
        comma = next((k for k in range(start, min(i, start + _INTRO_REACH)) if toks[k].text == ","), None)
        t = toks[start]
        intro = t.low in lex.participle_openers or (comma is not None and is_intro(toks, (start, comma), lex)) \
            or (fronted and comma is not None and t.low in lex.relatives)  # "In Leeds, which hosts the talks, X …"
        fronted = True
        if not intro and not (place and comma is not None and comma - start <= PLACE_WORDS
                              and all(is_name_tok(w) or w.text == "." for w in toks[start:comma])):
            break
        if comma is None:
            return None
        last = toks[comma - 1]
        place = is_name_tok(last) and last.low not in lex.weekdays and last.low not in months(ctx.lang)
        start = comma + 1
    while start + 1 < i and toks[start].low in lex.focus:
        start += 1  # "Even a top strategist …"
    lead = next((k for k in range(start, min(i - 1, start + TIME_PHRASE)) if time_then_subject(toks, k, lex)), None)
    return start if lead is None else lead + 1  # "A few minutes later they …": a time phrase without its comma


def subject_before_quote(ctx: Ctx, toks: list[Tok], s: int, q: int) -> list[Tok]:
    """The subject of the clause a quotation closing at toks[q] stands in, when its "!" or "?" cut the segment ("She
    declared “What a day!” and said that C": She); else none."""
    if ctx.lex.profile.v2 or q < 1 or toks[q].text not in _QUOTE_MARKS or toks[q - 1].text not in "!?":
        return []
    lo = max(0, s - QUOTE_BACK)  # the sentence may start after the mark: the "!" cut it
    o = next((k for k in range(q - 1, lo, -1) if toks[k].text in _OPENING_MARKS), None)
    if o is None:
        return []
    lo = next((k + 1 for k in range(o - 1, lo - 1, -1) if toks[k].text in ".!?"), lo)  # its own sentence's start
    b = seg_start(toks, lo, o, ctx.lex.subordinators)
    src = trim_verb(ctx, toks, b, forward_np(toks, b, o, ctx.lex), o)
    return src if src and opens_subject(ctx.lex, src[0]) else []


_OPENING_MARKS: Final = frozenset("\"“‘«")
QUOTE_BACK: Final = 20  # tokens read back for that quotation's clause


def trim_verb(ctx: Ctx, toks: list[Tok], a: int, b: int, e: int) -> list[Tok]:
    """A subject toks[a:b] without the verb that English noun phrases run on into: a past form after a
    noun ("Sanders denounced"), or a word a determiner follows ("the coach left | the room")."""
    lex = ctx.lex
    for k in range(a + 1, b):
        t = toks[k]
        if not t.is_word or t.upper or toks[k - 1].low in lex.determiners:
            continue
        if t.low.endswith("ed") or t.low in lex.question_auxiliaries or t.low in lex.modals or (k + 1 < e and (toks[k + 1].low in lex.determiners or toks[k + 1].low in _OBJECTS)):
            return toks[a:k]
    return toks[a:b]


def ask(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, stop: int, pre_end: int, cue: Span2,
        cue_text: str) -> Draft | None:
    """"She asked whether C", "asked reporters what C": a reported question, its question word kept."""
    rel = _relative_subject(ctx, toks, s, pre_end)  # "Ann Lee, who asked whether C, left"
    content = _question(ctx, toks, i, n, e, _relative_close(ctx.lex, toks, i + n, stop) if rel else stop)
    src = rel[0] if rel else _subject_of(ctx, toks, s, i, pre_end) if content else []
    return Draft((content,), cue, cue_text, tuple(src), antecedent=rel[1] if rel else None) if src and content else None


def _question(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int, stop: int) -> Span2 | None:
    lex = ctx.lex
    a = next((k for k in range(i + n, min(e, i + n + _QUESTION_REACH)) if toks[k].low in lex.question_words
              or not toks[k].is_word or toks[k].low in lex.prepositions
              or toks[k].low in function_words(ctx.lang, "question_topic")), e)  # past the person asked
    # (not "asked him about what happened": the topic asked about, no question put)
    if a >= e or toks[a].low not in lex.question_words:
        return None  # "asked them to wait": a request
    if a > i + n and toks[a - 1].is_word and toks[a].low in lex.relatives and a + 1 < e \
            and toks[a + 1].low not in lex.pronouns and request_after(lex, toks, a + 2, stop):  # (not "who he …")
        return None  # "asked anyone who saw the crash to come forward": a relative on the person asked, a request
    return span(ctx, toks, a, max(stop, a + 1))


def call(ctx: Ctx, toks: list[Tok], s: int, e: int, i: int, n: int, stop: int, pre_end: int, cue: Span2,
         cue_text: str) -> Draft | None:
    """"The senator called the plan a disgrace", "calls him “a liar”", "called Smith unfit to serve"."""
    rel = _relative_subject(ctx, toks, s, pre_end)  # "Ann Lee, who has called the plan “a disgrace,” left"
    content = _naming(ctx, toks, i, n, e, _relative_close(ctx.lex, toks, i + n, stop) if rel else stop)
    if content and naming_participle(ctx.lex, toks, s, i):
        return Draft((content,), cue, cue_text)  # "set up a website called “X”", "the so called X": no speaker
    src = rel[0] if rel else _subject_of(ctx, toks, s, i, pre_end) if content else []
    return Draft((content,), cue, cue_text, tuple(src), antecedent=rel[1] if rel else None) if src and content else None


def _relative_subject(ctx: Ctx, toks: list[Tok], s: int, pre_end: int) -> tuple[list[Tok], tuple[Tok, ...]] | None:
    """A relative pronoun after a comma as the subject ("Ann Lee, who (has) called …"): the pronoun and its
    antecedent (resolution names the speaker by it), else None. A question word is no relative here ("Who
    called …?": nothing before it; "asked who called": no comma)."""
    lex = ctx.lex
    k = pre_end - 1
    if not (k - 1 > s and toks[k].low in lex.relatives and toks[k - 1].text == "," and toks[k - 2].is_word):
        return None
    antecedent = subject(ctx, toks, s, pre_end)[2]
    return ([toks[k]], tuple(antecedent)) if antecedent else None


def _relative_close(lex: Lexicon, toks: list[Tok], a: int, stop: int) -> int:
    """Where a relative clause between commas closes: the comma (with a quotation closed after it) before the main
    clause's verb ("…, who called it “a farce,” resigned"); else stop."""
    for k in range(a + 1, stop - 1):
        if toks[k].text != ",":
            continue
        m = k + 1
        while m < stop and toks[m].text in _QUOTE_MARKS:
            m += 1
        if m < stop and verb_like(toks[m], lex) and toks[m].low not in lex.complementizers:
            return m if m > k + 1 else k  # (a quotation closed after the comma stays whole)
    return stop


def _naming(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int, stop: int) -> Span2 | None:
    lex = ctx.lex
    a = i + n
    if a >= e or toks[a].low in lex.call_particles or not toks[a].is_word or toks[a].text.isdigit():
        return None
    degree = function_words(ctx.lang, "degree")  # "called the estimates | very conservative"
    j = a + 1 if toks[a].low in _OBJECTS else forward_np(toks, a, e, lex, degree)  # the object ("call him competent")
    part = function_words(ctx.lang, "partitive")  # "calling the attack | one of the worst": the complement starts
    j = next((k for k in range(a + 1, j - 1) if toks[k].low in part and toks[k + 1].low in lex.prepositions), j)
    if j <= a or j >= e:
        return None
    if toks[j].text == ",":  # "called Moss, his rival in the race, an “empty suit”": past the apposition
        close = next((k for k in range(j + 1, min(e, j + _APPOSITION)) if toks[k].text == ","), None)
        j = close + 1 if close is not None and close + 1 < e else j
    nxt = toks[j]
    complement = nxt.text in _QUOTE_MARKS or nxt.low in lex.determiners or nxt.low in degree or (
        nxt.low == "as" and toks[i].low in function_words(ctx.lang, "naming_as") and j + 1 < e) or (
        nxt.is_word and not nxt.upper and nxt.low not in lex.prepositions and nxt.low not in lex.call_particles
        and nxt.low != "as"
        and nxt.low not in lex.complementizers and not is_finite_verb(nxt, lex)
        and not any(w in nxt.low for w in lex.times))
    if not complement or any(_adverbial_after(ctx, toks, k, e) for k in range(a + 1, j + 1)):
        return None  # "called the police", "called a press conference", "called a halt to it after …"
    end = next((_past_marks(toks, k + 1, stop) for k in range(j + 1, stop - 1) if toks[k].text == ","
                and (_participle_next(toks, k + 1, stop) or toks[k + 1].low in lex.subordinators)),
               stop)  # "…, linking to a story", "…, after X said so": the main clause goes on
    return span(ctx, toks, a, max(end, j + 1))


def _adverbial_after(ctx: Ctx, toks: list[Tok], j: int, e: int) -> bool:
    """What follows the object of "call" (not "as": "described the plan as reckless") opens an adverbial, so "call" summons or declares and names nothing: a
    subordinate clause ("called a halt to the raids after the clashes") or how often ("called deputies several
    times to …", "called police twice"; function words frequency_adverb, or a quantifier or number before
    "times")."""
    lex, low = ctx.lex, toks[j].low
    if low in lex.subordinators and low not in lex.coordinators and low != "as" or low in function_words(ctx.lang, "frequency_adverb"):
        return True
    counted = lex.noun_openers.get(low) == "quant" or low.isdigit() or low in number_entries(ctx.lang)
    return counted and j + 1 < e and toks[j + 1].low in function_words(ctx.lang, "frequency_noun")


def _subject_of(ctx: Ctx, toks: list[Tok], s: int, i: int, pre_end: int) -> list[Tok]:
    """The subject before a cue (cuesubject.subject; after "and", the main clause's: "He shook hands and asked
    workers if …"), or none for a first-person or empty one."""
    lex = ctx.lex
    free = next((k for k in range(pre_end - 1, max(s, pre_end - _FREE_REACH) - 1, -1)
                 if toks[k].low in lex.free_relatives), None)
    if free is not None and free + 1 < pre_end and not (free + 2 == pre_end and toks[free + 1].low in lex.pronouns):
        return toks[free + 1:pre_end]  # "what Ann Lee called a … approach" (but "X denounced what he called …": X)
    src = _tag_then(ctx, toks, s, pre_end) or subject(ctx, toks, s, pre_end)[0]
    if not src and pre_end > s and toks[pre_end - 1].low in lex.coordinators:
        src = main_subject(ctx, toks, s, i, [])
    if not src or src[-1].low in lex.first_person or src[0].low in lex.first_person:
        return []
    return src


_FREE_REACH: Final = 5  # tokens between "what" and its cue ("what the regional governor called")
_TAG_WORDS: Final = 6  # tokens of a quote tag's subject before its cue ("…, the federal minister said and termed")


def _tag_then(ctx: Ctx, toks: list[Tok], s: int, pre_end: int) -> list[Tok]:
    """The subject of a trailing tag that a second cue joins with "and" ("C, he said and termed their efforts a
    storm in a teacup": he, not C's subject); else []."""
    lex = ctx.lex
    v = pre_end - 2
    if v <= s or toks[pre_end - 1].low not in lex.coordinators or toks[v].low not in lex.speech:
        return []
    comma = next((k for k in range(v - 1, max(s, v - 1 - _TAG_WORDS), -1) if toks[k].text == ","), None)
    return subject(ctx, toks, comma + 1, v)[0] if comma is not None and comma + 1 < v else []


INSERT_WORDS: Final = 4  # words of an insert between a cue's comma and its clause ("said, however, that", "said, if elected,")


def past_insert(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """Where a content starts when a comma insert follows the cue: "He said, however, that C" (after
    "that"), "She said, if elected, she would …" (a subordinate insert is part of the content), "X said,
    though, C"; None when no such insert follows ("…, he said, adding …", "…, she said.")."""
    lex = ctx.lex
    if a + 3 < e and lex.profile.v2 and toks[a].text != ",":
        return _shared_view(ctx, toks, a, e)
    if a + 3 >= e or toks[a].text != "," or not toks[a + 1].is_word:
        return None
    close = next((k for k in range(a + 2, min(e, a + 2 + PRONOUN_INSERT_WORDS)) if toks[k].text == ","), None)
    if close is None or close + 1 >= e or not toks[close + 1].is_word:
        return None
    if lex.profile.v2 and toks[close + 1].low in lex.complementizers:
        return close + 2 if close + 2 < e else None  # "mener, som han har ment hele tiden, at C": any insert
    if close >= a + 2 + INSERT_WORDS:  # a longer insert only before a pronoun's clause ("says, win or lose in …, he's …")
        return _pronoun_clause_after(lex, toks, a, close, e)
    if toks[close + 1].low in lex.complementizers:
        return close + 2 if close + 2 < e else None
    if toks[close + 1].low.endswith("ing"):
        return None  # "…, she said, though, adding …"
    if all(t.low in lex.sentence_adverbs or t.low in lex.subordinators for t in toks[a + 1:close]):
        return close + 1  # "said, however, he hopes …", "said, though, the vote …"
    if toks[a + 1].low in lex.subordinators and toks[a + 1].low not in lex.coordinators:
        return a + 1  # "if elected, she would …": the condition belongs to what was said
    return _pronoun_clause_after(lex, toks, a, close, e)


def _shared_view(ctx: Ctx, toks: list[Tok], a: int, e: int) -> int | None:
    """V2: a cue's co-speakers before its clause ("mener sammen med Y(,) at C", `together_with`): C starts after
    the complementizer; None when no complementizer closes the phrase."""
    together = function_words(ctx.lang, "together_with")
    if f"{toks[a].low} {toks[a + 1].low}" not in together and f"{toks[a].low} {toks[a + 1].low} {toks[a + 2].low}" \
            not in together:
        return None
    for k in range(a + 2, min(e - 1, a + 2 + PRONOUN_INSERT_WORDS)):
        if toks[k].low in ctx.lex.complementizers:
            return k + 1
        if not toks[k].is_word and toks[k].text != "," or toks[k].low in ctx.lex.speech:
            return None
    return None


PRONOUN_INSERT_WORDS: Final = 10  # words of an insert before a pronoun's clause ("says, win or lose in the primary, he's")


def _pronoun_clause_after(lex: Lexicon, toks: list[Tok], a: int, close: int, e: int) -> int | None:
    """"says, win or lose, he is staying": a clause with its own subject after the insert; a prepositional
    insert is the saying's frame ("said, in a statement, she would …")."""
    if close + 2 < e and toks[close + 2].is_word and (
            lex.pronouns.get(toks[close + 1].low) == "person" or toks[close + 1].low in lex.first_person):
        return close + 1 if toks[a + 1].low in lex.prepositions else a + 1
    return None


def restrictive_end(ctx: Ctx, toks: list[Tok], s: int, a: int, stop: int, rel: int) -> int | None:
    """End of a content reported in a restrictive relative clause ("voters who said C"), else None: a
    clause must follow (not "who wrote the profile", "who accused X of fraud"); when the antecedent is its
    sentence's subject the content ends before the main verb: a reporting verb ("Two women who accused X
    of fraud | said …") or the second verb ("Voters who said they would vote | backed Hart"); in a fronted
    phrase it ends at its comma ("Among those who say C, X leads")."""
    lex = ctx.lex
    if a >= stop or toks[a].low in lex.infinitive_markers or toks[a].low in lex.prepositions:
        return None  # "who claim to find …", "who wrote to her": no words reported
    verbs = [k for k in range(a + 1, stop) if verb_like(toks[k], lex) and toks[k - 1].low not in lex.determiners
             and toks[k - 1].low not in lex.prepositions and toks[k - 1].low not in lex.infinitive_markers]
    cs = _antecedent_clause(lex, toks, s, rel)
    before = toks[cs:rel]  # the antecedent's own clause: "…, while | those who said C
    if before and (before[0].low in lex.prepositions or before[0].low in lex.sentence_adverbs
                   or _object_opener(ctx, before[0])):  # "…, including many who say C", "echoing experts who say C"
        stop = next((k for k in range(a, stop) if toks[k].text == ","), stop)
    elif not any(verb_like(t, lex) or t.low in lex.prepositions for t in before) \
            and not _verb_between_phrases(lex, before):  # the antecedent is the subject
        comma = next((k for k in range(a, stop) if toks[k].text == ","), stop)  # the main verb comes before a comma
        main = [k for k in verbs if k < comma and toks[k - 1].low not in lex.coordinators and toks[k - 1].low not in lex.complementizers
                and toks[k - 1].low not in lex.relatives and not _verb_group(lex, toks[k - 1])]
        if main and toks[main[0]].low in lex.speech:
            stop = main[0]
        elif len(main) > 1:
            stop = main[1]
        else:
            return None
    clause = any(k < stop for k in verbs) or toks[a].low in lex.complementizers or toks[a].text in _QUOTE_MARKS \
        or (a + 1 < stop and (lex.pronouns.get(toks[a].low) == "person" or toks[a].low in lex.first_person)) \
        or _verb_between_phrases(lex, toks[a:stop])  # "who say he wants more", "who say the new rule hurts trade"
    return stop if clause else None


def _verb_group(lex: Lexicon, t: Tok) -> bool:
    """A modal, an auxiliary or a form of "be" before a verb: the verb goes on its group ("they would | be moving"),
    it opens no main clause."""
    return t.low in lex.modals or t.low in lex.auxiliaries or t.low in lex.closed.be


def _object_opener(ctx: Ctx, t: Tok) -> bool:
    """A word that makes the noun after it an object, not a subject: a preposition outside the short list
    (`object_opener`: "including", "among", "like") or a participle of an aside ("echoing", "citing"; the
    `aside_participles` list). The relative on that noun is then no subject's, and no main verb follows it."""
    return t.is_word and not t.upper and (t.low in function_words(ctx.lang, "object_opener")
                                          or t.low in wordset(ctx.lang, "aside_participles"))


def _antecedent_clause(lex: Lexicon, toks: list[Tok], s: int, rel: int) -> int:
    """Where the clause of a relative's antecedent at toks[rel] starts: back to a comma or a subordinator, past "and"
    ("members and residents who said C" is one phrase) and past the commas of a list that ends in "and" ("from
    farmers, teachers and shop owners who say C": the list goes on before its comma)."""
    cs, lists = rel, 0
    while True:
        while cs > s and toks[cs - 1].text not in ",;:—–(" and (
                toks[cs - 1].low not in lex.subordinators or toks[cs - 1].low in lex.coordinators):
            cs -= 1
        if cs - 1 > s and toks[cs - 1].text == "," and lists < LIST_ITEMS and rel - cs <= LIST_ITEM_WORDS \
                and any(t.low in ("and", "or") for t in toks[cs:rel]) and toks[cs - 2].is_word:
            cs, lists = cs - 1, lists + 1
            continue
        return cs


LIST_ITEMS: Final = 4  # commas of a list read back past before a relative's antecedent
LIST_ITEM_WORDS: Final = 8  # words of the list's tail before the relative ("entertainers and business leaders")


def _verb_between_phrases(lex: Lexicon, words: list[Tok]) -> bool:
    """A word in -s after an article and its noun (and an adjective), with more words after it ("The campaign needs
    voters who …", "the new rule hurts trade"), also past an adverb in -ly before it ("the rule unfairly targets
    towns"; not a noun after an article: "the family owns"): a verb no list knows."""
    words = [w for m, w in enumerate(words) if not (m and _ly_adverb(w) and words[m - 1].low not in lex.determiners)]
    return any((words[m - 2].low in lex.determiners or m > 2 and words[m - 3].low in lex.determiners)
               and words[m - 1].is_word and not words[m - 1].low.endswith("s") and words[m].low.endswith("s")
               and not words[m].low.endswith(("ss", "'s", "’s")) and words[m + 1].is_word
               for m in range(2, len(words) - 1))


def _ly_adverb(t: Tok) -> bool:
    return t.is_word and not t.upper and len(t.low) > LY_ADVERB_MIN and t.low.endswith("ly")


LY_ADVERB_MIN: Final = 4  # letters an adverb in -ly needs ("fairly"; not "ally", "only" is a list word)


def verb_like(t: Tok, lex: Lexicon) -> bool:
    """A finite verb by list, a modal, a form of "be" or a cue, or a lower-case past form ("backed")."""
    low = t.low
    return t.is_word and not t.upper and (low in lex.finite_verbs or low in lex.modals or low in lex.closed.be
                                          or low in lex.question_auxiliaries or low in lex.speech
                                          or (low.endswith("ed") and len(low) > 4))


def _past_marks(toks: list[Tok], k: int, e: int) -> int:
    """The index past the quote marks at toks[k] (a content keeps a quote closed after its comma), else k - 1."""
    m = k
    while m < e and toks[m].text in _QUOTE_MARKS:
        m += 1
    return m if m > k else k - 1


def _participle_next(toks: list[Tok], k: int, e: int) -> bool:
    """An -ing word at toks[k], past closing quote marks ('…,” linking to …')."""
    while k < e and toks[k].text in _QUOTE_MARKS:
        k += 1
    return k < e and toks[k].low.endswith("ing") and not toks[k].upper


def subordinate_subject(ctx: Ctx, toks: list[Tok], s: int, k: int) -> list[Tok]:
    """English: the subject of the subordinate clause a coordinated cue at toks[k + 1] goes on ("when Ann Lee
    thanked the city and said", "though she praised him and said"), else none: the main clause's is its speaker."""
    lex = ctx.lex
    b = seg_start(toks, s, k, lex.subordinators)
    if b < k and toks[b].text in _QUOTE_MARKS and (b + 1 == k or not toks[b + 1].is_word or not opens_subject(lex, toks[b + 1])):
        return []  # a quotation's closing mark opens no subject ("tweeting that it was a “disaster” for X and asking")
    if lex.profile.v2 or not (s < b < k) or toks[b - 1].low in lex.coordinators or toks[b - 1].low in lex.complementizers \
            or toks[b - 1].low not in lex.subordinators or not toks[b].is_word or not opens_subject(lex, toks[b]):
        return []
    j = forward_np(toks, b, k, lex)
    if j >= k or not any(t.is_word for t in toks[j:k]):
        return []
    return trim_verb(ctx, toks, b, j, k)


def lone_coordinator(lex: Lexicon, src: list[Tok]) -> bool:
    """Whether a source is a coordinator alone ("and", "or"): the piece of sentence read began at it, so the
    sentence's subject is the speaker."""
    return bool(src) and all(t.low in lex.coordinators for t in src)


def opens_subject(lex: Lexicon, t: Tok) -> bool:
    """Whether a word may open a subject: a capitalised word, a number, a determiner or a pronoun (not a verb,
    adverb or adjective: "pledged a revolution", "incredibly driven")."""
    return t.upper or t.text[:1].isdigit() or t.low in lex.determiners or t.low in lex.pronouns \
        or t.low in lex.first_person or not t.is_word


def coordinated_speaker(ctx: Ctx, toks: list[Tok], s: int, i: int, d: Draft) -> Draft | None:
    """A draft whose source came out as a lone coordinator ("…, or tells them that C"): the subject of the nearest
    clause before it ("where the secretary gives A, or tells them C"), else of the sentence; none when that is no
    phrase (a first person, or a clause: "Today X gives A")."""
    lex = ctx.lex
    alt = near_clause_subject(ctx, toks, s, s, i) or main_subject(ctx, toks, s, i, [])
    if not alt or lone_coordinator(lex, alt) or any(t.low in lex.first_person for t in alt) \
            or any(is_finite_verb(t, lex) for t in alt[1:]):
        return None
    return replaced(d, source=tuple(alt))
