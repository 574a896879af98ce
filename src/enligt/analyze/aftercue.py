"""Where the content starts after a cue (`after_cue`): past a recipient ("told Reuters", "till TT", "over for
DR"), German datives and citing phrases, adverbials and places up to a complementizer ("said on Thursday that").
Split out of inverted.py, which reads the subject after the cue; rules.py and v2perfect.py call these too."""
from __future__ import annotations

from typing import Final

from enligt.analyze import clauses, englishshapes, shapes
from enligt.analyze.cues import Lexicon, is_finite_verb
from enligt.analyze.phrases import np_end, only_punct, time_phrase
from enligt.analyze.records import Ctx
from enligt.analyze.sentences import Tok
from enligt.analyze.tails import citing
from enligt.analyze.timedclause import timed_clause_start
from enligt.analyze.via import dative_recipient, interview_recipient, over_for, recipient, relay
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words


def _konjunktiv_clause(lex: Lexicon, toks: list[Tok], a: int, e: int) -> bool:
    """Whether the clause at toks[a] (to its first comma) has a Konjunktiv verb: reported speech, not a relative
    clause about the medium told before it ("der Zeitung, die an ihn gerichteten Vorwürfe seien unbegründet")."""
    for t in toks[a:min(e, a + CLAUSE_REACH)]:
        if t.text in ",;:":
            return False
        if t.low in lex.konjunktiv:
            return True
    return False


_TITLE_MARKS: Final = frozenset("„“\"»«")  # the marks of a quoted title in an adverbial ("sagte laut „Kicker“, C")
CLAUSE_REACH: Final = 16  # tokens read for the Konjunktiv of a clause after a medium told


def after_cue(ctx: Ctx, toks: list[Tok], a: int, e: int, cls: str) -> tuple[int, list[str]]:
    """Where the content starts after a cue: past a recipient ("told Reuters", "till TT") and adverbials up
    to a complementizer ("said on Thursday that"). Also returns media recipients (via candidates)."""
    lex = ctx.lex
    vias: list[str] = []
    over = over_for(toks, a, e)
    passive_told = cls == "told" and a >= 2 and toks[a - 2].low in lex.closed.be and not lex.profile.v2
    if a < e and toks[a].is_word and toks[a].low not in lex.complementizers and not passive_told and (
            cls == "told" or over or (toks[a].low in lex.recipient_prep and lex.profile.recipient_preposition)):
        # ("the jury was told the car …": the subject was told, no recipient follows)
        start = a + (over or (0 if cls == "told" else 1))
        j, media = recipient(toks, start, e, lex)
        if cls == "told" and (cut := englishshapes.recipient_end(ctx, toks, start, j, e)) < j:
            j, media = cut, recipient(toks, start, cut, lex)[1]  # "told Reuters two died", "told CNN Sunday night"
        if cls == "told" and j > start and englishshapes.time_tail(ctx, toks, j, e):
            return e, vias + ([media] if media else [])  # "C, she told CNN (on) Sunday night.": a tag, C before it
        if j > start and not (cls == "told" and toks[start].low in lex.first_person):
            if media:
                vias.append(media)
            a = j
    elif lex.konjunktiv and a < e and (toks[a].low in lex.dative_definite or toks[a].low in lex.dative_preposition):  # "sagte der Zeitung", "erklärte gegenüber dem Sender"
        start = a + 1 if toks[a].low in lex.dative_preposition else a
        j, media = dative_recipient(toks, start, e, lex)  # not "sagte der Minister der Zeitung"
        if media and start == a and only_punct(toks, j, e):
            media = None  # "…, berichtet der Volksfreund.": the subject, no recipient
        if media or toks[a].low in lex.dative_preposition:
            vias += [media] if media else []
            a = j if media else recipient(toks, start, e, lex)[0]
    if lex.profile.capitalised_nouns and (cited := citing(lex, toks, a, e)):
        a = np_end(ctx, toks, a + cited, e)  # "berichtet unter Berufung auf Zeugen, C": the citing phrase's own record
    if a + 1 < e and toks[a].text == "," and toks[a + 1].low in lex.complementizers \
            and lex.profile.comma_before_complementizer:
        return a + 2, vias  # Danish/German: "oplyser, at …", "sagte, dass …"
    if lex.konjunktiv and (talk := interview_recipient(toks, a, e, lex)) is not None:
        a, vias = talk[0], vias + ([talk[1]] if talk[1] else [])  # "sagte im Interview mit dem Sender X, C"
    if lex.konjunktiv and a + 2 < e and toks[a + 1].text in ",:" and (
            lex.fronted.get(toks[a].low) == "adv" or toks[a].low in lex.closed.but):
        a += 1  # "sagte weiter, C", "betonte aber, C"
        if toks[a].text == ":":
            return a + 1, vias  # "behauptete hernach: C"
        if toks[a + 1].low in lex.complementizers and lex.profile.comma_before_complementizer:
            return a + 2, vias  # "sagte zudem, dass C", "betonte jedoch, dass C"
    if lex.konjunktiv and a + 1 < e and toks[a].text == "," and any(t.low in lex.konjunktiv for t in toks[a + 1:a + 5]):
        return a + 1, vias  # German reported speech without "dass": "erklärte, man sei …"
    if lex.konjunktiv and vias and a + 1 < e and toks[a].text == "," and _konjunktiv_clause(lex, toks, a + 1, e):
        return a + 1, vias  # past a medium told: "sagte der Zeitung, die an ihn gerichteten Vorwürfe seien …"
    if lex.konjunktiv and a < e and toks[a].is_word and (comma := next(
            (k for k in range(a + 1, min(e, a + ADVERBIAL_WORDS + 1)) if toks[k].text == ","), None)) is not None \
            and all((t.is_word or t.text in _TITLE_MARKS) and t.low not in lex.speech and t.low != lex.call.get(toks[a - 1].low)
                    for t in toks[a:comma]) \
            and comma + 2 < e and (  # (not "bezeichnete X als Y, …": the object and its "als" are the claim)
                any(t.low in lex.konjunktiv for t in toks[comma + 1:comma + 5]) or (
                    (toks[a].low in lex.prepositions or toks[a].low in lex.closed.tag_stop)
                    and toks[comma + 1].is_word and toks[comma + 1].low not in lex.subordinators
                    and toks[comma + 1].low not in lex.complementizers
                    and not (toks[comma + 1].low in lex.relatives and not toks[comma + 2].upper))):
        return comma + 1, vias  # "erklärte auf Anfrage, die Prüfung sei …", "schrieb in seinem Bericht, C"
    if lex.konjunktiv and a + 2 < e and toks[a].text == "," and cls != "so" and toks[a + 1].is_word \
            and toks[a + 1].low not in lex.subordinators and toks[a + 1].low not in lex.complementizers \
            and not (toks[a + 1].low in lex.relatives and toks[a + 2].is_word and not toks[a + 2].upper) \
            and not only_punct(toks, a + 2, e) and a > 0 and toks[a - 1].text != ",":  # not ", der vom Markt …"
        return a + 1, vias  # "Die Feuerwehr erklärte, die Löscharbeiten gestalteten sich schwierig"
    if (clause := _comma_clause(lex, toks, a, e)) > 0:
        return clause, vias  # Danish without "at": "Han siger, han er træt", "oplyser, der er tale om X"
    if lex.profile.v2 and a + 1 < e and lex.fronted.get(toks[a].low) == "topic":  # "rapporterat om att C"
        k = a + 1 + (toks[a + 1].text == "," and lex.profile.comma_before_complementizer)
        if k < e and toks[k].low in lex.complementizers:
            return k + 1, vias
    c, steps, place = a, 0, a - 1
    while c < e and steps < AFTER_CUE_REACH and toks[c].low not in lex.complementizers:
        if toks[c].text in ",.;:!?":
            if not _place_comma(toks, c, e, place):
                break
            place = c
        c += 1
        steps += 1
    if c + 1 < e and c > a and not lex.profile.v2 and toks[c].low in lex.relatives \
            and clauses.verb_like(toks[c + 1], lex) or c > a and (c + 1 >= e or toks[c + 1].text in ".!?;"):
        c = e  # "said in the town that was flooded": a relative "that"; "told X they would do that.": a pronoun
    if c + 1 < e and c > a and toks[c].text == "," and toks[c + 1].low in lex.complementizers \
            and lex.profile.comma_before_complementizer:
        c += 1  # Danish and German put a comma before "at"/"dass": "meddeler ifølge AFP, at …"
    if c < e and toks[c].low in lex.complementizers and (k := _second_cue(lex, toks, a, c)) \
            and not time_phrase(ctx, toks, a, k) and not time_phrase(ctx, toks, a + 1, k):
        while a < c and lex.fronted.get(toks[a].low) == "adv":
            a += 1  # "avfärdar dock anklagelserna och säger att C": the object, past the sentence adverb
        return a, vias
    if c < e and toks[c].low in lex.complementizers and (
            c == a or toks[a].low in lex.prepositions or toks[a].low in lex.auxiliaries or cls == "told"
            or toks[a].low in lex.closed.after_cue
            or lex.profile.v2 and toks[a].low in lex.closed.reflexive  # "fortalte sine brugere, at" (not "said his")
            or toks[a].low in lex.prep  # "meddeler ifølge AFP, at …"
            or lex.profile.v2 and lex.fronted.get(toks[a].low) == "prep"  # "siger over telefonen til X, at …"
            or toks[a].low in lex.subordinators or lex.fronted.get(toks[a].low) == "adv"  # "bestätigte aber, dass"
            or toks[a].low in lex.weekdays  # "said Monday that …"
            or a + 1 < c and toks[a + 1].low in function_words(lex.lang, "times_noun")  # "sa flere ganger at …"
            or (time_phrase(ctx, toks, a, c) and toks[a - 1].low not in lex.noun_verbs)):  # "said last week that …"
        # (not "moves to Western states this week that …": a noun)
        if c + 2 < e and toks[c + 1].text == "," and not lex.profile.comma_before_complementizer:
            c += 1  # "say that, even if they wanted it, C": the insert opens the content
        for k in range(a, c - 1):  # "skriver i ett sms till DN att …", "säger i en intervju med SVT att …"
            if toks[k].low in lex.recipient_prep and lex.profile.recipient_preposition \
                    or shapes.interviewer(ctx, toks, k):
                media = recipient(toks, k + 1, c, lex)[1]
                vias += [media] if media else []
                break
            if any(p[0] == toks[k].low for p in lex.relays) and (found := relay(toks, k, c, lex)) and found[1]:
                vias.append(found[1])  # "said in a statement carried by X that …"
                break
        return c + 1, vias
    if not lex.profile.v2 and not lex.konjunktiv and (timed := timed_clause_start(ctx, toks, a, e)) is not None:
        return timed, vias  # "said Tuesday the toll had risen": no "that", the time phrase is the cue's
    return a, vias


def _comma_clause(lex: Lexicon, toks: list[Tok], a: int, e: int) -> int:
    """Danish (a comma before its complementizer, none here): where a claim starts after a comma right after the cue
    (sentence adverbs before it) that opens a clause of a pronoun, an expletive or a source noun and its finite verb
    ("siger, han er træt", "oplyser, der er tale om X", "understreger dog, det ikke er …"); -1 when none does (not
    "siger, hvad han mener": a question)."""
    if not lex.profile.comma_before_complementizer or lex.profile.capitalised_nouns:
        return -1
    while a < e and lex.fronted.get(toks[a].low) == "adv":
        a += 1  # "understreger dog, …"
    if a + 3 >= e or toks[a].text != "," or not toks[a + 1].is_word \
            or toks[a + 1].upper and toks[a + 1].low not in lex.pronouns:
        return -1
    first = toks[a + 1].low
    v = a + 2 if first in lex.pronouns or first in lex.expletives or word_type(first, lex.lang) is not None \
        or first in function_words(lex.lang, "existential_subject") else a + 3 if first in lex.determiners else -1
    if v < 0 and (first in function_words(lex.lang, "comma_clause_subject") or _definite_noun(lex, toks[a + 1])) \
            and (toks[a + 2].low in lex.finite_verbs or toks[a + 2].low in lex.auxiliaries):
        return a + 1  # "mener, huset skal sættes i stand", "mener, vi er …": a listed verb after the subject
    while 0 < v < e - 1 and (toks[v].low in lex.negation or toks[v].low in lex.sentence_adverbs
                             or lex.fronted.get(toks[v].low) == "adv"):
        v += 1  # "det ikke er", "han altid har"
    finite = 0 < v < e and (toks[v].low in lex.finite_verbs or toks[v].low in lex.auxiliaries
                            or is_finite_verb(toks[v], lex) and not toks[v].upper)
    return a + 1 if finite else -1


def _definite_noun(lex: Lexicon, t: Tok) -> bool:
    """Danish: a lower-case noun with a definite ending (`comma_clause_noun_end`: "huset", "vejen", "beboerne") that
    no list holds as a verb or function word, which may open the clause after a cue and its comma."""
    low = t.low
    return t.is_word and not t.upper and len(low) >= DEFINITE_NOUN and low.endswith(
        tuple(function_words(lex.lang, "comma_clause_noun_end"))) and low not in lex.finite_verbs \
        and low not in lex.auxiliaries and low not in lex.prepositions and low not in lex.subordinators \
        and low not in lex.speech


DEFINITE_NOUN: Final = 5  # letters of the shortest definite noun read as a clause's subject ("huset", "vejen")


def _second_cue(lex: Lexicon, toks: list[Tok], a: int, c: int) -> int:
    """The coordinator before a cue of its own ahead of the complementizer, else 0: "avfärdar dock anklagelserna och
    säger att C", "avviser imidlertid kritikken og sier at C": the clause is the second cue's, the first has its
    object (not a time phrase: "sa i går och upprepade i dag att C" is one claim)."""
    return next((k for k in range(a + 1, c - 1) if toks[k].low in lex.coordinators and toks[k + 1].low in lex.speech
                 and toks[k + 1].low not in lex.closed.after_cue), 0)  # (not "sa klart og tydelig at C": manner)


def _place_comma(toks: list[Tok], c: int, e: int, last: int) -> bool:
    """Whether toks[c] is a comma inside a place between a cue and its "that" ("told a rally in Salem, New
    Hampshire, on Monday that"): between capitalised words, or closing the capitalised words after such a comma
    (`last`, the place comma before it)."""
    if toks[c].text != "," or c + 1 >= e or not toks[c - 1].upper:
        return False
    if toks[c + 1].upper and toks[c + 1].is_word:
        return True  # "Salem, New Hampshire"
    k = c - 1
    while k > last + 1 and toks[k].upper:
        k -= 1
    return k == last + 1 and toks[last].text == ","  # ", New Hampshire, on Monday"


ADVERBIAL_WORDS: Final = 6  # the longest adverbial read between a German cue and its comma ("auf Anfrage der Zeitung",
# "am Mittwoch bei einer Pressekonferenz")


AFTER_CUE_REACH: Final = 16  # tokens of adverbials between a cue and its "that" ("said in an interview with X on Monday night that")
