"""Finding a sentence's reporting-verb cues (split out of rules.py).

`verb_rules` walks one sentence's tokens and decides which words are cues: it skips nouns, participles
before or after their nouns, idioms and unreal speech, reads the cue's phrase (a separable particle, a
plea "nægter sig skyldig"), and hands each cue to rules.py, whose `verb_one` sorts it into its shape.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from enligt.analyze import (
    clauses,
    cueobject,
    englishshapes,
    figureverbs,
    shapes,
    v2clauses,
)
from enligt.analyze.contentstop import coordinated_cut
from enligt.analyze.cueadverbs import PHRASE_ADVERBS, phrase_past_adverb
from enligt.analyze.cueguards import (
    as_clause_content,
    infinitive_cue,
    not_known,
    reduced_relative,
    role_title,
    shown_none,
    shown_question,
    tag_as_content,
    unreal,
)
from enligt.analyze.cues import match_phrase, negated, split_phrase
from enligt.analyze.fronting import fronted
from enligt.analyze.phrasal import is_phrasal
from enligt.analyze.phrases import seg_start
from enligt.analyze.records import Ctx, Draft, Span2
from enligt.analyze.rules import verb_one
from enligt.analyze.sentences import Tok
from enligt.analyze.separable import particle_at, separable
from enligt.analyze.statements import authored_report, rumoured_claim
from enligt.analyze.subclause import (
    as_impersonal,
    final_report,
    in_adverbial_clause,
)
from enligt.analyze.talkof import talk_of
from enligt.analyze.titles import title_case
from enligt.analyze.wordclass import attributive, nominal
from enligt.analyze.wordtypes import word_type
from enligt.lang import function_words, wordset


def verb_rules(ctx: Ctx, toks: list[Tok], s: int, e: int, prev: Span2 | None,
               cands: Sequence[int] | None = None, taken: set[int] | None = None,
               tags: Sequence[Draft] = ()) -> list[Draft]:
    """Reporting, opinion and evidence verbs of one sentence, in both orders; no cue is read at the
    offsets `taken` (a quote's tag, a word inside a prepositional source). `tags` are the sentence's
    quote records, whose speakers a participle after them shares ("“Q,” she said, adding that C")."""
    taken = taken if taken is not None else set()
    out: list[Draft] = []
    speech, sep, figs = ctx.lex.speech, ctx.lex.separable, figureverbs.first_words(ctx.lang)
    nxt = s
    title: bool | None = None  # whether the sentence is a title-case headline, read once when needed
    for i in (range(s, e) if cands is None else cands):
        low = toks[i].low
        if i < nxt or (low not in speech and low not in sep and low not in figs) or toks[i].start in taken:
            continue
        if low in figs and not nominal(toks, s, i, e, ctx.lex) and not attributive(toks, s, i, e, ctx.lex) \
                and (nxt := i + figureverbs.cue_length(ctx, toks, i, e)) > i:  # "raised the toll to 41": its own class
            out += figureverbs.given(ctx, verb_one(ctx, toks, s, e, i, nxt - i, figureverbs.CLASS, prev, out))
            continue
        if low not in speech and low not in sep:
            continue
        if any(c == "talk" for _, c in speech.get(low, ())):
            if toks[i].upper and (d := talk_of(ctx, toks, s, e, i)):  # "Es war von 20 Toten die Rede"
                out.append(d)  # (the noun is the cue; the verb "rede" is none: "Alle Welt rede über X")
            continue
        noun_cased = ctx.lex.profile.capitalised_nouns  # (there a capital after a comma is a noun: "…, Angaben zu machen")
        if toks[i].upper and i > s and (toks[i - 1].is_word or noun_cased and toks[i - 1].text == ",") and not (
                low not in ctx.lex.noun_verbs and not ctx.lex.profile.capitalised_nouns
                and (title := title if title is not None else title_case(toks[s:e]))):
            continue  # a capitalised word inside a sentence is a name or a noun: "the United States will …", "der Versicherte"
            # (not in a title-case headline: "Ann Lee Says Budget Is Dead")
        if nominal(toks, s, i, e, ctx.lex) and (match_phrase(toks, i, e, speech) or (0, ""))[1] != "news":
            if d := authored_report(ctx, toks, s, i, e) or rumoured_claim(ctx, toks, s, i, e):
                out.append(d)  # "an earlier estimate by a local official that C"
            continue  # a noun spelt like a cue: "his home state", "the jobs report was released"
            # (but the report noun of "There were reports of C")
        if role_title(ctx, toks, s, i, e):
            continue  # "sagde anklager Mie Holm, at C": the prosecutor's title, no "accuses"
        if attributive(toks, s, i, e, ctx.lex):
            continue  # a participle before its noun: "the 40 confirmed cases", "other newly reported deaths"
        if reduced_relative(ctx, toks, s, i, e):
            continue  # a participle after its noun: "With the cuts announced Wednesday, …"
        if i > s and toks[i - 1].text in "</" and toks[i - 1].end == toks[i].start:
            continue  # a markup tag left in the text: "<tweet id=…>"
        if _match_played(ctx, toks, s, i, e):
            continue  # "bestritt sein 100. Bundesligaspiel": a match played, nothing denied
        if unreal(ctx, toks, s, i) or shapes.idiom(ctx, toks, i) or infinitive_cue(ctx, toks, s, i, e) \
                or not_known(ctx, toks, i, e):
            continue  # "I would say", "a silly thing to say", "som sagt", "zu begrüßen": nothing was said
        m = match_phrase(toks, i, e, speech)
        if m is None or m[0] == 1:  # "warnte am Abend vor C": the two-word cue, not "warnte" alone
            m = phrase_past_adverb(ctx, toks, i, e) or m
        if (not m or m[0] == 1) and (d := final_report(ctx, toks, s, e, i) or as_impersonal(ctx, toks, s, e, i)):
            out.append(d)  # "Während X von 200 Toten spricht, …": the verb closes its clause
            continue
        if (not m or m == (1, "holding")) and i > s and toks[i - 1].text != "," \
                and (not is_phrasal(toks, i, 1, e, ctx.lex) or split_phrase(toks, i, e, speech)) \
                and fronted(ctx, toks, seg_start(toks, s, i), i) and (
                d := v2clauses.inverted_phrase(ctx, toks, e, i, seg_start(toks, s, i))):
            out.append(coordinated_cut(ctx, toks, e, d))  # "Am Abend sprach ein Sprecher von C", "Im Amt geht man
            continue  # davon aus, dass C
        n, cls = m if m else (0, "")
        if (not m or m[0] == 1) and ctx.lex.separable.get(toks[i].low) and ((sp := separable(ctx, toks, i, e))[0] or not m):
            n, cls = sp  # also a one-word cue whose correlate closes its clause: "warnt X davor, dass C" ("warnt davor")
        if cls == "tag" and low in function_words(ctx.lang, "tag_that") \
                and englishshapes.message_that(ctx, toks, i + n, e) is not None:
            cls = "that"  # "She joked that C", "The inquiry concluded that C", "He posted on Facebook that C"
        ruled = cls == "split" and low in function_words(ctx.lang, "negatable_split") or (  # "schließt … nicht aus"
            cls == "evidence" and shown_none(ctx, toks, i + n, e)) or (  # "viste ikke noe fall": a finding of none
            low in function_words(ctx.lang, "negatable_admission"))  # "erkjenner ikke straffskyld": a denial
        if cls == "plea":
            n, cls = _plea(ctx, toks, i, e)  # "nægter sig (alle) skyldig(e) (i X)"
        if cls == "seen":
            n, cls = _seen(ctx, toks, i, n, e)  # "sah kein Willensproblem", "kan ikke genkende kritikken"
            ruled = True  # "sah nicht unbedingt ein Problem": the negation is part of the judgement
        if cls == "defended":  # "verteidigte ihre Pläne", not "verteidigte seinen Titel" (`defended_nouns.txt`)
            n, cls = _noun_judged(ctx, toks, i, n, e, wordset(ctx.lang, "defended_nouns"))
        if cls == "pointed":
            n, cls = _pointed(ctx, toks, i, n, e)  # "verwies auf frühere Beschlüsse", not "verwies auf ein Gutachten"
        if cls == "voiced":
            n, cls = _voiced(ctx, toks, i, n, e)  # "voiced (their) outrage against X", "spoke of their anger"
        if not n or cls == "tag" or (negated(toks, i, n, e, ctx.lex) and not ruled) or is_phrasal(toks, i, n, e, ctx.lex):
            continue  # a tag verb reports only in a quotation's tag (direct.py)
        if cls == "evidence" and shown_question(ctx, toks, i + n, e):
            continue  # "nye tall som viser hvordan det går", "shows how C": what is shown, no claim
        done = out if not tags or not cls.startswith("participle") else [*tags, *out]
        d = verb_one(ctx, toks, s, e, i, n, cls, prev, done)
        if d and any(t.low in function_words(ctx.lang, "own_voice") for t in d.source):
            continue  # "„Wir gehen von einem Mann aus“": the quoted speaker's own words, no speaker of their own
        if d and clauses.lone_coordinator(ctx.lex, list(d.source)):  # "X gives A, or tells them that B": X
            d = clauses.coordinated_speaker(ctx, toks, s, i, d)
        d = in_adverbial_clause(ctx, toks, s, e, i, d) if d else d  # (not "Nachdem X Y bestätigt hatte, C")
        d = None if d and (tag_as_content(ctx, toks, i, e, d) or as_clause_content(ctx, toks, s, i, d)) else d
        # (not "…angenommen haben, berichtet X", "Wie X mitteilte, rief Y …")
        if d and cls == "split":
            taken.add(toks[particle_at(ctx, toks, i, e)].start)  # "ließ mitteilen": the infinitive is no cue of its own
        if d and not cueobject.expulsion(ctx, toks, s, i, d):  # (not "hat X aus der Partei ausgeschlossen")
            out.append(v2clauses.in_fronted_subclause(ctx, toks, s, e, i + n, d))
        nxt = i + n
    return out


PLEA_REACH: Final = 5  # words between a plea's reflexive and its adjective ("nægter sig så vidt vides alle skyldige")


def _plea(ctx: Ctx, toks: list[Tok], i: int, e: int) -> tuple[int, str]:
    """A plea at toks[i] ("nægter sig", class plea) read up to its adjective (`plea_adjective`: "skyldig"): with
    the charge after "i", the cue runs to "i" and the charge is the claim ("nægter sig dog skyldig i røveriet"); with
    none, the verb is the cue and the plea from the reflexive on the claim ("Han nægter sig skyldig"). (0, "")
    when no adjective follows: no plea ("nægter sig selv en ferie")."""
    adjectives = function_words(ctx.lang, "plea_adjective")
    k = next((m for m in range(i + 2, min(e, i + 2 + PLEA_REACH)) if toks[m].low in adjectives), None)
    if k is None or not all(t.is_word for t in toks[i + 2:k]):
        return 0, ""
    if k + 2 < e and toks[k + 1].low in function_words(ctx.lang, "plea_charge") and k - i <= 2 + PHRASE_ADVERBS:
        return k + 2 - i, "opinion"
    return 1, "opinion"


VOICED_REACH: Final = 3  # words between a verb of voicing and its feeling ("expressed their deep concerns")


def _voiced(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> tuple[int, str]:
    """A verb of voicing at toks[i] (class voiced: "expressed", "voiced") read up to a feeling noun
    (`voiced_feelings.txt`: "outrage", "concerns", "support") and the preposition after it (`voiced_preposition`:
    "about", "over", "against"), a few words between ("expressed their deep concerns about"): the cue runs to the
    preposition and the thing the feeling is about is the claim, as for "expressed concern over" (class opinion); before
    "that" the cue ends at the feeling and the clause is the claim ("voiced concern that C").
    A phrase of speaking of (n > 1: "spoke of") reports the feeling itself, its cue the phrase ("spoke of their fury
    at the vote"; not "spoke of tolls": a topic). (0, "") when none follows: no report ("expressed in dollars",
    "voiced the character")."""
    feelings = wordset(ctx.lang, "voiced_feelings")
    if n > 1:
        reach = range(i + n, min(e, i + n + 1 + VOICED_REACH))
        return (n, "speech") if any(toks[m].low in feelings for m in reach) else (0, "")
    k = next((m for m in range(i + 1, min(e, i + 2 + VOICED_REACH)) if toks[m].low in feelings), None)
    if k is None or k + 1 >= e or not all(t.is_word and t.low not in ctx.lex.prepositions for t in toks[i + 1:k]):
        return 0, ""
    if toks[k + 1].low in ctx.lex.complementizers:
        return k + 1 - i, "opinion"  # "voiced concern that C": the cue to the feeling, its clause the claim
    return (k + 2 - i, "opinion") if toks[k + 1].low in function_words(ctx.lang, "voiced_preposition") else (0, "")


SEEN_REACH: Final = 8  # tokens from a verb of seeing to its judgement noun ("sah der Übungsleiter nicht unbedingt ein")
SEEN_STEM: Final = 6  # the shortest judgement noun read as a compound's last part ("Handlungsbedarf"; not "Hinter|grund")


def _seen(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> tuple[int, str]:
    """A verb of seeing at toks[i:i + n] (class seen) as a judgement: (n, "opinion") when a noun of a judgement
    (`judged_nouns.txt`, or a compound ending in one of `SEEN_STEM` letters or more) follows in its clause ("Dabei sah der Trainer kein
    Willensproblem", "Die Stadt sieht keinen Handlungsbedarf", Danish "kan ikke genkende kritikken"); else (0, ""):
    a thing or a person seen or recognised ("kunne ikke genkende bilen"). A noun is capitalised where nouns are."""
    return _noun_judged(ctx, toks, i, n, e, wordset(ctx.lang, "judged_nouns"))


def _noun_judged(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int, nouns: frozenset[str]) -> tuple[int, str]:
    """(n, "opinion") when one of `nouns` (or a compound ending in one) follows the verb at toks[i:i + n] in its
    clause; else (0, "")."""
    cased = ctx.lex.profile.capitalised_nouns
    for k in range(i + n, min(e, i + n + SEEN_REACH)):
        t = toks[k]
        if not t.is_word or t.low in ctx.lex.complementizers or (not cased and t.low in ctx.lex.prepositions):
            return 0, ""  # (lower-case nouns: the object's own head, not "bilen på billedet")
        if (t.upper or not cased) and (t.low in nouns or any(len(w) >= SEEN_STEM and t.low.endswith(w) for w in nouns)):
            return n, "opinion"
    return 0, ""


def _pointed(ctx: Ctx, toks: list[Tok], i: int, n: int, e: int) -> tuple[int, str]:
    """Pointing to an argument (class pointed: "verwies auf X") as an opinion, (n, "opinion"); else (0, ""), when the
    first noun after it is a document's ("verwies auf ein Gutachten": a reference, the document says what it says)."""
    noun = next((t for t in toks[i + n:min(e, i + n + POINTED_REACH)] if t.upper and t.is_word), None)
    return (0, "") if noun is not None and word_type(noun.low, ctx.lang) == "document" else (n, "opinion")


POINTED_REACH: Final = 4  # tokens from "verwies auf" to its object's noun ("auf die bereits geltenden Regeln")


def _match_played(ctx: Ctx, toks: list[Tok], s: int, i: int, e: int) -> bool:
    """A verb of `match_verb` ("bestritt") with a noun of a match (`match_nouns.txt`, or a compound ending in one of
    `MATCH_STEM` letters or more: "Bundesligaspiel") within `MATCH_REACH` words of it: a match played."""
    if toks[i].low not in function_words(ctx.lang, "match_verb"):
        return False
    nouns, others = wordset(ctx.lang, "match_nouns"), function_words(ctx.lang, "match_not")
    return any(t.upper and t.low not in others and (
        t.low in nouns or any(len(w) >= MATCH_STEM and t.low.endswith(w) for w in nouns))
        for t in toks[max(s, i - MATCH_REACH):min(e, i + MATCH_REACH)])  # (not "zum Beispiel")


MATCH_REACH: Final = 8  # words around "bestritt" read for its match ("hat in dieser Saison 30 von 32 Spielen … bestritten")
MATCH_STEM: Final = 5  # the shortest match noun read as a compound's last part ("Bundesliga|spiel"; not "Bei|spiel" alone)
